Feature: Positions reported the other way round (rule stance_mismatch)
  One holder reported as accepting a proposal in one article and rejecting it in another,
  with the bodies that speak for one another treated as one holder.

  Scenario: Moscow open to peacekeepers against the Kremlin calling them unacceptable
    Given an article "one" from "The Harbour Gazette" published 2025-02-25 in story "talks":
      """
      Trump said on Monday that Putin accepted the idea of European peacekeepers in Ukraine.
      """
    And an article "two" from "Continental Wire" published 2025-02-26 in story "talks":
      """
      The Kremlin called European peacekeepers unacceptable on Tuesday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "stance_mismatch" whose message says "(according to Trump)"
    And the finding's explanation says "Russian leadership"

  Scenario: The same stance twice is not a finding
    Given an article "one" from "The Harbour Gazette" published 2025-02-25 in story "talks":
      """
      The Kremlin rejected the idea of European peacekeepers in Ukraine.
      """
    And an article "two" from "Continental Wire" published 2025-02-26 in story "talks":
      """
      Moscow called European peacekeepers unacceptable on Tuesday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: Opposite stances on different proposals are not a finding
    Given an article "one" from "The Harbour Gazette" published 2025-02-25 in story "talks":
      """
      Putin accepted the idea of European peacekeepers in Ukraine, Trump said.
      """
    And an article "two" from "Continental Wire" published 2025-02-26 in story "talks":
      """
      The Kremlin firmly rejected NATO membership for Ukraine on Tuesday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings
