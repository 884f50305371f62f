"""From quote mentions to QuoteClaims: surname-only speakers resolved to the full name in the article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.model import Article, QuoteClaim
from checker.normalise.common import evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def claims_from_doc(article: Article, doc: Doc, offset: int) -> list[QuoteClaim]:
    people = _people(doc)
    claims = []
    for span in doc._.quotes or []:
        mention = span._.quote
        speaker, kind = _speaker(span, doc, people)
        claims.append(
            QuoteClaim(
                **evidence(article, span, offset, "quote"),
                quote=mention.content,
                speaker=speaker,
                speaker_kind=kind,
                organisation=mention.organisation,
                verb=mention.verb,
                attribution=mention.attribution,
                words=mention.words,
                word_classes=mention.word_classes,
                word_places=tuple((start + offset, end + offset) for start, end in mention.word_places),
            )
        )
    return claims


def quote_speakers(doc: Doc) -> list[tuple[Span, str | None]]:
    """Each quote of the document with its speaker as its QuoteClaim names him or her: whatever
    else is read inside a quote (a figure) is that speaker's word."""
    people = _people(doc)
    return [(span, _speaker(span, doc, people)[0]) for span in doc._.quotes or []]


def _people(doc: Doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]


def _speaker(span: Span, doc: Doc, people: list[str]) -> tuple[str | None, str | None]:
    mention = span._.quote
    speaker, kind = mention.speaker, mention.speaker_kind
    if kind == "named":
        speaker = full_name(speaker, people)
        kind = "named" if _is_person(speaker, doc) else "organisation"
    return speaker, kind


def _is_person(speaker: str | None, doc: Doc) -> bool:
    """A full name, or a single name the document elsewhere calls a person; "Brennick, which
    employs 31,000 people" is a company, not a person who could be misquoted."""
    if not speaker:
        return False
    if " " in speaker:
        return True
    return any(e.label_ == "PERSON" and _called(e.text, speaker) for e in doc.ents)


def _called(person: str, name: str) -> bool:
    """Whether a person's full name may be shortened to `name`: its last word ("Peskov"), either
    half of a hyphened surname ("Tremblay-Hale" is also "Hale" where the tokenizer parts it) or
    one of two surnames after the given name ("Lucía Bermúdez Ortega" is "Bermúdez")."""
    words = person.split()
    return name in words[1:] or name in words[-1].split("-")


def full_name(name: str | None, people: list[str]) -> str | None:
    """ "Peskov" -> "Dmitry Peskov" when the article names him in full."""
    if not name or " " in name:
        return name
    matches = sorted({p for p in people if _called(p, name)})
    return matches[0] if len(matches) == 1 else name
