"""From a mention's words to a Claim: value, interval, canonical unit and dimension."""

from __future__ import annotations

from spacy.tokens import Span

from checker.extract.quantities import Mention
from checker.model import Article, Claim, Interval
from checker.normalise import numbers, units
from checker.normalise.qualifiers import interval


def quantity_claim(article: Article, span: Span, offset: int, restated: Claim | None) -> Claim | None:
    """The normalised claim for one mention, or None when its number cannot be read."""
    mention: Mention = span._.quantity
    value = numbers.parse_words(mention.number_words, units.scale_of)
    if value is None:
        return None
    bounds = interval(value, mention.qualifier)
    qualifier = mention.qualifier.kind if mention.qualifier else "exact"
    if mention.upper_words is not None:
        bounds = _range(mention, value)
        if bounds is None:
            return None
        value, qualifier = bounds.low, "range"
    unit, dimension = _unit(mention)
    start = span.start_char + offset
    end = span.end_char + offset
    line, column = article.position(start)
    sentence = span.sent.text.strip() if span.doc.has_annotation("SENT_START") else span.text
    return Claim(
        id=f"{article.id}:{start}",
        article=article.id,
        kind="quantity",
        start=start,
        end=end,
        line=line,
        column=column,
        text=article.text[start:end],
        sentence=" ".join(sentence.split()),
        segment="main" if start < article.main_end else "related",
        value=value,
        interval=bounds,
        qualifier=qualifier,
        unit=unit,
        dimension=dimension,
        concept=mention.concept_text or mention.concept_head or "",
        concept_head=mention.concept_head,
        concept_modifiers=tuple(mention.concept_modifiers),
        predicate=mention.predicate,
        holder=mention.holder,
        restates=restated.id if restated else None,
    )


def _range(mention: Mention, low: float) -> Interval | None:
    """"between 1.5 and 2 million": a scale written once applies to both ends."""
    high = numbers.parse_words(mention.upper_words, units.scale_of)
    if high is None:
        return None
    scale = units.scale_of(mention.upper_words[-1])
    if scale and not any(units.scale_of(word) for word in mention.number_words) and low * scale <= high:
        low *= scale
    return Interval(low, high) if low <= high else None


def _unit(mention: Mention) -> tuple[str, str]:
    if mention.currency:
        return mention.currency, f"[currency_{mention.currency}]"
    if mention.percent:
        return mention.percent, mention.percent
    if mention.unit_word:
        unit = units.lookup(mention.unit_word)
        if unit is not None:
            return unit.name, unit.dimension
    return "count", "count"
