"""The date resolver across weekends, month and year boundaries."""

from datetime import date

import pytest

from checker.normalise.dates import DateRange, resolve

THURSDAY = date(2025, 2, 20)
MONDAY = date(2025, 2, 24)
TUESDAY = date(2025, 2, 25)
NEW_YEAR = date(2025, 1, 2)  # a Thursday


def day(text: str) -> DateRange:
    value = date.fromisoformat(text)
    return DateRange(value, value)


@pytest.mark.parametrize(
    "expression, published, expected",
    [
        ("on Tuesday", THURSDAY, day("2025-02-18")),
        ("Thursday", THURSDAY, day("2025-02-20")),
        ("last Thursday", MONDAY, day("2025-02-20")),
        ("last Thursday", THURSDAY, day("2025-02-13")),
        ("Sunday night", MONDAY, day("2025-02-23")),
        ("early on Monday", MONDAY, day("2025-02-24")),
        ("Monday's", MONDAY, day("2025-02-24")),
        ("yesterday", MONDAY, day("2025-02-23")),
        ("yesterday", NEW_YEAR, day("2025-01-01")),
        ("on Tuesday", NEW_YEAR, day("2024-12-31")),
        ("last Friday", NEW_YEAR, day("2024-12-27")),
        ("three days ago", NEW_YEAR, day("2024-12-30")),
        ("Feb. 17", THURSDAY, day("2025-02-17")),
        ("on March 12", THURSDAY, day("2025-03-12")),
        ("Dec. 29", NEW_YEAR, day("2024-12-29")),
        ("Oct. 17, 2024", THURSDAY, day("2024-10-17")),
        ("2025-02-18", None, day("2025-02-18")),
    ],
)
def test_days(expression, published, expected):
    assert resolve(expression, published) == expected


@pytest.mark.parametrize(
    "expression, published, start, end",
    [
        ("this week", THURSDAY, "2025-02-17", "2025-02-23"),
        ("last week", TUESDAY, "2025-02-17", "2025-02-23"),
        ("last week", NEW_YEAR, "2024-12-23", "2024-12-29"),
        ("this week", NEW_YEAR, "2024-12-30", "2025-01-05"),
        ("over the weekend", MONDAY, "2025-02-22", "2025-02-23"),
        ("this weekend", THURSDAY, "2025-02-22", "2025-02-23"),
        ("in January", THURSDAY, "2025-01-01", "2025-01-31"),
        ("in December", NEW_YEAR, "2024-12-01", "2024-12-31"),
        ("earlier this month", THURSDAY, "2025-02-01", "2025-02-20"),
        ("last month", NEW_YEAR, "2024-12-01", "2024-12-31"),
        ("last year", THURSDAY, "2024-01-01", "2024-12-31"),
        ("in 2022", THURSDAY, "2022-01-01", "2022-12-31"),
    ],
)
def test_vague_expressions_are_ranges(expression, published, start, end):
    assert resolve(expression, published) == DateRange(date.fromisoformat(start), date.fromisoformat(end))


def test_the_same_week_written_from_two_papers_overlaps():
    this_week = resolve("this week", THURSDAY)
    last_week = resolve("last week", TUESDAY)
    assert this_week.overlaps(last_week) and this_week.days_apart(last_week) == 0


def test_a_look_ahead_weekday_is_the_next_one():
    assert resolve("on Tuesday", MONDAY, future=True) == day("2025-02-25")
    assert resolve("on Tuesday", MONDAY) == day("2025-02-18")


def test_without_a_publication_date_relative_expressions_stay_unresolved():
    assert resolve("on Tuesday", None) is None
    assert resolve("last week", None) is None
    assert resolve("Oct. 17, 2024", None) == day("2024-10-17")


@pytest.mark.parametrize("expression", ["the end of the summer", "several days", "one day", "the night"])
def test_expressions_that_name_no_date_are_not_guessed(expression):
    assert resolve(expression, THURSDAY) is None


def test_days_apart_counts_the_gap_between_ranges():
    assert day("2025-02-16").days_apart(day("2025-02-18")) == 2
    assert resolve("last week", TUESDAY).days_apart(day("2025-02-25")) == 2
