Feature: Reviewing a draft before publication
  A draft is checked against its reference articles; only disagreements involving the draft are
  reported, at the draft's line and column, with a correction when the references agree.

  Background:
    Given an article "harbour" from "The Harbour Gazette" published 2025-02-21 in story "peacekeepers":
      """
      Starmer will present Donald Trump with a plan to send 30,000 European troops to Ukraine.
      """
    And a file "drafts/draft.md" containing:
      """
      ---
      id: draft
      story: peacekeepers
      published: 2025-02-22
      ---
      Starmer will send 20,000 European troops to Ukraine, officials said.
      """

  Scenario: A contradicting draft fails, cited at the draft with the references' wording as a suggestion
    When I run "crosscheck review {root}/drafts/draft.md --against {articles} --format json"
    Then the exit code is 1
    And the report has a error "quantity_mismatch" citing "20,000 European troops" and "30,000 European troops"
    And the finding's suggestion is "30,000 European troops"

  Scenario: No suggestion when the references disagree among themselves
    Given an article "wire" from "Continental Wire" published 2025-02-20 in story "peacekeepers":
      """
      Starmer plans to send 28,000 European servicemen to Ukraine, the paper reported.
      """
    When I run "crosscheck review {root}/drafts/draft.md --against {articles} --format json"
    Then no finding has a suggestion

  Scenario: References come from the configuration
    Given a file "crosscheck.toml" containing:
      """
      references = ["articles"]
      """
    When I run "crosscheck review {root}/drafts/draft.md --format json"
    Then the exit code is 1
    And the report has 1 "quantity_mismatch" finding

  Scenario: Without references, review is a usage error
    When I run "crosscheck review {root}/drafts/draft.md"
    Then the exit code is 2
    And stderr says "review needs reference articles"
    And stderr has one line per problem and no traceback

  Scenario Outline: A house-style spelling in a draft is found whatever the files are called
    Given an article "<reference>" from "The Harbour Gazette" published 2025-02-21 in story "summit":
      """
      Nato leaders met in Brussels on Monday.
      """
    And an article "<other>" from "Continental Wire" published 2025-02-21 in story "summit":
      """
      NATO leaders met in Brussels on Monday.
      """
    And a file "drafts/<draft>.md" containing:
      """
      ---
      id: <draft>
      story: summit
      published: 2025-02-22
      ---
      NATO leaders met in Brussels on Monday.
      """
    When I run "crosscheck review {root}/drafts/<draft>.md --against {articles} --prefer Nato --format json"
    Then the report has 1 "name_variant" finding

    Examples:
      | reference | other | draft |
      | aaa       | bbb   | zzz   |
      | zzz       | aaa   | mmm   |
      | mmm       | zzz   | aaa   |

  Scenario: One finding per error in the draft, citing every reference that disagrees
    Given an article "wire" from "Continental Wire" published 2025-02-20 in story "peacekeepers":
      """
      Starmer will present Donald Trump with a plan to send 28,000 European troops to Ukraine.
      """
    When I run "crosscheck review {root}/drafts/draft.md --against {articles} --format json"
    Then the report has 1 "quantity_mismatch" finding
    And the finding's message says "The references disagree among themselves"

  Scenario: A changed quote is cited at the changed word, shown as printed and marked in HTML
    Given an article "gazette" from "Harbour Gazette" published 2025-03-02 in story "bridge":
      """
      The mayor, Anna Berg, spoke on Saturday. "We will rebuild the bridge within two years and we will not raise taxes to do it," Berg said at the town hall.
      """
    And a file "drafts/bridge.md" containing:
      """
      ---
      story: bridge
      published: 2025-03-03
      ---
      Mayor Anna Berg addressed residents on Saturday. "We will rebuild the bridge within three years and we will not raise fees to do it," Berg said.
      """
    When I run "crosscheck review {root}/drafts/bridge.md --against {articles} --format json"
    Then the report has a error "quote_mismatch" whose message says "within [-three-] {+two+} years"
    And the finding points at "three" in the draft and at "two" in the reference
    When I run "crosscheck review {root}/drafts/bridge.md --against {articles} --format html"
    Then the output contains "within <mark>three</mark> years"
