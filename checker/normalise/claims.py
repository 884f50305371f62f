"""From a mention's words to a Claim: value, interval, canonical unit and dimension."""

from __future__ import annotations

from spacy.tokens import Span

from checker.extract.quantities import Mention
from checker.model import Article, Claim
from checker.normalise import numbers, units
from checker.normalise.qualifiers import interval


def quantity_claim(article: Article, span: Span, offset: int, restated: Claim | None) -> Claim | None:
    """The normalised claim for one mention, or None when its number cannot be read."""
    mention: Mention = span._.quantity
    value = numbers.parse_words(mention.number_words, units.scale_of)
    if value is None:
        return None
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
        interval=interval(value, mention.qualifier),
        qualifier=mention.qualifier.kind if mention.qualifier else "exact",
        unit=unit,
        dimension=dimension,
        concept=mention.concept_text or mention.concept_head or "",
        concept_head=mention.concept_head,
        concept_modifiers=tuple(mention.concept_modifiers),
        predicate=mention.predicate,
        holder=mention.holder,
        restates=restated.id if restated else None,
    )


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
