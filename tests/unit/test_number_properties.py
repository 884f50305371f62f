"""Property-based tests for the number reader and intervals (hypothesis)."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.lexicon import numbers, units
from checker.lexicon.qualifiers import interval, qualifier_table
from checker.model import Interval, format_number

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
WORDS = ONES + TENS[2:] + ["hundred", "thousand", "million", "billion", "and", "a", "half", "dozen", "bn", "-", "1,000", "2.5"]


def spell(n: int) -> list[str]:
    """English words for 0 <= n < 1,000,000, the way a reporter writes them."""
    if n < 20:
        return [ONES[n]]
    if n < 100:
        return [TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])]
    if n < 1000:
        rest = spell(n % 100) if n % 100 else []
        return [ONES[n // 100], "hundred", *(["and", *rest] if rest else [])]
    rest = spell(n % 1000) if n % 1000 else []
    return [*spell(n // 1000), "thousand", *rest]


@given(st.text(max_size=30))
def test_digit_reader_never_crashes(text):
    value = numbers.parse_digits(text)
    assert value is None or isinstance(value, float)


@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=6))
def test_word_reader_never_crashes(words):
    value = numbers.parse_words(words, units.scale_of)
    assert value is None or (isinstance(value, float) and not math.isnan(value))


@given(st.integers(min_value=0, max_value=10**15))
def test_formatting_and_rereading_digits_round_trips(n):
    assert numbers.parse_digits(format_number(n)) == n


@given(st.integers(min_value=1, max_value=999_999))
def test_spelled_out_numbers_round_trip(n):
    assert numbers.parse_words(spell(n), units.scale_of) == n


@given(st.floats(min_value=0.01, max_value=1e6, allow_nan=False), st.sampled_from(["million", "billion", "bn", "thousand"]))
def test_scale_words_multiply(value, scale):
    text = f"{value:.2f}"
    assert math.isclose(numbers.parse_words([text, scale], units.scale_of), float(text) * units.scale_of(scale))


QUALIFIERS = list(qualifier_table().before) + list(qualifier_table().after) + [None]


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.sampled_from(QUALIFIERS))
def test_intervals_are_well_formed(value, qualifier):
    result = interval(value, qualifier)
    if result.low is not None and result.high is not None:
        assert result.low <= result.high
    kind = qualifier.kind if qualifier else "exact"
    contains_value = Interval(value, value).overlaps(result)
    assert contains_value == (kind not in {"more_than", "less_than"})


bounds = st.one_of(st.none(), st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))


@st.composite
def intervals(draw):
    low, high = draw(bounds), draw(bounds)
    if low is not None and high is not None and low > high:
        low, high = high, low
    return Interval(low, high, draw(st.booleans()) and low is not None, draw(st.booleans()) and high is not None)


@settings(max_examples=300)
@given(intervals(), intervals())
def test_overlap_and_distance_are_symmetric_and_consistent(a, b):
    assert a.overlaps(b) == b.overlaps(a)
    assert a.distance(b) == b.distance(a) >= 0
    if a.overlaps(b):
        assert a.distance(b) == 0
