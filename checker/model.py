"""The typed boundaries between pipeline stages: corpus -> extract -> normalise -> align -> rules -> report."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from datetime import date

SEVERITIES = ("error", "warning", "info")
"""Severities from most to least serious."""


class InputError(Exception):
    """A problem with something the user gave us; shown as one line naming the file, exit 2."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Suppression:
    """Findings of `rule` ("all" for every rule) are not reported for claims in [start, end)."""

    rule: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One article exactly as read, with what we know about where and when it appeared."""

    id: str
    path: str
    text: str
    body_start: int
    main_end: int
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    story: str | None = None
    url: str | None = None
    suppressions: tuple[Suppression, ...] = ()

    def suppresses(self, rule: str, start: int) -> bool:
        return any(s.rule in (rule, "all") and s.start <= start < s.end for s in self.suppressions)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a character offset into `text`."""
        line = self.text.count("\n", 0, offset) + 1
        column = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, column

    @property
    def label(self) -> str:
        return self.outlet or self.id


@dataclass(frozen=True)
class Interval:
    """The set of values a hedged number allows; `None` bounds are unbounded."""

    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True

    def _low(self) -> float:
        return -math.inf if self.low is None else self.low

    def _high(self) -> float:
        return math.inf if self.high is None else self.high

    def overlaps(self, other: Interval) -> bool:
        """True when some value satisfies both intervals."""
        return _before(other, self) is False and _before(self, other) is False

    def distance(self, other: Interval) -> float:
        """How far apart two disjoint intervals are (0 when they touch or overlap)."""
        if self._high() < other._low():
            return other._low() - self._high()
        if other._high() < self._low():
            return self._low() - other._high()
        return 0.0

    def describe(self) -> str:
        low = "-inf" if self.low is None else format_number(self.low)
        high = "+inf" if self.high is None else format_number(self.high)
        if self.low is not None and self.low == self.high:
            return f"= {low}"
        left = "[" if self.low_inclusive and self.low is not None else "("
        right = "]" if self.high_inclusive and self.high is not None else ")"
        return f"{left}{low}, {high}{right}"


def _before(a: Interval, b: Interval) -> bool:
    """True when every value of `a` lies below every value of `b`."""
    if a._high() < b._low():
        return True
    if a._high() == b._low():
        return not (a.high_inclusive and b.low_inclusive)
    return False


def format_number(value: float) -> str:
    """A number as an editor writes it: grouped thousands, no spurious decimals."""
    if math.isfinite(value) and value == int(value):
        return f"{int(value):,}"
    return f"{round(value):,}" if abs(value) >= 1e6 else f"{value:,.4f}".rstrip("0").rstrip(".")


def format_amount(value: float) -> str:
    """A large amount as a news story writes it: "19.6 million", "2.48 billion"."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:.3g} {word}"
    return format_number(round(value, 2))


@dataclass(frozen=True)
class Claim:
    """Something one article states, with the exact text that states it. Each kind adds its fields."""

    id: str
    article: str
    kind: str
    start: int
    end: int
    line: int
    column: int
    text: str
    sentence: str
    segment: str

    def to_dict(self) -> dict:
        """Plain fields for reports: the common evidence first, then the kind's own."""
        return {field.name: _plain(getattr(self, field.name)) for field in fields(self)}


def _plain(value: object) -> object:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


ATTRIBUTE = "attribute"
"""The role of a figure that is a named person's attribute (an age)."""
TALLY = "tally"
"""The role of a vote's count for or against ("voted 7-4"), compared only with the same side."""
AHEAD, DONE = "ahead", "done"
"""A figure's outlook: its clause tells of something planned or expected, or of something done."""
PER = "per"
"""The counted thing's modifier that makes a figure a rate or the price of one thing ("12
sailings a day" counts "sailings" modified by "per day")."""


