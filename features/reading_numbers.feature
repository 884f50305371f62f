Feature: Reading every number a reporter can write
  Digits, words, scales, abbreviations, currencies, units, percentages, hedges and ranges
  become values and intervals an editor would agree with.

  Scenario Outline: Number forms
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      <sentence>
      """
    When I run "crosscheck claims {articles}"
    Then a claim reads "<text>" as <value> <unit>

    Examples: digits, words and scales
      | sentence                                               | text                          | value         | unit          |
      | Officials counted 30,000 troops at the border.         | 30,000 troops                 | 30000         | person        |
      | Three people were hurt in the crash.                   | Three people                  | 3             | person        |
      | Twelve people were hurt in the crash.                  | Twelve people                 | 12            | person        |
      | SEVENTEEN people were rushed to hospital.              | SEVENTEEN people              | 17            | person        |
      | With fees, the total was £5.1m. It was a record.       | £5.1m                         | 5100000       | GBP           |
      | A dozen people were hurt in the crash.                 | A dozen people                | 12            | person        |
      | Half a million people fled the fighting.               | Half a million people         | 500000        | person        |
      | The army ordered 1.5 million artillery shells.         | 1.5 million artillery shells  | 1500000       | munition      |
      | Both sides completed a 1,000-for-1,000 prisoner swap.  | 1,000-for-1,000 prisoner swap | 1000          | count         |
    Examples: money
      | sentence                                               | text                          | value         | unit          |
      | The fund holds €6bn in bonds.                           | €6bn                          | 6000000000    | EUR           |
      | The start-up raised $135m last week.                   | $135m                         | 135000000     | USD           |
      | A ticket to the museum costs 15 € for adults.          | 15 €                          | 15            | EUR           |
      | Shareholders were paid $4.2bn in dividends.            | $4.2bn                        | 4200000000    | USD           |
      | The state set up a $1.2-billion fund on Tuesday.       | $1.2-billion fund             | 1200000000    | USD           |
      | The club paid £2.3m for the striker.                   | £2.3m                         | 2300000       | GBP           |
      | Roche paid CHF 12.2bn for the firm.                    | CHF 12.2bn                    | 12200000000   | CHF           |
      | Roche paid 12.2 billion Swiss francs for the firm.     | 12.2 billion Swiss francs     | 12200000000   | CHF           |
      | The state owes 1,200 billion euros.                    | 1,200 billion euros           | 1200000000000 | EUR           |
      | The ferry ticket cost 3 dollars 50 cents.              | 3 dollars 50 cents            | 3.5           | USD           |
      | Lunch came to thirteen dollars and forty-five cents.   | thirteen dollars and forty-five cents | 13.45 | USD           |
      | Tickets cost 20 euros and 15 people bought them.       | 20 euros                      | 20            | EUR           |
      | The upgrade costs 115USD a seat.                       | 115USD                        | 115           | USD           |
      | The upgrade costs USD115 a seat.                       | USD115 a seat                 | 115           | USD           |
      | The shares closed at 197 pence on Friday.              | 197 pence                     | 197           | penny         |
      | The trust agreed to pay 385p a share for the firm.     | 385p a share                  | 385           | penny         |
      | He was jailed for two years and nine months.           | two years and nine months     | 2.75          | year          |
      | The striker stands 5 feet 11 inches tall.              | 5 feet 11 inches              | 5.91667       | foot          |
    Examples: units, durations and shares
      | sentence                                               | text                          | value         | unit          |
      | A 7.4-magnitude quake struck the coast.                | 7.4-magnitude quake           | 7.4           | magnitude     |
      | A 60-day ceasefire began on Monday.                    | 60-day ceasefire              | 60            | day           |
      | The truce lasted a fortnight.                          | a fortnight                   | 1             | fortnight     |
      | He served nearly two decades in office.                | nearly two decades            | 2             | decade_of_years |
      | Winds reached 100 km/h on the coast.                   | 100 km/h                      | 100           | kilometer / hour |
      | It was 30°C in Seville.                                | 30°C                          | 30            | degree_Celsius |
      | Prices rose 4.5 per cent in March.                     | 4.5 per cent                  | 4.5           | percent       |
      | Support fell by 3 percentage points.                   | 3 percentage points           | 3             | percentage_point |
      | Two-thirds of voters backed the plan.                  | Two-thirds                    | 66.6666666667 | percent       |
      | The crews laid 10 1/2 miles of new cable.              | 10 1/2 miles                  | 10.5          | mile          |
      | The bonds pay 7 3/4% a year.                           | 7 3/4%                        | 7.75          | percent       |
    Examples: units a word or two long, in brackets, or told by the figure
      | sentence                                               | text                          | value         | unit          |
      | The warehouse covers 660 square metres.                | 660 square metres             | 660           | meter ** 2    |
      | The tanker carried 16,000 metric tons of grain.        | 16,000 metric tons            | 16000         | metric_ton    |
      | The field pumps 500,000 barrels a day.                 | 500,000 barrels a day         | 500000        | oil_barrel / day  |
      | The train reached 188 miles an hour.                   | 188 miles an hour             | 188           | mile / hour   |
      | Nitrate stood at 12mg per litre in the brook.          | 12mg per litre                | 12            | milligram / liter |
      | Growers used 30kg per hectare of seed.                 | 30kg per hectare              | 30            | kilogram / hectare |
      | The kiln cooled to 40 deg celsius.                     | 40 deg celsius                | 40            | degree_Celsius |
      | The crate weighs 20 (kg) when full.                    | 20 (kg)                       | 20            | kilogram      |
      | The parcel weighed 25 pounds.                          | 25 pounds                     | 25            | pound         |
      | The club lost 361 million pounds last season.          | 361 million pounds            | 361000000     | GBP           |
      | The fare is 10 us dollar for adults.                   | 10 us dollar                  | 10            | USD           |
      | Seats at the final sold for 25k each.                  | 25k                           | 25000         | count         |
      | The firm reported sales of 4721 vans in April.         | 4721 vans                     | 4721          | count         |
      | The probe crossed at 40 m/s before the burn.           | 40 m/s                        | 40            | meter / second |
      | Seals swim at 30 kilometres/hour in open water.        | 30 kilometres/hour            | 30            | kilometer / hour |
      | The tram topped out at 70 km/h.                        | 70 km/h.                      | 70            | kilometer / hour |
      | Glass softens at 600° Celsius in the kiln.             | 600° Celsius                  | 600           | degree_Celsius |
      | The pool is kept at 82 degrees F all year.             | 82 degrees F                  | 82            | degree_Fahrenheit |
      | The dough rises best at 27 degrees c in the proofer.   | 27 degrees c                  | 27            | degree_Celsius |
      | The valley fell to minus 12 degrees Celsius at night.  | minus 12 degrees Celsius      | -12           | degree_Celsius |
      | The oven was set to 180 celsuis for the bread.         | 180 celsuis                   | 180           | degree_Celsius |
      | The port earned C$ 300 million last year.              | C$ 300 million                | 300000000     | CAD           |
      | Squads seized Rs 38 lakh in cash during the campaign.  | Rs 38 lakh                    | 3800000       | INR           |
      | The state set aside RM15 million for flood relief.     | RM15 million                  | 15000000      | MYR           |
      | The county paid KSh 40 million for the land.           | KSh 40 million                | 40000000      | KES           |
      | Rents rose to HK$12,000 a month.                       | HK$12,000 a month             | 12000         | HKD           |
      | The mine was sold for A$5 billion.                     | A$5 billion                   | 5000000000    | AUD           |
      | The club lost 75 USD million over three years.         | 75 USD million                | 75000000      | USD           |
      | Losses of 30 MUSD were booked in March.                | 30 MUSD                       | 30000000      | USD           |
      | The plant cost MEUR 120 to build.                      | MEUR 120                      | 120000000     | EUR           |
      | The repairs cost a quarter million dollars.            | a quarter million dollars     | 250000        | USD           |
      | The grant came to three quarters billion euros.        | three quarters billion euros  | 750000000     | EUR           |
      | Two and a half million people fled the region.         | Two and a half million people | 2500000       | person        |
      | The fare is 20 usd for adults.                         | 20 usd                        | 20            | USD           |
      | Only a third of those screened were ill.               | a third                       | 33.3333333333 | percent       |
      | The recipe needs 75ml of cream.                        | 75ml                          | 75            | milliliter    |
      | The new engine makes 640 bhp.                          | 640 bhp                       | 640           | brake_horsepower |
      | The farm will deliver 500 MW by June.                  | 500 MW                        | 500           | megawatt      |
      | Rono won in 2:05:14 on Sunday.                         | 2:05:14                       | 7514          | second        |
      | Lindqvist touched in 1:04.12 in the final.             | 1:04.12                       | 64.12         | second        |

  Scenario Outline: What a figure counts is the head of the noun it modifies, or the noun its hyphen joins, narrowed by what it is at or for but not by an aside
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      <sentence>
      """
    When I run "crosscheck claims {articles}"
    Then the claim "<text>" counts "<concept>"

    Examples:
      | sentence                                                        | text                                  | concept              |
      | Officials have set up a 10km control zone around the farms.     | 10km control zone                     | control zone         |
      | Some 2.3 million loyalty card holders received the warning.     | Some 2.3 million loyalty card holders | loyalty card holders |
      | The club has agreed to build a 24,000-seat stadium on the site. | 24,000-seat                           | seat                 |
      | Peru committed on Friday to pay more than half the cost of a 9.8 km tunnel under the Andes at the Las Lengas pass, a project that supporters say will transform trade with Bolivia but that critics say the country cannot afford. | 9.8 km tunnel | Las Lengas pass tunnel (cost) |

  Scenario Outline: Hedges and ranges become intervals
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      <sentence>
      """
    When I run "crosscheck claims {articles}"
    Then the claim "<text>" allows <low> to <high>

    Examples:
      | sentence                                          | text                              | low    | high   |
      | Starmer will send fewer than 30,000 troops.       | fewer than 30,000 troops          | -inf   | 30000  |
      | Zelensky wants at least 200,000 troops.           | at least 200,000 troops           | 200000 | +inf   |
      | Rescuers reached up to 50 villages.               | up to 50 villages                 | -inf   | 50     |
      | About 300 people were injured.                    | About 300 people                  | 270    | 330    |
      | Nearly 50 homes were destroyed.                   | Nearly 50 homes                   | 45     | 50     |
      | Between 200 and 260 people were rescued.          | Between 200 and 260 people        | 200    | 260    |
      | Officials said 200 to 260 people were rescued.    | 200 to 260 people                 | 200    | 260    |
      | Support stood at 1.3% in May.                     | 1.3%                              | 1.25   | 1.35   |
      | Hundreds of fishermen joined the protest.         | Hundreds of fishermen             | 100    | 1000   |
      | Repairs will cost tens of thousands of euros.     | tens of thousands of euros        | 10000  | 100000 |
      | The reform touches millions of pensioners.        | millions of pensioners            | 1000000 | 10000000 |
      | Roughly one in four patients waits a year.        | Roughly one in four patients      | 22.5   | 27.5   |
      | Seven in 10 members backed the offer.             | Seven in 10 members               | 66.5   | 73.5   |

  Scenario Outline: Dates, years, ordinals, ranks and names are not quantity claims
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      <sentence>
      """
    When I run "crosscheck claims {articles}"
    Then no claim is read from "<number>"

    Examples:
      | sentence                                               | number |
      | The war began in 2022 and talks resumed on February 24. | 2022   |
      | It was the third anniversary of the invasion.          | third  |
      | Traffic stopped between the 5/10 interchanges.         | 5/10   |
      | Flight BA 2490 landed at 5pm.                          | 2490   |
      | The ferry left the harbour at 10:40 on Monday.         | 10:40  |
      | Revenue for the first nine months rose.                | nine   |
      | The No. 2 Republican in the chamber backed the bill.   | 2      |
      | She was ranked No 1 in the final poll.                 | 1      |
      | The S&P 500 closed higher on Friday.                   | 500    |
      | The chapel dates from around A.D. 1000.                | 1000   |
      | Reviewers praised the iPhone 11 Pro camera.            | 11     |

  Scenario Outline: Letters glued to a number that are no unit stay as they are
    Given an article "piece" from "The Harbour Gazette" published 2025-02-21:
      """
      <sentence>
      """
    When I run "crosscheck claims {articles}"
    Then no claim is read from "<text>"

    Examples:
      | sentence                                            | text   |
      | The ferry left at 2pm on the 3rd of May.            | 2pm    |
      | Fares have not changed since the 1990s.             | 1990s  |

  Scenario: A change "by" one figure "to" another is a change and a level, not a range
    Given an article "borough" from "Borough Post" published 2025-04-15 in story "jobs":
      """
      Unemployment in the region rose by 40,000 to 1.25 million in March, the statistics office said.
      """
    And an article "weekly" from "The Weekly Courier" published 2025-04-15 in story "jobs":
      """
      Unemployment in the region rose to 1.4 million in March, the statistics office said.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "quantity_mismatch" citing "1.25 million" and "1.4 million"
