"""Report formats. Each module registers its renderers; adding a format is adding one module."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import Callable

from checker.model import Article, Claim, Finding, Report


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False


Renderer = Callable[[Report, RenderOptions], str]
FINDING_FORMATS: dict[str, Renderer] = {}
CLAIM_FORMATS: dict[str, Renderer] = {}
MACHINE_FORMATS = {"json", "sarif", "rdjsonl", "github", "junit"}
"""Formats read by programs: no progress bar, no colour."""


def findings_format(name: str):
    def register(render: Renderer):
        FINDING_FORMATS[name] = render
        return render

    return register


def claims_format(name: str):
    def register(render: Renderer):
        CLAIM_FORMATS[name] = render
        return render

    return register


def articles_by_id(report: Report) -> dict[str, Article]:
    return {article.id: article for article in report.articles}


def end_position(claim: Claim, article: Article) -> tuple[int, int]:
    """1-based line and column just after the claim's last character (code points)."""
    return article.position(claim.end)


@dataclass(frozen=True)
class Place:
    """A stretch of an article a report points at, with 1-based lines and columns (code points)."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


def cited(finding: Finding, claim: Claim, article: Article) -> Place:
    """Where a report points for one claim of a finding: at the words that carry the conflict (a
    quote's first changed word) when the finding knows them, else at the whole claim."""
    focus = finding.focus_of(claim)
    start, end = (focus[0].start, focus[-1].end) if focus else (claim.start, claim.end)
    return Place(start, end, *article.position(start), *article.position(end), article.text[start:end])


_OPENING_MARKS = "\"“‘'«„`"
_CLOSING_MARKS = "\"”’'»“`"


def quoted(text: str) -> str:
    """Evidence in quotation marks, once: a quote claim's text carries its own marks already."""
    stripped = text.strip()
    if stripped[:1] in _OPENING_MARKS and stripped[-1:] in _CLOSING_MARKS:
        return text
    return f"“{text}”"


def severity_counts(report: Report) -> dict[str, int]:
    return {severity: sum(f.severity == severity for f in report.findings) for severity in ("error", "warning", "info")}


def _load_all() -> None:
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        importlib.import_module(f"{__name__}.{module}")


_load_all()
