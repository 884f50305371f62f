"""Alignment: which claims speak of the same thing, and the comparison facts the rules judge.

Claims are blocked by (story, dimension, counted thing) so the work grows with the size of each
block, never with the square of the corpus. Inside a block a pair is compared only when the
modifiers, the verb and the holder agree too; every comparison keeps the reasons in words.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import combinations

import pint

from checker.model import Article, Claim, Comparison, Interval, format_number
from checker.normalise import units
from checker.resources import load_data

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
    "left_qualifier": "exact, approx, at_least, more_than, at_most or less_than",
    "right_qualifier": "as left_qualifier, for the second claim",
    "left_interval": "the values the first claim allows, e.g. [200,000, +inf)",
    "right_interval": "the values the second claim allows",
    "same_holder": "true when both claims name the same holder (Starmer's plan, Starmer's plan)",
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
FACT_FIELDS = {"quantity": QUANTITY_FIELDS, "conversion": CONVERSION_FIELDS}


@dataclass(frozen=True)
class Lexicon:
    """Synonym sets from rules/data/synonyms.yaml, each word mapped to its set's first word."""

    nouns: dict[str, str]
    modifiers: dict[str, str]
    verbs: dict[str, str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load_data("synonyms.yaml")

    def canon(groups) -> dict[str, str]:
        return {str(word).lower(): str(group[0]).lower() for group in groups for word in group}

    return Lexicon(canon(data["nouns"]), canon(data["modifiers"]), canon(data["verbs"]))


def align(articles: list[Article], claims: list[Claim]) -> list[Comparison]:
    """Every comparison the rules should judge, in a stable order."""
    by_id = {article.id: article for article in articles}
    comparisons = _conversions(by_id, claims)
    blocks: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.segment == "main" and claim.concept_head:
            blocks[_block_key(by_id[claim.article], claim)].append(claim)
    for key in sorted(blocks, key=repr):
        for left, right in combinations(blocks[key], 2):
            if left.article == right.article:
                continue
            reasons = _alignment_reasons(left, right)
            if reasons is not None:
                comparisons.append(_quantity_comparison(by_id, key[0], left, right, reasons))
    return comparisons


def _block_key(article: Article, claim: Claim) -> tuple:
    family = claim.unit if claim.dimension.startswith("[currency_") else claim.dimension
    return (article.story or "", family, lexicon().nouns.get(claim.concept_head, claim.concept_head))


def _alignment_reasons(left: Claim, right: Claim) -> list[str] | None:
    """Why two claims in one block describe the same thing, or None when they might not."""
    words = lexicon()
    left_mods = {words.modifiers.get(m, m) for m in left.concept_modifiers}
    right_mods = {words.modifiers.get(m, m) for m in right.concept_modifiers}
    if left_mods != right_mods:
        return None
    reasons = [f"same thing counted: '{left.concept}' / '{right.concept}'"]
    if left.predicate and right.predicate:
        if words.verbs.get(left.predicate, left.predicate) != words.verbs.get(right.predicate, right.predicate):
            return None
        reasons.append(f"same action: '{left.predicate}' / '{right.predicate}'")
    elif left.predicate or right.predicate:
        return None
    if left.holder and right.holder:
        if _surname(left.holder) != _surname(right.holder):
            return None
        reasons.append(f"same holder: {left.holder}")
    return reasons


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def _quantity_comparison(by_id, story: str, left: Claim, right: Claim, reasons: list[str]) -> Comparison:
    left, right = sorted((left, right), key=lambda c: (c.article, c.start))
    right_interval = _in_unit(right, left.unit)
    overlap = left.interval.overlaps(right_interval)
    distance = left.interval.distance(right_interval)
    scale = max(abs(v) for v in (left.value, _in_unit_value(right, left.unit)) if v is not None) or 1.0
    gap = 0.0 if overlap else distance / scale
    left_article, right_article = by_id[left.article], by_id[right.article]
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
        "left_outlet": left_article.label,
        "right_outlet": right_article.label,
        "left_article": left.article,
        "right_article": right.article,
        "left_qualifier": left.qualifier,
        "right_qualifier": right.qualifier,
        "left_interval": left.interval.describe(),
        "right_interval": right_interval.describe(),
        "same_holder": bool(left.holder and right.holder),
    }
    reasons = [f"same story '{story or 'default'}'", f"same dimension {left.dimension}", *reasons]
    if overlap:
        conflict = f"{left.interval.describe()} and {right_interval.describe()} share values"
    else:
        conflict = (
            f"{left.interval.describe()} and {right_interval.describe()} share no value"
            f" (gap {gap:.0%} of the larger value)"
        )
    return Comparison(_digest("quantity", left.id, right.id), "quantity", story, (left, right), facts, tuple(reasons), conflict)


def _in_unit(claim: Claim, unit: str) -> Interval:
    if claim.unit == unit:
        return claim.interval
    return claim.interval.scale(units.convert(1.0, claim.unit, unit))


def _in_unit_value(claim: Claim, unit: str) -> float:
    return claim.value if claim.unit == unit else units.convert(claim.value, claim.unit, unit)


def _conversions(by_id: dict[str, Article], claims: list[Claim]) -> list[Comparison]:
    """In-article restatements ("€6 billion ($6.2 billion)") checked against the dated rate."""
    claim_by_id = {claim.id: claim for claim in claims}
    comparisons = []
    for target in claims:
        source = claim_by_id.get(target.restates or "")
        if source is None or source.unit == target.unit:
            continue
        article = by_id[target.article]
        rate, rate_date = _rate(source, target, article.published)
        if rate is None:
            continue
        expected = source.value * rate
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
            "expected_text": f"{format_number(round(expected, 2))} {target.unit}",
            "relative_error": round(abs(target.value - expected) / abs(expected), 4) if expected else 0.0,
            "rate": round(rate, 6),
            "rate_date": rate_date,
        }
        reasons = (f"'{target.text}' restates '{source.text}' in brackets",)
        conflict = (
            f"{format_number(source.value)} {source.unit} at {rate:.4f} ({rate_date}) is "
            f"{format_number(expected)} {target.unit}; the article says {format_number(target.value)}"
            f" ({facts['relative_error']:.1%} off)"
        )
        comparisons.append(
            Comparison(_digest("conversion", source.id, target.id), "conversion", article.story or "",
                       (source, target), facts, reasons, conflict)
        )
    return comparisons


def _rate(source: Claim, target: Claim, published: date | None) -> tuple[float | None, str]:
    source_is_money = source.dimension.startswith("[currency_")
    if source_is_money != target.dimension.startswith("[currency_"):
        return None, ""
    if not source_is_money:
        try:
            return units.convert(1.0, source.unit, target.unit), "fixed"
        except pint.DimensionalityError:
            return None, ""
    if published is None or not all(units.rate_available(c, published) for c in (source.unit, target.unit)):
        return None, ""
    return units.exchange_rate(source.unit, target.unit, published), published.isoformat()


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:12]
