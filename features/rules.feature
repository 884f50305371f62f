Feature: Rule files an editor can read and tune
  Each rule is one YAML file. --rules points crosscheck at another rule folder, and a
  malformed rule file is a clear error, never a crash.

  Background:
    Given an article "harbour" from "The Harbour Gazette" published 2025-02-21 in story "peacekeepers":
      """
      Starmer will send 30,000 European troops to Ukraine.
      """
    And an article "wire" from "Continental Wire" published 2025-02-20 in story "peacekeepers":
      """
      Starmer will send 28,000 European troops to Ukraine.
      """

  Scenario: With the bundled rules a 7% gap is a warning
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "quantity_mismatch" citing "30,000 European troops" and "28,000 European troops"

  Scenario: An editor makes every troop mismatch an error by editing the rule file
    Given a file "myrules/quantity_mismatch.yaml" containing:
      """
      id: quantity_mismatch
      category: quantity_mismatch
      description: Any two figures for the same thing that cannot both be true.
      applies_to: quantity
      severity: error
      when:
        overlap: false
        dimension: "[personnel]"
      message: "{left_outlet} and {right_outlet} disagree on {concept}: {left_text} / {right_text}"
      """
    When I run "crosscheck check {articles} --rules {root}/myrules --format json"
    Then the exit code is 1
    And the report has a error "quantity_mismatch" citing "30,000 European troops" and "28,000 European troops"
    And the finding's message says "The Harbour Gazette and Continental Wire disagree on European troops"

  Scenario Outline: A malformed rule file
    Given a copy of the bundled rules in "myrules"
    And a file "myrules/broken.yaml" containing:
      """
      <content>
      """
    When I run "crosscheck check {articles} --rules {root}/myrules"
    Then the exit code is 2
    And stderr says "broken.yaml"
    And stderr says "<problem>"
    And stderr has one line per problem and no traceback

    Examples:
      | content                                                                                                                   | problem                      |
      | id: x\ncategory: quantity_mismatch\nseverity: fatal\ndescription: d\napplies_to: quantity\nmessage: m                     | severity 'fatal'             |
      | id: x\ncategory: Typos!\nseverity: error\ndescription: d\napplies_to: quantity\nmessage: m                                 | category 'Typos!' must be    |
      | id: x\ncategory: quantity_mismatch\nseverity: error\ndescription: d\napplies_to: quantity\nwhen: {gap: 1}\nmessage: m     | unknown fact 'gap'           |
      | id: x\ncategory: quantity_mismatch\nseverity: error\ndescription: d\napplies_to: quantity\nmessage: "{nope}"              | unknown field '{nope}'       |
      | id: [x\n                                                                                                                  | malformed YAML               |
      | id: x\ncategory: quantity_mismatch\nseverity: error\napplies_to: quantity\nmessage: m                                     | missing key 'description'    |

  Scenario: A rule folder that does not exist
    When I run "crosscheck check {articles} --rules {root}/nowhere"
    Then the exit code is 2
    And stderr says "nowhere: rule directory not found"

  Scenario: A new category is a new rule file, no code
    Given a file "myrules/troop_figures.yaml" containing:
      """
      id: troop_figures
      category: troop_figures
      description: Troop numbers that differ at all.
      applies_to: quantity
      severity: warning
      when:
        overlap: false
        dimension: "[personnel]"
      message: "Troop numbers differ: {left_text} / {right_text}"
      """
    When I run "crosscheck check {articles} --rules {root}/myrules --format json"
    Then the output has the field category with text "troop_figures"

  Scenario: A rules folder's data/ replaces the bundled data file it names
    Given a copy of the bundled rules in "myrules"
    And a file "myrules/data/aliases.yaml" containing:
      """
      actors: []
      spellings:
        - [Dunmore, Dunsmore]
      """
    And an article "one" from "Eastern Ledger" published 2025-02-21 in story "talks":
      """
      Talks opened in Dunmore on Friday.
      """
    And an article "two" from "Baltic Post" published 2025-02-21 in story "talks":
      """
      Talks opened in Dunsmore on Friday.
      """
    When I run "crosscheck check {articles} --rules {root}/myrules --format json"
    Then the report has a info "name_variant" citing "Dunmore" and "Dunsmore"
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 "name_variant" findings

  Scenario: A threshold in a rules folder's data changes what is compared
    Given a copy of the bundled rules in "myrules"
    And a copy of the bundled data file "thresholds.yaml" in "myrules" with "min_words: 12" in place of "min_words: 4"
    And an article "one" from "Eastern Ledger" published 2025-02-21 in story "bridge":
      """
      "We will rebuild the old bridge by spring," Mayor Dana Holt said on Friday.
      """
    And an article "two" from "Baltic Post" published 2025-02-21 in story "bridge":
      """
      "We will repair the old bridge by spring," Mayor Dana Holt said on Friday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "quote_mismatch" whose message says "We will [-rebuild-] {+repair+} the old bridge"
    When I run "crosscheck check {articles} --rules {root}/myrules --format json"
    Then the report has 0 "quote_mismatch" findings

  Scenario: A component's setting in a rules folder's data reaches the spaCy component
    Given a copy of the bundled rules in "myrules"
    And a copy of the bundled data file "thresholds.yaml" in "myrules" with "max_single_quote_words: 3" in place of "max_single_quote_words: 60"
    And an article "one" from "Eastern Ledger" published 2025-02-21 in story "bridge":
      """
      'We will rebuild the old bridge by spring,' Mayor Dana Holt said on Friday.
      """
    And an article "two" from "Baltic Post" published 2025-02-21 in story "bridge":
      """
      'We will repair the old bridge by spring,' Mayor Dana Holt said on Friday.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has a warning "quote_mismatch" whose message says "We will [-rebuild-] {+repair+} the old bridge"
    When I run "crosscheck check {articles} --rules {root}/myrules --format json"
    Then the report has 0 "quote_mismatch" findings

  Scenario Outline: A malformed data file in a rules folder is named with its key
    Given a copy of the bundled rules in "myrules"
    And a file "myrules/data/<file>" containing:
      """
      <content>
      """
    When I run "crosscheck rules validate {root}/myrules"
    Then the exit code is 2
    And stderr says "<file>: <problem>"
    And stderr has one line per problem and no traceback
    When I run "crosscheck check {articles} --rules {root}/myrules"
    Then the exit code is 2
    And stderr says "<file>"

    Examples:
      | file            | content                                           | problem                                  |
      | aliases.yaml    | actors: []\nspellings: [[Kyiv, Kiev], [Kiev, Kyiv]] | spellings: 'kyiv' is in more than one group |
      | aliases.yaml    | actors: []\nspellings: []\nspelings: []            | spelings: unknown key                    |
      | aliases.yaml    | actors: []                                         | spellings: missing                       |
      | segments.yaml   | markers: [a, a]\nheadline_list_min_lines: 3\nheadline_max_words: 16 | markers: 'a' is listed more than once |
      | segments.yaml   | markers: [b]\nmarkers: [c]\nheadline_list_min_lines: 3\nheadline_max_words: 16 | key 'markers' appears twice |
      | segments.yaml   | markers: [yes]\nheadline_list_min_lines: 3\nheadline_max_words: 16 | markers: a word was read as true or false |
      | relations.yaml  | relations: {part: [[{RIGHT_ID: from, RIGHT_ATTRS: {}}]]} | relations.part: pattern 1 needs nodes named 'from' and 'to' |
      | relations.yaml  | relations: {part: [[{RIGHT_ID: from, RIGHT_ATTRS: {}}, {LEFT_ID: from, REL_OP: "~~", RIGHT_ID: to, RIGHT_ATTRS: {}}]]} | relations.part: pattern 1 is not a DependencyMatcher pattern |
      | synonym.yaml    | nouns: []                                          | not a data file crosscheck reads         |
      | units.txt       | thousand = 1e3\ntroop = persn                       | line 2: 'troop' does not resolve         |
      | units.txt       | thousand = 1e3\na thousand troops                   | line 2: not a unit definition            |

  Scenario: A currency sign given a code no unit definition has is named
    Given a copy of the bundled rules in "myrules"
    And a copy of the bundled data file "numbers.yaml" in "myrules" with ""A$": AUX" in place of ""A$": AUD"
    When I run "crosscheck rules validate {root}/myrules"
    Then the exit code is 2
    And stderr says "numbers.yaml: currency_symbols.A$: currency 'AUX' is not defined"
    And stderr has one line per problem and no traceback
