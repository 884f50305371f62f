"""Alignment: which claims speak of the same thing, and the comparison facts the rules judge.

Each claim kind has its own aligner module declaring the facts it produces, so a rule file can
be validated against them and a new kind is one new module.
"""

from __future__ import annotations

from checker.align import events, names, quantities, quotes, stances
from checker.align.names import HouseStyle
from checker.model import Article, Claim, Comparison, EventClaim, NameClaim, QuantityClaim, QuoteClaim, StanceClaim

CONFIDENCE_FIELD = {
    "confidence": "how sure crosscheck is that the claims speak of the same thing (0 to 1): the product of the evidence factors in rules/data/confidence.yaml",
}
FACT_FIELDS = {
    kind: {**fields, **CONFIDENCE_FIELD}
    for kind, fields in {
        "quantity": quantities.QUANTITY_FIELDS,
        "conversion": quantities.CONVERSION_FIELDS,
        "quote": quotes.QUOTE_FIELDS,
        "stance": stances.STANCE_FIELDS,
        "name": names.NAME_FIELDS,
        "event": events.EVENT_FIELDS,
    }.items()
}


def align(articles: list[Article], claims: list[Claim], style: HouseStyle = HouseStyle()) -> list[Comparison]:
    """Every comparison the rules should judge, in a stable order."""

    def of(kind: type) -> list:
        return [claim for claim in claims if isinstance(claim, kind)]

    return [
        *quantities.align_quantities(articles, of(QuantityClaim)),
        *quotes.align_quotes(articles, of(QuoteClaim)),
        *stances.align_stances(articles, of(StanceClaim)),
        *names.align_names(articles, of(NameClaim), style),
        *events.align_events(articles, of(EventClaim)),
    ]
