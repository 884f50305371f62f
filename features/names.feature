Feature: One name spelled two ways (rule name_variant)
  Spelling variants are notes for the copy desk; with a house style, a draft that uses another
  spelling is a warning.

  Scenario Outline: Variants from the spelling list, transliteration and capitalisation
    Given an article "one" from "The Harbour Gazette" published 2025-02-25 in story "talks":
      """
      Officials met <first> on Monday to discuss the talks.
      """
    And an article "two" from "Continental Wire" published 2025-02-26 in story "talks":
      """
      Officials met <second> on Tuesday to discuss the talks.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "name_variant" citing "<one>" and "<other>"

    Examples:
      | first              | second              | one                | other             |
      | Sergey Lavrov      | Sergei Lavrov       | Sergey Lavrov      | Sergei Lavrov     |
      | Volodymyr Zelensky | Vladimir Zelensky   | Volodymyr Zelensky | Vladimir Zelensky |
      | Vitali Klitschko   | Vitaliy Klychko     | Vitali Klitschko   | Vitaliy Klychko   |
      | leaders in Kyiv    | leaders in Kiev     | Kyiv               | Kiev              |
      | Nato envoys        | NATO envoys         | Nato               | NATO              |
      | Morag MacLeish     | Morag McLeish       | Morag MacLeish     | Morag McLeish     |
      | Pyotr Tchernov     | Pyotr Chernov       | Pyotr Tchernov     | Pyotr Chernov     |

  Scenario: A person the recogniser missed is still a name, when it opens with a given name
    Given an article "one" from "The Harbour Gazette" published 2025-03-12 in story "trial":
      """
      Dr Siobhán Keary said the pattern of burning showed the fire had been set on purpose.
      """
    And an article "two" from "Continental Wire" published 2025-03-12 in story "trial":
      """
      Expert witness Siobhan Keary told jurors that petrol had been splashed around inside the building.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "name_variant" citing "Siobhán Keary" and "Siobhan Keary"

  Scenario: An honorific is no part of a name's spelling
    Given an article "one" from "The Harbour Gazette" published 2025-08-12 in story "outbreak":
      """
      "The meat and milk remain safe," said Dr Eilidh MacAulay, the chief veterinary officer.
      """
    And an article "two" from "Continental Wire" published 2025-08-12 in story "outbreak":
      """
      Eilidh McAulay, the chief veterinary officer, said the meat and milk remained safe.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "name_variant" citing "Eilidh MacAulay" and "Eilidh McAulay"

  Scenario Outline: A surname one letter apart under one given name is one name misspelt
    Given an article "one" from "The Harbour Gazette" published 2025-06-12 in story "launch":
      """
      Chief executive <first> watched the launch from the control room.
      """
    And an article "two" from "Continental Wire" published 2025-06-12 in story "launch":
      """
      Chief executive <second> watched the launch from the control room.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "name_variant" citing "<first>" and "<second>"
    And the finding's message says "(one letter)"

    Examples: a long surname with a letter changed, shorter ones with a letter left out
      | first              | second            |
      | Sanne Vliegenthart | Sanne Vliegenhart |
      | Martin Haigh       | Martin Haig       |
      | Zolani Mqhayi      | Zolani Mqayi      |

  Scenario Outline: A surname written with other spacing, punctuation or two letters swapped is one name
    Given an article "one" from "The Harbour Gazette" published 2025-06-12 in story "launch":
      """
      <first> watched the launch from the control room.
      """
    And an article "two" from "Continental Wire" published 2025-06-12 in story "launch":
      """
      <second> watched the launch from the control room on Thursday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "name_variant" citing "<first>" and "<second>"
    And the finding's message says "(<how>)"

    Examples: a particle joined, an apostrophe left out, a hyphened surname with a letter dropped, neighbours swapped
      | first                           | second                   | how                        |
      | Miriam Van der Berg             | Miriam Vanderberg        | spacing and punctuation    |
      | Wanjiru Kipchumba Lang'at       | Wanjiru Kipchumba Langat | spacing and punctuation    |
      | Kofi Mensah-Asante              | Kofi Mensa-Asante        | one letter                 |
      | Harriet Lansdowne               | Harriet Landsowne        | two letters swapped        |
      | Renato Villaflores              | Renato Villaflroes       | two letters swapped        |

  Scenario: An abbreviated title before a name is no part of its spelling
    Given an article "one" from "The Harbour Gazette" published 2025-03-13 in story "raid":
      """
      Det Chief Insp Miriam Oduya led the raid at the docks.
      """
    And an article "two" from "Continental Wire" published 2025-03-13 in story "raid":
      """
      The raid at the docks was led by Miriam Oduyah.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "name_variant" citing "Miriam Oduya" and "Miriam Oduyah"

  Scenario Outline: Surnames that sound alike under one given name are one name misspelt
    Given an article "one" from "The Harbour Gazette" published 2025-07-09 in story "inquiry":
      """
      The report was presented by <first> at the town hall.
      """
    And an article "two" from "Continental Wire" published 2025-07-09 in story "inquiry":
      """
      <second> presented the report at the town hall.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "name_variant" citing "<first>" and "<second>"
    And the finding's message says "(sound)"

    Examples: a letter doubled and moved, a silent letter, a vowel sound spelt two ways
      | first          | second          |
      | Peter Rundle   | Peter Rundell   |
      | Maeve Creagh   | Maeve Cregg     |
      | Hannah Petrie  | Hannah Petry    |

  Scenario: A possessive is no part of a spelling
    Given an article "one" from "The Harbour Gazette" published 2025-02-22 in story "cup":
      """
      Niall Ogunbiyi's penalty sealed the win on Saturday.
      """
    And an article "two" from "Continental Wire" published 2025-02-22 in story "cup":
      """
      Niall Ogunbyi scored the penalty that sealed the win on Saturday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "name_variant" finding
    And the report has a info "name_variant" citing "Niall Ogunbiyi's" and "Niall Ogunbyi"

  Scenario Outline: Names one letter apart that are not one name misspelt
    Given an article "one" from "The Harbour Gazette" published 2025-06-12 in story "vote":
      """
      <first>
      """
    And an article "two" from "Continental Wire" published 2025-06-12 in story "vote":
      """
      <second>
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "name_variant" findings

    Examples: a plural, a possessive, a short surname with a letter changed
      | first                                                            | second                                                            |
      | The Social Democrat leader conceded on Sunday night.             | The Social Democrats conceded on Sunday night.                    |
      | Halvorsen Motors said the plant would close.                     | Halvorsen Motors' plant will close, the company said.             |
      | Councillor Anna Bell opened the meeting.                         | Councillor Anna Ball opened the meeting.                          |
      | Councillor Peter Rundle opened the meeting.                      | Councillor Mary Rundell opened the meeting.                       |
      | Councillor Anna Harris opened the meeting.                       | Councillor Anna Harrison opened the meeting.                      |
      | Councillor Peter Bard opened the meeting.                        | Councillor Peter Brad opened the meeting.                         |
      | George Walker Bush spoke at the dinner.                          | George Herbert Walker Bush spoke at the dinner.                   |
      | Harcastle Homes' chief executive resigned on Friday.             | Harcastle Homes said its chief executive resigned on Friday.      |
      | ASHCOMBE Rovers lost the final on Saturday.                      | Ashcombe Rovers lost the final on Saturday.                       |
      | Halvorsen opened its first North American plant on Tuesday.      | The plant is the first Halvorsen has built in North America.      |

  Scenario: Two given names a census lists apart are two people, however alike they look
    Given an article "one" from "The Harbour Gazette" published 2025-02-25 in story "talks":
      """
      Brian Walsh chaired the council meeting on Monday.
      """
    And an article "two" from "Continental Wire" published 2025-02-26 in story "talks":
      """
      Bryan Walsh, a ferry captain, spoke at the council meeting on Monday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "name_variant" findings

  Scenario: Given names that sound alike under one surname and one role are one person spelled two ways
    Given an article "one" from "The Harbour Gazette" published 2025-03-04 in story "whales":
      """
      Park ranger Hana Tupaea said the team had two hours before the tide turned.
      """
    And an article "two" from "Continental Wire" published 2025-03-04 in story "whales":
      """
      Park ranger Hannah Tupaea said the volunteers worked through the night.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "name_variant" citing "Hana Tupaea" and "Hannah Tupaea"
    And the finding's message says "(one role: ranger)"

  Scenario: A short form of a given name is another name, not a misspelling, whatever the role
    Given an article "one" from "The Harbour Gazette" published 2025-03-04 in story "primary":
      """
      Economics professor Dave Brat won the primary on Tuesday.
      """
    And an article "two" from "Continental Wire" published 2025-03-04 in story "primary":
      """
      The college professor David Brat won the primary on Tuesday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "name_variant" findings

  Scenario: One spelling everywhere is not a finding
    Given an article "one" from "The Harbour Gazette" published 2025-02-25 in story "talks":
      """
      Sergei Lavrov met envoys in Kyiv on Monday.
      """
    And an article "two" from "Continental Wire" published 2025-02-26 in story "talks":
      """
      Sergei Lavrov left Kyiv on Tuesday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario Outline: A dateline or a headline in capitals is not a spelling, whatever the name's length
    Given an article "one" from "The Harbour Gazette" published 2025-02-25 in story "talks":
      """
      <opening>
      Officials met in <place> on Monday to discuss the talks.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

    Examples:
      | opening                                       | place  |
      | MOSCOW: Officials arrived on Sunday.          | Moscow |
      | CAIRO — Officials arrived on Sunday.          | Cairo  |
      | ROME, Feb. 24 (Reuters) - Officials arrived.  | Rome   |
      | TALKS IN OSLO END WITHOUT A DEAL              | Oslo   |

  Scenario: A dateline with its region in brackets is no name, and a name set in capitals there is one spelling
    Given an article "one" from "The Harbour Gazette" published 2025-07-08 in story "flood":
      """
      KESSARPUR (Morangi), July 8 — Nine people have died in Morangi district after an embankment on the Tavi river breached late on Sunday, officials said on Tuesday.

      Three of the dead were from Kessarpur town.
      """
    And an article "two" from "Continental Wire" published 2025-07-08 in story "flood":
      """
      Three of the dead were from Kessarpur town, officials said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "name_variant" findings

  Scenario: House style makes another spelling in a draft a warning
    Given an article "one" from "The Harbour Gazette" published 2025-02-25 in story "talks":
      """
      Officials met leaders in Kyiv on Monday to discuss the talks.
      """
    And a file "draft.md" containing:
      """
      ---
      id: draft
      story: talks
      published: 2025-02-26
      ---
      Officials met leaders in Kiev on Tuesday to discuss the talks.
      """
    When I run "crosscheck review {root}/draft.md --against {articles} --prefer Kyiv --format json --fail-on warning"
    Then the exit code is 1
    And the report has a warning "name_variant" citing "Kiev" and "Kyiv"

  Scenario: Names in another script are transliterated, never folded to nothing
    Given an article "one" from "The Harbour Gazette" published 2025-02-25 in story "talks":
      """
      Дмитрий Песков said the talks in Москва would go on.
      """
    And an article "two" from "Continental Wire" published 2025-02-26 in story "talks":
      """
      Дмитрий Песков spoke to reporters in Москва on Tuesday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "name_variant" findings

  Scenario: A name transliterated two ways is one name spelled two ways
    Given an article "one" from "The Harbour Gazette" published 2025-02-25 in story "talks":
      """
      Kremlin spokesman Dmitry Peskov said the talks would go on.
      """
    And an article "two" from "Continental Wire" published 2025-02-26 in story "talks":
      """
      Kremlin spokesman Дмитрий Песков said the talks would go on.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "name_variant" finding

  Scenario: A curly and a straight apostrophe are typesetting, not spelling
    Given an article "one" from "The Harbour Gazette" published 2025-02-25 in story "talks":
      """
      Terry O’Neill chaired the talks in Kyiv on Monday.
      """
    And an article "two" from "Continental Wire" published 2025-02-26 in story "talks":
      """
      Terry O'Neill left Kyiv on Tuesday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "name_variant" findings

  Scenario: A surname spelt two ways is reported with the full names, not on its own
    Given an article "one" from "The Harbour Gazette" published 2025-09-16 in story "steel":
      """
      The bid was led by Dmitri Orlovsky on Monday. Orlovsky said the plant would stay open.
      """
    And an article "two" from "Continental Wire" published 2025-09-16 in story "steel":
      """
      The bid was led by Dmitry Orlovskiy on Monday. Orlovskiy said the plant would stay open.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "name_variant" finding
    And the report has a info "name_variant" citing "Dmitri Orlovsky" and "Dmitry Orlovskiy"

  Scenario: Which variants matter is the rule's to say
    Given a copy of the bundled rules in "myrules"
    And a file "myrules/name_variant.yaml" containing:
      """
      id: name_variant
      category: name_variant
      description: Spellings that differ in letters, not in capitals alone.
      applies_to: name
      severity: info
      when:
        given_names_differ: false
        via: {not: capitalisation}
        edit_distance: {at_most: 2}
      message: "{left_name} / {right_name} ({via}, {edit_distance} letters apart)"
      """
    And an article "one" from "The Harbour Gazette" published 2025-02-25 in story "talks":
      """
      Nato envoys met Vitali Klitschko and Sergey Lavrov on Monday.
      """
    And an article "two" from "Continental Wire" published 2025-02-26 in story "talks":
      """
      NATO envoys met Vitaliy Klychko and Sergei Lavrov on Tuesday.
      """
    When I run "crosscheck check {articles} --rules {root}/myrules --format json"
    Then the report has a info "name_variant" citing "Sergey Lavrov" and "Sergei Lavrov"
    And the finding's message says "1 letters apart"
    And the report has 1 "name_variant" findings

  Scenario: A person's name inside a longer name the recogniser mislabelled is still read
    Given an article "one" from "The Harbour Gazette" published 2025-09-11 in story "storm":
      """
      Sheriff Bo Thibodaux said deputies had carried out 200 rescues.
      """
    And an article "two" from "Continental Wire" published 2025-09-12 in story "storm":
      """
      "The water is still rising," Harlow County Sheriff Bo Thibodeaux warned as deputies reached stranded families.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "name_variant" citing "Bo Thibodaux" and "Bo Thibodeaux"

  Scenario: Given names that sound alike under one surname are one name spelt two ways
    Given an article "one" from "The Harbour Gazette" published 2025-06-18 in story "hearing":
      """
      Lawrence Teague, the railroad's chief executive, told senators the company would pay for the cleanup.
      """
    And an article "two" from "Continental Wire" published 2025-06-18 in story "hearing":
      """
      Senators pressed chief executive Laurence Teague on the cost of the cleanup.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "name_variant" citing "Lawrence Teague" and "Laurence Teague"

  Scenario: A noun for a person opening a name is no part of its spelling, and an honorific names no one
    Given an article "one" from "The Harbour Gazette" published 2025-10-20 in story "inquiry":
      """
      The inquiry looked into the death of Joan Delaney, 81. Mrs Delaney waited eleven hours for a bed.
      """
    And an article "two" from "Continental Wire" published 2025-10-21 in story "inquiry":
      """
      Grandmother Joan Delany died after waiting eleven hours. Mrs Delany's family said the report was a whitewash.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "name_variant" citing "Joan Delaney" and "Joan Delany"
    And the report has 1 "name_variant" finding
