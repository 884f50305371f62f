from pytest_bdd import scenarios

scenarios("quotes.feature")
