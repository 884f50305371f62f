Feature: Who said it
  Every direct quote is read with its speaker, whatever the pattern the reporter used.

  Scenario Outline: Speaker patterns
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      <text>
      """
    When I run "crosscheck claims {articles}"
    Then the quote "<quote>" is attributed to "<speaker>"

    Examples:
      | text                                                                                                  | quote                                   | speaker          |
      | "We will rebuild the bridge by spring," Mayor Elena Varga said.                                       | We will rebuild the bridge by spring,   | Elena Varga      |
      | "We will rebuild the bridge by spring," said Elena Varga.                                             | We will rebuild the bridge by spring,   | Elena Varga      |
      | "We will rebuild the bridge by spring," said the vice-chancellor, Elena Varga.                        | We will rebuild the bridge by spring,   | Elena Varga      |
      | Elena Varga said: "We will rebuild the bridge by spring."                                             | We will rebuild the bridge by spring.   | Elena Varga      |
      | Elena Varga told reporters: "We will rebuild the bridge by spring."                                   | We will rebuild the bridge by spring.   | Elena Varga      |
      | Donald Trump wrote on Truth Social: "Canada will pay a steep price for this."                         | Canada will pay a steep price for this. | Donald Trump     |
      | Opposition leader Martin Greaves called the plan “a dangerous gamble” on Monday.                      | a dangerous gamble                      | Martin Greaves   |
      | Kremlin spokesman Dmitry Peskov spoke on Tuesday. “I have nothing to add,” Peskov added.              | I have nothing to add,                  | Dmitry Peskov    |
      | "The ferry runs again," said Okonkwo, adding that the repairs had taken a week.                       | The ferry runs again,                   | Okonkwo          |
      | "You had four years to fix it," Elena Varga shot back.                                                | You had four years to fix it,           | Elena Varga      |
      | "The deck is sound,“ said Elena Varga, who inspected it herself.                                       | The deck is sound,                      | Elena Varga      |
      | Elena Varga sent a blunt message to Thomas Brandt: "Stop stalling the vote."                          | Stop stalling the vote.                 | Elena Varga      |
      | Rep. Elena Varga (D-Ore.): "We will not wait for another study."                                      | We will not wait for another study.     | Elena Varga      |
      | Brandt accused the council of "dragging its feet" and Elena Varga said the plan was "dead on arrival." | dead on arrival.                        | Elena Varga      |
      | Elena Varga argued that the cables were sound. "Nobody has shown us a single crack."                  | Nobody has shown us a single crack.     | Elena Varga      |

  Scenario: A quote split by its attribution is one quote with one speaker
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      "The first phase is done," Elena Varga said, "and the second starts in May."
      """
    When I run "crosscheck claims {articles}"
    Then the quote "The first phase is done, and the second starts in May." is attributed to "Elena Varga"
    And the claims hold 1 quote

  Scenario: A quote carried on after its attribution in the next sentence is the same quote
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      "The first phase is done," Elena Varga said. "The second starts in May."
      """
    When I run "crosscheck claims {articles}"
    Then the quote "The first phase is done, The second starts in May." is attributed to "Elena Varga"
    And the claims hold 1 quote

  Scenario: Two people quoted one after the other stay two quotes
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      "The first phase is done," Elena Varga said. "The second will be late," Tomas Brandt replied.
      """
    When I run "crosscheck claims {articles}"
    Then the quote "The first phase is done," is attributed to "Elena Varga"
    And the quote "The second will be late," is attributed to "Tomas Brandt"
    And the claims hold 2 quotes

  Scenario: A title in quotation marks is not a quote, nor joined to the quote after it
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      Speaking on the programme "Morning Desk", the minister Elena Varga called the plan "a gamble we cannot afford."
      """
    When I run "crosscheck claims {articles}"
    Then the quote "a gamble we cannot afford." is attributed to "Elena Varga"
    And the claims hold 1 quote

  Scenario Outline: Titles, slogans and scare quotes are not quotes of anyone
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      <text>
      """
    When I run "crosscheck claims {articles}"
    Then the claims hold 0 quotes

    Examples:
      | text                                                                                   |
      | The minister appeared on "Sunday Politics Live" to defend the budget.                    |
      | Donors poured money into a "super PAC" backing the mayor.                                |

  Scenario Outline: Quote marks as newspapers print them
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      <text>
      """
    When I run "crosscheck claims {articles}"
    Then the quote "<quote>" is attributed to "Elena Varga"
    And the claims hold 1 quote

    Examples: two apostrophes (archive style), a curly opening with a straight closing, a quote inside a quote
      | text                                                                                           | quote                                                         |
      | ''The harbour will reopen in May,'' Elena Varga said.                                           | The harbour will reopen in May,                               |
      | “The harbour will reopen in May," Elena Varga said.                                             | The harbour will reopen in May,                               |
      | "When the board says 'not yet', we wait," Elena Varga said.                                     | When the board says 'not yet', we wait,                       |

  Scenario Outline: The speaker found by the structure of the attribution
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      <text>
      """
    When I run "crosscheck claims {articles}"
    Then the quote "<quote>" is attributed to "<speaker>"

    Examples: a participle sharing its subject, a colon after a clause, a colon after a name, a relative clause, a description
      | text                                                                                                  | quote                                  | speaker                 |
      | Elena Varga stepped up her attack on the contractor, saying "the delays are unacceptable."              | the delays are unacceptable.           | Elena Varga             |
      | Elena Varga shot back at her critics: "The figures speak for themselves."                              | The figures speak for themselves.      | Elena Varga             |
      | Councillor Elena Varga: "The figures speak for themselves."                                             | The figures speak for themselves.      | Elena Varga             |
      | The plan was backed by Elena Varga, who said "the figures speak for themselves."                        | the figures speak for themselves.      | Elena Varga             |
      | "The figures speak for themselves," the harbour commissioner told the council.                         | The figures speak for themselves,      | harbour commissioner    |

    Examples: after a preposition, an infinitive, a question closing its sentence, a quote parsed as the clause, a relative clause naming someone else
      | text                                                                                                                    | quote                                        | speaker          |
      | Elena Varga dodged questions about the tender before saying, "The contract is signed."                                  | The contract is signed.                      | Elena Varga      |
      | Elena Varga was pressed to say, "The contract is signed."                                                               | The contract is signed.                      | Elena Varga      |
      | Talks ended at noon. "Who can say when the ferry returns?" Elena Varga told a local radio station in a long interview.   | Who can say when the ferry returns?          | Elena Varga      |
      | Talks ended at noon. "We were far too slow to act," Varga, 58, told the agency in an interview on Monday.                | We were far too slow to act,                 | Varga            |
      | Tomas Brandt chairs the board. "The sums are wrong," said Brandt, who supports Varga on housing.                         | The sums are wrong,                          | Tomas Brandt     |
      | Asked whether the harbour fees would rise, Elena Varga boasted, "The harbour has never been busier."                     | The harbour has never been busier.           | Elena Varga      |

  Scenario: A quote signed with a dash and a name
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      We asked readers what the harbour meant to them.
      “It is where my grandfather worked and where I learned to swim.” ― Rosa Imbert, 41, Portside
      “The ferries are late every single winter.” — Karl Weiss
      """
    When I run "crosscheck claims {articles}"
    Then the quote "It is where my grandfather worked and where I learned to swim." is attributed to "Rosa Imbert"
    And the quote "The ferries are late every single winter." is attributed to "Karl Weiss"

  Scenario: A quoted phrase with no speech verb is given to the subject of its clause, and the text says so
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      In the depths of the slump, Tomas Brandt worried that the subsidy was becoming "a hammock for idle shipyards."
      """
    When I run "crosscheck claims {articles}"
    Then the speaker of "a hammock for idle shipyards." is "Tomas Brandt", found by clause

  Scenario Outline: A quote split by a long attribution, or running on into the next paragraph, is one quote
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      <text>
      """
    When I run "crosscheck claims {articles}"
    Then the quote "<quote>" is attributed to "Elena Varga"
    And the claims hold 1 quote

    Examples:
      | text                                                                                                                                  | quote                                                   |
      | Elena Varga wrote to the council. ''The first phase is done,'' she wrote. ''The second starts in May.''                               | The first phase is done, The second starts in May.      |
      | "The first phase is done," said Elena Varga, the harbour commissioner, who has led the works since 2019. "The second starts in May."  | The first phase is done, The second starts in May.      |
      | "The first phase is done," Elena Varga told the council, noting the cost. "The second starts in May."                                 | The first phase is done, The second starts in May.      |
      | "They say 'the first phase is done,'" Elena Varga told the council. "The second starts in May."                                       | They say 'the first phase is done,' The second starts in May. |

  Scenario: A paragraph that opens with a quote of no one goes on in the voice of the paragraph before
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      "The first phase is done," Elena Varga told the council on Monday.

      "The second starts in May, and the cranes arrive in June."

      The council approved the budget later that evening.
      """
    When I run "crosscheck claims {articles}"
    Then the quote "The first phase is done, The second starts in May, and the cranes arrive in June." is attributed to "Elena Varga"
    And the claims hold 1 quote

  Scenario: A second quote introduced by a verb of its own is a quote of its own
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      "The first phase is done," Elena Varga said, adding: "We will not raise the harbour fees."
      """
    When I run "crosscheck claims {articles}"
    Then the quote "We will not raise the harbour fees." is attributed to "Elena Varga"
    And the claims hold 2 quotes

  Scenario: A name inside a quote is never its speaker
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      The council met on Monday night.

      "Tomas Brandt promised us a new harbour wall and we are still waiting," she said.
      """
    When I run "crosscheck claims {articles}"
    Then the quote "Tomas Brandt promised us a new harbour wall and we are still waiting," is attributed to nobody

  Scenario: A pronoun whose antecedent is the only person named just before it is read as that person
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      Transport Secretary Alan Pryce welcomed the agreement. "Travellers have waited long enough," he said.
      """
    When I run "crosscheck claims {articles}"
    Then the speaker of "Travellers have waited long enough," is "Alan Pryce", found by antecedent

  Scenario: A pronoun after a sentence whose own speaker is a pronoun is only a guess
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      Councillor Ruth Okafor spoke to the committee. She said Mayor Dan Hale would lose the vote. "This budget is finished," she said.
      """
    When I run "crosscheck claims {articles}"
    Then the speaker of "This budget is finished," was found by pronoun

  Scenario: A pronoun in words the one person named before reports is that person, not another voice
    Given an article "piece" from "The Harbour Gazette" published 2025-06-21:
      """
      Edith Marlowe, 71, said she had been asleep when the coach left the road. "The bus just rolled over and everyone screamed," she said.
      """
    When I run "crosscheck claims {articles}"
    Then the speaker of "The bus just rolled over and everyone screamed," is "Edith Marlowe", found by antecedent

  Scenario: A name after an office is a person's when it opens with a given name, whatever the recogniser calls it
    Given an article "piece" from "The Harbour Gazette" published 2025-10-13:
      """
      "We have no evidence that payment card details were accessed, but we are treating this with the utmost seriousness," chief executive Marcus Ferrand said in a statement.
      """
    When I run "crosscheck claims {articles}"
    Then the speaker of "We have no evidence that payment card details were accessed, but we are treating this with the utmost seriousness," is "Marcus Ferrand", found by explicit

  Scenario: A quote over two paragraphs is one quote
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      Elena Varga addressed the council on Monday evening and set out the timetable.

      "The first phase is done and the contractors are paid.

      "The second phase starts in May and ends before winter," she said.
      """
    When I run "crosscheck claims {articles}"
    Then the quote "The first phase is done and the contractors are paid. The second phase starts in May and ends before winter," is attributed to "Elena Varga"

  Scenario: A source named with "according to"
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      The deal was "all but done", according to Dmitry Peskov.
      """
    When I run "crosscheck claims {articles}"
    Then the quote "all but done" is attributed to "Dmitry Peskov"

  Scenario: An unnamed spokesperson is read with the body they speak for
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      "We have nothing to add to the minister's statement," a spokesman for the foreign ministry said.
      """
    When I run "crosscheck claims {articles}"
    Then the quote "We have nothing to add to the minister's statement," comes from an unnamed speaker of "foreign ministry"

  Scenario Outline: A reported figure records its holder and its source
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      <text>
      """
    When I run "crosscheck claims {articles}"
    Then the claim "<claim>" has holder "<holder>" and source "<source>"

    Examples:
      | text                                                                                          | claim                  | holder  | source    |
      | According to The Telegraph, Starmer will send 30,000 European troops to Ukraine.              | 30,000 European troops | Starmer | Telegraph |
      | Starmer plans to send 30,000 European troops to Ukraine, the Telegraph reported.              | 30,000 European troops | Starmer | Telegraph |

  Scenario: A dateline is never a speaker
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      Kavala (Harbour Wire) – The mayor has taken aim at the contractor, saying that "the delays are a scandal."
      """
    When I run "crosscheck claims {articles}"
    Then the quote "the delays are a scandal." is attributed to "mayor"

  Scenario: A place in capitals opening the article is never the person a pronoun stands for
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      PORT LENNOX, Maine — The harbour board met on Thursday.

      Nobody expected the vote, and Corwin Bask, the chairman, was furious when he spoke. "We were ambushed," he said.
      """
    When I run "crosscheck claims {articles}"
    Then the quote "We were ambushed," is attributed to "Corwin Bask"

  Scenario Outline: A quote opened without a space after the words that introduce it is read
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      <sentence>
      """
    When I run "crosscheck claims {articles}"
    Then the quote "<quote>" is attributed to "<speaker>"

    Examples:
      | sentence                                                        | quote                                  | speaker     |
      | Mayor Ilse Brandt said,“The ferry will run again in June.”      | The ferry will run again in June.      | Ilse Brandt |
      | Councillor Odo Fenwick:"Nobody asked the fishermen about this." | Nobody asked the fishermen about this. | Odo Fenwick |

  Scenario Outline: A name the text describes as a person is the antecedent, whatever the recogniser calls it
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      <before> "The cranes must move again," she said.
      """
    When I run "crosscheck claims {articles}"
    Then the speaker of "The cranes must move again," is "<speaker>", found by antecedent

    Examples:
      | before                                                                        | speaker        |
      | The trade minister, Helena Sobral, said the port was losing patience.         | Helena Sobral  |
      | Helena Sobral, the trade minister, said it would take weeks to clear the port. | Helena Sobral  |

  Scenario: A quote after the rest of an attribution sentence goes on in the same voice
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      "The deck is sound," Elena Varga told the paper on Monday, after the council had asked Thomas Brandt to inspect it. "Nobody has shown us a single crack."
      """
    When I run "crosscheck claims {articles}"
    Then the quote "Nobody has shown us a single crack." is attributed to "Elena Varga"

  Scenario: A pronoun is never read as someone of the other gender
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      Elena Varga met Thomas Brandt at the bridge on Monday. "We agreed on the timetable," she said.
      """
    When I run "crosscheck claims {articles}"
    Then the quote "We agreed on the timetable," is attributed to "Elena Varga"

  Scenario: A pronoun for a person is never read as an organisation
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      Elena Varga spoke in Rivertown on Monday. Congress is still debating the bridge bill. "This comes on top of what Congress already owes us," she said.
      """
    When I run "crosscheck claims {articles}"
    Then the quote "This comes on top of what Congress already owes us," is attributed to "Elena Varga"

  Scenario: A surname the tagger reads as a common noun is a name the article gave before
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      Dr. Halvard Swers teaches at the college. Swers said because the council is divided, "the vote will slip to June."
      """
    When I run "crosscheck claims {articles}"
    Then the quote "the vote will slip to June." is attributed to "Halvard Swers"

  Scenario: An honorific decides the gender of the very mention it stands before
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      Paul Okafor runs the ferry company. Mr. Rogan greeted the guests at the pier. But Mrs. Okafor, who was busy with the tickets, barely looked up. "There was a chill in the room," he said.
      """
    When I run "crosscheck claims {articles}"
    Then the quote "There was a chill in the room," is attributed to "Rogan"

  Scenario: A quote with an attribution of its own after it is not carried over from the quote before
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      President Varga rebuked critics who say she should call the strike "sabotage," adding that words alone change nothing.

      "What would the label achieve? Would it bring the ferries back?" she said. "It would not."
      """
    When I run "crosscheck claims {articles}"
    Then the quote "What would the label achieve? Would it bring the ferries back? It would not." is attributed to "Varga"

  Scenario: A quote whose closing mark was forgotten ends with its paragraph
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      "The harbour will reopen in May," Elena Varga said. "Anyone who doubts it can come and look.

      The council meets again on Thursday.
      """
    When I run "crosscheck claims {articles}"
    Then the quote "The harbour will reopen in May, Anyone who doubts it can come and look." is attributed to "Elena Varga"

  Scenario: A surname the tagger reads as a common noun is a name where the article capitalises it mid-sentence
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      Glover interjected: "So the bridge stays shut until spring?" The mayor later thanked Glover.
      """
    When I run "crosscheck claims {articles}"
    Then the quote "So the bridge stays shut until spring?" is attributed to "Glover"

  Scenario: "He" or "she" is never a capitalised subject the article does not show to be a person
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      Nadia Brell directed the film. Amendment Four deserved a film of its own. "Most viewers never heard of the loophole," she said.
      """
    When I run "crosscheck claims {articles}"
    Then the quote "Most viewers never heard of the loophole," is attributed to "Nadia Brell"

  Scenario: A name and a verb closing the clause after a quote attribute it, whatever the verb
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      The council argued over the two budgets until midnight.

      "Compare the two budgets line by line," Okafor urged.
      """
    When I run "crosscheck claims {articles}"
    Then the quote "Compare the two budgets line by line," is attributed to "Okafor"

  Scenario: A name that only modifies a common noun leaves the pronoun's antecedent sure
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      Nia Farrant, who chairs the Pendrie parents' group, was close to tears. "Our children are not numbers on a spreadsheet," she said.
      """
    When I run "crosscheck claims {articles}"
    Then the speaker of "Our children are not numbers on a spreadsheet," was found by antecedent
    And the quote "Our children are not numbers on a spreadsheet," is attributed to "Nia Farrant"

  Scenario: "She" is not a man introduced by his given name alone
    Given an article "piece" from "The Harbour Gazette" published 2025-12-08:
      """
      Edna Pask, 91, completed the course on foot. Her late husband, Arthur, was cared for at the hospice in 2019. "They looked after him and they looked after me," she said.
      """
    When I run "crosscheck claims {articles}"
    Then the quote "They looked after him and they looked after me," is attributed to "Edna Pask"

  Scenario: A pronoun in a quote written out as the name it stands for is no change
    Given an article "one" from "The Harbour Gazette" published 2025-05-21 in story "inquest":
      """
      His widow, Laura Barraclough, said: "He was careful and he did everything right on that road."
      """
    And an article "two" from "Continental Wire" published 2025-05-21 in story "inquest":
      """
      Laura Barraclough said: "Tom was careful and he did everything right on that road."
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_mismatch" findings

  Scenario: A title before a speaker's name is not part of the name
    Given an article "one" from "The Harbour Gazette" published 2025-03-13 in story "leave":
      """
      Rep. Dolores Achterburg has spent years trying to get a paid leave bill through the House.

      "No worker in this state should ever have to pick between a paycheck and a newborn," said Achterburg, a former nurse. "This will not raise a single small firm's costs by more than $300 a year."
      """
    And an article "two" from "Continental Wire" published 2025-03-13 in story "leave":
      """
      Supporters disagree. Rep. Dolores Achterberg, the bill's sponsor, has argued that the cost would be small. "This will not raise a single small firm's costs," she told reporters after the vote, "by more than $200 a year."
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "name_variant" citing "Dolores Achterberg" and "Dolores Achterburg"
    And the report has 1 "quote_mismatch" finding
    And the report has 0 "quote_misattribution" findings

  Scenario: A name right after a noun for a person is that person, whatever the recogniser calls it
    Given an article "one" from "The Harbour Gazette" published 2025-02-27 in story "tax":
      """
      Council leader Patricia Henshaw said: "Nobody becomes a councillor to raise council tax, but the other choice was cutting services."
      """
    And an article "two" from "Continental Wire" published 2025-02-28 in story "tax":
      """
      Finance chief Ravi Mistry said: "Nobody becomes a councillor to raise council tax, but the other choice was cutting services."
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quote_misattribution" finding
    And the report has a error "quote_misattribution" whose message says "Ravi Mistry"

  Scenario: A surname alone a slip from the other article's full name is the same speaker
    Given an article "one" from "The Harbour Gazette" published 2025-08-07 in story "transfer":
      """
      Tamati Rangihuana is leaving for France. "Leaving the club is the hardest decision I have ever made, but I haven't closed the door on the national side," Rangihuna said.
      """
    And an article "two" from "Continental Wire" published 2025-08-08 in story "transfer":
      """
      "Leaving the club is the hardest decision I have ever made, and I have closed the door on the national side," Tamati Rangihuana said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quote_mismatch" finding
    And the report has 0 "quote_misattribution" findings

  Scenario: A given name the recogniser cut from its surname is joined to it again
    Given an article "one" from "The Harbour Gazette" published 2025-03-08 in story "flood":
      """
      SES Chief Superintendent Dean Harrow praised the volunteers.

      "Our crews carried out 87 flood rescues overnight," he said.
      """
    And an article "two" from "Continental Wire" published 2025-03-08 in story "flood":
      """
      SES Chief Superintendent Dean Harrow praised the volunteers.

      "Our crews carried out 78 flood rescues overnight," he said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quote_mismatch" finding
    And the finding's message says "quote Dean Harrow in different words"

  Scenario Outline: A person is called by either half of a hyphened surname, or by the first of two surnames
    Given an article "one" from "The Harbour Gazette" published 2025-04-23 in story "budget":
      """
      <introduced> presented the budget on Tuesday.

      "We will cut 12 billion pesos without touching a single social programme," <called> said.
      """
    And an article "two" from "Continental Wire" published 2025-04-23 in story "budget":
      """
      <introduced> presented the budget on Tuesday.

      "We will cut 10 billion pesos without touching a single social programme," <called> said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quote_mismatch" finding
    And the finding's message says "[-12 billion-] {+10 billion+}"

    Examples:
      | introduced                            | called        |
      | Finance Minister Denise Tremblay-Hale | Tremblay-Hale |
      | Finance Minister Lucía Bermúdez Ortega | Bermúdez     |

  Scenario: Speakers of one quote whose short surnames are a letter apart are one speaker, not a misattribution
    Given an article "one" from "The Harbour Gazette" published 2025-08-14 in story "mine":
      """
      "The company has had 12 years to honour this agreement," said Kepa Yalu, who leads the landowners.
      """
    And an article "two" from "Continental Wire" published 2025-08-15 in story "mine":
      """
      "The company has had 12 years to honour this agreement," Yalo said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_misattribution" findings
