"""From quote mentions to QuoteClaims: surname-only speakers resolved to the full name in the article."""

from __future__ import annotations

from spacy.tokens import Doc

from checker.model import Article, QuoteClaim
from checker.normalise.common import evidence


def claims_from_doc(article: Article, doc: Doc, offset: int) -> list[QuoteClaim]:
    people = [e.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
    claims = []
    for span in doc._.quotes or []:
        mention = span._.quote
        speaker = full_name(mention.speaker, people) if mention.speaker_kind == "named" else mention.speaker
        claims.append(
            QuoteClaim(
                **evidence(article, span, offset, "quote"),
                quote=mention.content,
                speaker=speaker,
                speaker_kind=mention.speaker_kind,
                organisation=mention.organisation,
                verb=mention.verb,
            )
        )
    return claims


def full_name(name: str | None, people: list[str]) -> str | None:
    """"Peskov" -> "Dmitry Peskov" when the article names him in full."""
    if not name or " " in name:
        return name
    matches = sorted({p for p in people if p.split()[-1] == name})
    return matches[0] if len(matches) == 1 else name
