"""Aligning numeric claims, and checking the conversions articles state themselves.

Claims are blocked by (story, kind of amount, counted thing) so the work grows with the size of
each block, never with the square of the corpus. Inside a block a pair is compared only when
modifiers, period, time, place, role and participants agree; every comparison keeps its reasons.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

import pint

from checker.align.confidence import weigh
from checker.align.events import related_kind
from checker.align.groups import lowercase_words, names_in_story, outlets, reading_pairs, readings, story_reasons
from checker.align.lexicon import digest, lexicon
from checker.align.quotes import name_parts
from checker.lexicon import numbers, units
from checker.lexicon.dates import date_words
from checker.lexicon.english import common_noun, noun_class
from checker.lexicon.numbers import parse_digits
from checker.lexicon.qualifiers import hedge_against, rounding_step
from checker.model import AHEAD, ATTRIBUTE, DONE, PER, TALLY, Article, Comparison, Evidence, Interval, QuantityClaim, format_amount, format_number
from checker.normalise.dates import DateRange
from checker.normalise.names import fold, surname_slip, without_possessive
from checker.resources import thresholds

QUANTITY_FIELDS = {
    "story": "the story both articles belong to",
    "dimension": "what is measured: [personnel], [length], [currency_EUR], count ...",
    "unit": "the unit both values are compared in",
    "concept": "the counted or measured thing, as the first article words it",
    "overlap": "true when some value satisfies both claims",
    "touching": "true when the claims only just miss each other (30,000 vs fewer than 30,000)",
    "relative_gap": "distance between the two intervals as a share of the larger value (0 to 1)",
    "left_text": "the first claim's exact text",
    "right_text": "the second claim's exact text",
    "left_outlet": "the first article's outlet (or id)",
    "right_outlet": "the second article's outlet (or id)",
    "left_article": "the first article's id",
    "right_article": "the second article's id",
    "left_qualifier": 'exact, approx, at_least, more_than, at_most, less_than, range or magnitude ("dozens of")',
    "right_qualifier": "as left_qualifier, for the second claim",
    "left_interval": "the values the first claim allows, e.g. [200,000, +inf)",
    "right_interval": "the values the second claim allows",
    "same_holder": "true when both claims name the same holder (Starmer's plan, Starmer's plan)",
    "vague": 'true when either figure is only an order of magnitude ("dozens of", "thousands of")',
}
CONVERSION_FIELDS = {
    "story": "the story of the article",
    "article": "the article's id",
    "outlet": "the article's outlet (or id)",
    "source_text": "the amount as first stated (\u20ac6 billion)",
    "target_text": "the conversion the article gives ($6.2 billion)",
    "source_unit": "unit or currency of the first amount",
    "target_unit": "unit or currency of the conversion",
    "stated": "the converted value the article states",
    "expected": "the value the dated rate or unit definition gives",
    "expected_text": "the expected value as an editor would write it, with its unit",
    "relative_error": "|stated - expected| / expected",
    "rate": "the exchange rate or unit factor used",
    "rate_date": "the date of the exchange rate (publication date), or 'fixed' for units",
}


def align_quantities(articles: list[Article], claims: list[QuantityClaim]) -> list[Comparison]:
    """Every numeric comparison the rules should judge, in a stable order."""
    by_id = {article.id: article for article in articles}
    comparisons = _conversions(by_id, claims)
    common_words = lowercase_words(articles)
    places = _story_places(by_id, claims)
    as_written = {claim.id: claim for claim in claims}
    # The story's reading of each claim, for aligning only: the comparisons cite the claims as
    # the normaliser wrote them.
    marked = _stories_marking_dollars(by_id, claims)
    in_story = [
        _in_context(claim, common_words[by_id[claim.article].story or ""], places.get(by_id[claim.article].story or ""), by_id[claim.article].story in marked)
        for claim in claims
    ]
    compounds = _compounds_by_head(by_id, in_story)
    blocks: dict[tuple, list[QuantityClaim]] = defaultdict(list)
    for claim in in_story:
        key = _block_key(by_id[claim.article], claim, compounds.get(by_id[claim.article].story or "", {}))
        if claim.segment == "main" and key is not None and not _restated_alike(claim, as_written):
            blocks[key].append(claim)
    main = [claim for claim in in_story if claim.segment == "main"]
    breakdowns = Breakdowns(_broken_down(main), _narrowed_apart(main))
    for key in sorted(blocks, key=repr):
        comparisons += _compare_block(by_id, key, blocks[key], as_written, breakdowns)
    for key, (people, acts) in sorted(_people_and_acts(by_id, in_story).items(), key=lambda item: repr(item[0])):
        sides = ({c.id for c in people}, {c.id for c in acts})
        comparisons += _compare_block(
            by_id, key, people + acts, as_written, breakdowns, admit=lambda left, right, sides=sides: _people_against_acts(left, right, sides)
        )
    weighed = {frozenset((a.id, b.id)) for comparison in comparisons for a in comparison.claims for b in comparison.claims if a.article != b.article}
    restated = {claim.id for claim in in_story if _restated_alike(claim, as_written)}
    stated: dict[tuple[str, str], set[float]] = defaultdict(set)
    for claim in in_story:
        if claim.segment == "main" and claim.qualifier in WRITTEN_VALUES:
            stated[(claim.article, _family(claim))].add(claim.value)
    for key, claims in sorted(_slip_blocks(by_id, [c for c in in_story if c.id not in restated]).items(), key=lambda item: repr(item[0])):
        comparisons += _compare_block(by_id, key, claims, as_written, breakdowns, admit=lambda left, right: _slip_across_nouns(left, right, weighed, stated))
    return comparisons


def _restated_alike(claim: QuantityClaim, claims: dict[str, QuantityClaim]) -> bool:
    """ "50 metres (500ft)": a restatement in the same dimension says nothing its source does not;
    the source meets the other articles, the restatement only its own check. A restatement in
    another currency is the article's figure in that currency and stays."""
    source = claims.get(claim.restates or "")
    return source is not None and _family(source) == _family(claim)


