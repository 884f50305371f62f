"""Event mentions as EventClaims, each date expression resolved against the publication date."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from checker.model import Article, EventClaim
from checker.normalise.common import evidence
from checker.normalise.dates import resolve

if TYPE_CHECKING:
    from spacy.tokens import Doc


def claims_from_doc(article: Article, doc: Doc, offset: int) -> list[EventClaim]:
    claims = []
    for span in doc._.events or []:
        mention = span._.event
        resolved = resolve(mention.expression, _speech_day(mention.said_on, article.published), future=mention.future)
        claims.append(
            EventClaim(
                **evidence(article, span, offset, "event"),
                expression=mention.expression,
                trigger=mention.trigger,
                trigger_is_verb=mention.trigger_is_verb,
                anchors=tuple(mention.anchors),
                participants=tuple(mention.participants),
                place=mention.place,
                date_start=resolved.start.isoformat() if resolved else None,
                date_end=resolved.end.isoformat() if resolved else None,
                instance=mention.instance,
                speaker=mention.speaker,
                statement=tuple(mention.statement),
                quoted=mention.quoted,
                said_on=mention.said_on,
                doers=tuple(mention.doers),
                themes=tuple(mention.themes),
                figures=tuple(mention.figures),
                acts_on=tuple(mention.acts_on),
                bodies=tuple(mention.bodies),
                starts=mention.starts,
                expected=mention.expected,
                telling=mention.telling,
                ahead=mention.future,
            )
        )
    return claims


def _speech_day(said_on: str | None, published: date | None) -> date | None:
    """The day words were said, when the text gives one; else the publication date."""
    if said_on is None or published is None:
        return published
    said = resolve(said_on, published)
    return said.start if said is not None and said.start == said.end else published
