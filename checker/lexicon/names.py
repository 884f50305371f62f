"""Given names and honorifics, and the grammatical gender each gives a name."""

from __future__ import annotations

from checker.resources import data_cache, load_data


@data_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name (lower case) -> "Masc" or "Fem", from rules/data/given_names.yaml."""
    names = load_data("given_names.yaml")
    return {**{str(n): "Masc" for n in names["masculine"]}, **{str(n): "Fem" for n in names["feminine"]}}


@data_cache(maxsize=1)
def honorifics() -> dict[str, str | None]:
    """Honorific (lower case, no full stop) -> the gender it gives, or None ("dr"), from
    rules/data/speech.yaml."""
    return {str(k).lower(): v for k, v in load_data("speech.yaml")["honorifics"].items()}


@data_cache(maxsize=1)
def title_abbreviations() -> dict[str, str]:
    """Abbreviated titles and the words they stand for ("gov": "governor"; speech.yaml
    `title_abbreviations`), lower case."""
    return {str(short).lower(): str(full).lower() for short, full in load_data("speech.yaml")["title_abbreviations"].items()}
