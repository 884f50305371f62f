"""Alignment: which claims speak of the same thing, and the comparison facts the rules judge.

Each claim kind has its own aligner module declaring the facts it produces (`FIELDS`), so a
rule file can be validated against them and a new kind is one new module.
"""

from __future__ import annotations

from checker.align import quantities
from checker.model import Article, Claim, Comparison, QuantityClaim

FACT_FIELDS = {
    "quantity": quantities.QUANTITY_FIELDS,
    "conversion": quantities.CONVERSION_FIELDS,
}


def align(articles: list[Article], claims: list[Claim]) -> list[Comparison]:
    """Every comparison the rules should judge, in a stable order."""
    numbers = [claim for claim in claims if isinstance(claim, QuantityClaim)]
    return quantities.align_quantities(articles, numbers)
