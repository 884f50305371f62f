"""Given names and the grammatical gender a census gives them."""

from __future__ import annotations

from checker.resources import data_cache, load_data


@data_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name (lower case) -> "Masc" or "Fem", from rules/data/given_names.yaml."""
    names = load_data("given_names.yaml")
    return {**{str(n): "Masc" for n in names["masculine"]}, **{str(n): "Fem" for n in names["feminine"]}}
