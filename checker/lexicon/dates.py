"""The words around dates and the events they date (rules/data/dates.yaml), shared by the
components that read events and figures."""

from __future__ import annotations

from checker.resources import data_cache, load_data


@data_cache(maxsize=1)
def date_words() -> dict[str, frozenset[str]]:
    """Each word list of rules/data/dates.yaml, lower-cased."""
    return {key: frozenset(str(w).lower() for w in words) for key, words in load_data("dates.yaml").items()}
