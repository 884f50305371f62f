Feature: The pre-commit hook
  The `crosscheck` hook runs `crosscheck review` on staged Markdown and text files, with the
  references named in the consuming repository's crosscheck.toml. Driven through the real
  pre-commit framework on a temporary repository.

  Background:
    Given a git repository with the reference article "refs/harbour.md":
      """
      ---
      id: harbour
      story: peacekeepers
      published: 2025-02-21
      ---
      Starmer will present Donald Trump with a plan to send 30,000 European troops to Ukraine.
      """

  Scenario: A contradicting draft fails the commit with the finding shown
    Given the staged draft "drafts/plan.md":
      """
      ---
      id: plan
      story: peacekeepers
      published: 2025-02-22
      ---
      Starmer will send 20,000 European troops to Ukraine, officials said.
      """
    When I run the crosscheck hook with pre-commit try-repo on "drafts/plan.md"
    Then the hook fails
    And the hook output says "quantity_mismatch"
    And the hook output says "20,000 European troops"

  Scenario: A consistent draft passes
    Given the staged draft "drafts/plan.md":
      """
      ---
      id: plan
      story: peacekeepers
      published: 2025-02-22
      ---
      Starmer will send 30,000 European troops to Ukraine, officials said.
      """
    When I run the crosscheck hook with pre-commit try-repo on "drafts/plan.md"
    Then the hook passes

  Scenario: A reference file committed with the references is not reviewed as a draft
    Given the staged draft "refs/wire.md":
      """
      ---
      id: wire
      story: peacekeepers
      published: 2025-02-22
      ---
      Starmer will send 20,000 European troops to Ukraine, officials said.
      """
    When I run the crosscheck hook with pre-commit try-repo on "refs/wire.md"
    Then the hook passes
