from pytest_bdd import scenarios

scenarios("rules.feature")
