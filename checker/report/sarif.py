"""SARIF 2.1.0: each finding cited at its first claim, the other articles' evidence as relatedLocations."""

from __future__ import annotations

import json

from checker import __version__
from checker.model import Claim, Finding, Report
from checker.report import Place, RenderOptions, articles_by_id, cited, findings_format

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _region(place: Place) -> dict:
    return {
        "startLine": place.line,
        "startColumn": place.column,
        "endLine": place.end_line,
        "endColumn": place.end_column,
        "charOffset": place.start,
        "charLength": place.end - place.start,
        "snippet": {"text": place.text},
    }


def _location(finding: Finding, claim: Claim, report: Report, index: int | None = None) -> dict:
    article = articles_by_id(report)[claim.article]
    location = {
        "physicalLocation": {
            "artifactLocation": {"uri": article.path},
            "region": _region(cited(finding, claim, article)),
        },
        "message": {"text": f"{article.label}: {claim.text}"},
    }
    if index is not None:
        location["id"] = index
    return location


@findings_format("sarif")
def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    rules = [
        {
            "id": rule,
            "name": rule,
            "shortDescription": {"text": rule.replace("_", " ")},
            "fullDescription": {"text": report.rule_descriptions.get(rule, rule)},
        }
        for rule in report.rules
    ]
    results = []
    for finding in report.findings:
        first, *others = finding.claims
        result = {
            "ruleId": finding.rule,
            "ruleIndex": report.rules.index(finding.rule),
            "level": LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [_location(finding, first, report)],
            "relatedLocations": [_location(finding, claim, report, number) for number, claim in enumerate(others, 1)],
            "partialFingerprints": {"crosscheckFindingId": finding.id},
            "properties": {"category": finding.category, "story": finding.story, "explanation": finding.explanation},
        }
        if finding.suggestion:
            result["fixes"] = [
                {
                    "description": {"text": f"Use the references' wording: {finding.suggestion}"},
                    "artifactChanges": [
                        {
                            "artifactLocation": result["locations"][0]["physicalLocation"]["artifactLocation"],
                            "replacements": [
                                {
                                    "deletedRegion": {k: v for k, v in _region(_whole(first, report)).items() if k != "snippet"},
                                    "insertedContent": {"text": _replacement(first, finding.suggestion)},
                                }
                            ],
                        }
                    ],
                }
            ]
        results.append(result)
    document = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "crosscheck", "version": __version__, "rules": rules}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _whole(claim: Claim, report: Report) -> Place:
    """The whole claim, which a fix replaces even when the finding points at one word of it."""
    article = articles_by_id(report)[claim.article]
    return Place(claim.start, claim.end, claim.line, claim.column, *article.position(claim.end), claim.text)


def _replacement(claim, suggestion: str) -> str:
    """What replaces the cited region: for a quote, the references' words inside the draft's own
    quotation marks (the region holds the marks; the suggestion does not)."""
    words = getattr(claim, "quote", None)
    if words and words in claim.text:
        return claim.text.replace(words, suggestion, 1)
    return suggestion