Admit = Callable[[QuantityClaim, QuantityClaim], tuple[Evidence, ...] | None]
"""Which pairs of a block are compared, and what their being in it says: None skips the pair."""


def _compare_block(
    by_id: dict[str, Article],
    key: tuple,
    claims: list[QuantityClaim],
    as_written: dict[str, QuantityClaim],
    breakdowns: Breakdowns,
    admit: Admit | None = None,
) -> list[Comparison]:
    """The comparisons inside one block; with `admit`, only the pairs it admits, with the evidence
    it adds. A figure of a breakdown by time meets only figures dated too."""
    groups = readings(claims, _signature)
    figures = _figures_per_article(groups)
    lone = _lone_figures(claims)
    aligned: dict[frozenset, tuple] = {}
    for left, right in reading_pairs(groups):
        if all(c.quoted for c in left + right):
            continue
        if (left[0].id in breakdowns.by_time and not right[0].when) or (right[0].id in breakdowns.by_time and not left[0].when):
            continue
        admitted = () if admit is None else admit(left[0], right[0])
        if admitted is None:
            continue
        widened = (
            _one_sided_modifiers(left[0], right[0])
            if {left[0].article, right[0].article} <= lone
            and not _modifier_of_other_words(left[0], right[0])
            and not {left[0].id, right[0].id} & breakdowns.by_kind
            else None
        )
        reasons = _alignment_reasons(left[0], right[0], widened is not None)
        if reasons is None:
            continue
        if widened is not None:
            admitted = (*admitted, weigh("quantity", "one_sided_modifier", widened))
        # One disagreement told twice in an article ("reach seven miners trapped ...",
        # "Seven miners remained trapped") is one comparison citing both mentions.
        sides = frozenset({_figure(left), _figure(right)})
        if sides in aligned:
            first_left, first_right, first_reasons, first_evidence = aligned[sides]
            if _figure(first_left) != _figure(left):
                left, right = right, left
            aligned[sides] = (_merged(first_left, left), _merged(first_right, right), first_reasons, first_evidence)
        else:
            aligned[sides] = (left, right, reasons, _evidence(left[0], right[0], figures, by_id) + admitted)
    return [_cited_as_written(_quantity_comparison(by_id, key[0], *found), as_written) for found in aligned.values()]


@dataclass(frozen=True)
class Breakdowns:
    """Figures an article gives as shares of a whole, one per day (`by_time`) or one per kind
    (`by_kind`)."""

    by_time: set[str]
    by_kind: set[str]


def _narrowed_apart(claims: list[QuantityClaim]) -> set[str]:
    """Figures a sentence gives side by side for things it narrows apart ("a 13% increase in the
    general minimum and a 5% rise in the northern border zone", each narrowed its own way): each
    is one kind's, so a figure the other article leaves un-narrowed is not taken for the narrower
    one."""
    told: dict[tuple, list[QuantityClaim]] = defaultdict(list)
    for claim in claims:
        told[(claim.article, claim.sentence, _family(claim))].append(claim)
    apart = set()
    for group in told.values():
        group.sort(key=lambda c: c.start)
        for first, second in pairwise(group):
            if (
                _joined_by_and(first, second)
                and first.value != second.value
                and _modifiers(first)
                and _modifiers(second)
                and _modifiers(first) != _modifiers(second)
            ):
                apart |= {first.id, second.id}
    return apart


def _joined_by_and(first: QuantityClaim, second: QuantityClaim) -> bool:
    """Two figures of one sentence with "and" between them and no other figure or clause break."""
    start = first.sentence.find(first.text)
    end = first.sentence.find(second.text, start + len(first.text))
    between = first.sentence[start + len(first.text) : end].split() if start >= 0 and end >= 0 else []
    return "and" in between and not any(word.endswith((",", ";")) for word in between)


