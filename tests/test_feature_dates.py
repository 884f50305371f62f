from pytest_bdd import scenarios

scenarios("dates.feature")
