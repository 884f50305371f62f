"""The versioned JSON report (see docs/report-format.md) and the claim listings."""

from __future__ import annotations

import json

from checker import __version__
from checker.model import SEVERITIES, Article, Claim, Report
from checker.report import RenderOptions, claims_format, findings_format

VERSION = 1


def article_dict(article: Article, drafts: frozenset[str] = frozenset()) -> dict:
    return {
        "id": article.id,
        "path": article.path,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "title": article.title,
        "story": article.story or "",
        "draft": article.id in drafts,
    }


def claim_evidence(claim: Claim, article: Article, focus: tuple = ()) -> dict:
    evidence = claim.to_dict()
    evidence.update(path=article.path, outlet=article.outlet)
    if focus:
        evidence["focus"] = [spot.to_dict() for spot in focus]
    return evidence


def summary(report: Report) -> dict:
    counts = {severity: sum(f.severity == severity for f in report.findings) for severity in SEVERITIES}
    return {
        "articles": len(report.articles),
        "claims": len(report.claims),
        "comparisons": report.comparisons,
        "findings": len(report.findings),
        **counts,
        "errors": len(report.errors),
        "suppressed": report.suppressed,
        "cached_articles": report.cache_hits,
        "below_min_severity": report.below_min_severity,
        "undated_articles": report.undated,
    }


@findings_format("json")
def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    articles = {article.id: article for article in report.articles}
    document = {
        "version": VERSION,
        "tool": {"name": "crosscheck", "version": __version__, "rules": report.rules},
        "articles": [article_dict(article, frozenset(report.drafts)) for article in report.articles],
        "findings": [
            {
                "id": finding.id,
                "rule": finding.rule,
                "category": finding.category,
                "severity": finding.severity,
                "message": finding.message,
                "story": finding.story,
                "explanation": finding.explanation,
                "confidence": finding.confidence,
                "evidence": [item.to_dict() for item in finding.evidence],
                "suggestion": finding.suggestion,
                "claims": [claim_evidence(claim, articles[claim.article], finding.focus_of(claim)) for claim in finding.claims],
            }
            for finding in report.findings
        ],
        "errors": [{"path": error.path, "message": error.problem} for error in report.errors],
        "summary": summary(report),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


@claims_format("json")
def render_claims(report: Report, options: RenderOptions = RenderOptions()) -> str:
    document = {
        "version": VERSION,
        "articles": [article_dict(article, frozenset(report.drafts)) for article in report.articles],
        "claims": [claim.to_dict() for claim in report.claims],
        "errors": [{"path": error.path, "message": error.problem} for error in report.errors],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


@claims_format("jsonl")
def render_claim_lines(report: Report, options: RenderOptions = RenderOptions()) -> str:
    return "".join(json.dumps(claim.to_dict(), ensure_ascii=False) + "\n" for claim in report.claims)
