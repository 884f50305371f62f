from pytest_bdd import parsers, scenarios, then

from tests.conftest import listed_claims

scenarios("dates.feature")


def _events(workspace) -> list[dict]:
    return [c for c in listed_claims(workspace) if c["kind"] == "event"]


@then(parsers.parse('the claim "{text}" is dated {day}'))
def then_dated(workspace, text, day):
    match = [c for c in _events(workspace) if c["text"] == text]
    assert match, [c["text"] for c in _events(workspace)]
    assert (match[0]["date_start"], match[0]["date_end"]) == (day, day), match[0]


@then(parsers.parse('the claim "{text}" spans {start} to {end}'))
def then_spans(workspace, text, start, end):
    match = [c for c in _events(workspace) if c["text"] == text]
    assert match, [c["text"] for c in _events(workspace)]
    assert (match[0]["date_start"], match[0]["date_end"]) == (start, end), match[0]


@then(parsers.parse('no event claim is read from "{text}"'))
def then_no_event(workspace, text):
    events = _events(workspace)
    assert events, "no event claim was read at all: the article's own date should be one"
    assert not [c for c in events if text in c["text"] or c["text"] in text], [c["text"] for c in events]
