Feature: Stories found in a feed (--stories auto), and the run on a cluster (--engine dask)
  A feed of unrelated articles is grouped into stories by what the articles are about — the
  names they share, weighted by rarity, their words and their dates — so figures of one story
  are never compared with another's.

  Background:
    Given an article "ferry-a" from "The Harbour Gazette" published 2025-03-04:
      """
      A ferry carrying 212 passengers ran aground off Skerrin Island on Monday night. The Skerrin Link operator said the vessel Orla Star struck rocks near the harbour entrance at Hollin Bay and all passengers were taken ashore by lifeboats. Three passengers were injured, the operator said.
      """
    And an article "ferry-b" from "Continental Wire" published 2025-03-04:
      """
      The Orla Star ferry, run by Skerrin Link, hit rocks off Skerrin Island on Monday night with 212 passengers on board. Lifeboat crews from Hollin Bay brought everyone ashore. Five passengers were injured, the operator said.
      """
    And an article "budget-a" from "The Harbour Gazette" published 2025-03-05:
      """
      The Corvale city council approved its budget for next year on Tuesday, raising spending on schools and roads. Mayor Ines Dalgaard said three people would join the council's audit panel to review the accounts of the Corvale transport authority.
      """
    And an article "budget-b" from "Continental Wire" published 2025-03-05:
      """
      Corvale councillors backed Mayor Ines Dalgaard's budget on Tuesday, with more money for schools and roads. Dalgaard said five people would join the audit panel reviewing the transport authority's accounts.
      """

  Scenario: Articles of one story are compared, articles of another are not
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "quantity_mismatch" citing "Three passengers" and "Five passengers"
    And the report has a error "quantity_mismatch" citing "three people" and "five people"
    And the report has 2 "quantity_mismatch" findings

  Scenario: Each article's story is named by what it is about, in every report
    When I run "crosscheck check {articles} --format json"
    Then the output has the field story with text "Hollin Bay, Skerrin Island (2025-03-04)"
    And the output contains "Corvale, Dalgaard (2025-03-05)"
    When I run "crosscheck claims {articles} --format json"
    Then the output contains "Hollin Bay, Skerrin Island (2025-03-04)"

  Scenario: With the stories the articles give, a feed that gives none is one unnamed story
    When I run "crosscheck check {articles} --stories given --format json"
    Then the report has a error "quantity_mismatch" citing "three people" and "five people"
    And the output does not contain "Skerrin Island (2025-03-04)"

  Scenario: An unknown mode is one clear line
    When I run "crosscheck check {articles} --stories guess"
    Then the exit code is 2
    And stderr says "--stories: unknown mode 'guess'"

  Scenario: On a local Dask cluster of two workers the report is the same, byte for byte
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quantity_mismatch" citing "three people" and "five people"
    And running it again with "--engine dask --jobs 2" prints exactly the same

  Scenario: An unknown engine is one clear line
    When I run "crosscheck check {articles} --engine spark"
    Then the exit code is 2
    And stderr says "--engine: unknown engine 'spark'"
