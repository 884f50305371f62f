from pytest_bdd import scenarios

scenarios("conversion_mismatch.feature")
