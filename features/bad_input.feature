Feature: Bad input
  A bad file gets one clear line naming it and exit code 2; the other articles are still
  checked and reported.

  Background:
    Given an article "harbour" from "The Harbour Gazette" published 2025-02-21 in story "peacekeepers":
      """
      Starmer will send 30,000 European troops to Ukraine.
      """
    And an article "wire" from "Continental Wire" published 2025-02-20 in story "peacekeepers":
      """
      Starmer will send 12,000 European troops to Ukraine.
      """

  Scenario Outline: One bad article among good ones
    Given a file "articles/<name>" containing:
      """
      <content>
      """
    When I run "crosscheck check {articles} --format json"
    Then the exit code is 2
    And stderr says "<name>"
    And stderr says "<problem>"
    And stderr has one line per problem and no traceback
    And the report has a error "quantity_mismatch" citing "30,000 European troops" and "12,000 European troops"
    And the report lists an error for "<name>" saying "<problem>"

    Examples:
      | name         | content                                        | problem                 |
      | broken.md    | ---\ntitle: [unclosed\n---\nSome text.         | malformed front matter  |
      | baddate.md   | ---\npublished: next tuesday\n---\nSome text.  | unknown date            |
      | feb30.md     | ---\npublished: 2025-02-30\n---\nSome text.    | invalid date            |
      | typo.md      | <!-- crosscheck-disable quantity_mismatc -->\nSome text. | unknown rule id |
      | empty.md     |                                                | empty article           |
      | lines.jsonl  | {"id": "x", "text": "ok"}\n{not json           | invalid JSON            |

  Scenario: A binary file
    Given a file "articles/photo.txt" with the bytes 89504e470d0a1a0a0000000d49484452
    When I run "crosscheck check {articles} --format json"
    Then the exit code is 2
    And stderr says "photo.txt: binary file"
    And the report lists 2 articles

  Scenario: A file that is not UTF-8
    Given a file "articles/latin.txt" with the bytes 4e69e76120636166e9
    When I run "crosscheck check {articles} --format json"
    Then the exit code is 2
    And stderr says "latin.txt: not UTF-8 text"

  Scenario: A path that does not exist
    When I run "crosscheck check {articles} {root}/missing.md --format json"
    Then the exit code is 2
    And stderr says "missing.md: no such file or directory"
    And the report lists 2 articles

  Scenario: A manifest naming a missing file
    Given a file "articles/corpus.yaml" containing:
      """
      articles:
        - {file: nowhere.txt, id: ghost}
      """
    When I run "crosscheck check {articles}"
    Then the exit code is 2
    And stderr says "corpus.yaml: article 1 names 'nowhere.txt', which does not exist"
    And stderr has one line per problem and no traceback

  Scenario: A manifest with a date no calendar has
    Given a file "articles/corpus.yaml" containing:
      """
      articles:
        - {file: extra.txt, id: extra, published: 2025-13-01}
      """
    And a file "articles/extra.txt" containing:
      """
      Some text.
      """
    When I run "crosscheck check {articles}"
    Then the exit code is 2
    And stderr says "corpus.yaml: invalid date"
    And stderr has one line per problem and no traceback

  Scenario: A rule disabled by a name no rule has
    Given a file "crosscheck.toml" containing:
      """
      disable = ["quantity_mismatc"]
      """
    When I run "crosscheck check {articles}"
    Then the exit code is 2
    And stderr says "unknown rule id 'quantity_mismatc'"
    And stderr has one line per problem and no traceback

  Scenario: A draft reviewed against a folder with no readable article
    Given a file "empty/notes.html" containing:
      """
      <p>not an article crosscheck reads</p>
      """
    When I run "crosscheck review {root}/articles/harbour.md --against {root}/empty"
    Then the exit code is 2
    And stderr says "no reference article"
    And stderr has one line per problem and no traceback

