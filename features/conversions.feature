Feature: Every family of conversion an article can state (rule conversion_mismatch)
  A conversion written next to an amount must agree with the unit definitions, or with the
  European Central Bank rate of the publication date for money, within the rule's tolerance.

  Scenario Outline: Correct conversions pass, wrong ones are reported
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      <sentence>
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has <count> findings

    Examples: correct
      | sentence                                                                       | count |
      | The town lies 40 km (25 miles) from the epicentre.                             | 0     |
      | The summit stands 8,849 m (29,032 ft) above sea level.                         | 0     |
      | Gusts reached 100 km/h (62 mph) overnight.                                     | 0     |
      | The river peaked at 4.2 metres (13ft 9in) at the gauge.                        | 0     |
      | It was 30°C (86°F) in Seville on Friday.                                       | 0     |
      | The fire burned 12,000 hectares (29,650 acres) of forest.                      | 0     |
      | The ceasefire held for a fortnight (14 days).                                  | 0     |
      | The deal is worth €150 billion, equivalent to roughly £125 billion, officials said. | 0 |
      | Brussels is preparing a military aid package of €6 billion ($6.2 billion).     | 0     |
      | The stricken tanker lost 5,000 barrels (795,000 litres) of crude.              | 0     |
    Examples: wrong
      | sentence                                                                       | count |
      | The town lies 40 km (40 miles) from the epicentre.                             | 1     |
      | The summit stands 8,849 m (8,849 ft) above sea level.                          | 1     |
      | Gusts reached 100 km/h (100 mph) overnight.                                    | 1     |
      | It was 30°C (30°F) in Seville on Friday.                                       | 1     |
      | The river peaked at 4.2 metres (11ft 9in) at the gauge.                        | 1     |
      | The fire burned 12,000 hectares (12,000 acres) of forest.                      | 1     |
      | The ceasefire held for a fortnight (10 days).                                  | 1     |
      | The deal is worth €150 billion, equivalent to £300 billion, officials said.    | 1     |
      | Brussels is preparing a military aid package of €6 billion ($9 billion).       | 1     |
      | The stricken tanker lost 5,000 barrels (595,000 litres) of crude.              | 1     |

  Scenario: The conversion finding shows the rate and the date it comes from
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      Brussels is preparing a military aid package of €6 billion ($9 billion).
      """
    When I run "crosscheck check {articles} --format json"
    Then the finding's message says "the rate of 2025-02-21 (1.0465) gives 6.28 billion USD"
    And the finding's explanation says "'$9 billion' restates '€6 billion'"
