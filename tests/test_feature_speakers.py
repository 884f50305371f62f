from pytest_bdd import scenarios

scenarios("speakers.feature")
