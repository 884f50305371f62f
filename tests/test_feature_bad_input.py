from pytest_bdd import scenarios

scenarios("bad_input.feature")
