Feature: Report formats
  People read the text report and the HTML page; programs read JSON, SARIF, reviewdog, GitHub
  annotations and JUnit. Every format carries the same findings.

  Background:
    Given an article "harbour" from "The Harbour Gazette" published 2025-02-21 in story "peacekeepers":
      """
      Starmer will present Donald Trump with a plan to send 30,000 European troops to Ukraine.
      """
    And an article "wire" from "Continental Wire" published 2025-02-20 in story "peacekeepers":
      """
      Starmer plans to send 28,000 European servicemen to Ukraine, the paper reported.
      """

  Scenario: Colour on request, never when NO_COLOR is set or the output is not a terminal
    When I run "crosscheck check {articles} --color always"
    Then the output is coloured
    When I run "crosscheck check {articles}"
    Then the output is not coloured

  Scenario: NO_COLOR turns colour off in auto mode
    Given the environment variable NO_COLOR is "1"
    When I run "crosscheck check {articles} --color auto"
    Then the output is not coloured

  Scenario: SARIF cites the other article as a related location
    When I run "crosscheck check {articles} --format sarif"
    Then the output has the field version with text "2.1.0"
    And the output has the field columnKind with text "unicodeCodePoints"
    And the output contains "relatedLocations"

  Scenario: GitHub annotations, escaped
    When I run "crosscheck check {articles} --format github"
    Then each output line is an annotation starting with "::warning file="
    And the output contains "title=crosscheck quantity_mismatch::"

  Scenario: JUnit for GitLab and Jenkins
    When I run "crosscheck check {articles} --format junit"
    Then the output contains "<testsuites"
    And the output contains "<failure type="quantity_mismatch""

  Scenario: Markdown for a pull-request comment
    When I run "crosscheck check {articles} --format markdown"
    Then the output contains "### crosscheck: 1 warning"
    And the output contains "| The Harbour Gazette |"

  Scenario: One self-contained HTML page with the conflicting words highlighted
    When I run "crosscheck check {articles} --format html --output {root}/report.html"
    Then the exit code is 0
    And the file "report.html" contains "<mark>30,000 European troops</mark>"
    And the file "report.html" contains "<mark>28,000 European servicemen</mark>"
    And the file "report.html" contains "Story: peacekeepers"

  Scenario: --min-severity hides what --fail-on still judges
    When I run "crosscheck check {articles} --format json --min-severity error --fail-on warning"
    Then the exit code is 1
    And the report has 0 findings
    And the report summary says below_min_severity is 1

  Scenario: A SARIF fix for a changed quote keeps the draft's quotation marks
    Given an article "speech" from "The Harbour Gazette" published 2025-02-21 in story "bridge":
      """
      "We will not accept a single day of delay on this bridge," Mayor Elena Varga said on Monday.
      """
    And a file "drafts/draft.md" containing:
      """
      ---
      id: draft
      story: bridge
      published: 2025-02-22
      ---
      "We will accept a single day of delay on this bridge," Mayor Elena Varga said on Monday.
      """
    When I run "crosscheck review {root}/drafts/draft.md --against {articles}/speech.md --format sarif"
    Then the output has the field text with text ""We will not accept a single day of delay on this bridge,""
    And the output does not contain "informationUri"
