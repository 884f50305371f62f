"""From a quantity mention's words to a QuantityClaim: value, interval, unit, dimension and scope."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from checker.lexicon import numbers, units
from checker.lexicon.dates import date_words
from checker.lexicon.qualifiers import interval
from checker.model import Article, Interval, QuantityClaim
from checker.normalise.common import evidence
from checker.normalise.dates import resolve
from checker.normalise.names import without_possessive
from checker.normalise.quotes import quote_speakers
from checker.resources import data_cache, load_data, thresholds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from checker.extract.quantity_mention import Mention

_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def claims_from_doc(article: Article, doc: Doc, offset: int) -> list[QuantityClaim]:
    """Every numeric claim of a parsed article body, restatements linked to what they restate."""
    main_place = dominant_place(doc, article.main_end - offset)
    speakers = quote_speakers(doc)
    found: list[QuantityClaim | None] = []
    for span in doc._.quantities or []:
        restates = span._.quantity.restates
        restated = found[restates] if restates is not None else None
        claim = quantity_claim(article, span, offset, restated, main_place)
        quote = next(((q, speaker) for q, speaker in speakers if q.start <= span.start and span.end <= q.end), None)
        if claim is not None and quote is not None:
            # A figure inside a direct quote is the speaker's word.
            claim = replace(claim, quoted=True, source=quote[1] or claim.source)
        found.append(claim)
    return [claim for claim in found if claim is not None]


def dominant_place(doc: Doc, main_end: int) -> str | None:
    """The place the main story is about: its most mentioned city, country or region. A word
    that opens a company's or a person's name in the article ("Veltrane's own shops" beside
    "Veltrane Appliances") is that name shortened, not a place."""
    counts: dict[str, int] = {}
    name_openings = {entity[0].text for entity in doc.ents if entity.label_ in {"ORG", "PERSON"} and len(entity) > 1}
    for entity in doc.ents:
        if entity.label_ in {"GPE", "LOC"} and entity.start_char < main_end and without_possessive(entity.text) not in name_openings:
            counts[entity.text] = counts.get(entity.text, 0) + 1
    if not counts:
        return None
    return min(counts, key=lambda name: (-counts[name], name))


def quantity_claim(article: Article, span: Span, offset: int, restated: QuantityClaim | None, main_place: str | None = None) -> QuantityClaim | None:
    """The normalised claim for one mention, or None when its number cannot be read."""
    mention: Mention = span._.quantity
    value = numbers.parse_words(mention.number_words, units.scale_of)
    if value is None:
        return None
    bounds = interval(value, mention.qualifier)
    qualifier = mention.qualifier.kind if mention.qualifier else "exact"
    if mention.fraction:
        value, bounds, qualifier = _fraction(value / mention.fraction, mention)
    if mention.upper_words is not None:
        bounds = _range(mention, value)
        if bounds is None:
            return None
        value, qualifier = bounds.low, "magnitude" if mention.magnitude else "range"
    elif qualifier == "exact" and not mention.fraction:
        bounds = _rounded(value, mention.number_words)
    period, when = time_scope(mention.time_words, article)
    if period is None and mention.role == "change":
        period = _running_since(mention.time_words)
    unit, dimension = _unit(mention)
    return QuantityClaim(
        **evidence(article, span, offset, "quantity"),
        value=value,
        interval=bounds,
        qualifier=qualifier,
        unit=unit,
        dimension=dimension,
        concept=mention.concept_text or mention.concept_head or "",
        concept_head=mention.concept_head,
        concept_modifiers=tuple(mention.concept_modifiers),
        predicate=mention.predicate,
        noun_verbs=tuple(mention.noun_verbs),
        own_verbs=tuple(mention.own_verbs),
        holder=mention.holder,
        participants=tuple(mention.participants),
        subject=mention.subject,
        subject_name=mention.subject_name,
        side=mention.side,
        outlook=mention.outlook,
        role=mention.role,
        stopwatch=mention.stopwatch,
        source=mention.source,
        place=mention.place,
        default_place=main_place,
        period="earlier value" if mention.earlier_value else period,
        when=None if mention.earlier_value else when,
        restates=restated.id if restated else None,
    )


def _fraction(share: float, mention: Mention) -> tuple[float, Interval, str]:
    """ "two-thirds" as a percentage; a bare fraction in prose is rounded, so it gets a margin."""
    percent = share * 100
    if mention.qualifier is not None:
        return percent, interval(percent, mention.qualifier), mention.qualifier.kind
    margin = float(load_data("numbers.yaml")["fraction_margin"])
    return percent, Interval(percent * (1 - margin), percent * (1 + margin)), "approx"


def _range(mention: Mention, low: float) -> Interval | None:
    """ "between 1.5 and 2 million": a scale written once applies to both ends."""
    high = numbers.parse_words(mention.upper_words, units.scale_of)
    if high is None:
        return None
    scale = units.scale_of(mention.upper_words[-1])
    if scale and not any(units.scale_of(word) for word in mention.number_words) and low * scale <= high:
        low *= scale
    return Interval(low, high) if low <= high else None


def _unit(mention: Mention) -> tuple[str, str]:
    if mention.currency:
        return mention.currency, f"[currency_{units.currency_of(mention.currency)}]"
    if mention.percent:
        return mention.percent, mention.percent
    if mention.fraction:
        return "percent", "percent"
    if mention.unit is not None:
        return mention.unit.name, mention.unit.dimension
    return "count", "count"


def _rounded(value: float, words: list[str]) -> Interval:
    """A figure with decimals stands for its rounding interval: "1.3%" covers 1.25 to 1.35.

    Whole numbers stay exact: "30,000" against "fewer than 30,000" must still be a finding.
    """
    digits = next((w for w in words if numbers.parse_digits(w) is not None), None)
    if digits is None or "." not in digits:
        return Interval(value, value)
    decimals = len(digits.split(".")[1])
    scale = value / numbers.parse_digits(digits) if numbers.parse_digits(digits) else 1.0
    half_step = 0.5 * 10**-decimals * scale
    return Interval(value - half_step, value + half_step)


@data_cache(maxsize=1)
def _scope() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    data = load_data("scope.yaml")
    return (
        tuple(map(str.lower, data["previous_year"])),
        tuple(map(str.lower, data["previous"])),
        frozenset(map(str.lower, data["not_event_times"])),
    )


def _running_since(time_words: list[str]) -> str | None:
    """ "have fallen 18% since the start of the year": a change counted from a point to the time
    of writing covers that stretch, not the day's move ("fell 9.1% in early trading")."""
    starts = date_words()["running_prepositions"]
    return next((" ".join(words.lower().split()) for words in time_words if words.lower().split()[0] in starts), None)


