from pytest_bdd import scenarios

scenarios("reading_numbers.feature")
