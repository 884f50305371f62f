import pytest

from checker.lexicon import numbers, units


@pytest.mark.parametrize(
    "words, value",
    [
        (["30,000"], 30000),
        (["6.2"], 6.2),
        (["1.5", "million"], 1_500_000),
        (["6", "bn"], 6e9),
        (["2.3", "trillion"], 2.3e12),
        (["thirty"], 30),
        (["twenty-five"], 25),
        (["two", "hundred", "and", "fifty"], 250),
        (["thirty", "thousand"], 30_000),
        (["three", "hundred", "thousand"], 300_000),
        (["1,000,000"], 1_000_000),
    ],
)
def test_number_words_and_scales(words, value):
    assert numbers.parse_words(words, units.scale_of) == pytest.approx(value)


@pytest.mark.parametrize("text", ["5/10", "1,00", "12,3456", "abc", ""])
def test_malformed_digit_groups_are_not_numbers(text):
    assert numbers.parse_digits(text) is None


def test_two_numbers_in_a_row_are_not_one_value():
    assert numbers.parse_words(["30", "40"], units.scale_of) is None


@pytest.mark.parametrize("word, scale", [("million", 1e6), ("bn", 1e9), ("Billion", 1e9), ("thousand", 1e3), ("troops", None), ("km", None)])
def test_scale_words_come_from_the_unit_definitions(word, scale):
    assert units.scale_of(word) == scale
