"""Qualifier semantics ("at least", "fewer than", "about") from rules/data/qualifiers.yaml, as intervals."""

from __future__ import annotations

import math
from dataclasses import dataclass

from checker.model import Interval
from checker.resources import data_cache, load_data

BOUND_KINDS = ("at_least", "more_than", "at_most", "less_than")
SIGNIFICANT_DIGITS = 6


@dataclass(frozen=True)
class Qualifier:
    phrase: str
    kind: str
    position: str
    below: float = 0.0
    above: float = 0.0


@dataclass(frozen=True)
class QualifierTable:
    before: tuple[Qualifier, ...]
    after: tuple[Qualifier, ...]

    def match_before(self, words: list[str]) -> Qualifier | None:
        """The longest qualifier that the words just before a number end with."""
        return _longest(self.before, words, at_end=True)

    def match_after(self, words: list[str]) -> Qualifier | None:
        """The longest qualifier that the words just after a number start with."""
        return _longest(self.after, words, at_end=False)


def _longest(candidates, words, at_end):
    lowered = [word.lower() for word in words]
    for qualifier in candidates:
        size = len(qualifier.phrase.split())
        if size > len(lowered):
            continue
        window = lowered[-size:] if at_end else lowered[:size]
        if window == qualifier.phrase.split():
            return qualifier
    return None


@data_cache(maxsize=1)
def qualifier_table() -> QualifierTable:
    data = load_data("qualifiers.yaml")
    before = [Qualifier(p, kind, "before") for kind in BOUND_KINDS for p in data["before"].get(kind, [])]
    before += [Qualifier(phrase, "approx", "before", float(width["below"]), float(width["above"])) for phrase, width in data["approx"].items()]
    after = [Qualifier(p, kind, "after") for kind in BOUND_KINDS for p in data["after"].get(kind, [])]

    def by_length(items):
        return tuple(sorted(items, key=lambda q: (-len(q.phrase.split()), q.phrase)))

    return QualifierTable(by_length(before), by_length(after))


def rounding_step(value: float) -> float | None:
    """How coarsely a figure is rounded: the place of its last non-zero digit, five of them when
    that digit is a 5 ("290" -> 10, "1,250" -> 50, "3.7" -> 0.1, "25" -> 5). None for a figure
    no writer rounded (two-thirds as 66.666...%)."""
    if value == 0:
        return None
    place = 10.0 ** math.floor(math.log10(abs(value)))
    for _ in range(SIGNIFICANT_DIGITS):
        if abs(value / place - round(value / place)) < 1e-6:
            return place * 5 if round(abs(value) / place) % 10 == 5 else place
        place /= 10
    return None


def interval(value: float, qualifier: Qualifier | None) -> Interval:
    """The values a stated number allows once its qualifier is taken into account."""
    kind = qualifier.kind if qualifier else "exact"
    if kind == "exact":
        return Interval(value, value)
    if kind == "at_least":
        return Interval(value, None, True, False)
    if kind == "more_than":
        return Interval(value, None, False, False)
    if kind == "at_most":
        return Interval(None, value, False, True)
    if kind == "less_than":
        return Interval(None, value, False, False)
    spread = abs(value)
    return Interval(value - qualifier.below * spread, value + qualifier.above * spread)


def hedge_against(hedged: Interval, value: float, other: float) -> Interval:
    """An "about" figure as read against another figure: its share of the value, but at most one
    rounding step of the coarser of the two figures. Whoever rounds 312 writes "about 310" or
    "about 300", not "about 290"; "about 32,000" still meets a round "30,000"."""
    steps = (rounding_step(value), rounding_step(other))
    if None in steps:
        return hedged
    step = max(steps)
    return Interval(max(hedged.low, value - step), min(hedged.high, value + step))
