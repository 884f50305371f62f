"""reviewdog rdjsonl: one diagnostic per line; columns are 1-based UTF-8 byte offsets in the line."""

from __future__ import annotations

import json

from checker.model import Article, Claim, Report
from checker.report import RenderOptions, articles_by_id, cited, findings_format

SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def byte_position(article: Article, offset: int) -> dict:
    """{"line", "column"} with the column counted in UTF-8 bytes from the line start, 1-based."""
    line, _ = article.position(offset)
    line_start = article.text.rfind("\n", 0, offset) + 1
    return {"line": line, "column": len(article.text[line_start:offset].encode("utf-8")) + 1}


def _range(start: int, end: int, article: Article) -> dict:
    return {"start": byte_position(article, start), "end": byte_position(article, end)}


def _claim_range(claim: Claim, article: Article) -> dict:
    return _range(claim.start, claim.end, article)


def _place_range(finding, claim: Claim, article: Article) -> dict:
    place = cited(finding, claim, article)
    return _range(place.start, place.end, article)


@findings_format("rdjsonl")
def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    articles = articles_by_id(report)
    lines = []
    for finding in report.findings:
        first, *others = finding.claims
        article = articles[first.article]
        place = cited(finding, first, article)
        diagnostic = {
            "message": finding.message,
            "location": {"path": article.path, "range": _range(place.start, place.end, article)},
            "severity": SEVERITY[finding.severity],
            "source": {"name": "crosscheck"},
            "code": {"value": finding.rule},
            "related_locations": [
                {
                    "message": f"{articles[c.article].label}: {c.text}",
                    "location": {"path": articles[c.article].path, "range": _place_range(finding, c, articles[c.article])},
                }
                for c in others
            ],
        }
        if finding.suggestion:
            diagnostic["suggestions"] = [{"range": _claim_range(first, article), "text": finding.suggestion}]
        lines.append(json.dumps(diagnostic, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)