@dataclass(frozen=True)
class QuantityClaim(Claim):
    """A number with its hedge as an interval, its unit, and what it counts, for whom and when."""

    value: float
    interval: Interval
    qualifier: str
    unit: str
    dimension: str
    concept: str
    concept_head: str | None = None
    concept_modifiers: tuple[str, ...] = ()
    predicate: str | None = None
    noun_verbs: tuple[str, ...] = ()
    """Verbs told on the counted noun itself ("miners trapped", "climbers who were rescued")."""
    own_verbs: tuple[str, ...] = ()
    """What happened to each counted thing ("12 people were detained", "12 people died")."""
    holder: str | None = None
    participants: tuple[str, ...] = ()
    subject: str | None = None
    subject_name: str | None = None
    """The name of a common-noun subject ("Harrowgate" of "the Harrowgate plant employs")."""
    side: str | None = None
    """The side of a proposal the figure's verb takes ("voted against": "reject"), if it takes one."""
    outlook: str | None = None
    """Whether the figure's clause tells of something ahead ("aims to vaccinate") or done
    ("have vaccinated"), or neither."""
    role: str | None = None
    """What the figure is beside a plain count: "change", "level", "total", "part", "expected" (a
    forecast), "conditional" (on a condition, or what would have been), or one of ATTRIBUTE and
    TALLY below."""
    place: str | None = None
    default_place: str | None = None
    period: str | None = None
    when: str | None = None
    source: str | None = None
    quoted: bool = False
    restates: str | None = None
    stopwatch: bool = False
    """Read off a stopwatch ("2:05:14"): a race's times (splits, places) are many and alike, so
    two are one only when told by one act, never by a shared name alone."""

    def to_dict(self) -> dict:
        data = {key: value for key, value in super().to_dict().items() if key not in {"interval", "concept_head", "concept_modifiers", "default_place"}}
        data.update(
            low=self.interval.low,
            high=self.interval.high,
            low_inclusive=self.interval.low_inclusive,
            high_inclusive=self.interval.high_inclusive,
        )
        return data


@dataclass(frozen=True)
class QuoteClaim(Claim):
    """Words put in someone's mouth: the quote as printed and who it is attributed to."""

    quote: str
    speaker: str | None
    speaker_kind: str
    organisation: str | None = None
    verb: str | None = None
    attribution: str = "none"
    """How the speaker was found: explicit, antecedent, pronoun, carried (from the quote before),
    introduced (by the sentence before), clause or none; see extract.quotes.ATTRIBUTIONS."""
    words: tuple[str, ...] = ()
    """The quote's words as compared: numbers as digits, contractions expanded, one spelling."""
    word_classes: tuple[str, ...] = ()
    """What a change of each word means: negation, number, modal, pronoun, name, function, content."""
    word_places: tuple[tuple[int, int], ...] = ()
    """Where each word is printed: (start, end) in the article's text."""

    def to_dict(self) -> dict:
        return {key: value for key, value in super().to_dict().items() if key not in {"words", "word_classes", "word_places"}}


@dataclass(frozen=True)
class StanceClaim(Claim):
    """A position held on a proposal: who, for or against what, and on whose word."""

    holder: str
    polarity: str
    proposal: str
    proposal_words: tuple[str, ...] = ()
    source: str | None = None
    proposal_head: str = ""
    """The proposal's head noun, as its synonym set names it ("offer", "merger")."""
    proposal_figures: tuple[str, ...] = ()
    """Figures inside the proposal ("4.8", "30-day"): two proposals with different ones differ."""
    proposal_version: str | None = None
    """A word making it one version of several ("revised", "first")."""
    proposal_bare: bool = False
    """Named by "the" and its noun alone ("the offer"): the story's proposal of that kind."""


@dataclass(frozen=True)
class EventClaim(Claim):
    """Something that happened on a date the article gives, resolved against its publication date."""

    expression: str
    trigger: str
    trigger_is_verb: bool
    anchors: tuple[str, ...]
    participants: tuple[str, ...]
    place: str | None
    date_start: str | None
    date_end: str | None
    instance: str | None = None
    speaker: str | None = None
    statement: tuple[str, ...] = ()
    quoted: bool = False
    """The date stands inside a quote, so it is relative to when the words were said."""
    said_on: str | None = None
    """When the words holding the date were said, as the text dates it ("on Monday"); a relative
    date is resolved from that day rather than from the publication date."""
    doers: tuple[str, ...] = ()
    """The happening as a noun: the trigger if it is one, else its verb's subject ("the avalanche")."""
    themes: tuple[str, ...] = ()
    """What the act was done to, as common nouns ("raised parking fees": "fee")."""
    figures: tuple[str, ...] = ()
    """The figures the clause counts its subject or object in, with the noun ("210,000 passenger")."""
    acts_on: tuple[str, ...] = ()
    """What a verb was done to, common noun or name, by its last word ("closed the Alder Street
    Bridge": "bridge"): a verb of a phase done to a thing that is no happening is an act."""
    bodies: tuple[str, ...] = ()
    """The bodies that did the act, by a group noun ("the council voted", "the County Commission
    vote": "council", "commission"): two different bodies' acts are two events."""
    starts: bool = False
    """The date is when something begins to hold ("the ban takes effect on Friday", "restrictions
    apply from 18 July"), so it meets only another such date of the same thing."""
    expected: bool = False
    """The happening is what someone expects or forecasts ("expected prices to rise by 3% next
    year"), not a report of it."""
    telling: bool = False
    """The act is one of telling ("issued a notice on Thursday", "conceded late Saturday"): told
    with two different verbs it is as often two steps (issued, then published) as one."""
    ahead: bool = False
    """The event's clause looks ahead (its tense, a modal, a schedule word)."""


