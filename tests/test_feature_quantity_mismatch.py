from pytest_bdd import parsers, scenarios, then

from tests.conftest import findings_of

scenarios("quantity_mismatch.feature")


@then(parsers.parse('the {severity} "{rule}" cites "{first}", "{second}" and "{third}"'))
def then_finding_cites_three(workspace, severity, rule, first, second, third):
    cited = [{c["text"] for c in f["claims"]} for f in findings_of(workspace) if f["rule"] == rule and f["severity"] == severity]
    assert {first, second, third} in cited, cited
