Feature: Quotes that change between articles (rules quote_mismatch and quote_misattribution)
  The same speaker quoted in different words is a finding, graded by how much the meaning
  changes; the same words put in two people's mouths is an error. Faithful repeats, cuts marked
  with "..." and unnamed spokespeople of the same body are not findings.

  Background:
    Given an article "first" from "The Harbour Gazette" published 2025-03-04 in story "bridge":
      """
      "We will not accept a single day of delay on this bridge," Mayor Elena Varga said on Monday.
      """

  Scenario: A dropped negation is an error, shown as a word diff
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      "We will accept a single day of delay on this bridge," Mayor Elena Varga said on Monday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quote_mismatch" whose message says "[-not-]"

  Scenario: A changed number is an error
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      "We will not accept a single week of delay on this bridge and not 30 days more," Elena Varga said.
      """
    And an article "third" from "Eastern Ledger" published 2025-03-04 in story "bridge":
      """
      "We will not accept a single week of delay on this bridge and not 60 days more," Elena Varga said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quote_mismatch" whose message says "[-30-] {+60+}"

  Scenario: A swapped word is a warning
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      "We will not accept a single hour of delay on this bridge," Mayor Elena Varga said on Monday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "quote_mismatch" whose message says "[-day-] {+hour+}"

  Scenario Outline: Faithful repeats are not findings
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      <text>
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

    Examples:
      | text                                                                                              |
      | “We will NOT accept a single day of delay on this bridge!” Varga said.                             |
      | "We will not accept a single day of delay ..." Mayor Elena Varga said.                            |
      | Varga said the council would "not accept a single day of delay" on the project.                    |
      | "We will not accept a single day of delay on this bridge," a spokesman for Elena Varga said.       |

  Scenario: The same words attributed to two people
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      "We will not accept a single day of delay on this bridge," council leader Tom Brandt said on Monday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quote_misattribution" whose message says "Tom Brandt's"

  Scenario: Two articles of one outlet that disagree are told apart by article
    Given an article "second" from "The Harbour Gazette" published 2025-03-05 in story "bridge":
      """
      "We will not accept a single day of delay on this bridge," council leader Tom Brandt said on Monday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quote_misattribution" whose message says "Elena Varga's in The Harbour Gazette (first) but Tom Brandt's in The Harbour Gazette (second)"

  Scenario: One speaker whose surname is spelt two ways is no misattribution
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      "We will not accept a single day of delay on this bridge," Mayor Elena Vargha said on Monday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "name_variant" citing "Elena Varga" and "Elena Vargha"
    And the report has 0 "quote_misattribution" findings

  Scenario: No misattribution when an article gives the words to both people
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      "We will not accept a single day of delay on this bridge," council leader Tom Brandt said on Monday.
      """
    And an article "third" from "Daily Meridian" published 2025-03-04 in story "bridge":
      """
      "We will not accept a single day of delay on this bridge," council leader Tom Brandt said on Monday. Later, "We will not accept a single day of delay on this bridge," Mayor Elena Varga said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_misattribution" findings

  Scenario: An unnamed spokesperson of the named speaker's body is not a misattribution
    Given an article "one" from "Eastern Ledger" published 2025-03-04 in story "dam":
      """
      Foreign ministry spokesman Nebiat Getachew said: "The dam is a source of light, not a threat to anyone."
      """
    And an article "two" from "Daily Meridian" published 2025-03-04 in story "dam":
      """
      "The dam is a source of light, not a threat to anyone," a spokesman for the foreign ministry said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_misattribution" findings
    And the report has 0 "quote_mismatch" findings

  Scenario Outline: What outlets change without changing the remark is not a finding
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      <text>
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

    Examples: numbers as words or digits, contractions, house spellings, editors' brackets, fillers, an adverb set off by commas, an editor's words in brackets for the speaker's
      | text                                                                                              |
      | "We won't accept a single day of delay on this bridge," Mayor Elena Varga said on Monday.          |
      | "We will not accept a single (working) day of delay on this bridge," Mayor Elena Varga said.       |
      | "Oh, we will not accept a single day of delay on this bridge," Mayor Elena Varga said on Monday.   |
      | "We will not accept a single day of delay on this bridge," Mayor Varga said, "not one."            |
      | "We will not, frankly, accept a single day of delay on this bridge," Mayor Elena Varga said.       |
      | "We will not accept [even one] day of delay on this bridge," Mayor Elena Varga said.              |

  Scenario: A unit written out or abbreviated after a number is one measure
    Given an article "one" from "Eastern Ledger" published 2025-04-14 in story "race":
      """
      "My legs were heavy after 35 kilometres, but the crowd carried me home," winner Grace Otieno said.
      """
    And an article "two" from "Daily Meridian" published 2025-04-14 in story "race":
      """
      "My legs were heavy after 35km, but the crowd carried me home," winner Grace Otieno said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A word printed with its letters starred out is the word it masks
    Given an article "one" from "Eastern Ledger" published 2025-03-04 in story "row":
      """
      "We are going to fight this damn tariff in every court in the land," Senator Ana Ruiz said.
      """
    And an article "two" from "Daily Meridian" published 2025-03-04 in story "row":
      """
      "We are going to fight this d*** tariff in every court in the land," Senator Ana Ruiz said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: Words one outlet left out where the other split its quote are a cut, wherever the gap is drawn
    Given an article "one" from "Eastern Ledger" published 2025-03-04 in story "visit":
      """
      "He is not welcome in this city," Mayor Ines Calder told the radio station. "We do not like him. We do not want him here."
      """
    And an article "two" from "Daily Meridian" published 2025-03-04 in story "visit":
      """
      "He is not welcome in this city," Mayor Ines Calder said on the radio. "We do not want him here."
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: Numbers written as words in one outlet and digits in another are the same number
    Given an article "one" from "Eastern Ledger" published 2025-03-04 in story "odds":
      """
      "There is a one-in-three chance that we lose the vote this week," Senator Ana Ruiz said.
      """
    And an article "two" from "Daily Meridian" published 2025-03-04 in story "odds":
      """
      "There's a 1 in 3 chance that we lose the vote this week," Senator Ana Ruiz said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A quote that starts later or stops sooner is an excerpt, not a change
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      Varga said the council had drawn a line: it would accept "a single day of delay on this bridge, and no more," she said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_mismatch" findings

  Scenario: Two sentences that only share a phrase are not compared as one quote
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      "Nobody wants a single day of delay on this bridge, least of all the traders," Mayor Elena Varga said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_mismatch" findings

  Scenario: An article that prints both wordings does not contradict the other
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      "We will accept a single day of delay on this bridge," Mayor Elena Varga said on Monday, before correcting herself: "We will not accept a single day of delay on this bridge."
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_mismatch" findings

  Scenario: A changed word on a speaker read from a pronoun guess is still reported, with the doubt shown
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      Mayor Elena Varga met the contractors and council leader Tom Brandt on Monday.
      "We will not accept a single hour of delay on this bridge," she said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "quote_mismatch" whose message says "[-day-] {+hour+}"
    And the finding's evidence includes "quote.speakers_agree_resolved"
    And the finding's confidence is 0.85

  Scenario: A quote whose speaker is only a pronoun guess is never a misattribution
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      Council leader Tom Brandt spoke after Mayor Elena Varga on Monday.
      "We will not accept a single day of delay on this bridge," he said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_misattribution" findings

  Scenario Outline: One person named two ways is one speaker, never a misattribution
    Given an article "one" from "Eastern Ledger" published 2025-03-04 in story "grocer":
      """
      <first>
      """
    And an article "two" from "Daily Meridian" published 2025-03-04 in story "grocer":
      """
      <second>
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_misattribution" findings

    Examples:
      | first                                                                                   | second                                                                        |
      | Chief executive Lucía Ferrán Ortiz said: "Shoppers are still counting every cent."       | "Shoppers are still counting every cent," Ferrán said on Thursday.              |
      | "Shoppers are still counting every cent," Mike Thibodeau said on Thursday.              | "Shoppers are still counting every cent," Michael Thibodeau said on Thursday.   |
      | "Shoppers are still counting every cent," Donald Trump Jr. said on Thursday.            | "Shoppers are still counting every cent," Mr. Trump said on Thursday.           |

  Scenario: A quote nobody is named for is paired by its words alone, as a note with the doubt shown
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      Workers gathered at the site on Monday.

      "We will not accept a single hour of delay on this bridge."
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "quote_mismatch" whose message says "quote Elena Varga in different words"
    And the finding's evidence includes "quote.speaker_missing"
    And the finding's confidence is 0.6

  Scenario: A function word put in another's place is a changed word, reported as a note
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      "We will not accept a single day of delay to this bridge," Mayor Elena Varga said on Monday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "quote_mismatch" whose message says "[-on-] {+to+}"

  Scenario: A contraction reads alike whatever apostrophe the outlet prints
    Given an article "one" from "Eastern Ledger" published 2025-03-04 in story "wharf":
      """
      "He wants to run the port like he's running his ferry company," Elena Varga said.
      """
    And an article "two" from "Daily Meridian" published 2025-03-04 in story "wharf":
      """
      "He wants to run the port like he’s running his ferry company," Elena Varga said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario Outline: A changed modal or pronoun changes the remark
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      <text>
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a <severity> "quote_mismatch" whose message says "<diff>"

    Examples:
      | text                                                                                         | severity | diff                   |
      | "We would not accept a single day of delay on this bridge," Mayor Elena Varga said on Monday. | error    | [-will-] {+would+}     |
      | "They will not accept a single day of delay on this bridge," Mayor Elena Varga said on Monday. | error    | [-We-] {+They+}        |

  Scenario: A title spelt out in one outlet and abbreviated in the other is the same word, and the quotes are still compared
    Given an article "one" from "Eastern Ledger" published 2025-03-04 in story "funeral":
      """
      "I feel badly for General Okafor and his family," Mayor Ines Calder said.
      """
    And an article "two" from "Daily Meridian" published 2025-03-04 in story "funeral":
      """
      "I feel very badly for Gen. Okafor and his family," Mayor Ines Calder said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "quote_mismatch" whose message says "I feel {+very+} badly for General"

  Scenario: British and American spellings of a word are the same word
    Given an article "one" from "Eastern Ledger" published 2025-03-04 in story "clean-up":
      """
      "We will organise the clean-up and honour every contract," Mayor Ines Calder said.
      """
    And an article "two" from "Daily Meridian" published 2025-03-04 in story "clean-up":
      """
      "We will organize the clean-up and honor every contract," Mayor Ines Calder said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: The words a speaker wrote to someone are the writer's, not the addressee's
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      Tom Brandt wrote back to Elena Varga on Tuesday: "We will not accept a single day of delay on this bridge."
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quote_misattribution" whose message says "Elena Varga's in The Harbour Gazette but Tom Brandt's in Continental Wire"

  Scenario: The terminal report prints a quote in quotation marks once
    Given an article "second" from "Continental Wire" published 2025-03-04 in story "bridge":
      """
      "We will accept a single day of delay on this bridge," Mayor Elena Varga said on Monday.
      """
    When I run "crosscheck check {articles}"
    Then the output contains ""We will accept a single day of delay on this bridge,""
    And the output does not contain "“"We will"

  Scenario: A short excerpt whose only shared run is broken by a changed number is still paired
    Given an article "second" from "Continental Wire" published 2025-05-13 in story "merger":
      """
      "Together we can save around £12 million a year and spend it on patient care," said Dr Hana Pell, the chief executive.
      """
    And an article "third" from "Eastern Ledger" published 2025-05-14 in story "merger":
      """
      Dr Hana Pell said the merged trust would "save around £21 million a year" once both boards agreed.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "quote_mismatch" whose message says "[-12 million-] {+21 million+}"

  Scenario: A run broken only by a dropped negation counts as one long run
    Given an article "second" from "Continental Wire" published 2025-02-04 in story "campus":
      """
      "We cannot rule out compulsory redundancies, but they will be a last resort," said the chancellor, Ruth Kell.
      """
    And an article "third" from "Eastern Ledger" published 2025-02-05 in story "campus":
      """
      Ruth Kell told staff: "We can rule out compulsory redundancies, and we will talk to the unions."
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "quote_mismatch" whose message says "[-not-]"
    And the finding's evidence includes "quote.long_shared_run"

  Scenario: Two outlets that go on with different sentences after the same one quote one remark
    Given an article "second" from "Continental Wire" published 2025-03-12 in story "ferry":
      """
      "It was a calm evacuation and nobody panicked. The crew had everyone in life jackets within minutes," said the harbourmaster, Duncan Lorne.
      """
    And an article "third" from "Eastern Ledger" published 2025-03-13 in story "ferry":
      """
      "It was a calm evacuation and nobody panicked," said the operations director, Fiona Renwick. "Our crew did exactly what they train for."
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quote_misattribution" whose message says "Fiona Renwick's"

  Scenario: A number written in words with a hyphen is the number in digits
    Given an article "second" from "Continental Wire" published 2025-08-14 in story "festival":
      """
      "We have lost two weeks of work in 48 hours," said the festival director, Callum Reid.
      """
    And an article "third" from "Eastern Ledger" published 2025-08-14 in story "festival":
      """
      "We have lost two weeks of work in forty-eight hours," said the festival director, Callum Reid.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_mismatch" findings

  Scenario: A speaker named by a role is the person the article gives that role
    Given an article "second" from "Continental Wire" published 2025-03-05 in story "trial":
      """
      Judge Anwen Tolliver rejected the defence case. "I accept that you were misled by others," the judge told him.
      """
    And an article "third" from "Eastern Ledger" published 2025-03-05 in story "trial":
      """
      "I do not accept that you were misled by others," Anwen Tolliver told the court.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quote_mismatch" whose message says "{+do not+}"
    And the finding's evidence includes "quote.speaker_by_role"

  Scenario: A person named with the body whose clause follows is still a person
    Given an article "second" from "Continental Wire" published 2025-12-12 in story "quota":
      """
      "This is a bitter pill, but the fleet can live with it," said Morag Tillery, chief executive of the Skell Fishermen's Federation.
      """
    And an article "third" from "Eastern Ledger" published 2025-12-12 in story "quota":
      """
      "This is a bitter pill, and the fleet cannot live with it," said Morag Tillery of the Skell Fishermen's Federation, which represents most boats.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quote_mismatch" whose message says "{+not+}"

  Scenario: A changed ending is read up to the sentence's end, whatever follows in one outlet
    Given an article "second" from "Continental Wire" published 2025-03-10 in story "turbine":
      """
      "There was never any danger to the public, and the site was fenced off within the hour," said Ailsa Brenn, the operations director. "We will not restart a turbine until we know why the blade failed."
      """
    And an article "third" from "Eastern Ledger" published 2025-03-11 in story "turbine":
      """
      "There was never any danger to the public, and the site was fenced off within two hours," said Ailsa Brenn, the operations director.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quote_mismatch" whose message says "[-the hour-] {+two hours+}"

  Scenario: Other words across a sentence's end are another sentence, not a changed wording
    Given an article "second" from "Continental Wire" published 2025-02-15 in story "wall":
      """
      "We will have a national emergency, and we will then be sued. Then we will end up in the Supreme Court," said Dana Hollis.
      """
    And an article "third" from "Eastern Ledger" published 2025-02-15 in story "wall":
      """
      "Look, I expect to be sued," said Dana Hollis. "And we will win in the Supreme Court."
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_mismatch" findings

  Scenario: A word masked with dashes is the word it masks
    Given an article "second" from "Continental Wire" published 2025-08-30 in story "call":
      """
      "Prove that I am a racist, you c---sucker, prove it," Governor Paul Lane said in the message.
      """
    And an article "third" from "Eastern Ledger" published 2025-08-30 in story "call":
      """
      "Prove that I am a racist, you cocksucker, prove it," Governor Paul Lane said in the message.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_mismatch" findings

  Scenario: A phrase set off by commas is an aside, not part of the remark
    Given an article "second" from "Continental Wire" published 2025-05-20 in story "waits":
      """
      "We will, of course, prioritise the patients who have waited longest," the chief executive, Alan Reid, said.
      """
    And an article "third" from "Eastern Ledger" published 2025-05-21 in story "waits":
      """
      "We will prioritise the patients who have waited longest," the chief executive, Alan Reid, said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_mismatch" findings

  Scenario: "No" before a number is the word "number" abbreviated
    Given an article "second" from "Continental Wire" published 2025-03-25 in story "lottery":
      """
      "I'm going to keep driving the number 12 until Christmas," Bernadette Kilroy said.
      """
    And an article "third" from "Eastern Ledger" published 2025-03-25 in story "lottery":
      """
      "I'm going to keep driving the No 12 until Christmas," Bernadette Kilroy said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_mismatch" findings

  Scenario: A phrase with the clause between its words is no aside
    Given an article "first" from "Continental Wire" published 2025-10-24 in story "count":
      """
      She said: "I'm going to be a councillor for everyone in Ashbury, whoever they voted for."
      """
    And an article "second" from "Eastern Ledger" published 2025-10-25 in story "count":
      """
      "I am going to be a councillor for everyone in Ashbury, whoever they voted for," she said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_mismatch" findings

  Scenario: A contracted past tense keeps its tense
    Given an article "first" from "Continental Wire" published 2025-10-29 in story "study":
      """
      "We didn't expect the effect to be this clear," said Dr Ingrid Solvang.
      """
    And an article "second" from "Eastern Ledger" published 2025-10-30 in story "study":
      """
      Dr Ingrid Solvang said: "We did not expect the effect to be this clear."
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_mismatch" findings

  Scenario: "He's been" is "he has been", and a "that" opening a clause is a function word
    Given an article "first" from "Continental Wire" published 2025-11-14 in story "zoo":
      """
      "Mango is a little hungry but he has been checked by our vet," said Colin Marsh. "It is a miracle that nobody was hurt."
      """
    And an article "second" from "Eastern Ledger" published 2025-11-14 in story "zoo":
      """
      "Mango is a little hungry, but he's been checked by our vet," said Colin Marsh. "It is a miracle nobody was hurt."
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quote_mismatch" findings

  Scenario: A short quote with one word changed is paired by a run with one word open
    Given an article "one" from "The Harbour Gazette" published 2025-02-20 in story "ruling":
      """
      Chief Justice Margaret Ellingsworth wrote that the gap between districts "has nearly doubled since 2008."
      """
    And an article "two" from "Continental Wire" published 2025-02-21 in story "ruling":
      """
      Chief Justice Margaret Ellingworth wrote that the gap between rich and poor districts "has nearly tripled since 2008" and that warnings were ignored.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "quote_mismatch" whose message says "[-doubled-] {+tripled+}"
    And the report has 0 "quote_misattribution" findings

  Scenario: An age before a role says how old the speaker is, not who
    Given an article "one" from "The Harbour Gazette" published 2025-08-01 in story "veto":
      """
      Gov. Harriet Calloway vetoed the rent bill on Friday. "This bill will freeze new building in its tracks," Calloway said in her veto message.
      """
    And an article "two" from "Continental Wire" published 2025-08-02 in story "veto":
      """
      Gov. Harriet Calloway vetoed the rent bill. "This bill would freeze new building in its tracks," the 54-year-old governor wrote in her veto message.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quote_mismatch" finding
    And the report has 0 "quote_misattribution" findings

  Scenario: "We'd" is "we would" before a verb and "we had" before a participle
    Given an article "one" from "Eastern Ledger" published 2025-03-07 in story "measles":
      """
      "We would urge every parent to check their child's records today," Dr Farah Quinlan said.

      "We had seen outbreaks like this one in the county before," Quinlan added.
      """
    And an article "two" from "Daily Meridian" published 2025-03-07 in story "measles":
      """
      "We'd urge every parent to check their child's records today," said Dr Farah Quinlan.

      "We'd never seen outbreaks like this one in the county before," Quinlan added.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quote_mismatch" finding
    And the finding's message says "never"