def _back_from_story(words: list[str]) -> bool:
    """ "two weeks earlier", "a month before": a length of time counted back from the story's
    own moment (scope.yaml `backward_offsets`) puts a figure before it."""
    if len(words) < 2 or words[-1] not in _backward_offsets():
        return False
    unit = units.lookup(words[-2], in_compound=True)
    return unit is not None and unit.dimension == "[time]"


@data_cache(maxsize=1)
def _backward_offsets() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("scope.yaml")["backward_offsets"])


def time_scope(time_words: list[str], article: Article) -> tuple[str | None, str | None]:
    """(period, when) of a figure from the date words of its clause.

    `period` is set when the clause names another time than the story's own (a past year,
    "last year", "last summer"); such figures are only compared with figures of that period.
    `when` keeps the other date words ("on Thursday", "the first day of the strike"): two
    figures whose clauses both name a time are compared only when the times agree.
    """
    previous_year, previous, not_event_times = _scope()
    published = article.published
    other_words = []
    for words in time_words:
        lowered = " ".join(words.lower().split())
        years = [int(y) for y in _YEAR.findall(lowered)]
        past = [y for y in years if published is None or y < published.year]
        if past and len(set(years)) > 1:
            # "between 2017 and 2022": a span of years, not its first year.
            return f"years {min(years)}-{max(years)}", None
        if past:
            return f"year {past[0]}", None
        if any(phrase in lowered for phrase in previous_year):
            return (f"year {published.year - 1}" if published else "last year"), None
        if any(phrase in lowered for phrase in previous) or _back_from_story(lowered.split()):
            return "an earlier period", None
        if lowered.split()[0] in not_event_times:
            continue
        resolved = resolve(lowered, published)
        if resolved is not None and published is not None and (published - resolved.end).days > thresholds("scope")["earlier_after_days"]:
            return f"earlier: {resolved.describe()}", None
        other_words.append(resolved.describe() if resolved else re.sub(r"^(?:(?:on|in|the|at|during)\s+)+", "", lowered))
    return None, "; ".join(sorted(other_words)) or None
