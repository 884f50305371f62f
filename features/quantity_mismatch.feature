Feature: Numbers that cannot both be true (rule quantity_mismatch)
  An editor wants to hear when two reports of one story give figures for the same thing
  that no single value can satisfy, and only then. Hedges such as "at least" and
  "fewer than" are read as ranges, so a figure and its hedged form agree when they can.

  Background:
    Given an article "harbour" from "The Harbour Gazette" published 2025-02-21 in story "peacekeepers":
      """
      During his trip next week, Starmer will present Donald Trump with a plan to send 30,000 European troops to Ukraine.
      """

  Scenario: A round figure against "fewer than" that same figure is only a note, as a round figure may be a rounded one
    Given an article "wire" from "Continental Wire" published 2025-02-20 in story "peacekeepers":
      """
      Starmer plans to send fewer than 30,000 European servicemen to Ukraine, the paper reported.
      """
    When I run "crosscheck check {articles} --format json"
    Then the exit code is 0
    And the report has 1 finding
    And the report has a info "quantity_mismatch" citing "30,000 European troops" and "fewer than 30,000 European servicemen"
    And the finding's message says "both cannot be true"
    And every cited text is exactly the text at its offsets in the file

  Scenario: Figures under 10% apart on a sure pairing are a warning
    Given an article "wire" from "Continental Wire" published 2025-02-20 in story "peacekeepers":
      """
      Starmer plans to send 28,000 European servicemen to Ukraine, the paper reported.
      """
    When I run "crosscheck check {articles} --format json"
    Then the exit code is 0
    And the report has a warning "quantity_mismatch" citing "30,000 European troops" and "28,000 European servicemen"
    And the finding's confidence is 1.0

  Scenario: A figure whose holder only one article names is at most a note, however far apart
    Given an article "ledger" from "Eastern Ledger" published 2025-02-22 in story "peacekeepers":
      """
      European capitals are preparing to send 10,000 European soldiers to Ukraine once a ceasefire holds.
      """
    When I run "crosscheck check {articles} --format json"
    Then the exit code is 0
    And the report has a info "quantity_mismatch" citing "30,000 European troops" and "10,000 European soldiers"
    And the finding's evidence includes "quantity.participant_one_side"
    And the finding's explanation says "only one figure names its holder"

  Scenario: An article giving several figures for one thing makes each pairing less sure
    Given an article "ledger" from "Eastern Ledger" published 2025-02-22 in story "peacekeepers":
      """
      At first, Starmer will send 10,000 European troops to Ukraine. Later, Starmer will send 20,000 European troops to Ukraine.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "quantity_mismatch" citing "30,000 European troops" and "10,000 European troops"
    And the finding's evidence includes "quantity.one_of_several"

  Scenario: Figures far apart are an error
    Given an article "ledger" from "Eastern Ledger" published 2025-02-22 in story "peacekeepers":
      """
      Starmer wants to send 10,000 European soldiers to Ukraine once a ceasefire holds.
      """
    When I run "crosscheck check {articles} --format json"
    Then the exit code is 1
    And the report has a error "quantity_mismatch" citing "30,000 European troops" and "10,000 European soldiers"

  Scenario: "At least" a figure agrees with the figure itself
    Given an article "ledger" from "Eastern Ledger" published 2025-02-22 in story "peacekeepers":
      """
      Starmer will send at least 30,000 European troops to Ukraine, officials said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: "About" leaves room for a nearby figure
    Given an article "ledger" from "Eastern Ledger" published 2025-02-22 in story "peacekeepers":
      """
      Starmer will send about 32,000 European troops to Ukraine, officials said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: "About" a figure spans no more than that figure's own rounding
    Given an article "borough" from "Borough Post" published 2025-04-02 in story "potholes":
      """
      The highways department counted 1,137 potholes on the borough's roads this spring, its survey shows.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-04-03 in story "potholes":
      """
      The highways department counted about 1,050 potholes on the borough's roads this spring.
      """
    When I run "crosscheck check {articles} --format json"
    Then the exit code is 0
    And the report has a warning "quantity_mismatch" citing "1,137 potholes" and "about 1,050 potholes"
    And the finding's message says "[1,000, 1,100]"

  Scenario: "About" a coarser figure still covers a precise one it rounds
    Given an article "borough" from "Borough Post" published 2025-04-02 in story "potholes":
      """
      The highways department counted 1,137 potholes on the borough's roads this spring, its survey shows.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-04-03 in story "potholes":
      """
      The highways department counted about 1,100 potholes on the borough's roads this spring.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A range that contains the figure agrees with it
    Given an article "ledger" from "Eastern Ledger" published 2025-02-22 in story "peacekeepers":
      """
      Starmer will send between 25,000 and 35,000 European troops to Ukraine.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A range far below the figure is an error
    Given an article "ledger" from "Eastern Ledger" published 2025-02-22 in story "peacekeepers":
      """
      Starmer will send 5,000-8,000 European troops to Ukraine.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quantity_mismatch" citing "30,000 European troops" and "5,000-8,000 European troops"

  Scenario: Different counted things are never compared
    Given an article "ledger" from "Eastern Ledger" published 2025-02-22 in story "peacekeepers":
      """
      Starmer will send 90,000 artillery shells to Ukraine.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: Another country's figure is not a disagreement
    Given an article "ledger" from "Eastern Ledger" published 2025-02-22 in story "peacekeepers":
      """
      Macron will send 10,000 European troops to Ukraine, his office said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A different action is not the same figure
    Given an article "ledger" from "Eastern Ledger" published 2025-02-22 in story "peacekeepers":
      """
      Zelensky said Ukraine would need 200,000 European troops to keep a ceasefire.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: Articles about another story are not compared
    Given an article "ledger" from "Eastern Ledger" published 2025-02-22 in story "exercises":
      """
      Starmer will send 10,000 European troops to Estonia for the spring exercises.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: Numbers in a page's related-stories tail are not aligned with the main story
    Given an article "ledger" from "Eastern Ledger" published 2025-02-22 in story "peacekeepers":
      """
      Starmer will present his plan for Ukraine in Washington next week.

      ## Related stories

      Starmer will send 2,000 European troops to Los Angeles, a separate report claimed.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: The explanation says why the claims were compared and why they conflict
    Given an article "wire" from "Continental Wire" published 2025-02-20 in story "peacekeepers":
      """
      Starmer plans to send fewer than 30,000 European servicemen to Ukraine, the paper reported.
      """
    When I run "crosscheck check {articles} --format json"
    Then the finding's explanation says "same thing: 'European troops' / 'European servicemen'"
    And the finding's explanation says "same action: 'send' / 'send'"
    And the finding's explanation says "same participants: starmer"
    And the finding's explanation says "share no value"

  Scenario: What the counted people underwent can be told on the noun rather than by the main verb
    Given an article "one" from "Eastern Ledger" published 2025-06-10 in story "mine":
      """
      Rescue teams worked through the night to reach 47 miners trapped deep underground at the Orsk colliery.
      """
    And an article "two" from "Daily Meridian" published 2025-06-10 in story "mine":
      """
      A tunnel collapse at the Orsk colliery trapped 42 miners deep underground.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quantity_mismatch" citing "47 miners" and "42 miners"
    And the finding's explanation says "same action: 'trap'"

  Scenario: A disagreement told twice in one article is one finding citing both mentions
    Given an article "one" from "Eastern Ledger" published 2025-06-10 in story "mine":
      """
      Rescuers were drilling on Friday to reach seven miners trapped at the Orsk colliery.

      Seven miners remained trapped on Friday evening, the emergency services said.
      """
    And an article "two" from "Daily Meridian" published 2025-06-10 in story "mine":
      """
      Eleven miners were still trapped at the Orsk colliery on Friday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the error "quantity_mismatch" cites "seven miners", "Seven miners" and "Eleven miners"

  Scenario: Miners who died are not the miners who were trapped
    Given an article "one" from "Eastern Ledger" published 2025-06-10 in story "mine":
      """
      A tunnel collapse at the Orsk colliery trapped 42 miners deep underground on Monday.
      """
    And an article "two" from "Daily Meridian" published 2025-06-10 in story "mine":
      """
      Rescuers confirmed on Thursday that 16 miners died in the collapse at the Orsk colliery.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: Nouns a lexical resource knows as one thing count the same thing
    Given an article "one" from "Eastern Ledger" published 2025-10-30 in story "results":
      """
      Orvane Systems said its net income rose to $3.8bn in the third quarter.
      """
    And an article "two" from "Daily Meridian" published 2025-10-30 in story "results":
      """
      Orvane Systems said its profit rose to $4.3bn in the third quarter.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "quantity_mismatch" citing "$3.8bn" and "$4.3bn"
    And the finding's explanation says "same thing: 'net income' / 'profit'"

  Scenario: A part counted "of them" is never compared with a whole
    Given an article "gazette" from "The Harbour Gazette" published 2025-09-17 in story "footbridge":
      """
      The footbridge collapsed during the festival. Eleven people were hurt, four of them seriously.
      """
    And an article "wire" from "Continental Wire" published 2025-09-17 in story "footbridge":
      """
      The footbridge gave way during the festival, and 11 people were hurt.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: A part counted "of them" after a place in the first clause is still a part
    Given an article "gazette" from "The Harbour Gazette" published 2025-09-15 in story "measles":
      """
      There have been 23 confirmed cases of measles in Hallowmere since early July, 19 of them in children under ten.
      """
    And an article "wire" from "Continental Wire" published 2025-09-15 in story "measles":
      """
      The outbreak has now reached 32 confirmed cases, officials said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" citing "23 confirmed cases" and "32 confirmed cases"

  Scenario: Figures a sentence breaks down by day are each day's, not the whole's
    Given an article "gazette" from "The Harbour Gazette" published 2025-09-15 in story "clinic":
      """
      More than 600 doses were given at the pop-up clinic over the weekend.
      """
    And an article "wire" from "Continental Wire" published 2025-09-15 in story "clinic":
      """
      Nurses gave 341 doses at the pop-up clinic on Saturday and 271 on Sunday.
      """
    And an article "post" from "Daily Meridian" published 2025-09-15 in story "clinic":
      """
      On Saturday nurses gave 314 doses at the pop-up clinic, and on Sunday they gave 271.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a warning "quantity_mismatch" citing "341 doses" and "314 doses"

  Scenario: A subject named beside its description holds the figure
    Given an article "gazette" from "The Harbour Gazette" published 2025-04-11 in story "byelection":
      """
      Unity's Oliver Kemble took 31.3% of the vote.
      """
    And an article "wire" from "Continental Wire" published 2025-04-11 in story "byelection":
      """
      Its candidate, haulage boss Darren Fitch, took nearly a fifth of the vote.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: A rounded figure written beside the other in the same sentence is set apart by its article
    Given an article "gazette" from "The Harbour Gazette" published 2025-04-11 in story "byelection":
      """
      Turnout was 49.4%, down from 63.1% at the general election.
      """
    And an article "wire" from "Continental Wire" published 2025-04-11 in story "byelection":
      """
      Turnout was 49.4%, well below the 63.1% recorded at last year's general election.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario Outline: A named person's age, however it is written, is compared with the same person's age
    Given an article "gazette" from "The Harbour Gazette" published 2025-03-14 in story "sentencing":
      """
      Karen Whitlock (54) was jailed for fraud on Friday.
      """
    And an article "wire" from "Continental Wire" published 2025-03-14 in story "sentencing":
      """
      <other>
      """
    When I run "crosscheck claims {articles}"
    Then a claim reads "<age>" as 52 year
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a warning "quantity_mismatch" citing "54" and "<age>"

    Examples:
      | other                                                      | age          |
      | Karen Whitlock, aged 52, was jailed for fraud on Friday.   | 52           |
      | Karen Whitlock, 52, was jailed for fraud on Friday.        | 52           |
      | The 52-year-old Karen Whitlock was jailed on Friday.       | 52-year-old  |

  Scenario: An age told of nobody named is nobody's in particular
    Given an article "gazette" from "The Harbour Gazette" published 2025-03-14 in story "sentencing":
      """
      Karen Whitlock (54) was jailed for fraud on Friday.
      """
    And an article "wire" from "Continental Wire" published 2025-03-14 in story "sentencing":
      """
      A 45-year-old widow was jailed for fraud on Friday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: Two maxima of one thing each name the most there was
    Given an article "gazette" from "The Harbour Gazette" published 2025-11-24 in story "storm":
      """
      Up to 86mm of rain fell on Sunday night, the forecaster said.
      """
    And an article "wire" from "Continental Wire" published 2025-11-24 in story "storm":
      """
      Up to 68mm of rain fell on Sunday night, the forecaster said.
      """
    And an article "post" from "Daily Meridian" published 2025-11-24 in story "storm":
      """
      More than 60mm of rain fell on Sunday night, the forecaster said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" citing "Up to 86mm" and "Up to 68mm"

  Scenario: "Hundreds of porters" as a subject are the porters
    Given an article "gazette" from "The Harbour Gazette" published 2025-12-02 in story "strike":
      """
      Hundreds of hospital porters will walk out in a 72-hour strike starting on Monday.
      """
    And an article "wire" from "Continental Wire" published 2025-12-02 in story "strike":
      """
      Hospital porters will stage a 48-hour strike starting on Monday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quantity_mismatch" citing "72-hour strike" and "48-hour strike"

  Scenario: Things counted as the subject of a verb of change are a count, not an amount of change
    Given an article "gazette" from "The Harbour Gazette" published 2025-09-17 in story "windfarm":
      """
      After the inquiry, 38 turbines will rise on the moor above Torrin.
      """
    And an article "wire" from "Continental Wire" published 2025-09-17 in story "windfarm":
      """
      After the inquiry, the number of turbines on the moor above Torrin will rise to 32 turbines.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quantity_mismatch" citing "38 turbines" and "32 turbines"

  Scenario: A figure counted in another town is not compared, whatever the recogniser calls the town
    Given an article "gazette" from "The Harbour Gazette" published 2025-09-17 in story "poll":
      """
      The Alliance won the council vote in Drenmark on Sunday. Turnout was 58 per cent.
      """
    And an article "wire" from "Continental Wire" published 2025-09-17 in story "poll":
      """
      The Alliance won the council vote in Drenmark on Sunday. In neighbouring Osterhaven, turnout was 49 per cent.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: One outlet against two that agree is one finding citing all three
    Given an article "courier" from "Hollin Bay Courier" published 2025-02-20 in story "peacekeepers":
      """
      Starmer will present Donald Trump with a plan to send about 30,000 European troops to Ukraine.
      """
    And an article "wire" from "Continental Wire" published 2025-02-20 in story "peacekeepers":
      """
      Starmer will present Donald Trump with a plan to send 40,000 European troops to Ukraine.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the finding's message says "The Harbour Gazette agrees with Hollin Bay Courier."

  Scenario: A compound noun and its head alone count one thing within a story
    Given an article "one" from "Eastern Ledger" published 2025-06-02 in story "protest":
      """
      More than 50 officers were injured in the clashes at the airport, the ministry said.
      """
    And an article "two" from "Daily Meridian" published 2025-06-02 in story "protest":
      """
      The ministry said 38 police officers were injured in the clashes at the airport.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quantity_mismatch" citing "More than 50 officers" and "38 police officers"

  Scenario: Two different compounds of one head are never compared
    Given an article "one" from "Eastern Ledger" published 2025-06-02 in story "strike":
      """
      About 120 bus drivers stopped work at dawn on Monday.
      """
    And an article "two" from "Daily Meridian" published 2025-06-02 in story "strike":
      """
      About 300 truck drivers stopped work at dawn on Monday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: People counted by what happened to each and a count of those acts are one figure
    Given an article "borough" from "Borough Post" published 2025-04-02 in story "protest":
      """
      Police said 12 people were detained after the protest outside the town hall on Tuesday.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-04-03 in story "protest":
      """
      Officers made 21 detentions after the protest outside the town hall on Tuesday, police said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quantity_mismatch" citing "12 people" and "21 detentions"
    And the finding's evidence includes "quantity.people_and_acts"

  Scenario: People counted by what they did to something else are not a count of acts
    Given an article "borough" from "Borough Post" published 2025-04-02 in story "protest":
      """
      Police said 40 people attacked the station after the protest on Tuesday.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-04-03 in story "protest":
      """
      Officers recorded 3 attacks on the station after the protest on Tuesday, police said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: An order of magnitude against a figure is a warning, never an error
    Given an article "borough" from "Borough Post" published 2025-04-02 in story "protest":
      """
      Police said 240 people were detained after the protest outside the town hall on Tuesday.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-04-02 in story "protest":
      """
      Police said dozens of people were detained after the protest outside the town hall on Tuesday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the exit code is 0
    And the report has a warning "quantity_mismatch" citing "240 people" and "dozens of people"

  Scenario: Figures many times apart are two different things, not one misreported
    Given an article "borough" from "Borough Post" published 2025-05-12 in story "ferry":
      """
      The ferry was carrying 152 passengers when it struck the rocks, the operator said.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-05-12 in story "ferry":
      """
      The operator expected the ferry to be carrying 310,000 passengers, the operator said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: The same digits at another scale are a slip worth reporting however far apart
    Given an article "borough" from "Borough Post" published 2025-05-12 in story "results":
      """
      Kestwell reported a net profit of $4.3 billion for the year, the company said.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-05-12 in story "results":
      """
      Kestwell reported a net profit of $430 million for the year, the company said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quantity_mismatch" citing "$4.3 billion" and "$430 million"

  Scenario: A figure on a condition is not what was decided
    Given an article "borough" from "Borough Post" published 2025-08-12 in story "water":
      """
      Ravenhill said it would pay £40 to each affected household.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-08-13 in story "water":
      """
      Its chief executive said Ravenhill would consider paying £60 per household if an inquiry found the firm negligent.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A plant called by its name is not the company another article names
    Given an article "borough" from "Borough Post" published 2025-03-12 in story "steel":
      """
      Under the deal, the Dunmere plant employs 900 people, the buyer said.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-03-12 in story "steel":
      """
      Under the deal, Ostrava Steel employs 2,700 people, the buyer said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A one-word name after "in" is where a figure was counted, whatever the recogniser calls it
    Given an article "borough" from "Borough Post" published 2025-03-12 in story "bank":
      """
      Larkfield Mutual has 31 branches across the country, the bank said.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-03-12 in story "bank":
      """
      Larkfield Mutual has 18 branches in Ardlow and the villages around it, the bank said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A winning margin is a difference, not a total
    Given an article "borough" from "Borough Post" published 2025-10-03 in story "byelection":
      """
      Mira Holt, a former teacher, won by 2,350 votes in Thursday's by-election.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-10-03 in story "byelection":
      """
      Holt won nearly 11,000 votes in Thursday's by-election.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A figure "for" a named rival is that rival's, whatever the clause's subject
    Given an article "borough" from "Borough Post" published 2025-10-03 in story "byelection":
      """
      Holt received 10,950 votes to 8,600 for Dev Anand in Thursday's by-election.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-10-03 in story "byelection":
      """
      Holt received nearly 11,000 votes in Thursday's by-election.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: The noun a "which" stands for is the subject of its clause
    Given an article "borough" from "Borough Post" published 2025-06-03 in story "recall":
      """
      The company, which employs 1,150 people, recalled the heaters on Monday.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-06-03 in story "recall":
      """
      The firm, whose depot on Canal Road employs 240 people, recalled the heaters on Monday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A level a figure reached is the level another article states
    Given an article "borough" from "Borough Post" published 2025-10-23 in story "results":
      """
      The group's operating margin was 8.3 per cent in the third quarter, it said.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-10-23 in story "results":
      """
      The group's operating margin widened to 9.2 per cent in the third quarter, it said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "quantity_mismatch" citing "8.3 per cent" and "9.2 per cent"

  Scenario: A possessive pronoun narrows nothing
    Given an article "borough" from "Borough Post" published 2025-05-06 in story "mine":
      """
      Halden Minerals is to eliminate some 300 positions at its flagship Tarn mine, the company said.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-05-06 in story "mine":
      """
      Halden Minerals is to eliminate some 420 positions at the flagship Tarn mine, the company said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quantity_mismatch" citing "some 300 positions" and "some 420 positions"

  Scenario: A dateline the parser takes for a subject is not the figure's holder
    Given an article "wire" from "Continental Wire" published 2025-05-22 in story "race":
      """
      CARROW, May 22 (Continental) - About 30 riders were brought down in a crash on the descent.
      """
    And an article "bugle" from "The Morning Bugle" published 2025-05-23 in story "race":
      """
      At least 45 riders were brought down in a crash on the descent.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quantity_mismatch" citing "About 30 riders" and "At least 45 riders"
    And the finding's confidence is 1.0

  Scenario: A figure in another unit agrees when it rounds to the same value
    Given an article "wire" from "Continental Wire" published 2025-01-27 in story "storm":
      """
      Gusts reached 125km/h at the coast on Sunday, the weather service said.
      """
    And an article "bugle" from "The Morning Bugle" published 2025-01-27 in story "storm":
      """
      Gusts reached 78mph at the coast on Sunday, the weather service said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: A figure for a span of years is not a figure for its first year
    Given an article "wire" from "Continental Wire" published 2025-03-05 in story "fraud":
      """
      Between 2017 and 2022 the firm took money from 312 investors, the court heard.
      """
    And an article "bugle" from "The Morning Bugle" published 2025-03-05 in story "fraud":
      """
      In 2017 the firm took money from 290 investors, the court heard.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: People employed at a named site are that site's workforce, not the company's
    Given an article "wire" from "Continental Wire" published 2025-09-10 in story "mine":
      """
      Karrow employs about 6,200 people worldwide and runs three mines. Dunmarsh, which employs 2,400 people, is its largest.
      """
    And an article "bugle" from "The Morning Bugle" published 2025-09-11 in story "mine":
      """
      For the 1,800 people employed at Dunmarsh, the bid has brought more questions than answers.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a info "quantity_mismatch" citing "2,400 people" and "1,800 people"

  Scenario: What a figure would have been is not what it is
    Given an article "wire" from "Continental Wire" published 2025-04-10 in story "fine":
      """
      Without the settlement discount, the bank's fine would have been £11.7 million, the regulator said.
      """
    And an article "bugle" from "The Morning Bugle" published 2025-04-10 in story "fine":
      """
      The bank's fine was £10.6 million, the regulator said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: "It" with no name before it in its sentence is the last sentence's named subject
    Given an article "wire" from "Continental Wire" published 2025-05-16 in story "hospice":
      """
      St Brigid's, which opened in 1988, cares for about 900 patients a year. With the new wing, it will have 28 beds.
      """
    And an article "bugle" from "The Morning Bugle" published 2025-05-16 in story "hospice":
      """
      The new Larkspur Wing has 12 beds and a garden.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: The same digits in another order pair two figures whose verbs differ
    Given an article "borough" from "Borough Post" published 2025-09-03 in story "grounding":
      """
      The Lindquist ferry was carrying 286 passengers when it ran onto a sandbank near the harbour mouth.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-09-03 in story "grounding":
      """
      All 268 passengers were taken off before the evening tide, the harbour master said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "quantity_mismatch" citing "286 passengers" and "268 passengers"
    And the finding's explanation says "same digits in another order: 286 / 268"

  Scenario: The same digits in another order pair figures whose counted things are worded differently
    Given an article "borough" from "Borough Post" published 2025-09-03 in story "water":
      """
      About 17,000 households in the valley were told to boil their tap water on Monday.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-09-03 in story "water":
      """
      The boil-water notice covers some 71,000 homes in the valley, the water company said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "quantity_mismatch" citing "About 17,000 households" and "some 71,000 homes"
    And the finding's evidence includes "quantity.other_words"

  Scenario: A bound is not a figure miscopied digit by digit
    Given an article "borough" from "Borough Post" published 2025-09-03 in story "retail":
      """
      The chain trades from more than 5,200 stores across the country.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-09-03 in story "retail":
      """
      Workers at 2,500 stores joined the claim, their lawyer said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: Close figures for things worded differently are never compared without a slip of the keys
    Given an article "borough" from "Borough Post" published 2025-09-03 in story "water":
      """
      About 17,000 households in the valley were told to boil their tap water on Monday.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-09-03 in story "water":
      """
      The boil-water notice covers some 19,000 homes in the valley, the water company said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: Measurements in different units are compared digit by digit in one unit
    Given an article "borough" from "Borough Post" published 2025-09-03 in story "launch":
      """
      Engineers loaded the weather satellite, which weighs 1,450 kilograms, onto the rocket on Monday.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-09-03 in story "launch":
      """
      The weather satellite was loaded onto the rocket on Monday; it has a mass of 1.54 tonnes.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "quantity_mismatch" citing "1,450 kilograms" and "1.54 tonnes"
    And the finding's explanation says "same digits in another order: 1,450 / 1.54"

  Scenario: The value a change started from is not the value it reached
    Given an article "borough" from "Borough Post" published 2025-08-20 in story "grades":
      """
      The academy had recorded 74 per cent of grades at A* to B, up from 58 per cent last year.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-08-20 in story "grades":
      """
      The school said that 74 per cent of grades were A* to B when results came out.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A holder marked as one of several is not the holder without the mark
    Given an article "borough" from "Borough Post" published 2025-06-03 in story "blast":
      """
      The plant, which employs 240 people, makes industrial floor coatings.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-06-03 in story "blast":
      """
      Varrick's second plant, at Marley Cross, employs 90 people and was unaffected.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: The same digits at another scale pair figures the same verb tells, however the holder is read
    Given an article "borough" from "Borough Post" published 2025-06-03 in story "launch":
      """
      The company has raised £480m from investors since it was founded.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-06-03 in story "launch":
      """
      Corvane, which was spun out of a university, has raised £48m from investors to date.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a info "quantity_mismatch" citing "£480m" and "£48m"
    And the finding's explanation says "same digits at another scale"

  Scenario: A size written with a hyphen is the size of what it modifies, never a part of it
    Given an article "borough" from "Borough Post" published 2025-05-12 in story "vote":
      """
      The Civic Alliance won 40 of the seats on Sunday but cannot command a majority.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-05-12 in story "vote":
      """
      Without the Greens, the Civic Alliance cannot command a majority in the 81-seat council.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: Two sizes written with a hyphen are compared as counts of the joined noun
    Given an article "borough" from "Borough Post" published 2025-06-03 in story "stadium":
      """
      The owners hope a naming-rights deal will pay for the club's planned 42,000-seat arena.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-06-03 in story "stadium":
      """
      The club has agreed a deal to build a 24,000-seat stadium on the edge of town.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quantity_mismatch" citing "42,000-seat" and "24,000-seat"

  Scenario: A price per share in pence is compared with one in pounds
    Given an article "borough" from "Borough Post" published 2025-11-14 in story "takeover":
      """
      Larkspur Capital has agreed to pay 385p a share in cash for the grocer.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-11-14 in story "takeover":
      """
      Larkspur Capital is paying £4.40 per share for the chain, the board said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quantity_mismatch" citing "385p a share" and "£4.40 per share"

  Scenario: The price of one share is never compared with a sum spent on shares
    Given an article "borough" from "Borough Post" published 2025-11-14 in story "takeover":
      """
      Larkspur Capital has agreed to pay 385p a share for the grocer.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-11-14 in story "takeover":
      """
      Larkspur Capital has already paid £40m for shares in the grocer.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A count per day is never compared with a total
    Given an article "borough" from "Borough Post" published 2025-07-15 in story "ferry":
      """
      The island route normally carries 12 sailings a day, all of which have been cancelled for the duration of the strike.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-07-15 in story "ferry":
      """
      No boat has left the harbour since Monday, and in all 36 sailings have been cancelled.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: Letters for one side are not letters for the other
    Given an article "borough" from "Borough Post" published 2025-06-12 in story "turbines":
      """
      The council received 1,240 objections and 310 letters of support.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-06-12 in story "turbines":
      """
      The council received 1,240 letters of objection, a record for the district.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: Votes written with thousands separators are a tally of both candidates
    Given an article "borough" from "Borough Post" published 2025-10-10 in story "mayor":
      """
      Sandhu won 18,442 votes in Thursday's poll.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-10-10 in story "mayor":
      """
      Ms Sandhu polled 18,442 votes to 15,525 for the Civic Alliance candidate.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A subject marked as one of several is not the subject the other figure is about
    Given an article "borough" from "Borough Post" published 2025-03-25 in story "lottery":
      """
      The Mill Road ticket was the only one to match all seven numbers.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-03-25 in story "lottery":
      """
      A second ticket matched five numbers and won a smaller prize.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A participle after a dated clause shares its date
    Given an article "borough" from "Borough Post" published 2025-04-09 in story "closure":
      """
      Halvard will close the Brennock factory, a decision that will cut 340 jobs.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-04-09 in story "closure":
      """
      Halvard closed its Dunmarrow plant in 2019, shedding 280 jobs.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A site put before the clause is where its figure was counted
    Given an article "borough" from "Borough Post" published 2025-05-20 in story "waits":
      """
      Hospital waiting lists in Caerfelin grew again. Orthopaedics accounted for the largest single share of the list, with 18,400 people waiting.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-05-20 in story "waits":
      """
      Hospital waiting lists in Caerfelin grew again. At Dunvarrow General Hospital, 41,200 people are waiting for treatment.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A length of time in two units is one amount
    Given an article "borough" from "Borough Post" published 2025-03-12 in story "sentence":
      """
      Wojcik, who admitted three counts of bribery, was jailed for two years and nine months.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-03-12 in story "sentence":
      """
      Wojcik was jailed for two years and nine months after admitting bribery.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: What is told of the group a part is taken from is not told of the part
    Given an article "one" from "The Harbour Gazette" published 2025-10-06 in story "flood":
      """
      Six boats were used in the rescue, the county council said.
      """
    And an article "two" from "Continental Wire" published 2025-10-07 in story "flood":
      """
      Four of the six boats used in the rescue belonged to the volunteer group.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: An article that writes both figures side by side agrees with the one that writes one
    Given an article "one" from "The Harbour Gazette" published 2025-11-11 in story "ferry":
      """
      A relief ship will take over the route, but it carries only 38 cars compared with the Isle of Inchmorran's 64.
      """
    And an article "two" from "Continental Wire" published 2025-11-12 in story "ferry":
      """
      The Isle of Inchmorran, which carries 64 cars, was forced to turn back yesterday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: A clause saying when dates the figure of its main clause
    Given an article "one" from "The Harbour Gazette" published 2025-12-08 in story "storm":
      """
      When Storm Nyall hit the region last January, about 130,000 homes lost power.
      """
    And an article "two" from "Continental Wire" published 2025-12-08 in story "storm":
      """
      Some 58,000 homes lost power, the network operator said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: A wrong conversion in brackets is the conversion's finding, not another article's
    Given an article "one" from "The Harbour Gazette" published 2025-11-19 in story "fog":
      """
      Visibility fell to about 50 metres, according to police.
      """
    And an article "two" from "Continental Wire" published 2025-11-19 in story "fog":
      """
      Visibility dropped to just 50 metres (500ft), police said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings
    And the report has 1 "conversion_mismatch" finding

  Scenario: A hundred times an amount is another amount, not a slip of the scale
    Given an article "one" from "The Harbour Gazette" published 2025-11-26 in story "auction":
      """
      The seascape sold for £4.2 million at the saleroom on Tuesday.
      """
    And an article "two" from "Continental Wire" published 2025-11-26 in story "auction":
      """
      The same sale included a pencil sketch, which sold for £42,000.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: Two people of one surname have two ages
    Given an article "gazette" from "The Harbour Gazette" published 2025-06-10 in story "court":
      """
      Owen Farrant, 58, was fined £4,000 on Monday. His nephew, Neil Farrant, 27, was cleared.
      """
    And an article "wire" from "Continental Wire" published 2025-06-10 in story "court":
      """
      Owen Farrant, 48, was fined £4,000 on Monday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" citing "58" and "48"

  Scenario: A reading taken at a named site is not a reading taken at another
    Given an article "gazette" from "The Harbour Gazette" published 2025-08-18 in story "spill":
      """
      Dissolved ammonia rose to 9mg per litre at Tolley Weir on Sunday, the agency said. The creamery stands outside Brackwell.
      Dissolved ammonia reached 5mg per litre in the river on Sunday, the agency said.
      """
    And an article "wire" from "Continental Wire" published 2025-08-18 in story "spill":
      """
      Dissolved ammonia reached 3mg per litre in the river on Sunday, the agency said. The creamery stands outside Brackwell.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a warning "quantity_mismatch" citing "5mg per litre" and "3mg per litre"

  Scenario: A modifier of a thing worded otherwise does not hide a slip of the keys
    Given an article "one" from "The Harbour Gazette" published 2025-05-06 in story "road":
      """
      The resurfacing bill came to £6.3m, the council said.
      """
    And an article "two" from "Continental Wire" published 2025-05-06 in story "road":
      """
      The work cost £3.6 million, the council said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a warning "quantity_mismatch" citing "£6.3m" and "£3.6 million"

  Scenario: Two digits swapped between things worded otherwise are left to chance
    Given an article "one" from "The Harbour Gazette" published 2025-05-06 in story "seats":
      """
      In all, 35 council seats are being contested this spring, with 23 currently held by Labour.
      """
    And an article "two" from "Continental Wire" published 2025-05-06 in story "seats":
      """
      "We have 32 wards that are in areas where there is no mayoral race," she said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A relative clause's phrasal verb is the main clause's phrasal verb
    Given an article "one" from "The Harbour Gazette" published 2025-03-14 in story "raid":
      """
      The 240 officers who took part in the operation searched eleven homes.
      """
    And an article "two" from "Continental Wire" published 2025-03-14 in story "raid":
      """
      About 140 officers took part in the operation, police said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" citing "240 officers" and "About 140 officers"
    And the finding's explanation says "take part"

  Scenario: A hedge before a figure does not narrow what it counts
    Given an article "one" from "The Harbour Gazette" published 2025-08-19 in story "spill":
      """
      An estimated 3,200 trout were killed by the spill, the agency said.
      """
    And an article "two" from "Continental Wire" published 2025-08-19 in story "spill":
      """
      About 1,900 trout were killed by the spill, the agency said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" citing "An estimated 3,200 trout" and "About 1,900 trout"

  Scenario: The year a record is counted from is not the period of the clause's figures
    Given an article "one" from "The Harbour Gazette" published 2025-07-16 in story "ban":
      """
      The watering ban, the first in the county since 2019, starts on Friday and will affect about 900,000 customers.
      """
    And an article "two" from "Continental Wire" published 2025-07-16 in story "ban":
      """
      The watering ban will affect 600,000 customers, the water company said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" citing "about 900,000 customers" and "600,000 customers"

  Scenario: Shares of a vote on opposite sides are two figures
    Given an article "one" from "The Harbour Gazette" published 2025-04-16 in story "contract":
      """
      The union said 71% of members who cast ballots voted in favor, with 8,412 votes for the agreement.
      """
    And an article "two" from "Continental Wire" published 2025-04-16 in story "contract":
      """
      The tentative deal failed badly, with nearly two-thirds of members voting against it.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A place after the counted noun is where the figure was measured
    Given an article "one" from "The Harbour Gazette" published 2025-08-02 in story "rents":
      """
      Rents in Norwick rose 9.1% last year, according to the state housing agency.
      """
    And an article "two" from "Continental Wire" published 2025-08-02 in story "rents":
      """
      Rents in the Port Halden metro area rose 6.2% last year, the apartment association said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A subject marked by a superlative is one of several holders
    Given an article "one" from "The Harbour Gazette" published 2025-02-20 in story "schools":
      """
      The richest district in the state spends about $20,800 per student, the court heard.
      """
    And an article "two" from "Continental Wire" published 2025-02-20 in story "schools":
      """
      Oakfield is among the poorest districts, and it spends about $11,300 per student.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: Words narrowing one side's counted thing say more of it when each article gives one figure
    Given an article "one" from "The Harbour Gazette" published 2025-04-02 in story "foodbank":
      """
      The Marlow food bank handed out 14,250 emergency food parcels last year, its manager said.
      """
    And an article "two" from "Continental Wire" published 2025-04-02 in story "foodbank":
      """
      The Marlow food bank handed out 14,520 food parcels last year.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a warning "quantity_mismatch" citing "14,250 emergency food parcels" and "14,520 food parcels"
    And the finding's evidence includes "quantity.one_sided_modifier"

  Scenario: Figures a sentence joins, each narrowed its own way, are kinds the other article's plain figure is not taken for
    Given an article "one" from "The Harbour Gazette" published 2025-12-03 in story "wages":
      """
      The wage commission approved an 11% rise on Tuesday.
      """
    And an article "two" from "Continental Wire" published 2025-12-03 in story "wages":
      """
      The wage commission approved a 13% increase in the general minimum and a 5% rise in the northern border zone.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: A place and its people are not one name slipped
    Given an article "one" from "The Harbour Gazette" published 2025-06-09 in story "games":
      """
      Kenya won 12 gold medals at the championships in Oslo.
      """
    And an article "two" from "Continental Wire" published 2025-06-09 in story "games":
      """
      The Kenyan collected nine gold medals at the championships in Oslo.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: Times read off a stopwatch are compared when one act tells them, never by a name alone
    Given an article "one" from "The Harbour Gazette" published 2025-04-27 in story "marathon":
      """
      Daniel Rono won the Velmont Marathon in 2:05:41 on Sunday.
      """
    And an article "two" from "Continental Wire" published 2025-04-27 in story "marathon":
      """
      Daniel Rono won the Velmont Marathon in 2:05:14 on Sunday. Rono went through halfway in 1:02:48.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a warning "quantity_mismatch" citing "2:05:41" and "2:05:14"

  Scenario: A clause that leaves its verb out has its own subject, even for a figure after a preposition
    Given an article "one" from "The Harbour Gazette" published 2025-07-03 in story "swim":
      """
      Australia's Mia Thornbury took silver in 1:04.95 and Italy's Giulia Serra the bronze in 1:05.30.
      """
    And an article "two" from "Continental Wire" published 2025-07-03 in story "swim":
      """
      Mia Thornbury finished second in 1:04.95, almost a second behind.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: A price for each of a measured thing is not the price of the whole
    Given an article "one" from "The Harbour Gazette" published 2025-03-13 in story "coffee":
      """
      Growers were paid the equivalent of 315,000 pesos per 12.5-kg arroba on Wednesday.
      """
    And an article "two" from "Continental Wire" published 2025-03-13 in story "coffee":
      """
      Growers were paid 3.15 million pesos on Wednesday, a record.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: A rate is not a total however alone each figure stands
    Given an article "one" from "The Harbour Gazette" published 2025-07-16 in story "ferry":
      """
      The route normally runs 12 sailings a day, all of which have been cancelled during the strike.
      """
    And an article "two" from "Continental Wire" published 2025-07-16 in story "ferry":
      """
      Since the strike began, 36 sailings have been cancelled.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: What a verb of expectation reports is a forecast
    Given an article "one" from "The Harbour Gazette" published 2025-02-12 in story "waits":
      """
      The trust forecasts that the waiting list will fall to 63,000 by the end of March.
      """
    And an article "two" from "Continental Wire" published 2025-02-12 in story "waits":
      """
      The trust reported a waiting list of 68,400 patients on Tuesday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A court's split decision is a tally
    Given an article "one" from "The Harbour Gazette" published 2025-02-20 in story "ruling":
      """
      The state Supreme Court struck down the funding formula on Thursday, ruling 4-3 that it fails poor districts.
      """
    And an article "two" from "Continental Wire" published 2025-02-21 in story "ruling":
      """
      In a 5-2 decision, the state Supreme Court ruled that the funding formula fails poor districts.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a error "quantity_mismatch" citing "4" and "5"
    And the report has a error "quantity_mismatch" citing "3" and "2"

  Scenario: A year before a happening's noun dates the clause's figures
    Given an article "one" from "The Harbour Gazette" published 2025-01-15 in story "bushfire":
      """
      A 2014 blaze in the same ranges destroyed nine houses.
      """
    And an article "two" from "Continental Wire" published 2025-01-15 in story "bushfire":
      """
      The blaze has destroyed 27 houses across the district, fire officials said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings

  Scenario: A share of a named company is not a slip of another share's digits
    Given an article "one" from "The Harbour Gazette" published 2025-08-06 in story "warning":
      """
      Harcourt Lane Capital, an activist fund that owns 6.2% of Ardent Tools, backed the restructuring.
      """
    And an article "two" from "Continental Wire" published 2025-08-06 in story "warning":
      """
      At Wednesday's closing price of 2,318 yen, that works out to a dividend yield of about 2.6%.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: A name owning a figure is whose figure it is, whatever the clause's subject
    Given an article "one" from "The Harbour Gazette" published 2025-02-09 in story "bypoll":
      """
      Mr Rao polled 86,319 votes against Ms Mehta's 67,577, while 2,104 voters pressed the NOTA button.
      """
    And an article "two" from "Continental Wire" published 2025-02-09 in story "bypoll":
      """
      Mr Rao, a two-time municipal councillor, polled more than 86,000 votes.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: What a change is in is what changed
    Given an article "one" from "The Harbour Gazette" published 2025-05-22 in story "pay":
      """
      Larkfield Stores has settled a bruising pay dispute with its shopfloor staff, agreeing a 5.2 per cent rise that will lift its annual wage bill by £95m. Managers will get a 4 per cent rise.
      """
    And an article "two" from "Continental Wire" published 2025-05-22 in story "pay":
      """
      Larkfield Stores reported a 3% rise in like-for-like sales in the year to February.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: A name in front of a site is the figure's place, not the whole company's
    Given an article "one" from "The Harbour Gazette" published 2025-03-06 in story "layoffs":
      """
      Kestrel Semiconductor will eliminate about 1,900 jobs, or 8% of its global workforce, the company said.
      """
    And an article "two" from "Continental Wire" published 2025-03-07 in story "layoffs":
      """
      The California-based group will shed 460 jobs at its Dunmore Falls plant, it said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "quantity_mismatch" findings

  Scenario: A plan is compared with a plan, never with what has been done so far
    Given an article "gazette" from "The Harbour Gazette" published 2025-06-10 in story "trees":
      """
      Volunteers have planted 41,000 trees along the valley since March, the council said.
      """
    And an article "wire" from "Continental Wire" published 2025-06-10 in story "trees":
      """
      The council's scheme aims to plant 65,000 trees along the valley, officials said.
      """
    And an article "bugle" from "The Morning Bugle" published 2025-06-10 in story "trees":
      """
      The council will plant 56,000 trees along the valley, officials said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" citing "65,000 trees" and "56,000 trees"
    And the finding's explanation says "same outlook: both planned or expected"

  Scenario: A forecast is compared with a figure its article tells as lying ahead
    Given an article "gazette" from "The Harbour Gazette" published 2025-03-19 in story "budget":
      """
      The county projects a shortfall of $318 million, the treasurer said.
      """
    And an article "wire" from "Continental Wire" published 2025-03-19 in story "budget":
      """
      The county will run a $381-million shortfall, the treasurer said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" citing "$318 million" and "$381-million shortfall"

  Scenario: What someone hoped or wanted to do is a goal, never compared with what was done
    Given an article "gazette" from "The Harbour Gazette" published 2025-03-12 in story "spill":
      """
      By nightfall, crews had recovered about a quarter of the spilled oil, the company said.
      """
    And an article "wire" from "Continental Wire" published 2025-03-12 in story "spill":
      """
      The chief executive said the company hoped to recover 80 per cent of the spilled oil.
      """
    And an article "bugle" from "The Morning Bugle" published 2025-03-12 in story "spill":
      """
      The chief executive said the company wanted to recover 60 per cent of the spilled oil.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" citing "80 per cent" and "60 per cent"

  Scenario: An article that writes the other side's figure itself did not slip its keys
    Given an article "gazette" from "The Harbour Gazette" published 2025-10-06 in story "fire":
      """
      The company promised its 210 employees that it would rebuild. The fire caused $4 million in damage, the owner said.
      """
    And an article "journal" from "Continental Wire" published 2025-10-06 in story "fire":
      """
      The company employs 210 people. It will move 120 workers to its other plant. The fire caused $6 million in damage, the owner said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" citing "$4 million" and "$6 million"

  Scenario: A bare dollar sign in a story that marks its dollars meets only another bare one
    Given an article "record" from "The Harbour Gazette" published 2025-10-06 in story "fire":
      """
      The owner put the damage at $25 million.
      """
    And an article "journal" from "Continental Wire" published 2025-10-06 in story "fire":
      """
      The owner put the damage at C$25 million (about US$18 million).
      """
    And an article "bugle" from "The Morning Bugle" published 2025-10-06 in story "fire":
      """
      The owner put the damage at $31 million.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" citing "$25 million" and "$31 million"

  Scenario: A figure told "every year" is a rate, never the count of one event
    Given an article "atlas" from "The Harbour Gazette" published 2025-08-15 in story "mine":
      """
      The collapse killed three workers. Accidents at small mines kill dozens of workers every year, officials said.
      """
    And an article "ledger" from "Continental Wire" published 2025-08-16 in story "mine":
      """
      The collapse has killed five workers, officials said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" citing "three workers" and "five workers"

  Scenario: A figure set against the subject's after "to" is the rival's named later after "for"
    Given an article "borough" from "Borough Post" published 2025-12-07 in story "runoff":
      """
      Bermejo received 31,482 votes, or 52.6%, to 28,371 votes, or 47.4%, for Halloway.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-12-07 in story "runoff":
      """
      Bermejo received nearly 53% of the vote. Bermejo received 31,000 votes.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a warning "quantity_mismatch" citing "31,482 votes" and "31,000 votes"

  Scenario: What a copula says of the counted things tells two states apart
    Given an article "star" from "The Harbour Gazette" published 2025-04-07 in story "flood":
      """
      About 450 homes were under the evacuation order. About 120 homes were without power.
      """
    And an article "courier" from "Continental Wire" published 2025-04-07 in story "flood":
      """
      About 130 homes were under water. About 190 homes were without power.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a info "quantity_mismatch" citing "About 120 homes" and "About 190 homes"

  Scenario: A bare amount in a "which" clause measures the noun the "which" stands for
    Given an article "one" from "The Harbour Gazette" published 2025-09-12 in story "rates":
      """
      Inflation, which eased to 29.5% in August, remains far above the target.
      """
    And an article "two" from "Continental Wire" published 2025-09-12 in story "rates":
      """
      Inflation eased to 33% in August, official data showed.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" citing "29.5%" and "33%"

  Scenario: A change counted "since" a point covers that stretch, not the day's move
    Given an article "one" from "The Harbour Gazette" published 2025-10-21 in story "breach":
      """
      Shares in the operator fell 9.1% on Monday after the breach was disclosed.
      """
    And an article "two" from "Continental Wire" published 2025-10-21 in story "breach":
      """
      The shares have fallen 18% since the start of the year. Shares in the operator fell 7% on Monday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a warning "quantity_mismatch" citing "9.1%" and "7%"

  Scenario: "One in five" is a share of a group, not a count of five
    Given an article "one" from "The Harbour Gazette" published 2025-03-07 in story "measles":
      """
      Eleven children have needed hospital treatment since the outbreak began. Almost nine in ten members of the nurses' union backed the strike.
      """
    And an article "two" from "Continental Wire" published 2025-03-07 in story "measles":
      """
      About one in five children who catch measles need hospital care. Some 72% of members of the nurses' union backed the strike.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a warning "quantity_mismatch" citing "Almost nine in ten members" and "Some 72%"

  Scenario: An amount taken by "of" with a scale word after it measures the noun before "of"
    Given an article "one" from "The Harbour Gazette" published 2025-10-23 in story "results":
      """
      The maker reported revenue of €2.84bn for the third quarter, and orders of €3.4bn.
      """
    And an article "two" from "Continental Wire" published 2025-10-23 in story "results":
      """
      The maker posted revenue of €2.48 billion for the third quarter.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" citing "€2.84bn" and "€2.48 billion"

  Scenario: A hyphened modifier before the counted noun narrows it, however the parser reads it
    Given an article "one" from "The Harbour Gazette" published 2025-01-09 in story "sales":
      """
      Like-for-like sales fell 6% over the nine weeks, the retailer said. Its shares fell 11% on Thursday.
      """
    And an article "two" from "Continental Wire" published 2025-01-09 in story "sales":
      """
      Sales fell 8% over the nine weeks. Sales in stores fell 5%. The shares fell 9% on Thursday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" citing "11%" and "9%"

  Scenario: "The N-year-old" with no name is a person the paragraph before has named
    Given an article "one" from "The Harbour Gazette" published 2025-08-25 in story "tour":
      """
      Jonas Verhaegen, 25, won the race by 38 seconds. Tomas Lind, 29, was third, and Callum Reid, 34, was disqualified.
      """
    And an article "two" from "Continental Wire" published 2025-08-25 in story "tour":
      """
      Jonas Verhaegen's win came by 38 seconds over Tomas Lind.

      The 23-year-old Belgian attacked on the last climb.
      """
    And an article "three" from "The Valley Post" published 2025-08-25 in story "tour":
      """
      Callum Reid, 34, pushed Tomas Lind off his bike at the feed zone.

      The 29-year-old rider fell heavily but finished the stage.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a warning "quantity_mismatch" citing "25" and "23-year-old Belgian"

  Scenario: One surname spelled two ways is one person's age
    Given an article "one" from "The Harbour Gazette" published 2025-12-07 in story "runoff":
      """
      Bermejo beat Halloway, 67, who conceded late Saturday.
      """
    And an article "two" from "Continental Wire" published 2025-12-07 in story "runoff":
      """
      Holloway, the 76-year-old former legislator, conceded late last night.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the report has a error "quantity_mismatch" citing "67" and "76-year-old"
