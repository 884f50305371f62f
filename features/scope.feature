Feature: What a number is about: subject, time and page segment
  Two figures are compared only when they belong to the same subject, the same time and the
  main story. Look-alikes are never findings; the explanation says why a pair was compared.

  Scenario: Two countries' shares of GDP are not a disagreement
    Given an article "one" from "Eastern Ledger" published 2025-03-01 in story "budgets":
      """
      Poland will spend 4.1% of GDP on defence this year, the government said.
      """
    And an article "two" from "Continental Wire" published 2025-03-02 in story "budgets":
      """
      Spain will spend 1.3% of GDP on defence this year, the government said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: The same country's share, told two ways, is compared
    Given an article "one" from "Eastern Ledger" published 2025-03-01 in story "budgets":
      """
      Poland will spend 4.1% of GDP on defence in 2025, the government said.
      """
    And an article "two" from "Continental Wire" published 2025-03-02 in story "budgets":
      """
      Poland's defence outlays will reach 4.7% of GDP in 2025, officials said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quantity_mismatch" citing "4.1%" and "4.7%"
    And the finding's explanation says "same participants: poland"

  Scenario: Two parties' vote shares are not a disagreement
    Given an article "one" from "Eastern Ledger" published 2025-03-03 in story "vote":
      """
      The Liberal Party took 24.8% of the vote, the Greens 11.2% and the Homeland Front 9.7%.
      """
    And an article "two" from "Continental Wire" published 2025-03-03 in story "vote":
      """
      The Greens won 11.2% of the vote, while the Liberal Party took 24.8%.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: Last year's figure is not this year's
    Given an article "one" from "Eastern Ledger" published 2025-04-06 in story "marathon":
      """
      The race drew 61,000 spectators on Sunday. Last year's edition drew 52,000 spectators.
      """
    And an article "two" from "Continental Wire" published 2025-04-07 in story "marathon":
      """
      The race drew 61,000 spectators, organisers said.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "52,000 spectators" belongs to "year 2024"
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A figure counted back from the story's moment belongs to an earlier time
    Given an article "one" from "Eastern Ledger" published 2025-06-09 in story "runoff":
      """
      Ferrante took 52.6% of the vote in the run-off.
      """
    And an article "two" from "Continental Wire" published 2025-06-09 in story "runoff":
      """
      Two weeks earlier, Ferrante had taken 44.7% of the vote.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "44.7%" belongs to "an earlier period"
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A measure "by" which a thing was changed is the change, even in the passive
    Given an article "one" from "Eastern Ledger" published 2025-09-22 in story "dam":
      """
      The irrigation office said the discharge was raised by 650 cubic metres per second on Sunday.
      """
    And an article "two" from "Continental Wire" published 2025-09-22 in story "dam":
      """
      The irrigation office raised the discharge to 1,850 cubic metres per second on Sunday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: A toll from another year is not the story's toll
    Given an article "one" from "Eastern Ledger" published 2025-03-10 in story "quake":
      """
      The quake killed 38 people. In 2001, 145 people died in a quake in the same valley.
      """
    And an article "two" from "Continental Wire" published 2025-03-10 in story "quake":
      """
      Officials said the quake killed 38 people.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: The earlier value of a change is not the current price
    Given an article "one" from "Eastern Ledger" published 2025-03-10 in story "tickets":
      """
      Tickets cost £150, up from £120 last year.
      """
    And an article "two" from "Continental Wire" published 2025-03-10 in story "tickets":
      """
      Tickets cost £150 this season.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "£120" belongs to "earlier value"
    And the claim "£150" belongs to the story itself
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A clause opened by "when" right after a date belongs to that date
    Given an article "one" from "Eastern Ledger" published 2025-08-05 in story "results":
      """
      The results of about 215,000 candidates were withheld over suspected cheating, compared with last year, when the board withheld the results of 178,300 candidates.
      """
    And an article "two" from "Continental Wire" published 2025-08-05 in story "results":
      """
      The board withheld the results of 215,140 candidates over alleged malpractice.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "178,300 candidates" belongs to "year 2024"
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: The amount of a noun a change starts from is the earlier value
    Given an article "one" from "Eastern Ledger" published 2025-08-06 in story "warning":
      """
      Ardent Tools now expects operating profit of 58 billion yen for the year, down from its May forecast of 82 billion yen.
      """
    And an article "two" from "Continental Wire" published 2025-08-06 in story "warning":
      """
      Ardent Tools said on Monday that it now expects operating profit of 58 billion yen for the year.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "82 billion yen" belongs to "earlier value"
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: A value a figure changed from is the earlier one, whatever the verb
    Given an article "one" from "Eastern Ledger" published 2025-09-22 in story "vote":
      """
      The Farmers' League won 31 of the council's 75 seats on Sunday.
      """
    And an article "two" from "Continental Wire" published 2025-09-22 in story "vote":
      """
      The result carried the Farmers' League from 22 seats to 31 on Sunday.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "22 seats" belongs to "earlier value"
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: The whole a part is taken from is not a count of its own
    Given an article "one" from "Eastern Ledger" published 2025-09-22 in story "vote":
      """
      Final returns gave the Farmers' League 31 of the council's 75 seats.
      """
    And an article "two" from "Continental Wire" published 2025-09-22 in story "vote":
      """
      The Farmers' League won 31 seats in the council vote.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: Figures told with verbs a lexical resource gives one sense are one fact
    Given an article "one" from "Eastern Ledger" published 2025-03-10 in story "flights":
      """
      Brask Air cancelled 120 flights at Velden airport on Monday.
      """
    And an article "two" from "Continental Wire" published 2025-03-10 in story "flights":
      """
      Brask Air called off 180 flights at Velden airport on Monday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quantity_mismatch" citing "120 flights" and "180 flights"
    And the finding's explanation says "same action to WordNet: 'cancel' / 'call off'"

  Scenario: A vote tally is the votes for and the votes against, each compared with its own side
    Given an article "one" from "Eastern Ledger" published 2025-03-13 in story "veto":
      """
      The assembly voted 212-58 on Wednesday to override the governor's veto.
      """
    And an article "two" from "Continental Wire" published 2025-03-13 in story "veto":
      """
      The assembly voted 212 to 61 on Wednesday to override the governor's veto.
      """
    When I run "crosscheck claims {articles}"
    Then a claim reads "212" as 212 count
    And a claim reads "58" as 58 count
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 finding
    And the report has a warning "quantity_mismatch" citing "58" and "61"
    And the finding's explanation says "same thing: 'votes against' / 'votes against'"

  Scenario: A tally written in words is a tally, and its two sides are two things counted once each
    Given an article "one" from "Eastern Ledger" published 2025-11-20 in story "planning":
      """
      The planning committee voted 8-3 on Tuesday to approve the scheme.
      """
    And an article "two" from "Continental Wire" published 2025-11-20 in story "planning":
      """
      The planning committee voted seven to three on Tuesday to approve the scheme.
      """
    When I run "crosscheck claims {articles}"
    Then a claim reads "seven" as 7 count
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 finding
    And the report has a error "quantity_mismatch" citing "8" and "seven"
    And the finding's explanation says "same thing: 'votes for' / 'votes for'"

  Scenario: A tally's sides meet whatever verb tells the vote, and its voters are the subject's
    Given an article "one" from "Eastern Ledger" published 2025-09-18 in story "depot":
      """
      Members of Harlow Borough Council's planning committee backed Kestrel Logistics' depot by nine votes to four.
      """
    And an article "two" from "Continental Wire" published 2025-09-18 in story "depot":
      """
      Harlow Borough Council's planning committee voted nine to two in favour of the depot.
      """
    And an article "three" from "Daily Meridian" published 2025-09-18 in story "depot":
      """
      The approval followed a 9-4 vote by the planning committee. Forty-one objections had been lodged.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" whose message says "Daily Meridian agrees with Eastern Ledger"
    And the finding's explanation says "same side of a vote's tally"

  Scenario: Figures for different days are not compared
    Given an article "one" from "Eastern Ledger" published 2025-03-14 in story "strike":
      """
      Transrail said 3,900 trains were cancelled on Thursday.
      """
    And an article "two" from "Continental Wire" published 2025-03-14 in story "strike":
      """
      Transrail said 4,200 trains were cancelled on the first day of the strike.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A part of a figure is not the whole
    Given an article "one" from "Eastern Ledger" published 2025-03-14 in story "jobs":
      """
      Halvorsen Motors will cut 12,400 jobs, including 3,100 positions in Germany.
      """
    And an article "two" from "Continental Wire" published 2025-03-14 in story "jobs":
      """
      Halvorsen Motors will cut 12,400 jobs worldwide.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: Workers and jobs are the same thing when they are cut
    Given an article "one" from "Eastern Ledger" published 2025-03-14 in story "jobs":
      """
      Halvorsen Motors will cut 12,400 jobs worldwide.
      """
    And an article "two" from "Continental Wire" published 2025-03-14 in story "jobs":
      """
      Halvorsen Motors will cut 9,000 workers worldwide.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quantity_mismatch" citing "12,400 jobs" and "9,000 workers"

  Scenario Outline: Page furniture after the main story is never compared
    Given an article "one" from "Eastern Ledger" published 2025-03-14 in story "quake":
      """
      The quake killed 38 people in the valley, officials said on Friday, as rescuers searched collapsed homes.

      <marker>
      The quake killed 12 people in the valley, officials said.
      """
    And an article "two" from "Continental Wire" published 2025-03-14 in story "quake":
      """
      The quake killed 38 people in the valley, officials said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

    Examples:
      | marker                     |
      | ## Related stories         |
      | Comments                   |
      | Read more                  |
      | About the author           |
      | Sign up for our newsletter |

  Scenario: A figure for places named together is about each of them, and a company's short name is no place
    Given an article "one" from "Eastern Ledger" published 2025-06-06 in story "recall":
      """
      LONDON — Veltrane Appliances is recalling 48,000 kettles sold in the UK and Ireland, the company said on Thursday. The kettles were sold in Veltrane's own shops and on Veltrane's website.
      """
    And an article "two" from "Continental Wire" published 2025-06-06 in story "recall":
      """
      The recall covers 84,000 kettles sold by the firm, a spokesman said on Thursday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "quantity_mismatch" citing "48,000 kettles" and "84,000 kettles"

  Scenario: Time words that resolve to no date differ only by which one of several they mark
    Given an article "one" from "Eastern Ledger" published 2025-04-29 in story "pantry":
      """
      The pantry gave out 9,400 meals in its busiest year so far.
      The pantry served 310 families on the first day of the appeal.
      """
    And an article "two" from "Continental Wire" published 2025-04-29 in story "pantry":
      """
      The pantry gave out 9,040 meals in the past year.
      The pantry served 350 families on the second day of the appeal.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a warning "quantity_mismatch" citing "9,400 meals" and "9,040 meals"
