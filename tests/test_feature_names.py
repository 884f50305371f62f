from pytest_bdd import scenarios

scenarios("names.feature")
