from pytest_bdd import scenarios

scenarios("conversions.feature")
