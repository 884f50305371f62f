"""Stance mentions as StanceClaims: one claim per holder, proposal words made comparable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.model import Article, StanceClaim
from checker.normalise.common import evidence
from checker.normalise.names import actor
from checker.resources import data_cache, load_data

if TYPE_CHECKING:
    from spacy.tokens import Doc


@data_cache(maxsize=1)
def _equivalents() -> dict[str, str]:
    groups = load_data("stances.yaml")["equivalent"]
    return {str(word).lower(): str(group[0]).lower() for group in groups for word in group}


def proposal_key(words: list[str]) -> tuple[str, ...]:
    """The words that tell one proposal from another, with equivalents merged ("peacekeepers" = "troops")."""
    equivalents = _equivalents()
    return tuple(sorted({equivalents.get(w, w) for w in words}))


def claims_from_doc(article: Article, doc: Doc, offset: int) -> list[StanceClaim]:
    claims = []
    for span in doc._.stances or []:
        mention = span._.stance
        base = evidence(article, span, offset, "stance")
        for number, holder in enumerate(mention.holders):
            claims.append(
                StanceClaim(
                    **{**base, "id": f"{base['id']}:{number}"},
                    holder=holder,
                    polarity=mention.polarity,
                    proposal=mention.proposal,
                    proposal_words=proposal_key(mention.proposal_words),
                    source=mention.source if mention.source and actor(mention.source) != actor(holder) else None,
                    proposal_head=proposal_key([mention.proposal_head])[0] if mention.proposal_head else "",
                    proposal_figures=tuple(mention.proposal_figures),
                    proposal_version=mention.proposal_version,
                    proposal_bare=mention.proposal_bare,
                )
            )
    return claims
