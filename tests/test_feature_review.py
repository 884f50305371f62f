from pytest_bdd import scenarios

scenarios("review.feature")