def _broken_down(claims: list[QuantityClaim]) -> set[str]:
    """Figures a sentence breaks down by time ("341 doses on Saturday and 271 on Sunday"): each is
    one day's share, so it meets only a figure for its own day, never one for the whole."""
    whens: dict[tuple, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.when:
            whens[(claim.article, claim.sentence, _family(claim))].add(claim.when)
    return {claim.id for claim in claims if claim.when and len(whens[(claim.article, claim.sentence, _family(claim))]) > 1}


def _people_against_acts(left: QuantityClaim, right: QuantityClaim, sides: tuple[set, set]) -> tuple[Evidence, ...] | None:
    """Only a count of people against a count of acts, never two of one kind."""
    if (left.id in sides[0]) == (right.id in sides[0]):
        return None
    people, acts = (left, right) if left.id in sides[0] else (right, left)
    detail = f"'{people.text}' counts people by what happened to each ({', '.join(people.own_verbs)}); '{acts.text}' counts those acts"
    return (weigh("quantity", "people_and_acts", detail),)


def _slip_blocks(by_id: dict[str, Article], claims: list[QuantityClaim]) -> dict[tuple, list[QuantityClaim]]:
    """Figures of one story and unit written with the same digits, whatever they count: where a
    slip of the keys ("32,000" for "23,000") may hide behind another word for the thing."""
    found: dict[tuple, list[QuantityClaim]] = defaultdict(list)
    for claim in claims:
        if claim.segment == "main" and len(digits := _digits(_comparable_value(claim))) >= 2:
            # Zeros left out, so "£185m" meets "£18.5m" (a slip of the scale) as "143" meets "134".
            found[(by_id[claim.article].story or "", _family(claim), "digits", "".join(sorted(digits.replace("0", ""))))].append(claim)
    return {key: block for key, block in found.items() if len({c.article for c in block}) > 1}


def _slip_across_nouns(
    left: QuantityClaim, right: QuantityClaim, weighed: set[frozenset], stated: dict[tuple[str, str], set[float]]
) -> tuple[Evidence, ...] | None:
    """A pair no other block weighed, counted in other words ("households" / "homes"): the
    slipped digits are what pairs them, so the pairing is less sure. An article that writes the
    other side's value itself ("employs 210 people" beside "redeploy 120 workers") did not slip
    its keys: its two figures are two things."""
    if frozenset((left.id, right.id)) in weighed:
        return None
    if left.value in stated[(right.article, _family(right))] or right.value in stated[(left.article, _family(left))]:
        return None
    if any(_counts_a_name(c) for c in (left, right)) and not _shared_verbs(left, right):
        # "owns 6.2% of Okabe" is a share of a company, named: no other word for what "works out
        # to" 2.6%; "Corvane raised £48m" / "raised £480m" share their verb.
        return None
    # Another scale is a slip only where the verbs agree ("raised £480m" / "raised £48m"); ten
    # times a figure for another thing ("31 countries" / "3,100 jobs") is common by chance.
    slip = _slip(left, right)
    if slip is None or (_transposed(left, right) is None and not _shared_verbs(left, right)):
        return None
    counted = f"'{left.concept or left.predicate}' / '{right.concept or right.predicate}'"
    return (weigh("quantity", "other_words", f"the counted things are worded differently ({counted}), paired by {slip}"),)


def _counts_a_name(claim: QuantityClaim) -> bool:
    """Whether what the figure is of is a name ("6.2% of Okabe"): written with a capital and not
    a noun WordNet knows."""
    return claim.concept[:1].isupper() and claim.concept_head is not None and not common_noun(claim.concept_head)


def _people_and_acts(by_id: dict[str, Article], claims: list[QuantityClaim]) -> dict[tuple, tuple[list, list]]:
    """Figures for people by what happened to each ("12 people were detained") beside figures for
    those acts ("12 detentions"), by story and verb; the act's noun carries its verb, for
    aligning only."""
    words = lexicon()
    found: dict[tuple, tuple[list, list]] = defaultdict(lambda: ([], []))
    for claim in claims:
        if claim.segment != "main" or not claim.concept_head or _family(claim) != "counted":
            continue
        story = by_id[claim.article].story or ""
        if words.noun(claim.concept_head, None) == PEOPLE:
            for verb in claim.own_verbs:
                found[(story, "counted", "act", words.verbs.get(verb, verb))][0].append(claim)
        elif (verb := words.acts.get(claim.concept_head)) is not None:
            key = (story, "counted", "act", words.verbs.get(verb, verb))
            found[key][1].append(replace(claim, noun_verbs=(*claim.noun_verbs, verb)))
    return {key: sides for key, sides in found.items() if all(sides)}


def _cited_as_written(comparison: Comparison, as_written: dict[str, QuantityClaim]) -> Comparison:
    return replace(comparison, claims=tuple(as_written[claim.id] for claim in comparison.claims))


def _figure(group: list[QuantityClaim]) -> tuple:
    """Which articles give which value: what a disagreement is about."""
    return (tuple(sorted({c.article for c in group})), group[0].interval, group[0].unit)


def _merged(first: list[QuantityClaim], second: list[QuantityClaim]) -> list[QuantityClaim]:
    return sorted({c.id: c for c in first + second}.values(), key=lambda c: (c.article, c.start))


def _figures_per_article(groups: list[list[QuantityClaim]]) -> dict[tuple, int]:
    """How many different values each article gives for the thing a block counts, per set of
    modifiers: "votes for" and "votes against" share a block but are two things."""
    values: dict[tuple, set] = defaultdict(set)
    for group in groups:
        for claim in group:
            values[(claim.article, _modifiers(claim), _holder(claim))].add(claim.interval)
    return {key: len(found) for key, found in values.items()}


def _evidence(left: QuantityClaim, right: QuantityClaim, figures: dict[tuple, int], by_id: dict[str, Article]) -> tuple[Evidence, ...]:
    """How sure the pairing is: whether each article has one figure for the thing or several,
    whether the holder is named on both sides, whether the verbs agree."""
    counts = {c.article: figures.get((c.article, _modifiers(c), _holder(c)), 0) for c in (left, right)}
    several = sorted(article for article, count in counts.items() if count > 1)
    evidence = [weigh("quantity", "one_of_several", f"{by_id[article].label} gives {counts[article]} figures for this") for article in several] or [
        weigh("quantity", "only_figure_of_its_kind", "each article gives one figure for this")
    ]
    left_names, right_names = _names(left), _names(right)
    if left_names & right_names:
        evidence.append(weigh("quantity", "shared_participant", f"both name {', '.join(sorted(left_names & right_names))}"))
    elif bool(left_names) != bool(right_names):
        named = left if left_names else right
        evidence.append(weigh("quantity", "participant_one_side", f"only one figure names its holder ({', '.join(named.participants)})"))
    if not _shared_verbs(left, right) and left.role != ATTRIBUTE:
        evidence.append(weigh("quantity", "different_verbs", f"the verbs differ ('{left.predicate}' / '{right.predicate}')"))
    times = _times_apart(left, right)
    if (
        times is not None
        and times >= float(thresholds("alignment", "quantities")["far_apart_ratio"])
        and not _scale_slip(left, right)
        and not _transposed(left, right)
    ):
        evidence.append(weigh("quantity", "far_apart", f"one figure is {times:.0f} times the other"))
    return tuple(evidence)


def _times_apart(left: QuantityClaim, right: QuantityClaim) -> float | None:
    """How many times the nearer end of the larger figure is the nearer end of the smaller one
    (None when either is not positive)."""
    low_side, high_side = sorted((_read_against(left, right, left.unit), _read_against(right, left, left.unit)), key=lambda i: i._low())
    if low_side.overlaps(high_side):
        return None
    below, above = low_side.high, high_side.low
    if below is None or above is None or below <= 0:
        return None
    return above / below


def _scale_slip(left: QuantityClaim, right: QuantityClaim) -> bool:
    """The same digits at another scale (4.3 billion / 430 million, 2% / 20%, £18.5m / £185m): a
    slip of the scale, which is an error worth reporting however far apart. A slip moves the
    point one place or changes the scale word (a thousand times); "£4.2 million" against
    "£42,000", a hundred times, is more often another amount."""
    values = (left.value, _in_unit_value(right, left.unit))
    if min(abs(v) for v in values) == 0:
        return False
    exponent = math.log10(abs(values[0] / values[1]))
    return abs(round(exponent)) in {1, 3} and abs(exponent - round(exponent)) < 1e-9


def _digits(value: float) -> str:
    """The digits a figure is written with, as an editor writes it ("23,000" -> "23000")."""
    return "".join(ch for ch in format_number(value) if ch.isdigit()).lstrip("0")


def _comparable_value(claim: QuantityClaim) -> float:
    """A measurement in its dimension's base unit ("1.54 tonnes" as 1540 kg); counts, money and
    shares (percent, percentage points) as written."""
    if claim.dimension in COUNTED or claim.dimension.startswith("[currency_") or not claim.dimension.startswith("["):
        return claim.value
    return units.in_base_units(claim.value, claim.unit)


def _slip(left: QuantityClaim, right: QuantityClaim) -> str | None:
    """Digits in another order, or the same digits at another scale, of two figures written as values."""
    transposed = _transposed(left, right)
    if transposed is not None:
        return transposed
    if {left.qualifier, right.qualifier} <= WRITTEN_VALUES and _family(left) == _family(right) and _scale_slip(left, right):
        return f"same digits at another scale: {format_number(left.value)} / {format_number(right.value)}"
    return None


def _transposed(left: QuantityClaim, right: QuantityClaim) -> str | None:
    """The same digits in another order, in one unit ("143" / "134", "€6.8m" / "€8.6m"): the
    commonest slip of the keys, and so evidence that both figures were meant as one. Only
    figures written as values count: a bound ("more than 4,300") was never copied digit by digit."""
    if _family(left) != _family(right) or not {left.qualifier, right.qualifier} <= WRITTEN_VALUES:
        return None
    first, second = _digits(_comparable_value(left)), _digits(_comparable_value(right))
    if len(first) < 2 or first == second or sorted(first) != sorted(second):
        return None
    return f"same digits in another order: {format_number(left.value)} / {format_number(right.value)}"


def _verbs(claim: QuantityClaim) -> set[str]:
    """What the counted things did or underwent: the clause's verb and those told on the noun. A
    level reached ("widened to 12.1 per cent") is stated as "was" states it."""
    words = lexicon()
    found = {words.verbs.get(verb, verb) for verb in (claim.predicate, *claim.noun_verbs) if verb}
    return found | {words.verbs.get("be", "be")} if claim.role == "level" else found


def _shared_verbs(left: QuantityClaim, right: QuantityClaim) -> list[str]:
    return sorted(_verbs(left) & _verbs(right))


def _signature(claim: QuantityClaim) -> tuple:
    """Everything alignment and comparison read: claims with equal signatures are one reading."""
    words = lexicon()
    return (
        claim.interval,
        claim.unit,
        _modifiers(claim),
        frozenset(_verbs(claim)),
        frozenset(_names(claim)),
        claim.period,
        claim.when,
        claim.role,
        claim.place,
        claim.default_place,
        claim.subject,
        claim.subject_name,
        claim.side,
        claim.outlook,
        claim.concept_head is None,
        claim.quoted,
        claim.predicate in words.part_of,
    )


WRITTEN_VALUES = frozenset({"exact", "approx"})
"""Qualifiers of a figure given as a value, not as a bound or a range."""
UP_TO = "at_most"
"""The qualifier of a figure told as the most there was ("up to 86mm", "as many as 4,200")."""
COUNTED = frozenset({"count", "[personnel]", "[munition]"})
PEOPLE = "people"
"""The synonym set of nouns that count people as such ("people", "residents"), not by a role."""


def _family(claim: QuantityClaim) -> str:
    """What can be compared at all: one currency, one physical dimension, or counted things.

    Counts of people, munitions and plain things share a family; whether they count the same
    thing ("jobs" cut and "workers" cut) is the synonym sets' decision, not the unit's.
    """
    if claim.dimension.startswith("[currency_"):
        return units.currency_in(claim.dimension)
    return "counted" if claim.dimension in COUNTED else claim.dimension


def _story_places(by_id: dict[str, Article], claims: list[QuantityClaim]) -> dict[str, str]:
    """Per story, the place most of its articles are about."""
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    seen = set()
    for claim in claims:
        if claim.default_place and claim.article not in seen:
            seen.add(claim.article)
            votes[by_id[claim.article].story or ""][claim.default_place] += 1
    return {story: min(counts, key=lambda p: (-counts[p], p)) for story, counts in votes.items()}


def _in_context(claim: QuantityClaim, common: set[str], story_place: str | None, dollars_marked: bool = False) -> QuantityClaim:
    """A copy of the claim as the whole story reads it, for aligning: which capitalised words are
    not names ("Turnout", "Floods" written in lower case elsewhere), the place an article
    without one of its own is about, and a bare "$" in a story that marks its dollars ("C$25
    million (about US$18 million)"), which may be any of them and meets only another bare "$".
    The claim itself is left as written."""
    found = replace(claim, participants=names_in_story(claim.participants, common), default_place=claim.default_place or story_place)
    if dollars_marked and _sign(claim) == "$":
        found = replace(found, dimension=UNMARKED_DOLLAR)
    return found


def _marked_dollar(claim: QuantityClaim) -> bool:
    """An amount written with a dollar and its country's letters ("C$", "US$", "NZ$")."""
    sign = _sign(claim)
    return sign.endswith("$") and len(sign) > 1


UNMARKED_DOLLAR = "[currency_$]"
"""The family of a bare "$" in a story that marks which dollar it means elsewhere."""


def _stories_marking_dollars(by_id: dict[str, Article], claims: list[QuantityClaim]) -> set[str | None]:
    """Stories in which some article writes a dollar with its country's letters ("C$", "US$")."""
    return {by_id[claim.article].story for claim in claims if claim.dimension.startswith("[currency_") and _marked_dollar(claim)}


def _compound(claim: QuantityClaim) -> str | None:
    """The one noun WordNet makes of the counted thing's last modifier and head ("police
    officers"), if it makes one."""
    words = lexicon()
    modifier = claim.concept_modifiers[-1] if claim.concept_modifiers else None
    if claim.concept_head and words.is_compound(modifier, claim.concept_head):
        return words.noun(claim.concept_head, claim.predicate, modifier)
    return None


def _compounds_by_head(by_id: dict[str, Article], claims: list[QuantityClaim]) -> dict[str, dict[str, set[str]]]:
    """Per story, the compounds each head noun is counted in ("officers" in "police officers")."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for claim in claims:
        compound = _compound(claim)
        if compound is not None:
            found[by_id[claim.article].story or ""][claim.concept_head].add(compound)
    return found


def _block_key(article: Article, claim: QuantityClaim, compounds: dict[str, set[str]] | None = None) -> tuple | None:
    """Claims that might describe the same thing: same story, same kind of amount, same counted thing.

    A head noun alone ("more than 50 officers") counts what the story's one compound of it counts
    ("38 police officers"); with two compounds of it in the story ("bus drivers", "truck
    drivers") it stays itself. A bare amount with no counted thing ("The Liberal Party took
    24.8%") is blocked by its verb.
    """
    words = lexicon()
    family = _family(claim)
    if claim.concept_head:
        compound = _compound(claim)
        if compound is None and len(known := (compounds or {}).get(claim.concept_head, set())) == 1:
            compound = next(iter(known))
        return (article.story or "", family, "noun", compound or words.noun(claim.concept_head, claim.predicate))
    if claim.predicate and claim.participants:
        return (article.story or "", family, "verb", words.verbs.get(claim.predicate, claim.predicate))
    return None


def _lone_figures(claims: list[QuantityClaim]) -> set[str]:
    """The articles that give one value for what a block counts, however they word it."""
    values: dict[str, set] = defaultdict(set)
    for claim in claims:
        values[claim.article].add((claim.interval, claim.unit))
    return {article for article, found in values.items() if len(found) == 1}


def _one_sided_modifiers(left: QuantityClaim, right: QuantityClaim) -> str | None:
    """ "14 weeks of paid leave" / "12 weeks of paid family and medical leave": words narrowing
    one side's noun that the other side leaves out, where each article gives one figure for the
    thing, say more of it rather than another thing; None when the modifiers do not differ so."""
    fewer, more = sorted((_modifiers(left), _modifiers(right)), key=len)
    if fewer == more or not fewer <= more or left.quoted or right.quoted:
        # A speaker's words are his own: a loosened pairing is not risked on them.
        return None
    extra = sorted(more - fewer)
    narrowed = left if _modifiers(left) == more else right
    # A name ("Novalink sales") says whose figure it is, and "a day" makes it a rate: neither
    # says more of the same thing.
    if any(word.split()[0] == PER or word.title() in narrowed.concept.split() for word in extra):
        return None
    return f"only one side narrows the counted thing ({', '.join(extra)}), and each article gives one figure for it"


def _alignment_reasons(left: QuantityClaim, right: QuantityClaim, one_sided: bool = False) -> list[str] | None:
    """Why two claims in one block describe the same thing, or None when they might not.

    Precision first: the modifiers must agree, the figures must belong to the same period and
    time, named participants must not differ, and either the verbs agree or a named
    participant is shared ("Poland will spend 4.1% of GDP" / "Poland's outlays will reach 4.7%").
    """
    words = lexicon()
    if left.period != right.period or (_modifiers(left) != _modifiers(right) and not one_sided and not _modifier_of_other_words(left, right)):
        return None
    if left.when and right.when and not _same_moment(left.when, right.when):
        return None
    if not _compatible_roles(left, right) or not _same_place(left, right):
        return None
    if left.subject and right.subject and words.nouns.get(left.subject, left.subject) != words.nouns.get(right.subject, right.subject):
        return None
    if left.side and right.side and left.side != right.side:
        # "71% of members voted in favour" / "two-thirds of members voted against": two sides.
        return None
    if {left.outlook, right.outlook} == {AHEAD, DONE}:
        # "aims to vaccinate 14.6 lakh children" / "have vaccinated 9.2 lakh children": a plan
        # and what has been done so far.
        return None
    if _one_of_several(left) != _one_of_several(right):
        # "A second ticket matched five numbers": not the ticket the other figure is about.
        return None
    if _named_apart(left, right) or _named_apart(right, left):
        return None
    if _side_by_side(left, right) or _side_by_side(right, left):
        return None
    reasons = [f"same thing: '{left.concept or left.predicate}' / '{right.concept or right.predicate}'"]
    reasons.append(f"same period: {left.period or 'the story itself'}")
    if left.when and left.when == right.when:
        reasons.append(f"same time: {left.when}")
    if left.outlook and left.outlook == right.outlook:
        reasons.append(f"same outlook: both {'planned or expected' if left.outlook == AHEAD else 'done'}")
    left_names, right_names = _names(left), _names(right)
    # "Halloway" / "Holloway": one surname spelled two ways is one person, as name variants say.
    # "Kenya" / "Kenyan": a place and its people, not one name slipped (WordNet's persons).
    shared = sorted(left_names & right_names) or sorted(
        f"{a}/{b}" for a in left_names for b in right_names if surname_slip(a, b) is not None and not {a, b} & noun_class("persons")
    )
    if left_names and right_names and not shared:
        return None
    if left.role == ATTRIBUTE and not _one_person(left, right):
        # An age belongs to the person it is told of: "a 52-year-old widow" may be anyone, and
        # "Liam Threlkeld, 29" is not his father "Gavin Threlkeld, 54".
        return None
    same_verb = _shared_verbs(left, right)
    if left.role == TALLY:
        # "voted by seven votes to four" / "backed the scheme by seven votes to four" / "followed
        # a 7-3 vote": whatever the verb, a tally's side counts the votes of the story's vote.
        reasons.append(f"same side of a vote's tally: '{left.text}' / '{right.text}'")
    elif same_verb and words.verbs.get(left.predicate, left.predicate) in same_verb and words.verbs.get(right.predicate, right.predicate) in same_verb:
        reasons.append(f"same action: '{left.predicate}' / '{right.predicate}'")
    elif same_verb:
        reasons.append(f"same action: '{', '.join(same_verb)}' (of '{', '.join(sorted(_verbs(left)))}' / '{', '.join(sorted(_verbs(right)))}')")
    elif left.predicate and right.predicate and (sense := related_kind(left.predicate, right.predicate)):
        reasons.append(f"same action to WordNet: '{left.predicate}' / '{right.predicate}' ({sense})")
    elif {left.predicate, right.predicate} & words.part_of:
        return None
    elif (slip := _transposed(left, right)) is not None:
        reasons.append(slip)
    elif not (shared and left.concept_head and right.concept_head) or left.stopwatch or right.stopwatch:
        return None
    if shared:
        reasons.append(f"same participants: {', '.join(shared)}")
    return reasons


def _holder(claim: QuantityClaim) -> tuple[str, ...]:
    """Whose a person's attribute is ("Owen Farrant, 58" and "Neil Farrant, 27" are two people's
    ages); other figures are counted per article whoever is named."""
    return tuple(claim.participants) if claim.role == ATTRIBUTE else ()


def _one_person(left: QuantityClaim, right: QuantityClaim) -> bool:
    """Whether the two figures name one person: the same surname, or one spelled two ways as name
    variants are found ("Halloway, 67" / "Holloway, the 76-year-old"), and the names' other words
    one within the other's ("Threlkeld" / "Gavin Threlkeld", not "Liam Threlkeld")."""
    for a in left.participants:
        for b in right.participants:
            surname_a, surname_b = _surname(a), _surname(b)
            if surname_a != surname_b and surname_slip(surname_a, surname_b) is None:
                continue
            given_a, given_b = name_parts(a) - {fold(surname_a)}, name_parts(b) - {fold(surname_b)}
            if given_a <= given_b or given_b <= given_a:
                return True
    return False


def _modifier_of_other_words(left: QuantityClaim, right: QuantityClaim) -> bool:
    """ "the repair bill came to £7.4m" / "the work cost £4.7 million": where the counted things
    are worded differently and the digits are one figure's in another order, a word modifying one
    side's noun ("repair") is part of its other wording, not a different thing."""
    words = lexicon()
    if words.noun(left.concept_head or "", None) == words.noun(right.concept_head or "", None):
        return False
    fewer = min((_modifiers(left), _modifiers(right)), key=len)
    # Two digits swapped by chance are common ("23 seats" / "32 districts"); three, or a decimal
    # written out ("£7.4m"), far less so.
    written = len(_digits(left.value).rstrip("0")) >= 3 or all(re.search(r"\d\.\d", c.text) for c in (left, right))
    return not fewer and written and _transposed(left, right) is not None


def _side_by_side(claim: QuantityClaim, other: QuantityClaim) -> bool:
    """ "it carries only 38 cars, against the Isle of Inchmorran's 64": an article that writes
    the other figure in the same sentence sets the two apart itself, so the other article's
    figure agrees with one of them rather than contradicting the first."""
    # The value as written: "49.4%" stands for its rounding interval, but is written "49.4".
    value = other.value
    if other.qualifier not in WRITTEN_VALUES or claim.value == value:
        return False
    rest = claim.sentence.replace(claim.text, " ", 1)
    return value in {parse_digits(number) for number in _WRITTEN_NUMBER.findall(rest)}


_WRITTEN_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _one_of_several(claim: QuantityClaim) -> str | None:
    """The subject marked as one of several ("second ticket", "wealthiest district"), if it is:
    extraction writes only such marks before the subject's noun."""
    return claim.subject if claim.subject and " " in claim.subject else None


def _named_apart(named: QuantityClaim, other: QuantityClaim) -> bool:
    """ "the Harrowgate plant employs 1,100" is not "Kellbrook employs 3,200": a subject called by
    a name the other figure's names (or its subject's name) do not include."""
    if named.subject_name is None:
        return False
    name = _surname(named.subject_name)
    others = _names(other) | ({_surname(other.subject_name)} if other.subject_name else set())
    return bool(others) and name not in others


def _same_moment(left: str, right: str) -> bool:
    """Resolved dates ("2025-02-18", "2025-02-17/2025-02-23") agree when they overlap; other date
    words ("the first day of the strike") when they mark the same instance."""
    left_range, right_range = _date_range(left), _date_range(right)
    if left_range is not None and right_range is not None:
        return left_range.overlaps(right_range)
    if left_range is None and right_range is None:
        # "in its busiest year" / "over the past year": words that resolve to no date differ
        # only when they mark another instance or count ("the first day" / "the second day").
        return _time_marks(left) == _time_marks(right)
    return left == right


def _time_marks(words: str) -> frozenset[str]:
    """The words of a time phrase that say which one of several it is: instance words and numbers."""
    marks = date_words()["instance_words"]
    return frozenset(
        w for w in re.findall(r"[\w']+", words.lower()) if w in marks or any(ch.isdigit() for ch in w) or numbers.parse_words([w], units.scale_of) is not None
    )


def _date_range(text: str) -> DateRange | None:
    parts = text.split("/")
    try:
        days = [date.fromisoformat(part) for part in parts]
    except ValueError:
        return None
    return DateRange(days[0], days[-1]) if len(days) <= 2 else None


def _compatible_roles(left: QuantityClaim, right: QuantityClaim) -> bool:
    """A change ("lost 9 seats") only meets a change, a whole ("of the 60 seats") only a whole, a
    part ("four of them") only a part; a forecast ("projects a deficit of $549 million") meets a
    forecast or a figure whose clause looks ahead ("will run a $594-million deficit")."""
    roles = {left.role, right.role}
    if roles == {"expected", None}:
        return (left if left.role is None else right).outlook == AHEAD
    return left.role == right.role or roles == {None, "level"}


def _same_place(left: QuantityClaim, right: QuantityClaim) -> bool:
    """A place named for one figure must be the other's place, named or the one its article is about.

    A figure for a named place ("where 1,150 people are employed") is not one for a named body
    as a whole ("Brennick, which employs 31,000 people").
    """
    if not left.place and not right.place:
        return True
    if bool(left.place) != bool(right.place):
        placed, other = (left, right) if left.place else (right, left)
        if other.participants and fold(placed.place) not in {fold(n) for n in other.participants}:
            return False
        if fold(placed.place) in {fold(n) for n in other.participants}:
            # "the 1,800 people employed at Dunmarsh" / "Dunmarsh, which employs 2,400": the
            # other figure's holder is the place.
            return True
    left_place = left.place or left.default_place
    right_place = right.place or right.default_place
    if left_place is None or right_place is None or left_place == right_place:
        return True
    if bool(left.place) == bool(right.place):
        return False
    # "48,000 kettles sold in the UK and Ireland" is about Ireland, the place another article's
    # figure is about for want of one of its own.
    placed, other = (left, right) if left.place else (right, left)
    return other.default_place in placed.place.split(" and ")


def _modifiers(claim: QuantityClaim) -> frozenset[str]:
    """The counted thing's modifiers, less one that makes a compound noun with it ("net income")."""
    words = lexicon()
    modifiers = list(claim.concept_modifiers)
    if modifiers and claim.concept_head and words.is_compound(modifiers[-1], claim.concept_head):
        modifiers.pop()
    return frozenset(words.modifiers.get(m, m) for m in modifiers)


def _names(claim: QuantityClaim) -> set[str]:
    return {_surname(name) for name in claim.participants}


def _surname(name: str) -> str:
    """ "Keir Starmer", "Starmer", "Poland's" -> the comparable last word."""
    return without_possessive(name.split()[-1].lower())


def _quantity_comparison(by_id, story: str, left_group: list, right_group: list, reasons: list[str], evidence) -> Comparison:
    left, right = left_group[0], right_group[0]
    left_interval, right_interval = _read_against(left, right, left.unit), _read_against(right, left, left.unit)
    overlap = left_interval.overlaps(right_interval)
    distance = left_interval.distance(right_interval)
    scale = max(abs(v) for v in (left.value, _in_unit_value(right, left.unit)) if v is not None) or 1.0
    gap = 0.0 if overlap else distance / scale
    facts = {
        "story": story,
        "dimension": left.dimension,
        "unit": left.unit,
        "concept": left.concept,
        "overlap": overlap,
        "touching": not overlap and distance == 0,
        "relative_gap": round(gap, 4),
        "left_text": left.text,
        "right_text": right.text,
        "left_outlet": outlets(left_group, by_id),
        "right_outlet": outlets(right_group, by_id),
        "left_article": left.article,
        "right_article": right.article,
        "left_qualifier": left.qualifier,
        "right_qualifier": right.qualifier,
        "left_interval": left_interval.describe(),
        "right_interval": right_interval.describe(),
        "same_holder": bool(_names(left) & _names(right)),
        "vague": "magnitude" in {left.qualifier, right.qualifier},
    }
    reasons = [*story_reasons(story), f"same dimension {left.dimension}", *reasons]
    if overlap:
        conflict = f"{left_interval.describe()} and {right_interval.describe()} share values"
    else:
        conflict = f"{left_interval.describe()} and {right_interval.describe()} share no value (gap {gap:.0%} of the larger value)"
    claims = tuple(left_group + right_group)
    return Comparison(digest("quantity", *(c.id for c in claims)), "quantity", story, claims, facts, tuple(reasons), conflict, evidence)


def _read_against(claim: QuantityClaim, other: QuantityClaim, unit: str) -> Interval:
    """The claim's values in the unit compared in; an "about" figure as read against a figure
    written in its own unit (see hedge_against); an exact figure against one in another unit as
    every value that rounds to it ("125km/h" is 124.5 to 125.5 km/h, so "78mph" agrees); two
    maxima ("up to") each as the value it names."""
    if claim.qualifier == other.qualifier == UP_TO:
        # "Up to 86mm of rain fell" / "up to 68mm": each tells the most there was, a value.
        return _in_unit(replace(claim, interval=Interval(claim.value, claim.value)), unit)
    if claim.qualifier == "approx" and claim.unit == other.unit:
        return hedge_against(claim.interval, claim.value, other.value)
    if claim.qualifier == "exact" and claim.unit != other.unit and (step := rounding_step(claim.value)) is not None:
        rounded = replace(claim, interval=Interval(claim.value - step / 2, claim.value + step / 2))
        return _in_unit(rounded, unit)
    return _in_unit(claim, unit)


def _in_unit(claim: QuantityClaim, unit: str) -> Interval:
    """The claim's interval in another unit of its dimension, bound by bound (°C to °F has an offset)."""
    if claim.unit == unit or claim.dimension in COUNTED:
        return claim.interval
    interval = claim.interval

    def convert(bound: float | None) -> float | None:
        return None if bound is None else units.convert(bound, claim.unit, unit)

    return Interval(convert(interval.low), convert(interval.high), interval.low_inclusive, interval.high_inclusive)


def _in_unit_value(claim: QuantityClaim, unit: str) -> float:
    if claim.unit == unit or claim.dimension in COUNTED:
        return claim.value
    return units.convert(claim.value, claim.unit, unit)


def _conversions(by_id: dict[str, Article], claims: list[QuantityClaim]) -> list[Comparison]:
    """In-article restatements ("€6 billion ($6.2 billion)") checked against the dated rate."""
    claim_by_id = {claim.id: claim for claim in claims}
    comparisons = []
    for target in claims:
        source = claim_by_id.get(target.restates or "")
        if source is None:
            continue
        article = by_id[target.article]
        expected, rate, rate_date = _expected(source, target, article.published, article.text)
        if expected is None:
            continue
        facts = {
            "story": article.story or "",
            "article": article.id,
            "outlet": article.label,
            "source_text": source.text,
            "target_text": target.text,
            "source_unit": source.unit,
            "target_unit": target.unit,
            "stated": target.value,
            "expected": round(expected, 6),
            "expected_text": f"{format_amount(expected)} {target.unit}",
            "relative_error": round(abs(target.value - expected) / abs(expected), 4) if expected else 0.0,
            "rate": round(rate, 6),
            "rate_date": rate_date,
        }
        reasons = (f"'{target.text}' restates '{source.text}' in brackets",)
        evidence = (weigh("conversion", "restated_in_brackets", "the article restates the amount itself"),)
        conflict = (
            f"{format_number(source.value)} {source.unit} at {rate:.4f} ({rate_date}) is "
            f"{format_number(expected)} {target.unit}; the article says {format_number(target.value)}"
            f" ({facts['relative_error']:.1%} off)"
        )
        comparisons.append(
            Comparison(digest("conversion", source.id, target.id), "conversion", article.story or "", (source, target), facts, reasons, conflict, evidence)
        )
    return comparisons


def _sign(claim: QuantityClaim) -> str:
    """The sign written right before an amount's digits ("US$" of "about US$2.2 million", "Rs"
    of "Rs 1.2 crore"; none for "146,000")."""
    before = re.match(r"\D*", claim.text).group().split()
    if not before or (before[-1].isalpha() and units.currency_of_sign(before[-1]) is None):
        return ""
    return before[-1]


def _expected(source: QuantityClaim, target: QuantityClaim, published: date | None, text: str) -> tuple[float | None, float, str]:
    """What the restated amount should be: (value, rate or unit factor, rate date or 'fixed')."""
    source_is_money = source.dimension.startswith("[currency_")
    if source_is_money != target.dimension.startswith("[currency_"):
        return None, 0.0, ""
    if source.unit == target.unit:
        # "Rs 1.2 crore (Rs 12 million)", "14.6 lakh (1.46 million)": the amount restated in
        # other scale words, which change nothing. "$3.5 million (US$2.2 million)" marks the first
        # "$" as another country's, and "$3.8bn ($1.42 a share)" is a rate, not the amount again.
        if _sign(source) != _sign(target) or any(word.split()[0] == PER for c in (source, target) for word in _modifiers(c)):
            return None, 0.0, ""
        return source.value, 1.0, "fixed"
    if not source_is_money:
        # "3,000 litres (660 gallons)": the British gallon where the American one does not fit.
        pairs = [(a, b) for a in units.readings(source.unit) for b in units.readings(target.unit)]
        try:
            expected, factor = min(
                ((units.convert(source.value, a, b), units.convert(1.0, a, b)) for a, b in pairs), key=lambda found: abs(found[0] - target.value)
            )
        except pint.DimensionalityError:
            return None, 0.0, ""
        return expected, factor, "fixed"
    if published is None:
        return None, 0.0, ""
    pairs = [(a, b) for a in _currencies(source, text) for b in _currencies(target, text) if a != b]
    if not pairs or not all(units.rate_available(c, published) for pair in pairs for c in pair):
        # "1 million rupees" in a story from Pakistan: a currency with no dated rate cannot be checked.
        return None, 0.0, ""
    expected, rate = min(
        ((units.convert_money(source.value, a, b, published), units.exchange_rate(a, b, published)) for a, b in pairs),
        key=lambda found: abs(found[0] - target.value),
    )
    return expected, rate, published.isoformat()


def _currencies(claim: QuantityClaim, text: str) -> list[str]:
    """The currencies an amount may be in: the one read, unless it was written with a word several
    countries' currencies share and the sentence or article says whose ("rupees" beside
    "Pakistan"); so with a sign several currencies share ("Rs" in a story from Pakistan is
    Pakistani rupees); any other sign ("$", "RM") is read as the reader of signs reads it."""
    return units.currencies_meant(_sign(claim) or claim.text, claim.sentence, text) or [claim.unit]
