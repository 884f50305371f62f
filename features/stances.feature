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

  Scenario Outline: Any holder, any proposal, told with any verb of either side
    Given an article "one" from "The Harbour Gazette" published 2025-05-14 in story "deal":
      """
      <first>
      """
    And an article "two" from "Continental Wire" published 2025-05-14 in story "deal":
      """
      <second>
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "stance_mismatch" finding

    Examples: a union, a board with its owner, a council, a minister named in apposition, a regulator named more or less fully, a body that says it accepts
      | first                                                                                           | second                                                                                   |
      | The dockers' union voted on Friday to accept the 4.5% pay offer from the port operators.        | The dockers' union has turned down the 4.5% pay offer from the port operators.           |
      | The board of Orvane Systems has rejected the offer.                                              | Orvane Systems' board backed the offer from Kestrel Capital on Monday.                   |
      | Lisdale city council voted to approve the rezoning of the Mill Lane industrial estate.           | Lisdale city council voted against a plan to rezone the Mill Lane industrial estate for flats. |
      | The housing minister, Petra Lund, has welcomed the opposition's bill to cap short-term lets.     | Petra Lund has dismissed the opposition's bill to cap short-term lets as unworkable.     |
      | The Water Standards Commission approved a £38 million settlement with Tarn Water.                | The Standards Commission has rejected the £38 million package offered by Tarn Water.     |
      | The dockers' union said on Friday it had agreed to accept the 4.5% pay offer.                    | The dockers' union has called the 4.5% pay offer from the port operators unacceptable.  |

    Examples: a holder named before "which" or "who", an act named by a gerund, a phrasal verb's object, a subject behind a dateline
      | first                                                                                           | second                                                                                   |
      | The Orvane Heritage Trust, which supports the quarry scheme, met on Monday.                     | The Orvane Heritage Trust, which opposes the quarry scheme, met on Monday.               |
      | Councillor Mira Aske backed reopening the old Lisdale railway during the campaign.              | Councillor Mira Aske opposes reopening the old Lisdale railway.                          |
      | Council leader Tom Brill supported plans for a temporary footbridge.                            | Council leader Tom Brill ruled out a temporary footbridge on cost grounds.               |
      | LISDALE, Wales (NPA) — The dockers' union at Port Orvane turned down the 4.5% pay offer on Thursday. | The dockers' union at Port Orvane accepted the 4.5% pay offer on Thursday.          |

  Scenario Outline: Positions that are not one position taken two ways
    Given an article "one" from "The Harbour Gazette" published 2025-05-14 in story "deal":
      """
      <first>
      """
    And an article "two" from "Continental Wire" published 2025-05-14 in story "deal":
      """
      <second>
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "stance_mismatch" findings

    Examples: different figures, different versions, a condition, a negation, a deliberation, nothing but the noun in common, a past position a relative clause dates
      | first                                                                                | second                                                                                    |
      | The dockers' union accepted the 4.5% pay offer on Friday.                            | The dockers' union rejected the 3.2% pay offer in March.                                  |
      | The board of Orvane Systems rejected Kestrel's first offer.                          | The board of Orvane Systems backed Kestrel's revised offer on Monday.                     |
      | The board of Orvane Systems rejected the original scheme for the plant.              | The board of Orvane Systems supports a scaled-back scheme for the plant.                  |
      | The dockers' union would accept the pay offer if overtime rates were restored.       | The dockers' union rejected the pay offer on Friday.                                      |
      | The dockers' union would accept the pay offer, in principle.                         | The dockers' union rejected the pay offer on Friday.                                      |
      | The dockers' union could accept the pay offer, its leader said.                      | The dockers' union rejected the pay offer on Friday.                                      |
      | The dockers' union has not rejected the pay offer.                                   | The dockers' union rejected the pay offer on Friday.                                      |
      | The dockers' union is considering whether to accept the pay offer.                   | The dockers' union rejected the pay offer on Friday.                                      |
      | The senator turned down an invitation to meet privately with union leaders.          | The senator accepted an invitation from the speaker to address the assembly.             |
      | Councillor Bea Kyle, who opposed the stadium scheme when it first came to the council in 2023, said she had changed her mind. | Councillor Bea Kyle said she supported the stadium scheme. |

  Scenario: What a holder says it will do is its position, in reported speech too
    Given an article "one" from "The Harbour Gazette" published 2025-06-16 in story "bid":
      """
      The Norland Pension Fund, the largest shareholder, said it would support the offer.
      """
    And an article "two" from "Continental Wire" published 2025-06-16 in story "bid":
      """
      The Norland Pension Fund said it would oppose the offer, arguing that it undervalued the company.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "stance_mismatch" finding

  Scenario: A position the text says has changed is not set against the new one
    Given an article "one" from "The Harbour Gazette" published 2025-05-14 in story "deal":
      """
      The dockers' union initially rejected the pay offer from the port operators, but its members accepted it on Friday.
      """
    And an article "two" from "Continental Wire" published 2025-05-14 in story "deal":
      """
      The dockers' union accepted the pay offer from the port operators on Friday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "stance_mismatch" findings

  Scenario: "He" in words a named speaker reports is that speaker, not the last person named before
    Given an article "one" from "The Harbour Gazette" published 2025-09-30 in story "port":
      """
      Harbour master Lorenzo Vaart presented the plan on Monday. Councillor Dirk-Jan Meulen, who sits on the port board, said he had voted against the levy.
      """
    And an article "two" from "Continental Wire" published 2025-09-30 in story "port":
      """
      Councillor Dirk-Jan Meulen supports the levy, his office said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "stance_mismatch" whose message says "Meulen"

  Scenario: A position told in a clause on a noun is on that noun, never on the clause's date
    Given an article "one" from "The Harbour Gazette" published 2025-05-15 in story "deal":
      """
      The port raised its offer to 4.5%, up from 3% in the offer the dockers rejected on 14 May.
      """
    When I run "crosscheck claims {articles}"
    Then the stance "the offer the dockers rejected" is on "the offer"

  Scenario: A holder named with a title is the holder named in full, and a named project is one proposal whatever it is called
    Given an article "one" from "The Harbour Gazette" published 2025-10-24 in story "byelection":
      """
      Ms Dunmore, who backed the Ferris Meadow scheme, came third.
      """
    And an article "two" from "Continental Wire" published 2025-10-24 in story "byelection":
      """
      Harriet Dunmore, who opposed the Ferris Meadow development, came third.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "stance_mismatch" citing "backed the Ferris Meadow scheme" and "opposed the Ferris Meadow development"

  Scenario: Objecting to a proposal rejects it
    Given an article "one" from "The Harbour Gazette" published 2025-06-12 in story "windfarm":
      """
      Glenmorr Community Council, which supported the scheme, sent a letter to the committee.
      """
    And an article "two" from "Continental Wire" published 2025-06-12 in story "windfarm":
      """
      Glenmorr Community Council, which objected to the scheme, sent a letter to the committee.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "stance_mismatch" citing "supported the scheme" and "objected to the scheme"

  Scenario: A proposal named by a narrower word is the same proposal
    Given an article "one" from "The Harbour Gazette" published 2025-02-18 in story "college":
      """
      The students' union has backed the strike by lecturers at Kelby College.
      """
    And an article "two" from "Continental Wire" published 2025-02-18 in story "college":
      """
      The students' union, which has opposed the walkout, urged both sides to talk.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "stance_mismatch" finding
    And the finding's explanation says "strike / walkout"

  Scenario: A position told in the passive is the agent's, on the subject or what "it" stood for
    Given an article "one" from "The Harbour Gazette" published 2025-07-03 in story "estate":
      """
      The housing plan drew 900 letters. It was backed by Dara Kinsella, the ward councillor.
      """
    And an article "two" from "Continental Wire" published 2025-07-03 in story "estate":
      """
      Ward councillor Dara Kinsella, who opposed the housing plan, said the roads could not cope.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "stance_mismatch" finding
    And the report has a warning "stance_mismatch" whose message says "Dara Kinsella"

  Scenario: Finding fault with a proposal takes the side against it
    Given an article "one" from "The Harbour Gazette" published 2025-05-14 in story "strike":
      """
      Health minister Carys Pendle has criticised the nurses' strike, calling it reckless.
      """
    And an article "two" from "Continental Wire" published 2025-05-14 in story "strike":
      """
      Health minister Carys Pendle said she backed the nurses' strike.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "stance_mismatch" finding
    And the report has a warning "stance_mismatch" whose message says "Carys Pendle"

  Scenario: An infinitive right after the proposal's noun says what the proposal is
    Given an article "one" from "The Harbour Gazette" published 2025-02-17 in story "spit":
      """
      Board chair Colin Baird said he supported closing the spit to vehicles over summer.
      """
    And an article "two" from "Continental Wire" published 2025-02-18 in story "spit":
      """
      Board chair Colin Baird, who has resisted calls to close the spit to vehicles, said the stranding was natural.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "stance_mismatch" finding
    And the report has a warning "stance_mismatch" whose message says "Colin Baird"
