"""The words around dates and the events they date (rules/data/dates.yaml), shared by the
components that read events and figures."""

from __future__ import annotations

from checker.resources import data_cache, load_data


@data_cache(maxsize=1)
def date_words() -> dict[str, frozenset[str]]:
    """Each word list of rules/data/dates.yaml, lower-cased."""
    return {key: frozenset(str(w).lower() for w in words) for key, words in load_data("dates.yaml").items()}


@data_cache(maxsize=1)
def time_clause_marks() -> frozenset[str]:
    """The words opening a clause that says when something happened (scope.yaml `time_clause_marks`)."""
    return frozenset(map(str, load_data("scope.yaml")["time_clause_marks"]))


@data_cache(maxsize=1)
def week_lengths() -> dict[str, int]:
    """The units of time a date counts whole weeks in ("a week tomorrow", "a fortnight on
    Monday"): scope.yaml's time units that pint makes a whole number of weeks under a month,
    in days."""
    from checker.lexicon import units

    found = {}
    for word in load_data("scope.yaml")["time_units"]:
        unit = units.lookup(str(word))
        if unit is None or unit.dimension != "[time]":
            continue  # pint's "decade" is a ratio, not ten years
        days = units.convert(1, unit.name, "day")
        if 7 <= days < 28 and days % 7 == 0:
            found[str(word)] = int(days)
    return found
