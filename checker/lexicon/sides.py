"""The words that take a side on a proposal, from rules/data/stances.yaml and the WordNet verbs
derived into stance_verbs.yaml: read by the stance component and by figures counted by a side."""

from __future__ import annotations

from checker.resources import data_cache, load_data

SIDES = ("accept", "reject")


@data_cache(maxsize=1)
def side_verbs() -> dict[str, str]:
    """Each verb that takes a side ("back", "oppose"), to its side."""
    data, derived = load_data("stances.yaml"), load_data("stance_verbs.yaml")
    return {word: side for side in SIDES for word in [*derived[side], *data[side]["verbs"]]}


@data_cache(maxsize=1)
def side_phrases() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Each phrase that takes a side ("voted for", "against", "in favour of"), longest first."""
    data = load_data("stances.yaml")
    return tuple(sorted(((tuple(str(w).split()), side) for side in SIDES for w in data[side]["phrases"]), key=lambda item: -len(item[0])))
