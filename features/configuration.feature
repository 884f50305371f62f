Feature: Configuration
  Settings come from --config, else the nearest crosscheck.toml or pyproject.toml
  [tool.crosscheck] up from the working directory; the command line wins.

  Background:
    Given an article "harbour" from "The Harbour Gazette" published 2025-02-21 in story "peacekeepers":
      """
      Starmer will present Donald Trump with a plan to send 30,000 European troops to Ukraine.
      """
    And an article "wire" from "Continental Wire" published 2025-02-20 in story "peacekeepers":
      """
      Starmer plans to send 28,000 European servicemen to Ukraine, the paper reported.
      """

  Scenario: crosscheck.toml sets the exit threshold
    Given a file "crosscheck.toml" containing:
      """
      fail_on = "warning"
      """
    When I run "crosscheck check {articles}"
    Then the exit code is 1

  Scenario: pyproject.toml [tool.crosscheck] disables a rule
    Given a file "pyproject.toml" containing:
      """
      [tool.crosscheck]
      disable = ["quantity_mismatch"]
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: The command line wins over the file
    Given a file "crosscheck.toml" containing:
      """
      fail_on = "warning"
      """
    When I run "crosscheck check {articles} --fail-on error"
    Then the exit code is 0

  Scenario: crosscheck config says where each value comes from
    Given a file "crosscheck.toml" containing:
      """
      fail_on = "warning"
      house_style = ["Kyiv"]
      """
    When I run "crosscheck config"
    Then the output contains "fail_on = 'warning'  # {root}/crosscheck.toml"
    And the output contains "min_severity = 'info'  # default"
    And the output contains "house_style = ['Kyiv']"

  Scenario Outline: A bad configuration names the file and the key
    Given a file "crosscheck.toml" containing:
      """
      <content>
      """
    When I run "crosscheck check {articles}"
    Then the exit code is 2
    And stderr says "crosscheck.toml"
    And stderr says "<problem>"
    And stderr has one line per problem and no traceback

    Examples:
      | content                | problem                          |
      | colour = "red"         | unknown key 'colour'             |
      | fail_on = "fatal"      | 'fail_on' must be one of         |
      | disable = "quotes"     | 'disable' must be a list         |
      | fail_on = [            | malformed TOML                   |
