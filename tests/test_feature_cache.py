from pytest_bdd import scenarios

scenarios("cache.feature")
