Feature: Suppressing findings in an article
  An editor can switch a rule off around a passage, for the next line, or for a whole article.
  Suppressed findings are counted in the summary, not silently dropped.

  Background:
    Given an article "harbour" from "The Harbour Gazette" published 2025-02-21 in story "peacekeepers":
      """
      Starmer will present Donald Trump with a plan to send 30,000 European troops to Ukraine.
      """

  Scenario Outline: Directives that suppress the finding
    Given a file "articles/wire.md" containing:
      """
      ---
      id: wire
      story: peacekeepers
      published: 2025-02-20
      <front>
      ---
      <before>
      Starmer plans to send 28,000 European servicemen to Ukraine, the paper reported.
      <after>
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 0 findings
    And the report summary says suppressed is 1

    Examples:
      | front                                      | before                                                   | after                                                   |
      | outlet: Wire                               | <!-- crosscheck-disable quantity_mismatch -->            | <!-- crosscheck-enable quantity_mismatch -->            |
      | outlet: Wire                               | <!-- crosscheck-disable-next-line quantity_mismatch -->  |                                                         |
      | outlet: Wire                               | <!-- crosscheck-disable -->                              |                                                         |
      | crosscheck: {disable: [quantity_mismatch]} |                                                          |                                                         |

  Scenario: A directive for another rule does not suppress
    Given a file "articles/wire.md" containing:
      """
      ---
      id: wire
      story: peacekeepers
      published: 2025-02-20
      ---
      <!-- crosscheck-disable-next-line quote_mismatch -->
      Starmer plans to send 28,000 European servicemen to Ukraine, the paper reported.
      """
    When I run "crosscheck check {articles} --format json"
    Then the report has 1 finding
    And the report summary says suppressed is 0