@dataclass(frozen=True)
class NameClaim(Claim):
    """One spelling of a named person, place or organisation."""

    name: str
    label: str
    roles: tuple[str, ...] = ()
    """What the mention calls the person, by nouns for a person (WordNet): "DOC ranger Hana
    Tupaea", "Eileen Brodie, chief executive of the trust" give "ranger", "executive"."""


@dataclass(frozen=True)
class Focus:
    """The words inside a claim that carry a conflict (a quote's changed words): where a report
    points and what it highlights, rather than the whole claim."""

    claim: str
    start: int
    end: int
    line: int
    column: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "line": self.line, "column": self.column, "text": self.text}


@dataclass(frozen=True)
class Evidence:
    """One thing an aligner weighed about whether two claims speak of the same thing.

    `factor` is how far it leaves the pairing trusted: 1.0 adds no doubt, 0.5 halves the trust.
    The factors come from rules/data/confidence.yaml, so an editor tunes them without Python.
    """

    name: str
    factor: float
    detail: str

    def to_dict(self) -> dict:
        return {"name": self.name, "factor": self.factor, "detail": self.detail}


def confidence_of(evidence: tuple[Evidence, ...]) -> float:
    """How sure the pairing is, 0 to 1: the product of every factor, to two decimals (the rules
    compare it exactly, so it is never a long float)."""
    return round(math.prod(item.factor for item in evidence), 2)


@dataclass(frozen=True)
class Comparison:
    """A candidate pair (or in-article restatement) that the rules judge.

    `facts` holds only plain strings, numbers and booleans: it is what the rule engine sees.
    `reasons` says, in words, why these claims were put side by side; `evidence` what was weighed
    for and against the pairing, whose product is the `confidence` fact the rules read.
    """

    id: str
    kind: str
    story: str
    claims: tuple[Claim, ...]
    facts: dict
    reasons: tuple[str, ...]
    conflict: str
    evidence: tuple[Evidence, ...] = ()
    focus: tuple[Focus, ...] = ()

    @property
    def confidence(self) -> float:
        return confidence_of(self.evidence)


@dataclass(frozen=True)
class Finding:
    id: str
    rule: str
    category: str
    severity: str
    message: str
    story: str
    explanation: str
    claims: tuple[Claim, ...]
    suggestion: str | None = None
    confidence: float = 1.0
    evidence: tuple[Evidence, ...] = ()
    focus: tuple[Focus, ...] = ()
    """Where inside its claims the conflict is, when narrower than the claims themselves."""

    def focus_of(self, claim: Claim) -> tuple[Focus, ...]:
        return tuple(spot for spot in self.focus if spot.claim == claim.id)


@dataclass
class Report:
    """Everything one run produced, in the order reports show it."""

    articles: list[Article]
    findings: list[Finding]
    errors: list[InputError] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    comparisons: int = 0
    undated: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    rule_descriptions: dict[str, str] = field(default_factory=dict)
    suppressed: int = 0
    below_min_severity: int = 0
    drafts: list[str] = field(default_factory=list)
    failing: list[str] = field(default_factory=list)
    cache_hits: int = 0
    """Articles whose claims came from the claim cache instead of being parsed again."""
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds per stage (read, extract, align, rules), for benchmarks; never in reports."""
    """Severities of every finding not suppressed, listed or not: what --fail-on judges."""
