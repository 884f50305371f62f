from pytest_bdd import scenarios

scenarios("quantity_mismatch.feature")
