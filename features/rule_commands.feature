Feature: Seeing and checking the rule set
  An editor can list the rules, read one, and validate a folder of rule files before using it.

  Scenario: Listing the rules
    When I run "crosscheck rules list"
    Then the exit code is 0
    And the output contains "quantity_mismatch"
    And the output contains "date_mismatch"
    And the output contains "error/warning"

  Scenario: Showing one rule as written
    When I run "crosscheck rules show conversion_mismatch"
    Then the output contains "applies_to: conversion"
    And the output contains "relative_error: {above: 0.05}"

  Scenario: An unknown rule
    When I run "crosscheck rules show nonsense"
    Then the exit code is 2
    And stderr says "nonsense: no such rule"

  Scenario: Validating a folder with a broken rule file
    Given a copy of the bundled rules in "myrules"
    And a file "myrules/broken.yaml" containing:
      """
      id: broken
      category: quantity_mismatch
      severity: loud
      description: d
      applies_to: quantity
      message: m
      """
    When I run "crosscheck rules validate {root}/myrules"
    Then the exit code is 2
    And stderr says "broken.yaml: severity 'loud'"

  Scenario: Validating the bundled rules
    When I run "crosscheck rules validate"
    Then the exit code is 0
    And the output contains "7 rules valid"
