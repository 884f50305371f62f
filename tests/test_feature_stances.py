from pytest_bdd import scenarios

scenarios("stances.feature")
