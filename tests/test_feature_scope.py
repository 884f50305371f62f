from pytest_bdd import scenarios

scenarios("scope.feature")
