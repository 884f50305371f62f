"""What the quantity component reads about one number, still as words: the `Mention` each
quantity span carries, filled in by the readers of number_runs, measures and figure_context."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.lexicon.qualifiers import Qualifier
from checker.lexicon.units import Unit

COUNTED_DIMENSIONS = ("[personnel]", "[munition]")
"""Dimensions of things counted (troops, shells), as opposed to measured."""


@dataclass
class Mention:
    """What the text says about one number, still as words."""

    number_words: list[str]
    upper_words: list[str] | None = None
    magnitude: bool = False
    """An order of magnitude, not a figure: "dozens of", "thousands of"."""
    stopwatch: bool = False
    """A time read off a stopwatch ("2:05:14"): what it counts, unless a noun says, is a time."""
    fraction: int | None = None
    qualifier: Qualifier | None = None
    currency: str | None = None
    unit: Unit | None = None
    percent: str | None = None
    concept_head: str | None = None
    concept_modifiers: list[str] = field(default_factory=list)
    concept_text: str = ""
    predicate: str | None = None
    noun_verbs: list[str] = field(default_factory=list)
    own_verbs: list[str] = field(default_factory=list)
    holder: str | None = None
    participants: list[str] = field(default_factory=list)
    time_words: list[str] = field(default_factory=list)
    earlier_value: bool = False
    role: str | None = None
    place: str | None = None
    source: str | None = None
    subject: str | None = None
    subject_name: str | None = None
    side: str | None = None
    outlook: str | None = None
    restates: int | None = None

    @property
    def measured(self) -> bool:
        return bool(self.currency or self.unit or self.percent or self.fraction)
