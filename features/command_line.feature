Feature: The crosscheck command
  Exit codes, formats and the pre-publication review behave as a CI job and an editor expect.

  Background:
    Given an article "harbour" from "The Harbour Gazette" published 2025-02-21 in story "peacekeepers":
      """
      Starmer will present Donald Trump with a plan to send 30,000 European troops to Ukraine.
      """
    And an article "wire" from "Continental Wire" published 2025-02-20 in story "peacekeepers":
      """
      Starmer plans to send 28,000 European servicemen to Ukraine, the paper reported.
      """

  Scenario: The text report groups findings by severity and cites both sides
    When I run "crosscheck check {articles}"
    Then the exit code is 0
    And the output contains "Warnings (1)"
    And the output contains "“30,000 European troops”"
    And the output contains "“28,000 European servicemen”"
    And the output contains "The Harbour Gazette, 2025-02-21 — {articles}/harbour.md:7:55"

  Scenario: Failing on warnings
    When I run "crosscheck check {articles} --fail-on warning"
    Then the exit code is 1

  Scenario: Never failing
    When I run "crosscheck check {articles} --fail-on none"
    Then the exit code is 0

  Scenario: The JSON report is versioned and summarised
    When I run "crosscheck check {articles} --format json"
    Then the output has the field version with value 1
    And the output has the field category with text "quantity_mismatch"
    And the output has the field warning with value 1
    And the report lists 2 articles

  Scenario: The same inputs give the same report, byte for byte
    When I run "crosscheck check {articles} --format json"
    Then running it again prints exactly the same

  Scenario: Review reports only disagreements that involve the draft
    Given a file "draft.md" containing:
      """
      ---
      id: draft
      outlet: Our Draft
      published: 2025-02-22
      story: peacekeepers
      ---
      Starmer will send 30,000 European troops to Ukraine, we can reveal.
      """
    When I run "crosscheck review {root}/draft.md --against {articles} --format json"
    Then the report has 1 finding
    And the report has a warning "quantity_mismatch" citing "30,000 European troops" and "28,000 European servicemen"
    And the output has the field article with text "draft"

  Scenario: Review of a consistent draft passes
    Given a file "draft.md" containing:
      """
      ---
      id: draft
      story: peacekeepers
      published: 2025-02-22
      ---
      The plan will be presented in Washington next week.
      """
    When I run "crosscheck review {root}/draft.md --against {articles} --fail-on warning"
    Then the exit code is 0
    And the output contains "no findings"

  Scenario: An unknown format is a usage error
    When I run "crosscheck check {articles} --format xml"
    Then the exit code is 2
    And stderr says "unknown format 'xml'"
    And stderr has one line per problem and no traceback

  Scenario: An unknown --fail-on value is a usage error
    When I run "crosscheck check {articles} --fail-on fatal"
    Then the exit code is 2
    And stderr has one line per problem and no traceback

  Scenario: A report written to a file still says how it went on the terminal
    When I run "crosscheck check {articles} --output {root}/report.json --format json"
    Then the exit code is 0
    And stderr says "2 articles: 1 warning; report written to"

  Scenario: Failing on findings the report hides says what failed
    When I run "crosscheck check {articles} --fail-on warning --min-severity error"
    Then the exit code is 1
    And stderr says "failing on 1 warning below --min-severity (--fail-on warning)"

  Scenario: A file under the reference folder is a reference, not a draft
    When I run "crosscheck review {articles}/wire.md --against {articles}"
    Then the exit code is 0
    And stderr says "nothing to review: every file given is a reference"

  Scenario: The claim cache keeps itself out of version control
    When I run "crosscheck check {articles} --cache {root}/.crosscheck/cache.sqlite"
    Then the exit code is 0
    And the file ".crosscheck/.gitignore" contains "*"

  Scenario: The JSON report says which article is the draft, and names the default story the same way everywhere
    Given an article "draft" from "Eastern Ledger" published 2025-02-22:
      """
      Starmer will send 20,000 European troops to Ukraine.
      """
    When I run "crosscheck review {articles}/draft.md --against {articles}/harbour.md --format json"
    Then the output has the field draft with value true
    And the output has the field story with value ""

  Scenario: Usage lines name repeatable arguments as Unix tools do
    When I run "crosscheck check --help"
    Then the exit code is 0
    And the output contains "crosscheck check [OPTIONS] PATH..."
    And the output does not contain "{PATH}"
    And the output does not contain "list[str]"
    And the output does not contain "<bool>"

  Scenario: The top-level help shows flags as flags
    When I run "crosscheck --help"
    Then the exit code is 0
    And the output contains "--version"
    And the output does not contain "<bool>"
