Feature: When it happened (rule date_mismatch)
  Relative dates are resolved against each article's publication date, so two reports of one
  event can be compared even when they were written on different days.

  Scenario Outline: The same day written from two publication days is not a finding
    Given an article "one" from "The Harbour Gazette" published <first_published> in story "talks":
      """
      Russian and American officials held talks in Riyadh <first>, officials said.
      """
    And an article "two" from "Continental Wire" published <second_published> in story "talks":
      """
      Russian and American officials held talks in Riyadh <second>, diplomats said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

    Examples:
      | first_published | first         | second_published | second              |
      | 2025-02-20      | on Tuesday    | 2025-02-24       | last Tuesday        |
      | 2025-02-19      | yesterday     | 2025-02-20       | on Tuesday          |
      | 2025-02-20      | on Feb. 18    | 2025-02-24       | last Tuesday        |
      | 2025-02-20      | this week     | 2025-02-25       | last week           |
      | 2025-02-20      | on Tuesday    | 2025-02-28       | earlier this month  |

  Scenario: The trap: "this week" in a Thursday paper and "last week" in the next Tuesday's
    Given an article "one" from "Eastern Ledger" published 2025-02-20 in story "talks":
      """
      Foreign Minister Sergei Lavrov said this week that Moscow would view foreign troops in Ukraine as a direct threat to its sovereignty.
      """
    And an article "two" from "Continental Wire" published 2025-02-25 in story "talks":
      """
      Foreign Minister Sergei Lavrov said last week that Moscow would view foreign troops in Ukraine as a direct threat to its sovereignty.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario Outline: Dates that cannot overlap
    Given an article "one" from "The Harbour Gazette" published <first_published> in story "quake":
      """
      The earthquake struck the valley <first>, killing dozens.
      """
    And an article "two" from "Continental Wire" published <second_published> in story "quake":
      """
      The earthquake struck the valley <second>, officials said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a <severity> "date_mismatch" citing "<first_cited>" and "<second_cited>"

    Examples:
      | first_published | first           | second_published | second          | severity | first_cited     | second_cited    |
      | 2025-02-24      | Sunday night    | 2025-02-24       | early on Monday | warning  | Sunday night    | early on Monday |
      | 2025-02-20      | on Tuesday      | 2025-02-24       | last Thursday   | error    | Tuesday         | last Thursday   |
      | 2025-02-20      | on Feb. 17      | 2025-02-21       | on Feb. 19      | error    | Feb. 17         | Feb. 19         |

  Scenario: Two different events on different days are not compared
    Given an article "one" from "The Harbour Gazette" published 2025-02-20 in story "quake":
      """
      The earthquake struck the valley on Monday, killing dozens.
      """
    And an article "two" from "Continental Wire" published 2025-02-20 in story "quake":
      """
      Rescuers reopened the mountain road on Wednesday, officials said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A strike's first and last days are different events
    Given an article "one" from "The Harbour Gazette" published 2024-05-22 in story "dock":
      """
      Ships are moving again after a strike that began on May 13 ended on Monday.
      """
    And an article "two" from "Continental Wire" published 2024-05-21 in story "dock":
      """
      The strike at the port ended yesterday after the union accepted the offer.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: Without a publication date, relative dates are not resolved and the report says so
    Given an undated article "one" from "The Harbour Gazette":
      """
      The earthquake struck the valley on Monday, killing dozens.
      """
    And an article "two" from "Continental Wire" published 2025-02-20 in story "quake":
      """
      The earthquake struck the valley on Tuesday, officials said.
      """
    When I run "crosscheck check {articles}"
    Then the output contains "No publication date"
    And the output does not contain "date_mismatch"

  Scenario: Two votes that share nothing but being votes are not one event
    Given an article "one" from "The Harbour Gazette" published 2025-02-21 in story "town":
      """
      Councillors voted on Monday to close the old library.
      """
    And an article "two" from "Continental Wire" published 2025-02-21 in story "town":
      """
      Residents voted on Thursday in a referendum on parking charges.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: An event of a kind that happens once in a story, with nothing else shared, is a warning at most
    Given an article "one" from "The Harbour Gazette" published 2025-02-20 in story "quake":
      """
      The earthquake struck on Monday, killing dozens.
      """
    And an article "two" from "Continental Wire" published 2025-02-20 in story "quake":
      """
      Rescuers are still searching after Wednesday's earthquake.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "Monday" and "Wednesday"
    And the finding's evidence includes "event.nothing_else_shared"
    And the finding's explanation says "nothing but the kind of event in common"

  Scenario: The same kind of event in the same place two days apart is an error
    Given an article "one" from "The Harbour Gazette" published 2025-02-20 in story "quake":
      """
      The earthquake struck Kavala on Monday, killing dozens.
      """
    And an article "two" from "Continental Wire" published 2025-02-20 in story "quake":
      """
      The earthquake struck Kavala on Wednesday, officials said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "date_mismatch" citing "Monday" and "Wednesday"
    And the finding's confidence is 1.0

  Scenario Outline: A clause that looks ahead puts a bare weekday in the coming week
    Given an article "one" from "The Harbour Gazette" published 2025-02-21 in story "poll":
      """
      <first>
      """
    And an article "two" from "Continental Wire" published 2025-02-28 in story "poll":
      """
      The leadership election in Kavala was held on Thursday, and Elena Varga won it.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

    Examples: a timetable in the present tense, a modal, a verb of scheduling
      | first                                                                                |
      | The leadership election in Kavala is Thursday, and Elena Varga is the favourite.      |
      | The leadership election in Kavala will take place on Thursday, with Elena Varga favourite. |
      | The leadership election in Kavala is scheduled for Thursday, with Elena Varga favourite.  |

  Scenario: A statement reported in the present tense still happened on its weekday
    Given an article "one" from "The Harbour Gazette" published 2025-02-21 in story "port":
      """
      Harbour master Elena Varga says on Tuesday that the port reopened after the storm.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "Tuesday" is dated 2025-02-18

  Scenario Outline: Ages, decades of life and stretches of time are not dates
    Given an article "one" from "The Harbour Gazette" published 2025-02-21 in story "port":
      """
      <text>
      """
    When I run "crosscheck claims {articles}"
    Then no event claim is read from "<phrase>"

    Examples:
      | text                                                              | phrase      |
      | The 76-year-old harbour master resigned on Monday.                 | 76-year-old |
      | The harbour master, who is in her 80s, resigned on Monday.         | 80s         |
      | The harbour master resigned on Monday after 12 years in the post.  | 12 years    |
      | The walkout will begin at 7am and last until 7am on Wednesday.     | Wednesday   |
      | The blaze began on Monday; by Wednesday it covered 90 sq km.       | Wednesday   |

  Scenario: "by" before a doer leaves the date that follows it as the act's date
    Given an article "one" from "The Harbour Gazette" published 2025-02-21 in story "port":
      """
      The harbour master was found guilty of fraud by a jury on 6 February.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "6 February" is dated 2025-02-06

  Scenario: Dates known only to the year are compared, and reported, in years
    Given an article "one" from "The Harbour Gazette" published 2025-02-21 in story "port":
      """
      Elena Varga has led the Kavala harbour board since 2002.
      """
    And an article "two" from "Continental Wire" published 2025-02-21 in story "port":
      """
      Elena Varga has led the Kavala harbour board since 2003.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" whose message says "1 year apart"

  Scenario: A date after "since" starts a stretch to the time of writing, not the day of one act
    Given an article "one" from "The Harbour Gazette" published 2025-01-09 in story "pardon":
      """
      Ruiz was convicted in 2019 of taking bribes over a contract for patrol boats.
      """
    And an article "two" from "Continental Wire" published 2025-01-10 in story "pardon":
      """
      Campaigners say officials convicted since 2015 still owe the state millions in damages.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: The same happening told with another verb is one event when both name it with the same noun
    Given an article "one" from "The Harbour Gazette" published 2025-02-10 in story "slide":
      """
      An avalanche swept across the north face of the Kessel valley on Saturday, burying a path.
      """
    And an article "two" from "Continental Wire" published 2025-02-10 in story "slide":
      """
      The avalanche that killed three walkers in the Kessel valley struck on Sunday, rescuers said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "Saturday" and "Sunday"
    And the finding's evidence includes "event.same_kind"

  Scenario: An event word is read whatever part of speech the tagger gives it
    Given an article "one" from "The Harbour Gazette" published 2025-09-12 in story "hurricane":
      """
      Hurricane Pell made landfall near the harbour town of Ostrey early on Thursday, flattening sea walls.
      """
    And an article "two" from "Continental Wire" published 2025-09-12 in story "hurricane":
      """
      Hurricane Pell came ashore near Ostrey on Wednesday with gusts that flattened sea walls.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "early on Thursday" and "Wednesday"

  Scenario Outline: One happening told with words a lexical resource relates is one event
    Given an article "one" from "The Harbour Gazette" published 2025-04-05 in story "mine":
      """
      <first>
      """
    And an article "two" from "Continental Wire" published 2025-04-05 in story "mine":
      """
      <second>
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a <severity> "date_mismatch" citing "<one>" and "<other>"
    And the finding's evidence includes "event.related_kind"
    And the finding's explanation says "name one kind of event to WordNet"

    Examples:
      | first                                                                 | second                                                             | one       | other      | severity |
      | Part of a shaft at the Dravna mine collapsed on Wednesday.            | Rescuers worked through the night after Thursday's cave-in.        | Wednesday | Thursday   | info     |
      | Crews at the Dravna depot walked out on Monday over unpaid overtime.  | The strike by crews at the Dravna depot went ahead on Tuesday.     | Monday    | Tuesday    | info     |

  Scenario: The month a change in a figure is measured from is not when it happened
    Given an article "one" from "The Harbour Gazette" published 2025-05-15 in story "clinics":
      """
      The clinic backlog fell by about 3,000 to 91,000 in April.
      """
    And an article "two" from "Continental Wire" published 2025-05-15 in story "clinics":
      """
      In April the clinic backlog dropped to 91,000, a fall of 3,100 from March.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: Two related verbs with nothing else in common are not one event
    Given an article "one" from "The Harbour Gazette" published 2025-04-05 in story "mine":
      """
      The old pit head collapsed on Wednesday.
      """
    And an article "two" from "Continental Wire" published 2025-04-05 in story "mine":
      """
      A footbridge over the river caved in on Thursday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: A verb that also names a happening as a noun does not join two different events
    Given an article "one" from "The Harbour Gazette" published 2025-02-21 in story "market":
      """
      Harbour revenue rose 18% last year.
      """
    And an article "two" from "Continental Wire" published 2025-02-21 in story "market":
      """
      Harbour shares rose by a quarter on Monday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario Outline: A relative date in words said on a dated day counts from that day
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      <text>
      """
    When I run "crosscheck claims {articles}"
    Then the claim "<date>" is dated <day>

    Examples: a quote with a dated attribution, reported speech under a dated verb
      | text                                                                                                  | date      | day        |
      | "We will vote on the harbour budget tomorrow," Mayor Elena Varga said on Monday.                     | tomorrow  | 2025-02-18 |
      | The harbour board said on Tuesday that the old ferry had sunk yesterday.                              | yesterday | 2025-02-17 |
      | Elena Varga told the council on Wednesday that the cranes would arrive on Friday.                     | Friday    | 2025-02-21 |

  Scenario: The same day told from the day the words were said is not a finding
    Given an article "one" from "The Harbour Gazette" published 2025-02-21 in story "vote":
      """
      "The new ferry to Kavala will be launched tomorrow," Mayor Elena Varga said on Monday.
      """
    And an article "two" from "Continental Wire" published 2025-02-21 in story "vote":
      """
      The new ferry to Kavala was launched on Tuesday, Mayor Elena Varga said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: A relative date in a quote counted from a different day than the other article's is explained
    Given an article "one" from "The Harbour Gazette" published 2025-02-21 in story "vote":
      """
      "The new ferry to Kavala will be launched tomorrow," Mayor Elena Varga said on Monday.
      """
    And an article "two" from "Continental Wire" published 2025-02-21 in story "vote":
      """
      The new ferry to Kavala was launched on Thursday, Mayor Elena Varga said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "tomorrow" and "Thursday"
    And the finding's evidence includes "event.date_said_on"
    And the finding's explanation says "words said Monday"

  Scenario: Two acts about one happening are not that happening
    Given an article "one" from "The Harbour Gazette" published 2025-06-05 in story "merger":
      """
      The Brannock board unanimously backed the merger last week.
      """
    And an article "two" from "Continental Wire" published 2025-06-07 in story "merger":
      """
      City councillors in Veldhaven are due to discuss the merger on Tuesday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: A day and month the recogniser misses, and a happening's own date, are still compared
    Given an article "one" from "The Harbour Gazette" published 2025-03-08 in story "gallery":
      """
      Burglars raided the Tolvane Gallery in Mirren during the early hours of 5 March and left with four sketches.
      """
    And an article "two" from "Continental Wire" published 2025-03-08 in story "gallery":
      """
      Four sketches were taken in the raid on 6 March at the Tolvane Gallery in Mirren.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "5 March" and "6 March"

  Scenario: A date the recogniser runs into the next phrase is cut where the parse leaves it
    Given an article "one" from "The Harbour Gazette" published 2025-03-20 in story "bus":
      """
      The bus drivers' strike in Corvale began on 10 March after weeks of failed talks with the operator.
      """
    And an article "two" from "Continental Wire" published 2025-03-20 in story "bus":
      """
      The bus drivers' strike in Corvale began on 12 March, the union said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "date_mismatch" citing "10 March" and "12 March"

  Scenario: An act dated at a named occasion is dated by that occasion and what kind it is
    Given an article "one" from "The Harbour Gazette" published 2025-06-02 in story "merger":
      """
      The merger still needs the approval of Pelham shareholders at an extraordinary general meeting on 17 July.
      """
    And an article "two" from "Continental Wire" published 2025-06-02 in story "merger":
      """
      Shareholders are due to vote on the merger at an extraordinary meeting on 24 July.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "date_mismatch" citing "17 July" and "24 July"
    And the finding's explanation says "extraordinary"

  Scenario: An act told through a verb's rarer sense is one event when a named place is shared
    Given an article "one" from "The Harbour Gazette" published 2025-06-12 in story "gallery":
      """
      Armed men stormed the Orvel Gallery on Tuesday and took two paintings.
      """
    And an article "two" from "Continental Wire" published 2025-06-12 in story "gallery":
      """
      Gunmen attacked the Orvel Gallery on Monday, police said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "Tuesday" and "Monday"
    And the finding's evidence includes "event.distant_kind"
    And the finding's explanation says "less surely"

  Scenario: An act told through a verb's rarer sense with no named participant in common is not compared
    Given an article "one" from "The Harbour Gazette" published 2025-06-12 in story "gallery":
      """
      Armed men stormed the building on Tuesday.
      """
    And an article "two" from "Continental Wire" published 2025-06-12 in story "gallery":
      """
      The attack happened on Monday, police said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: A strike's start and the walkout that started it are one event
    Given an article "one" from "The Harbour Gazette" published 2025-03-14 in story "ferries":
      """
      The strike at the Tolven ferry company began on Monday.
      """
    And an article "two" from "Continental Wire" published 2025-03-14 in story "ferries":
      """
      Deckhands walked out on Wednesday over the new rota.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has an info "date_mismatch" citing "Monday" and "Wednesday"
    And the finding's evidence includes "event.onset"

  Scenario: Something that began is not the act of another thing
    Given an article "one" from "The Harbour Gazette" published 2025-09-14 in story "phone":
      """
      Orders for the new handset opened on Friday.
      """
    And an article "two" from "Continental Wire" published 2025-09-14 in story "phone":
      """
      The maker launched its new handset on Tuesday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: The last time something was done is one event in both articles
    Given an article "one" from "The Harbour Gazette" published 2025-07-02 in story "bridge":
      """
      The footbridge was last inspected in April.
      """
    And an article "two" from "Continental Wire" published 2025-07-02 in story "bridge":
      """
      Engineers said it was last inspected in June.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has an info "date_mismatch" citing "April" and "June"
    And the finding's evidence includes "event.same_instance"

  Scenario: The last time two different things were done are two events
    Given an article "one" from "The Harbour Gazette" published 2025-07-02 in story "bridge":
      """
      The council last raised parking fees in April.
      """
    And an article "two" from "Continental Wire" published 2025-07-02 in story "bridge":
      """
      The council last raised rents in June.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: Two periods counted in different figures are two periods, not one event on two dates
    Given an article "one" from "The Harbour Gazette" published 2025-06-03 in story "tunnel":
      """
      The Skelby tunnel carried about 4.2 million vehicles last year, its operator said.
      """
    And an article "two" from "Continental Wire" published 2025-06-03 in story "tunnel":
      """
      The Skelby tunnel was forecast to carry 4.6 million vehicles this year, its operator said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: One figure dated to two different years is one event on two dates
    Given an article "one" from "The Harbour Gazette" published 2025-06-03 in story "tunnel":
      """
      The Skelby tunnel carried 4.2 million vehicles in 2023, its operator said.
      """
    And an article "two" from "Continental Wire" published 2025-06-03 in story "tunnel":
      """
      The Skelby tunnel carried 4.2 million vehicles in 2024, its operator said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "2023" and "2024"

  Scenario: A verb for one specific act, told by both, joins two mentions even with nothing else shared
    Given an article "one" from "The Harbour Gazette" published 2025-05-12 in story "grounding":
      """
      The trawler ran aground on Friday evening, its owner said.
      """
    And an article "two" from "Continental Wire" published 2025-05-12 in story "grounding":
      """
      The Marisol ran aground late on Thursday, the coastguard said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "date_mismatch" citing "Friday" and "late on Thursday"
    And the finding's evidence includes "event.specific_verb"

  Scenario: Dates known to the year are compared a few years apart
    Given an article "one" from "The Harbour Gazette" published 2025-05-12 in story "club":
      """
      Harwick Rovers was founded in 1921 by dock workers, the club said.
      """
    And an article "two" from "Continental Wire" published 2025-05-12 in story "club":
      """
      Harwick Rovers was founded in 1924 by dock workers, the club said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "date_mismatch" citing "1921" and "1924"
    And the finding's message says "3 years apart"

  Scenario: A year and a day years apart are counted in days, and are two events
    Given an article "one" from "The Harbour Gazette" published 2025-05-12 in story "club":
      """
      Harwick Rovers was relegated in 2022, the club said.
      """
    And an article "two" from "Continental Wire" published 2025-05-12 in story "club":
      """
      Harwick Rovers was relegated on Saturday, the club said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: The owner of what an act was done to is one of its participants
    Given an article "one" from "The Harbour Gazette" published 2025-10-17 in story "fraud":
      """
      About 80 officers took part in a raid on Wednesday morning on the offices of Larkin Freight, prosecutors said.
      """
    And an article "two" from "Continental Wire" published 2025-10-17 in story "fraud":
      """
      Police stormed the offices of Larkin Freight on Thursday, seizing boxes of files.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "Wednesday morning" and "Thursday"
    And the finding's evidence includes "event.distant_kind"

  Scenario: "Later this month" is what is left of the month
    Given an article "one" from "The Harbour Gazette" published 2025-03-12 in story "ballot":
      """
      The union will hold a ballot of its members later this month, its leader said.
      """
    And an article "two" from "Continental Wire" published 2025-03-12 in story "ballot":
      """
      The union will hold a ballot of its members on 25 March, its leader said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: A strike "again" or "a further strike" is another strike
    Given an article "one" from "The Harbour Gazette" published 2025-03-12 in story "walkout":
      """
      Nurses at Larchfield General walked out on Tuesday over pay.
      """
    And an article "two" from "Continental Wire" published 2025-03-12 in story "walkout":
      """
      Nurses at Larchfield General will strike again on 25 March, and the union has called a further strike on 2 April.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: One calendar day in two different years is a slip of the year, compared however far apart
    Given an article "one" from "The Harbour Gazette" published 2025-06-20 in story "arson":
      """
      The blaze at the Brackley mill started on the night of 9 April 2024, the court heard.
      """
    And an article "two" from "Continental Wire" published 2025-06-20 in story "arson":
      """
      The blaze at the Brackley mill began on 9 April 2023, prosecutors told the jury.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "9 April 2024" and "9 April 2023"

  Scenario: A fire that broke out and a blaze that started are one happening's start
    Given an article "one" from "The Harbour Gazette" published 2025-07-22 in story "millfire":
      """
      The fire broke out on Sunday evening in a storage shed and spread quickly through the roof.
      """
    And an article "two" from "Continental Wire" published 2025-07-23 in story "millfire":
      """
      The company said on Tuesday that the blaze that started on Monday night would cut output for months.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "date_mismatch" citing "Sunday" and "Monday night"
    And the finding's evidence includes "event.onset"

  Scenario: An act told by its verb and by the noun WordNet makes of it is one event
    Given an article "one" from "The Harbour Gazette" published 2025-05-12 in story "club":
      """
      Harwick Rovers, founded in 1921 by dock workers, won the cup on Saturday.
      """
    And an article "two" from "Continental Wire" published 2025-05-12 in story "club":
      """
      Since its founding in 1924, Harwick Rovers has never won the cup before Saturday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "date_mismatch" citing "1921" and "1924"

  Scenario: A noun made from a verb dates that verb's act, and meets the verb told by the other article
    Given an article "one" from "The Harbour Gazette" published 2025-10-02 in story "seat":
      """
      The vote was arranged after the resignation on 3 September of councillor Miriam Tollard, who moved abroad.
      """
    And an article "two" from "Continental Wire" published 2025-10-02 in story "seat":
      """
      Miriam Tollard quit on 10 September to take a job in Lisbon.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "date_mismatch" citing "3 September" and "10 September"
    And the finding's explanation says "name one kind of event to WordNet"

  Scenario: A noun made from a verb, with nothing else in common, is as vague as the verb
    Given an article "one" from "The Harbour Gazette" published 2025-08-29 in story "tax":
      """
      Thursday's ruling by the finance minister settles how married couples file.
      """
    And an article "two" from "Continental Wire" published 2025-08-29 in story "tax":
      """
      The June decision left open how the benefits would be paid.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: A date of a plan that was called off is not the date the plan was moved to
    Given an article "one" from "The Harbour Gazette" published 2025-10-24 in story "rocket":
      """
      The agency has rescheduled the launch for 14 November, pending a review of the repair.
      """
    And an article "two" from "Continental Wire" published 2025-10-25 in story "rocket":
      """
      School trips were rearranged because next Tuesday's launch was called off.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: Two dates a plan was moved to still disagree
    Given an article "one" from "The Harbour Gazette" published 2025-10-24 in story "rocket":
      """
      The agency has rescheduled the launch of the Tern-2 probe for 14 November after a valve failed.
      """
    And an article "two" from "Continental Wire" published 2025-10-25 in story "rocket":
      """
      The agency has rescheduled the launch of the Tern-2 probe for 17 November after a valve failed.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "date_mismatch" citing "14 November" and "17 November"

  Scenario: A verb that can report speech but reports none keeps the present tense of a timetable
    Given an article "one" from "The Harbour Gazette" published 2025-05-22 in story "quarry":
      """
      The planning inquiry into the Dunmore quarry concludes on Tuesday.
      """
    And an article "two" from "Continental Wire" published 2025-05-22 in story "quarry":
      """
      The planning inquiry into the Dunmore quarry will conclude on 27 May.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: A noun that names no happening does not make two dated mentions one event
    Given an article "one" from "The Harbour Gazette" published 2025-05-22 in story "race":
      """
      Riders face the weekend's decisive mountain stages after a flat run to the coast.
      """
    And an article "two" from "Continental Wire" published 2025-05-23 in story "race":
      """
      Farmers watched Wednesday's seventh stage from the fields below the pass.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: "The early hours of" a day is that day
    Given an article "one" from "The Harbour Gazette" published 2025-01-27 in story "roof":
      """
      The stand roof at Haldon Park collapsed in the early hours of Saturday as the storm hit.
      """
    And an article "two" from "Continental Wire" published 2025-01-27 in story "roof":
      """
      The stand roof at Haldon Park collapsed on Sunday as the storm hit.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "the early hours of Saturday" and "Sunday"

  Scenario: A verb and a bare noun WordNet reads as one verb ("gave way") name the event
    Given an article "one" from "The Harbour Gazette" published 2025-01-27 in story "roof":
      """
      The stand roof at Haldon Park gave way on Saturday as the storm hit.
      """
    And an article "two" from "Continental Wire" published 2025-01-27 in story "roof":
      """
      The stand roof at Haldon Park collapsed on Sunday as the storm hit.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "Saturday" and "Sunday"
    And the finding's explanation says "'give way' and 'collapse' name one kind of event"

  Scenario: Two first plans are one plan, and neither is the date that stands
    Given an article "one" from "The Harbour Gazette" published 2025-09-15 in story "tram":
      """
      The line was originally scheduled to open in 2024 before costs rose.
      """
    And an article "two" from "Continental Wire" published 2025-09-16 in story "tram":
      """
      It was originally due to open in 2023, but the line finally opened on Monday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "date_mismatch" citing "2024" and "2023"

  Scenario: A day named after a happening is that happening
    Given an article "one" from "The Harbour Gazette" published 2025-11-17 in story "ballot":
      """
      The first strike day, set for 3 December, will close most schools in the county.
      """
    And an article "two" from "Continental Wire" published 2025-11-17 in story "ballot":
      """
      Teachers voted for action, with the first walkout set for Tuesday 2 December.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "3 December" and "Tuesday 2 December"

  Scenario: What a dateline the parser took for the subject stands before is the event's participant
    Given an article "borough" from "Borough Post" published 2025-09-09 in story "bridge":
      """
      HARNMOUTH — Harnley Bridge, the town's main crossing, was closed to traffic on Monday after inspectors found cracks.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-09-09 in story "bridge":
      """
      Engineers closed Harnley Bridge to traffic on Sunday after inspectors found cracks in a pier.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "Monday" and "Sunday"
    And the finding's explanation says "same event: close with Bridge"

  Scenario: A state of a happening dated by "be" is not the happening's date
    Given an article "wire" from "Meridian Press" published 2025-03-10 in story "fire":
      """
      A fire broke out at the Brackwell parcel warehouse shortly before 11pm on Sunday.
      """
    And an article "trade" from "Logistics Week" published 2025-03-12 in story "fire":
      """
      The fire at the Brackwell parcel warehouse was under control by the morning of 10 March.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A happening compared with another of its kind is another instance
    Given an article "wire" from "Meridian Press" published 2025-03-10 in story "fire":
      """
      The fire that destroyed the Brackwell parcel warehouse broke out shortly before 11pm on Sunday.
      """
    And an article "local" from "Brackwell Evening Star" published 2025-03-11 in story "fire":
      """
      A smaller fire broke out at a neighbouring recycling yard on Thursday and was put out within an hour.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A first since a year compares the happening with the past and marks no instance of it
    Given an article "wire" from "Meridian Press" published 2025-06-09 in story "calf":
      """
      A giraffe calf was born on Saturday at Ostby Wildlife Park, the park's first giraffe birth since 2014.
      """
    And an article "local" from "Ostby Courier" published 2025-06-09 in story "calf":
      """
      The giraffe calf was born on Sunday at Ostby Wildlife Park, keepers said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "Saturday" and "Sunday"

  Scenario: A length of time counted from a day is a date
    Given an article "wire" from "Meridian Press" published 2025-09-23 in story "tariff":
      """
      The trade minister said on Monday that the new duty takes effect on October 1.
      """
    And an article "local" from "Ostby Courier" published 2025-09-24 in story "tariff":
      """
      The new duty, which takes effect a week from today, will apply to all imported barley.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A date written before a noun dates that noun, not the clause's verb
    Given an article "wire" from "Meridian Press" published 2025-02-20 in story "ruling":
      """
      The Senate education committee meets Tuesday to begin hearings on the ruling.
      """
    And an article "local" from "Ostby Courier" published 2025-02-21 in story "ruling":
      """
      The superintendent said the district would press lawmakers to meet the court's June 30 deadline.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A happening named by a noun with a date before it is dated by it
    Given an article "wire" from "Meridian Press" published 2025-06-18 in story "derailment":
      """
      The freight train derailed late on May 30 outside Dunford, the railroad said.
      """
    And an article "trade" from "Rail Freight Weekly" published 2025-06-19 in story "derailment":
      """
      Senators questioned the railroad's chief executive about the May 31 derailment outside Dunford.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "late on May 30" and "May 31"

  Scenario: Votes of two bodies are two events
    Given an article "wire" from "Meridian Press" published 2025-07-16 in story "stadium":
      """
      The County Commission vote is Monday.
      """
    And an article "local" from "Ostby Courier" published 2025-07-17 in story "stadium":
      """
      The council's vote Tuesday night committed the city to the stadium financing.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A happening one paper has still ahead is not one the other tells as done before it
    Given an article "wire" from "Meridian Press" published 2025-02-07 in story "festival":
      """
      Day tickets go on sale next month, the organisers said.
      """
    And an article "local" from "Ostby Courier" published 2025-02-08 in story "festival":
      """
      Tickets went on sale on Wednesday morning and were gone within the hour.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A happening after "after" is past however the words between are parsed
    Given an article "wire" from "Meridian Press" published 2025-03-13 in story "blast":
      """
      Ostlander Group faces weeks of lost output at its largest plant after Monday night's explosion at the Varrick works in Hollinsby, which left nine workers injured.
      """
    And an article "local" from "Hollinsby Courier" published 2025-03-12 in story "blast":
      """
      The explosion at the Varrick works happened at about 10.40pm on Tuesday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "Monday" and "Tuesday"
    And the finding's message says "2025-03-10"

  Scenario: The start of the first of a series is the start of the series
    Given an article "wire" from "Meridian Press" published 2025-03-12 in story "buses":
      """
      The union said a 48-hour walkout by bus drivers would begin on Monday 24 March.
      """
    And an article "local" from "Ostby Courier" published 2025-03-13 in story "buses":
      """
      Bus drivers voted for action this week, with the first strike starting on Tuesday 25 March.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "Monday 24 March" and "Tuesday 25 March"

  Scenario: An instance word inside a clause on the happening's noun marks something else
    Given an article "wire" from "Meridian Press" published 2025-03-12 in story "levy":
      """
      Harlow Council voted on Tuesday to create a flood fund.
      """
    And an article "local" from "Ostby Courier" published 2025-03-13 in story "levy":
      """
      Traders are angry after Harlow Council's vote on Wednesday to create a flood fund paid for by a new levy.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "date_mismatch" citing "Tuesday" and "Wednesday"

  Scenario: A legislature named by a word for a group in one of its senses is a body
    Given an article "wire" from "Meridian Press" published 2025-03-12 in story "leave":
      """
      The committee vote is Thursday.
      """
    And an article "local" from "Ostby Courier" published 2025-03-13 in story "leave":
      """
      Business groups are bracing for a fight after the House's vote on Wednesday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A date right after the figure a change starts from is that figure's date
    Given an article "wire" from "Meridian Press" published 2025-04-24 in story "enrolment":
      """
      Foreign enrolment has fallen to 2,350 this year from 4,100 in the fall of 2023.
      """
    And an article "local" from "Ostby Courier" published 2025-04-24 in story "enrolment":
      """
      Foreign enrolment fell 43 per cent, to 2,350 students, from its 2023 peak.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A date inside a quote that a quote finding cites is that finding's changed word
    Given an article "wire" from "Meridian Press" published 2025-09-15 in story "water":
      """
      "We expect full supply to be restored to all areas by Wednesday evening, and the tankers will stay out until then," Mayor Thandeka Mokoena said at a briefing on Sunday.
      """
    And an article "local" from "Ostby Courier" published 2025-09-15 in story "water":
      """
      "We expect full supply to be restored to all areas by Thursday evening," Mayor Thandeka Mokoena said at a briefing on Sunday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quote_mismatch" finding
    And the report has 0 "date_mismatch" findings

  Scenario: A day and month with "last year" is that day of the year before the paper's
    Given an article "wire" from "Meridian Press" published 2025-10-20 in story "inquiry":
      """
      Joan Delaney died at Tarrabool Base Hospital on 3 March 2024, the report found.
      """
    And an article "local" from "Ostby Courier" published 2025-10-21 in story "inquiry":
      """
      Joan Delaney died on March 30 last year at Tarrabool Base Hospital.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "date_mismatch" citing "March 30 last year" and "3 March 2024"
    And the finding's message says "2024-03-30"

  Scenario: A happening a present-tense clause comes after is in the past
    Given an article "wire" from "Meridian Press" published 2025-03-13 in story "blast":
      """
      Ostlander Group faces weeks of disruption after Monday night's explosion at its coatings plant.
      """
    And an article "local" from "Hollinsby Courier" published 2025-03-12 in story "blast":
      """
      The explosion at the Ostlander coatings plant happened at about 10.40pm on Tuesday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "Monday" and "Tuesday"
    And the finding's message says "2025-03-10"

  Scenario: A happening that stopped is not dated by the day it started
    Given an article "wire" from "Meridian Press" published 2025-02-21 in story "landslide":
      """
      Rain had been falling since Monday, and forecasters had warned of up to 60mm over the week.
      """
    And an article "local" from "Peninsula Packet" published 2025-02-22 in story "landslide":
      """
      The rain stopped on Friday morning, after 84mm of it fell in four days at the weather station.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: A date in a reported clause told with "be" looks ahead as that clause does
    Given an article "wire" from "Meridian Press" published 2025-06-04 in story "launch":
      """
      Corvane said the first pictures from the satellite are due in July.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "July" spans 2025-07-01 to 2025-07-31

  Scenario: What is likely to happen in a month is in the coming one
    Given an article "wire" from "Meridian Press" published 2025-02-21 in story "landslide":
      """
      The coast road is likely to reopen in early April once the slope has been made safe.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "early April" spans 2025-04-01 to 2025-04-30

  Scenario: A condition of something ahead dates nothing, whatever its tense
    Given an article "wire" from "Meridian Press" published 2025-07-01 in story "heat":
      """
      The heat warning was issued on Monday. He said he would advise councils to open more cooling centres if temperatures stayed above 32C into Thursday.
      """
    When I run "crosscheck claims {articles}"
    Then no event claim is read from "Thursday"
    And the claim "Monday" is dated 2025-06-30

  Scenario: A man arrested is not the two men arrested
    Given an article "wire" from "Meridian Press" published 2025-11-04 in story "theft":
      """
      Police said they had arrested two men in Leipzig on Tuesday in connection with the raid.
      """
    And an article "local" from "Peninsula Packet" published 2025-11-05 in story "theft":
      """
      A 34-year-old man arrested near the museum on Monday has been released without charge.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: A verb the tagger took for a noun still dates its phase
    Given an article "wire" from "Meridian Press" published 2025-07-14 in story "ferry":
      """
      Crews walked out at 6am on Monday.
      """
    And an article "local" from "Peninsula Packet" published 2025-07-15 in story "ferry":
      """
      Some 370 seafarers have been on strike since Monday, and the walkout is due to finish at 6am on 18 July.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: An earlier happening of the story's kind is not the one the story reports
    Given an article "wire" from "Meridian Press" published 2025-07-14 in story "ferry":
      """
      Ferry crews walked out at 6am on Monday at the start of a 72-hour strike over pay.
      """
    And an article "local" from "Peninsula Packet" published 2025-07-15 in story "ferry":
      """
      The union held a one-day strike in March and has warned of more walkouts in August.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: A weekday written with a day and month says which year it is
    Given an article "wire" from "Meridian Press" published 2025-03-05 in story "closure":
      """
      The company will close the Kiln Lane site on Friday 26 September.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "Friday 26 September" spans 2025-09-26 to 2025-09-26

  Scenario: A weekday and a date set off by a comma are one date
    Given an article "wire" from "Meridian Press" published 2025-03-05 in story "closure":
      """
      The council is holding a jobs fair on Saturday, 15 March.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "Saturday, 15 March" spans 2025-03-15 to 2025-03-15

  Scenario: A day and month months gone is the coming one in a clause that looks ahead
    Given an article "wire" from "Meridian Press" published 2025-03-05 in story "closure":
      """
      The company said production at the plant will end on 26 September.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "26 September" spans 2025-09-26 to 2025-09-26

  Scenario: A day and month a few weeks gone stays in the past whatever the tense
    Given an article "wire" from "Meridian Press" published 2025-10-21 in story "school":
      """
      The report follows an inspection on 16 September.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "16 September" spans 2025-09-16 to 2025-09-16

  Scenario: Whole weeks counted from a day
    Given an article "wire" from "Meridian Press" published 2025-11-05 in story "waits":
      """
      The trust board will discuss the report a week tomorrow.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "a week tomorrow" spans 2025-11-13 to 2025-11-13

  Scenario: An act named by the noun a light verb carries meets the act named by its verb
    Given an article "one" from "The Harbour Gazette" published 2025-06-12 in story "windfarm":
      """
      Members of the planning committee made a site visit on 3 June.
      """
    And an article "two" from "Continental Wire" published 2025-06-12 in story "windfarm":
      """
      Members of the planning committee visited the site on 10 June.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "3 June" and "10 June"

  Scenario: A possessive name is the same participant as the name
    Given an article "one" from "The Harbour Gazette" published 2025-09-12 in story "byelection":
      """
      The by-election was called after Derek Allard, who resigned on 4 August.
      """
    And an article "two" from "Continental Wire" published 2025-09-12 in story "byelection":
      """
      The vote follows Derek Allard's resignation on 14 August.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "date_mismatch" citing "4 August" and "14 August"

  Scenario: Two dates when one thing begins to hold are one event
    Given an article "one" from "The Harbour Gazette" published 2025-07-16 in story "drought":
      """
      The hosepipe ban will come into force on Friday.
      """
    And an article "two" from "Continental Wire" published 2025-07-16 in story "drought":
      """
      The hosepipe ban, which will run from 21 July, covers the whole region.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "date_mismatch" citing "Friday" and "21 July"
    And the finding's evidence includes "event.same_onset"

  Scenario: A happening in a separate row is another instance of its kind
    Given an article "one" from "The Harbour Gazette" published 2025-10-28 in story "buses":
      """
      The walkout, which began on 27 October, kept most routes off the road.
      """
    And an article "two" from "Continental Wire" published 2025-10-28 in story "buses":
      """
      Conductors on the rail line walked out in September in a separate row over staffing.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: The same act counted at another number of places is another year's
    Given an article "one" from "The Harbour Gazette" published 2025-09-30 in story "air":
      """
      Nitrogen dioxide levels breached legal limits at 12 monitoring sites last year.
      """
    And an article "two" from "Continental Wire" published 2025-09-30 in story "air":
      """
      The council says pollution breached legal limits at nine sites in 2023.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: A noun carried by a light verb is as vague as a verb
    Given an article "one" from "The Harbour Gazette" published 2025-08-16 in story "transfer":
      """
      The striker could make his debut against Carford on Saturday 23 August.
      """
    And an article "two" from "Continental Wire" published 2025-08-16 in story "transfer":
      """
      He will be introduced to the crowd at half-time during today's friendly against Almera.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: A month of this year or last is that year's month
    Given an article "wire" from "Meridian Press" published 2025-09-02 in story "bridge":
      """
      The bridge was last inspected in March this year.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "March this year" spans 2025-03-01 to 2025-03-31

  Scenario: Two days of one month are a span
    Given an article "wire" from "Meridian Press" published 2025-10-28 in story "buses":
      """
      Further strikes are planned for 10 and 11 November.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "10 and 11 November" spans 2025-11-10 to 2025-11-11

  Scenario: A named place a relative clause hangs on takes part in its event
    Given an article "one" from "The Harbour Gazette" published 2025-11-05 in story "waits":
      """
      She said a new surgical hub at Calder General, which is due to open on 15 December, would add four theatres.
      """
    And an article "two" from "Continental Wire" published 2025-11-05 in story "waits":
      """
      Recovery depends on a surgical hub at Calder General, which is scheduled to open on 8 December.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "date_mismatch" citing "15 December" and "8 December"

  Scenario: Not until a day is when it happens
    Given an article "wire" from "Meridian Press" published 2025-11-17 in story "crash":
      """
      The motorway did not reopen until Sunday morning.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "Sunday morning" spans 2025-11-16 to 2025-11-16

  Scenario: A participle has the tense of its clause
    Given an article "wire" from "Meridian Press" published 2025-12-06 in story "strike":
      """
      Patients face chaos next week as porters walk out in a 72-hour strike starting on Monday.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "Monday" spans 2025-12-08 to 2025-12-08

  Scenario: Last January is the latest January before the paper's month
    Given an article "wire" from "Meridian Press" published 2025-12-08 in story "storm":
      """
      The network was criticised when the region lost power last January.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "last January" spans 2025-01-01 to 2025-01-31

  Scenario: Found guilty is convicted, and a former office marks the person, not another trial
    Given an article "one" from "The Harbour Gazette" published 2025-10-17 in story "fraud":
      """
      Douglas Penhallow was convicted by a jury on 26 September.
      """
    And an article "two" from "Continental Wire" published 2025-10-17 in story "fraud":
      """
      Douglas Penhallow, the charity's former director, was found guilty on 29 September.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "date_mismatch" citing "26 September" and "29 September"
    And the finding's explanation says "convict.v.01"

  Scenario: A date owning a noun dates that noun, however the parser hangs it
    Given an article "one" from "The Harbour Gazette" published 2025-04-11 in story "byelection":
      """
      The Civic Party won the Ashcombe by-election early on Friday, overturning a large majority.
      """
    And an article "two" from "Continental Wire" published 2025-04-11 in story "byelection":
      """
      Hannah Brightwell became the Civic Party's first MP for Ashcombe after winning Thursday's by-election.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: A date told of "a second" or "another" is that happening's, not the first one's
    Given an article "one" from "The Harbour Gazette" published 2025-09-04 in story "ballot":
      """
      The first strike is set for Friday 26 September, with a second on Monday 29 September.
      """
    And an article "two" from "Continental Wire" published 2025-09-04 in story "ballot":
      """
      The first strike will hit on Friday 26 September, with another on Monday 29 September.
      """
    And an article "three" from "Daily Meridian" published 2025-09-04 in story "ballot":
      """
      The first strike will be held on Friday 19 September.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "date_mismatch" finding
    And the finding's message says "7 days apart"

  Scenario: Other people done the same to are not the person, and their dates are not its date
    Given an article "one" from "The Harbour Gazette" published 2025-07-09 in story "fine":
      """
      The lender was fined £12 million in 2019 over its handling of arrears.
      """
    And an article "two" from "Continental Wire" published 2025-07-09 in story "fine":
      """
      The regulator has fined four other lenders a combined £180 million since 2021.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: What someone expects is not what was reported
    Given an article "one" from "The Harbour Gazette" published 2025-10-01 in story "prices":
      """
      House prices rose 0.4% in September, the building society said.
      """
    And an article "two" from "Continental Wire" published 2025-10-01 in story "prices":
      """
      The building society said it expected house prices to rise by between 2% and 4% next year.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: The date of the figure a change is measured from is not the change's date
    Given an article "one" from "The Harbour Gazette" published 2025-10-02 in story "prices":
      """
      Annual house price growth cooled to 2.6% in September from 3.1% in August.
      """
    And an article "two" from "Continental Wire" published 2025-10-02 in story "prices":
      """
      Stamp duty changes in April pushed many buyers to complete early.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: "He" after a named man in the sentence before is that man, for his events
    Given an article "one" from "The Harbour Gazette" published 2025-05-21 in story "inquest":
      """
      Thomas Barraclough was struck by a lorry on 18 January. He died in hospital on 20 January.
      """
    And an article "two" from "Continental Wire" published 2025-05-21 in story "inquest":
      """
      Thomas Barraclough died in hospital on 22 January, the inquest heard.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "date_mismatch" citing "20 January" and "22 January"
    And the finding's explanation says "same event: die with Barraclough"

  Scenario: "She" after a named man is not that man
    Given an article "one" from "The Harbour Gazette" published 2025-05-21 in story "inquest":
      """
      Thomas Barraclough was struck by a lorry on 18 January. She died in hospital on 20 January.
      """
    And an article "two" from "Continental Wire" published 2025-05-21 in story "inquest":
      """
      Thomas Barraclough died in hospital on 22 January, the inquest heard.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings

  Scenario: A date the recogniser runs on past a comma ends at the comma
    Given an article "one" from "The Harbour Gazette" published 2025-04-11 in story "byelection":
      """
      The contest was called after Geoffrey Pannell quit on 4 February, days after an inquiry found he had lobbied ministers.
      """
    And an article "two" from "Continental Wire" published 2025-04-11 in story "byelection":
      """
      Geoffrey Pannell resigned on 14 February after a standards inquiry.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "date_mismatch" citing "4 February" and "14 February"
    And the finding's explanation says "leave_office.v.01"

  Scenario: A vague happening told with one and the same telling verb is one event
    Given an article "one" from "The Harbour Gazette" published 2025-03-10 in story "nurses":
      """
      The union called the strike after talks with the trust broke down on 27 February.
      """
    And an article "two" from "Continental Wire" published 2025-03-10 in story "nurses":
      """
      The union said talks broke down on 4 March after managers refused to improve their offer.
      """
    And an article "three" from "Daily Meridian" published 2025-03-10 in story "nurses":
      """
      Talks resumed on 7 March, the union said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "date_mismatch" finding
    And the report has a warning "date_mismatch" citing "27 February" and "4 March"

  Scenario: What a clause of "will be able to" leads to lies ahead
    Given an article "wire" from "Meridian Press" published 2025-06-03 in story "depot":
      """
      Neighbours will be able to question planners at a drop-in session in the library on Friday afternoon.
      """
    When I run "crosscheck claims {articles}"
    Then the claim "Friday" spans 2025-06-06 to 2025-06-06

  Scenario: When a stretch of work began is not when a step of it was done
    Given an article "one" from "The Harbour Gazette" published 2025-11-26 in story "survey":
      """
      The bird survey, carried out from early August, counted 412 nesting pairs.
      """
    And an article "two" from "Continental Wire" published 2025-11-26 in story "survey":
      """
      The trust said its survey was completed on 21 November and counted 421 nesting pairs.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "date_mismatch" findings
    And the report has a warning "quantity_mismatch" citing "412 nesting pairs" and "421 nesting pairs"

  Scenario: The launch of a firm's first satellite is not the launch planned for its next
    Given an article "one" from "The Harbour Gazette" published 2025-09-12 in story "orbit":
      """
      Its second craft is due to launch in December.
      Korrin Space's first weather satellite launched on Thursday, the firm said.
      """
    And an article "two" from "Continental Wire" published 2025-09-13 in story "orbit":
      """
      Korrin Space's first weather satellite launched on Wednesday, the company said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "date_mismatch" finding
    And the report has a warning "date_mismatch" citing "Thursday" and "Wednesday"

  Scenario: A dateline's date is when the story was filed, not an event's
    Given an article "wire" from "Continental Wire" published 2025-04-09 in story "wall":
      """
      KELBY, England, April 9 (CWS) - Councillors in Kelby approved plans on Tuesday for a new sea wall.
      """
    When I run "crosscheck claims {articles}"
    Then no event claim is read from "April 9"
    And the claim "Tuesday" spans 2025-04-08 to 2025-04-08

  Scenario: What was done to a thing told by a broader word is one event
    Given an article "one" from "The Harbour Gazette" published 2025-03-06 in story "herd":
      """
      Bovine tuberculosis was confirmed on Monday in cattle near Kelby, officials said.
      """
    And an article "two" from "Continental Wire" published 2025-03-06 in story "herd":
      """
      The disease was confirmed on Tuesday in the herd, officials said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "date_mismatch" finding
    And the report has a warning "date_mismatch" citing "Monday" and "Tuesday"
    And the finding's explanation says "tuberculosis/disease"

  Scenario: Who was killed died, and what happened when tells the two deaths are one
    Given an article "one" from "The Harbour Gazette" published 2025-12-08 in story "gale":
      """
      A grandmother was killed on Sunday night when a chimney fell through the roof of her cottage.
      """
    And an article "two" from "Continental Wire" published 2025-12-08 in story "gale":
      """
      Police said the woman died on Saturday night when a chimney crashed through her roof.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "date_mismatch" finding
    And the report has a warning "date_mismatch" citing "Sunday night" and "Saturday night"
    And the finding's explanation says "chimney"

  Scenario: A verb's "-ing" form read as a noun still names its phase
    Given an article "one" from "The Harbour Gazette" published 2025-05-22 in story "ballot":
      """
      The nurses' union is polling members on strike action, with the ballot closing on 11 July.
      """
    And an article "two" from "Continental Wire" published 2025-05-23 in story "ballot":
      """
      The union said its ballot on strike action closes on 14 July.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "date_mismatch" finding
    And the report has a warning "date_mismatch" citing "11 July" and "14 July"
    And the finding's explanation says "same event: vote (end)"

  Scenario: A phase verb done to a thing is an act on it, and a name is the thing its last word names
    Given an article "one" from "The Harbour Gazette" published 2025-03-11 in story "crossing":
      """
      Engineers closed the Harwick Road Bridge to traffic on Monday evening after cracks were found.
      """
    And an article "two" from "Continental Wire" published 2025-03-11 in story "crossing":
      """
      The bridge was shut on Sunday night after cracks were found.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "date_mismatch" finding
    And the report has a warning "date_mismatch" citing "Monday" and "Sunday night"
    And the finding's explanation says "bridge"

  Scenario: A verb of telling done to one thing in both articles is one act, whoever did it
    Given an article "one" from "The Harbour Gazette" published 2025-08-05 in story "results":
      """
      The examinations board released the results on Sunday, a day earlier than planned.
      """
    And an article "two" from "Continental Wire" published 2025-08-05 in story "results":
      """
      The results were released on Monday, the board's registrar told journalists.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "date_mismatch" finding
    And the report has a warning "date_mismatch" citing "Sunday" and "Monday"


  Scenario: A date after "for" is the period a thing is for, unless it dates a happening
    Given an article "one" from "The Harbour Gazette" published 2025-11-18 in story "budget":
      """
      Tallow County Council has adopted a budget of €96 million for 2026. A strike by council staff has been called for Thursday, December 4.
      """
    When I run "crosscheck claims {articles}"
    Then no event claim is read from "2026"
    And the claim "Thursday, December 4" is dated 2025-12-04

  Scenario: A date in brackets right after another is that moment told again, not an event
    Given an article "one" from "The Harbour Gazette" published 2025-08-15 in story "mine":
      """
      The roof of the tunnel collapsed at about 11.30pm on Thursday (0430 GMT Friday), trapping 14 miners.
      """
    And an article "two" from "Continental Wire" published 2025-08-15 in story "mine":
      """
      The roof of the tunnel collapsed on Wednesday night, trapping 14 miners.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "date_mismatch" finding
    And the report has a warning "date_mismatch" citing "Thursday" and "Wednesday night"

  Scenario: A date between a verb of speech and the subject of what it reports dates the saying
    Given an article "one" from "The Harbour Gazette" published 2025-07-23 in story "airline":
      """
      The airline said on Wednesday it had cancelled about 420 flights. The strike begins on Friday.
      """
    And an article "two" from "Continental Wire" published 2025-07-23 in story "airline":
      """
      The airline cancelled about 420 flights on Monday. The strike begins on Saturday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "date_mismatch" finding
    And the report has a warning "date_mismatch" citing "Friday" and "Saturday"

  Scenario: A date in a clause on a condition tells what may happen, not an event
    Given an article "one" from "The Harbour Gazette" published 2025-08-23 in story "ruling":
      """
      The court ruled on Friday. "If the court rules tomorrow, we're ready with our own map," she said last week.
      """
    When I run "crosscheck claims {articles}"
    Then no event claim is read from "tomorrow"
    And the claim "Friday" is dated 2025-08-22

  Scenario: A verb of speech with nothing reported is an act, dated like any other
    Given an article "one" from "The Harbour Gazette" published 2025-12-07 in story "runoff":
      """
      Marlowe, 61, who conceded late Saturday in a short statement to supporters, will not seek office again.
      """
    And an article "two" from "Continental Wire" published 2025-12-08 in story "runoff":
      """
      Marlowe conceded Sunday in a gracious statement and offered to help with the handover.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "date_mismatch" finding
    And the report has a warning "date_mismatch" citing "late Saturday" and "Sunday"

  Scenario: Two bare acts of telling told by different verbs are two steps, not one act
    Given an article "one" from "The Harbour Gazette" published 2025-11-17 in story "notice":
      """
      The wildlife agency said in a written notice issued Thursday that the permits would raise money for parks.
      """
    And an article "two" from "Continental Wire" published 2025-11-17 in story "notice":
      """
      The agency found the herds had recovered, according to a notice published Friday in the official gazette.
      """
    And an article "three" from "The Valley Post" published 2025-11-17 in story "notice":
      """
      The agency's notice, issued Wednesday, drew protests from conservation groups.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "date_mismatch" finding
    And the report has a warning "date_mismatch" citing "Thursday" and "Wednesday"

  Scenario: An act done many times is dated by its period, not as one event
    Given an article "one" from "The Harbour Gazette" published 2025-01-13 in story "rescue":
      """
      The volunteer team was called out 151 times last year. The team rescued two walkers on Saturday.
      """
    And an article "two" from "Continental Wire" published 2025-01-14 in story "rescue":
      """
      The team has been called out eight times already this year. The team rescued two walkers on Sunday.
      """
    When I run "crosscheck claims {articles}"
    Then no event claim is read from "last year"
    And no event claim is read from "this year"
    And the claim "Saturday" is dated 2025-01-11

  Scenario: Dates joined by "and" date one thing together, so neither alone is its date
    Given an article "one" from "The Harbour Gazette" published 2025-04-16 in story "emergency":
      """
      Campaigners built the bill around the long emergency of 2023 and 2024. The governor signed it on Monday.
      """
    When I run "crosscheck claims {articles}"
    Then no event claim is read from "2023"
    And no event claim is read from "2024"
    And the claim "Monday" is dated 2025-04-14

  Scenario: A year well past is another happening than the one of the last days, when only the kind joins them
    Given an article "one" from "The Harbour Gazette" published 2025-01-16 in story "landslide":
      """
      A landslide buried homes in the hamlet early on Thursday. A landslide in a neighbouring district killed seven people in 2024.
      """
    And an article "two" from "Continental Wire" published 2025-01-17 in story "landslide":
      """
      A landslide that struck the hamlet early on Wednesday has now claimed 16 lives.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "date_mismatch" finding
    And the report has a warning "date_mismatch" citing "early on Thursday" and "early on Wednesday"

  Scenario: The last day of a stretch a figure covers dates nothing
    Given an article "one" from "The Harbour Gazette" published 2025-01-09 in story "warning":
      """
      The retailer expects a profit of £140 million for the year to March 1. Like-for-like sales fell in the nine weeks to January 4. The hearing was moved to March 3.
      """
    When I run "crosscheck claims {articles}"
    Then no event claim is read from "March 1"
    And no event claim is read from "January 4"
    And the claim "March 3" is dated 2025-03-03

  Scenario: A name and the common noun it ends with are one participant
    Given an article "one" from "The Harbour Gazette" published 2025-07-10 in story "penalty":
      """
      The Federal Court ordered on Wednesday that the retailer pay a record penalty.
      """
    And an article "two" from "Continental Wire" published 2025-07-11 in story "penalty":
      """
      An Australian court on Thursday ordered Southgate Power to pay a record penalty.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "date_mismatch" finding
    And the report has a warning "date_mismatch" citing "Wednesday" and "Thursday"

  Scenario: A verb with no subject of its own takes the subject of the verb it completes
    Given an article "one" from "The Harbour Gazette" published 2025-11-12 in story "plant":
      """
      Construction of the plant is due to begin in March 2026, with first output in 2028.
      """
    And an article "two" from "Continental Wire" published 2025-11-12 in story "plant":
      """
      Construction is expected to begin in May 2026, with first output in 2027.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "date_mismatch" finding
    And the report has a warning "date_mismatch" citing "March 2026" and "May 2026"
