Feature: Reading articles
  crosscheck reads plain text, Markdown with front matter, folders with a corpus.yaml
  manifest, JSON Lines and standard input, and keeps each article's outlet, date and story.

  Scenario: Front matter gives the outlet, date and story shown in the report
    Given an article "harbour" from "The Harbour Gazette" published 2025-02-21 in story "peacekeepers":
      """
      Starmer will present Donald Trump with a plan to send 30,000 European troops to Ukraine.
      """
    When I run "crosscheck check {articles} --format json"
    Then the output has the field outlet with text "The Harbour Gazette"
    And the output has the field published with text "2025-02-21"
    And the output has the field story with text "peacekeepers"

  Scenario: A corpus.yaml manifest overrides front matter
    Given a file "articles/one.txt" containing:
      """
      Starmer will present Donald Trump with a plan to send 30,000 European troops to Ukraine.
      """
    And a file "articles/two.md" containing:
      """
      ---
      outlet: Front Matter Daily
      ---
      Starmer plans to send fewer than 30,000 European servicemen to Ukraine, the paper reported.
      """
    And a file "articles/corpus.yaml" containing:
      """
      articles:
        - {file: one.txt, id: first, outlet: Manifest Times, published: 2025-02-21}
        - {file: two.md, id: second, outlet: Manifest Post, published: 2025-02-20}
      """
    When I run "crosscheck check {articles} --format json"
    Then the output contains "Manifest Post"
    And the output does not contain "Front Matter Daily"
    And the report has a info "quantity_mismatch" citing "30,000 European troops" and "fewer than 30,000 European servicemen"

  Scenario: JSON Lines hold one article per line
    Given a file "articles/feed.jsonl" containing:
      """
      {"id": "a", "outlet": "Line One", "published": "2025-02-21", "text": "Starmer will send 30,000 European troops to Ukraine."}
      {"id": "b", "outlet": "Line Two", "published": "2025-02-20", "text": "Starmer will send 12,000 European troops to Ukraine."}
      """
    When I run "crosscheck check {articles} --format json"
    Then the report lists 2 articles
    And the report has a error "quantity_mismatch" citing "30,000 European troops" and "12,000 European troops"

  Scenario: An article can come from standard input
    Given an article "harbour" from "The Harbour Gazette" published 2025-02-21:
      """
      Starmer will send 30,000 European troops to Ukraine.
      """
    And standard input containing:
      """
      ---
      id: draft
      outlet: Our Draft
      published: 2025-02-22
      ---
      Starmer will send 25,000 European troops to Ukraine.
      """
    When I run "crosscheck check {articles} - --format json"
    Then the report has a error "quantity_mismatch" citing "30,000 European troops" and "25,000 European troops"

  Scenario: Claims are listed one per line with exact offsets
    Given a file "articles/plan.txt" containing:
      """
      Brussels is preparing a military aid package of at least €6 billion ($6.2 billion).
      """
    When I run "crosscheck claims {articles}"
    Then the exit code is 0
    And the output has the field text with text "at least €6 billion"
    And the output has the field start with value 48
    And the output has the field qualifier with text "at_least"
    And the output has the field unit with text "EUR"
    And the output has the field concept with text "military aid package"
    And the output has the field low with value 6000000000.0
    And the output has the field high with value null

  Scenario: Scraped pages listed in a manifest give the troop discrepancy and nothing from their tails
    # tests/fixtures/scraped: plain-text pages with site menus, share buttons and related-story
    # tails whose numbers ("12,000 European troops", "50,000 European troops") would contradict
    # the main stories if they were compared.
    When I run "crosscheck check {fixtures}/scraped --format json"
    Then the exit code is 0
    And the report lists 3 articles
    And the output has the field outlet with text "Continental Wire (scraped page)"
    And the report has a info "quantity_mismatch" citing "30,000 European troops" and "fewer than 30,000 European servicemen"
    And the report has 1 "quantity_mismatch" finding
    And the report has 0 "conversion_mismatch" findings

  Scenario: The bundled example folder gives the troop discrepancy and nothing from its related tail
    When I run "crosscheck check {examples}/peacekeepers --format json"
    Then the exit code is 0
    And the report lists 5 articles
    And the report has a info "quantity_mismatch" citing "30,000 European troops" and "fewer than 30,000 European servicemen"
    And the report has 1 "quantity_mismatch" finding
    And the report has 0 "conversion_mismatch" findings

  Scenario: Saved web pages are read as their articles, with outlet and date from the page
    # tests/fixtures/pages: two saved pages with menus, scripts, a "most read" box and a related
    # story whose figures would contradict the main stories if they were read.
    When I run "crosscheck check {fixtures}/pages --format json"
    Then the report lists 2 articles
    And the output has the field outlet with text "The Harbour Gazette"
    And the output has the field published with text "2025-02-21"
    And the report has a warning "quantity_mismatch" citing "28,000 European troops" and "30,000 European troops"
    And the report has 1 "quantity_mismatch" finding

  Scenario: A page with no article text is one clear error
    Given a file "articles/menu.html" containing:
      """
      <html><head><title>Gallery</title></head><body><img src="harbour.jpg"></body></html>
      """
    When I run "crosscheck check {articles} --format json"
    Then the exit code is 2
    And stderr says "menu.html: no article text found in the page"
