Feature: The claim cache
  Re-reviewing a draft against many unchanged references does not parse them again. A corrupted
  or foreign cache file is detected and rebuilt, never trusted.

  Background:
    Given an article "harbour" from "The Harbour Gazette" published 2025-02-21 in story "peacekeepers":
      """
      Starmer will present Donald Trump with a plan to send 30,000 European troops to Ukraine.
      """
    And an article "wire" from "Continental Wire" published 2025-02-20 in story "peacekeepers":
      """
      Starmer plans to send 28,000 European servicemen to Ukraine, the paper reported.
      """

  Scenario: The second run reads unchanged articles from the cache and reports the same
    When I run "crosscheck check {articles} --cache {root}/cache.sqlite --format json"
    Then the report summary says cached_articles is 0
    When I run "crosscheck check {articles} --cache {root}/cache.sqlite --format json"
    Then the report summary says cached_articles is 2
    And the report has a warning "quantity_mismatch" citing "30,000 European troops" and "28,000 European servicemen"

  Scenario: A changed article is parsed again
    When I run "crosscheck check {articles} --cache {root}/cache.sqlite --format json"
    And I run "crosscheck check {articles} --cache {root}/cache.sqlite --format json"
    Given a file "articles/wire.md" containing:
      """
      ---
      id: wire
      story: peacekeepers
      published: 2025-02-20
      ---
      Starmer plans to send 10,000 European servicemen to Ukraine, the paper reported.
      """
    When I run "crosscheck check {articles} --cache {root}/cache.sqlite --format json"
    Then the report summary says cached_articles is 1
    And the report has a error "quantity_mismatch" citing "30,000 European troops" and "10,000 European servicemen"

  Scenario: The cache sits beside the configuration by default, and --no-cache leaves it alone
    Given a file "crosscheck.toml" containing:
      """
      fail_on = "error"
      """
    When I run "crosscheck check {articles} --format json"
    And I run "crosscheck check {articles} --format json"
    Then the report summary says cached_articles is 2
    When I run "crosscheck check {articles} --format json --no-cache"
    Then the report summary says cached_articles is 0

  Scenario Outline: A corrupted or foreign cache file is rebuilt
    Given a file "cache.sqlite" with the bytes <bytes>
    When I run "crosscheck check {articles} --cache {root}/cache.sqlite --format json"
    Then the exit code is 0
    And stderr says "not a usable crosscheck cache"
    And the report has 1 finding
    When I run "crosscheck check {articles} --cache {root}/cache.sqlite --format json"
    Then the report summary says cached_articles is 2

    Examples:
      | bytes                                                |
      | 00112233445566778899aabbccddeeff00112233445566778899 |
      | 53514c69746520666f726d6174203300100001010040202000000001000000010000000000000000000000010000000400000000000000000000000100000000000000000000000000000000000000000000000000000000000000000000000000000001002e4b90 |
