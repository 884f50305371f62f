from pytest_bdd import scenarios

scenarios("stories.feature")
