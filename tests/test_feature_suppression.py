from pytest_bdd import scenarios

scenarios("suppression.feature")
