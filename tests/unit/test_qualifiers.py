import math

import pytest

from checker.lexicon.qualifiers import hedge_against, interval, qualifier_table, rounding_step
from checker.model import Interval


def qualified(phrase: str, value: float) -> Interval:
    table = qualifier_table()
    words = phrase.split()
    qualifier = table.match_before(words) or table.match_after(words)
    assert qualifier is not None, phrase
    return interval(value, qualifier)


@pytest.mark.parametrize(
    "phrase, low, high, low_inclusive, high_inclusive",
    [
        ("at least", 100, None, True, False),
        ("no fewer than", 100, None, True, False),
        ("more than", 100, None, False, False),
        ("over", 100, None, False, False),
        ("up to", None, 100, False, True),
        ("as many as", None, 100, False, True),
        ("fewer than", None, 100, False, False),
        ("less than", None, 100, False, False),
        ("or more", 100, None, True, False),
        ("about", 90, 110, True, True),
        ("roughly", 90, 110, True, True),
        ("some", 90, 110, True, True),
        ("nearly", 90, 100, True, True),
    ],
)
def test_qualifier_table(phrase, low, high, low_inclusive, high_inclusive):
    result = qualified(phrase, 100)
    assert result.low == (None if low is None else pytest.approx(low))
    assert result.high == (None if high is None else pytest.approx(high))
    assert (result.low_inclusive, result.high_inclusive) == (low_inclusive, high_inclusive)


def test_longest_phrase_wins():
    table = qualifier_table()
    assert table.match_before("plan with no more than".split()).kind == "at_most"
    assert table.match_before("it sent more than".split()).kind == "more_than"


def test_a_plain_number_is_exact():
    assert interval(30000, None) == Interval(30000, 30000)


def test_exclusive_bound_does_not_meet_the_value_itself():
    exact = Interval(30000, 30000)
    fewer = qualified("fewer than", 30000)
    assert not exact.overlaps(fewer)
    assert exact.distance(fewer) == 0
    assert exact.overlaps(qualified("at least", 30000))
    assert exact.overlaps(qualified("up to", 30000))


def test_disjoint_intervals_have_a_distance():
    assert Interval(10, 20).distance(Interval(25, 30)) == 5
    assert Interval(25, 30).distance(Interval(10, 20)) == 5
    assert Interval(None, 5, False, False).distance(Interval(7, None)) == 2


def test_unbounded_intervals_overlap_when_they_point_at_each_other():
    assert Interval(None, 10, False, True).overlaps(Interval(5, None, True, False))
    assert math.isinf(Interval(None, None, False, False)._high())


def test_describe_reads_like_math():
    assert Interval(30000, 30000).describe() == "= 30,000"
    assert Interval(None, 30000, False, False).describe() == "(-inf, 30,000)"
    assert Interval(200000, None, True, False).describe() == "[200,000, +inf)"


@pytest.mark.parametrize(
    ("value", "step"),
    [(290, 10), (312, 1), (1250, 50), (25, 5), (3.7, 0.1), (2_500_000, 500_000), (40_000, 10_000), (200 / 3, None)],
)
def test_a_figure_is_rounded_at_its_last_non_zero_digit(value, step):
    found = rounding_step(value)
    assert found == step if step is None else found == pytest.approx(step)


def test_about_a_figure_reaches_no_further_than_the_coarser_rounding():
    hedged = Interval(261.0, 319.0)
    assert hedge_against(hedged, 290, 312) == Interval(280.0, 300.0)
    assert hedge_against(hedged, 290, 300) == Interval(261.0, 319.0)
    assert hedge_against(hedged, 290, 200 / 3) == hedged
