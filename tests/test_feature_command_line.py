from pytest_bdd import scenarios

scenarios("command_line.feature")
