Feature: Conversions an article states itself (rule conversion_mismatch)
  When an article converts an amount in brackets, crosscheck checks it against the European
  Central Bank reference rate of the publication date, or against the unit definition.

  Scenario: A conversion that matches the day's rate is not reported
    Given an article "harbour" from "The Harbour Gazette" published 2025-02-21:
      """
      Brussels is preparing a military aid package of at least €6 billion ($6.2 billion) for Kyiv.
      """
    When I run "crosscheck check {articles} --format json"
    Then the exit code is 0
    And the report has 0 findings

  Scenario: A conversion far from the day's rate is an error
    Given an article "harbour" from "The Harbour Gazette" published 2025-02-21:
      """
      Brussels is preparing a military aid package of €6 billion ($9 billion) for Kyiv.
      """
    When I run "crosscheck check {articles} --format json"
    Then the exit code is 1
    And the report has a error "conversion_mismatch" citing "€6 billion" and "$9 billion"
    And the finding's message says "the rate of 2025-02-21"

  Scenario: A conversion a little off the day's rate is a warning
    Given an article "harbour" from "The Harbour Gazette" published 2025-02-21:
      """
      Brussels is preparing a military aid package of €6 billion ($6.7 billion) for Kyiv.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "conversion_mismatch" citing "€6 billion" and "$6.7 billion"

  Scenario Outline: An amount restated in other scale words must be the same amount
    Given an article "harbour" from "The Harbour Gazette" published 2025-02-09:
      """
      <text>
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "conversion_mismatch" citing "<source>" and "<restated>"

    Examples:
      | text                                                                     | source       | restated       |
      | Officials said squads had seized Rs 1.2 crore (Rs 1.2 million) in cash.  | Rs 1.2 crore | Rs 1.2 million |
      | The campaign aims to reach 14.6 lakh (146,000) children by March.        | 14.6 lakh    | 146,000        |

  Scenario Outline: Scale words that agree, or another country's dollar, or a rate, are no error
    Given an article "harbour" from "The Harbour Gazette" published 2025-02-09:
      """
      <text>
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "conversion_mismatch" findings

    Examples:
      | text                                                                          |
      | Officials said squads had seized Rs 1.2 crore (Rs 12 million) in cash.        |
      | The campaign aims to reach 14.6 lakh (1.46 million) children by March.        |
      | The province will spend $10 million (US$7.1 million) on the new clinic.       |
      | The group earned $3.8bn ($1.42 a share) in the third quarter.                 |

  Scenario: Without a publication date there is no rate, so nothing is claimed either way
    Given an undated article "harbour" from "The Harbour Gazette":
      """
      Brussels is preparing a military aid package of €6 billion ($9 billion) for Kyiv.
      """
    When I run "crosscheck check {articles}"
    Then the exit code is 0
    And the output contains "No publication date"
    And the output contains "harbour"

  Scenario: A distance converted to miles is checked against the unit definition
    Given an article "quake" from "The Harbour Gazette" published 2025-03-02:
      """
      The tremor was felt in a town 40 km (40 miles) from the coast.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "conversion_mismatch" citing "40 km" and "40 miles"

  Scenario: A conversion after a rate's unit ("per household") is checked too
    Given an article "harbour" from "The Harbour Gazette" published 2025-08-15:
      """
      The water company has offered £40 per household (about €60) in compensation.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "conversion_mismatch" citing "£40 per household" and "about €60"

  Scenario: A gallon may be the British one, and only a figure neither gallon gives is wrong
    Given an article "one" from "The Harbour Gazette" published 2025-03-11 in story "spill":
      """
      The tank split, leaking 3,000 litres (660 gallons) of diesel.
      """
    And an article "two" from "Continental Wire" published 2025-03-11 in story "spill":
      """
      Some 3,000 litres (1,100 gallons) of diesel gushed from the tank.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "conversion_mismatch" finding
    And the report has a error "conversion_mismatch" citing "Some 3,000 litres" and "1,100 gallons"

  Scenario: Two figures in one unit joined by "or" are alternatives, not a conversion
    Given an article "one" from "The Harbour Gazette" published 2025-06-18 in story "pay":
      """
      The union wants 5 per cent a year, or roughly 15 per cent over three years. Firms pay 55% or 60% on loans. The march covered 40 km, or 30 miles.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "conversion_mismatch" finding
    And the report has a error "conversion_mismatch" citing "40 km" and "30 miles"

  Scenario: A range restated as a range is checked end against end
    Given an article "one" from "The Harbour Gazette" published 2025-11-06 in story "costs":
      """
      The group expects charges of $240 million to $280 million (€208 million to €243 million). It also set aside $50 million (€70 million) for lawsuits.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "conversion_mismatch" finding
    And the report has a error "conversion_mismatch" citing "$50 million" and "€70 million"

  Scenario: An amount for each of something after another amount is a share of it, not a conversion
    Given an article "one" from "The Harbour Gazette" published 2025-07-10 in story "refunds":
      """
      The refunds total A$31.4m, or about A$148 for each of the 212,000 households. The fine of A$48m (US$62m) is a record.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "conversion_mismatch" finding
    And the report has a error "conversion_mismatch" citing "A$48m" and "US$62m"

  Scenario: A currency word several countries share is the currency of the country the story names
    Given an article "one" from "The Harbour Gazette" published 2025-08-18 in story "floods":
      """
      Flash floods in northern Pakistan killed 40 people. The province will pay 1 million rupees (about $3,550) to each bereaved family.
      """
    And an article "two" from "Continental Wire" published 2025-08-18 in story "relief":
      """
      Monsoon rains in India killed 12 people. The state will pay 1 million rupees (about $3,550) to each bereaved family.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "conversion_mismatch" finding
    And the report has a error "conversion_mismatch" citing "1 million rupees" and "about $3,550"
    And the finding's message says "Continental Wire"

  Scenario: A currency sign several countries share is the currency of the country the story names
    Given an article "one" from "The Harbour Gazette" published 2025-05-27 in story "heat":
      """
      Hospitals in Karachi, Pakistan, bought ice baths. A single unit costs about Rs 350,000 ($1,245), a doctor said.
      """
    And an article "two" from "Continental Wire" published 2025-05-27 in story "cooling":
      """
      Hospitals in Delhi, India, bought ice baths. A single unit costs about Rs 350,000 ($1,245), a doctor said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "conversion_mismatch" finding
    And the report has a error "conversion_mismatch" citing "about Rs 350,000" and "$1,245"
    And the finding's message says "Continental Wire"
