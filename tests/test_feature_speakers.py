from pytest_bdd import parsers, scenarios, then

from tests.conftest import listed_claims, quote_claim

scenarios("speakers.feature")


@then(parsers.parse('the speaker of "{quote}" is "{speaker}", found by {attribution}'))
def then_speaker_found_by(workspace, quote, speaker, attribution):
    claim = quote_claim(workspace, quote)
    assert (claim["speaker"], claim["attribution"]) == (speaker, attribution), claim


@then(parsers.parse('the speaker of "{quote}" was found by {attribution}'))
def then_attribution(workspace, quote, attribution):
    claim = quote_claim(workspace, quote)
    assert claim["attribution"] == attribution, claim


@then(parsers.parse("the claims hold {count:d} quote"))
@then(parsers.parse("the claims hold {count:d} quotes"))
def then_quote_count(workspace, count):
    quotes = [c for c in listed_claims(workspace) if c["kind"] == "quote"]
    assert len(quotes) == count, [c["quote"] for c in quotes]
