"""What every claim carries: where it is, its exact text, its sentence and its page segment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.model import Article

if TYPE_CHECKING:
    from spacy.tokens import Span


def evidence(article: Article, span: Span, offset: int, kind: str) -> dict:
    """The common Claim fields for a span of a document parsed from `article.text[offset:]`."""
    start = span.start_char + offset
    end = span.end_char + offset
    line, column = article.position(start)
    sentence = span.sent.text if span.doc.has_annotation("SENT_START") else span.text
    return {
        "id": f"{article.id}:{kind}:{start}",
        "article": article.id,
        "kind": kind,
        "start": start,
        "end": end,
        "line": line,
        "column": column,
        "text": article.text[start:end],
        "sentence": " ".join(sentence.split()),
        "segment": "main" if start < article.main_end else "related",
    }
