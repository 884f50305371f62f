"""One self-contained HTML page an editor opens: findings grouped by story and severity, both
sides' sentences with the conflicting words highlighted."""

from __future__ import annotations

import re
from html import escape

from checker.model import SEVERITIES, Claim, Finding, Report
from checker.report import RenderOptions, articles_by_id, cited, findings_format, severity_counts

STYLE = """
body{font:16px/1.5 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}
.finding{border-left:.4rem solid #999;padding:.5rem 1rem;margin:1rem 0;background:#fafafa}
.error{border-color:#c0392b}.warning{border-color:#d68910}.info{border-color:#2874a6}
.badge{font:bold .8rem sans-serif;text-transform:uppercase;padding:.1rem .4rem;color:#fff;border-radius:.2rem}
.badge.error{background:#c0392b}.badge.warning{background:#d68910}.badge.info{background:#2874a6}
blockquote{margin:.4rem 0 .4rem 1rem}mark{background:#ffe08a}.claim{background:#fff3c4}.where{font:.85rem monospace;color:#555}
.why{font-size:.9rem;color:#555}
"""


def _sentence(finding: Finding, claim: Claim) -> str:
    """The claim's sentence with the claim highlighted: the whole claim, or, when the finding
    knows which words inside it conflict (a quote's changed words), the claim shaded and those
    words marked."""
    sentence = claim.sentence
    text = " ".join(claim.text.split())
    highlighted = _highlighted(finding, claim)
    position = sentence.find(text)
    if position < 0:
        return f"{escape(sentence)} — {highlighted}"
    return escape(sentence[:position]) + highlighted + escape(sentence[position + len(text) :])


def _highlighted(finding: Finding, claim: Claim) -> str:
    focus = finding.focus_of(claim)
    if not focus:
        return f"<mark>{escape(' '.join(claim.text.split()))}</mark>"
    pieces, at = [], claim.start
    for spot in focus:
        pieces += [escape(claim.text[at - claim.start : spot.start - claim.start]), f"<mark>{escape(spot.text)}</mark>"]
        at = spot.end
    pieces.append(escape(claim.text[at - claim.start :]))
    return "<span class='claim'>" + re.sub(r"\s+", " ", "".join(pieces)) + "</span>"


@findings_format("html")
def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    articles = articles_by_id(report)
    counts = severity_counts(report)
    summary = ", ".join(f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in SEVERITIES if counts[s]) or "no findings"
    body = [f"<h1>crosscheck report</h1><p>{len(report.articles)} articles, {len(report.claims)} claims: {escape(summary)}.</p>"]
    for story in sorted({f.story for f in report.findings}):
        if story:
            body.append(f"<h2>Story: {escape(story)}</h2>")
        for severity in SEVERITIES:
            for finding in (f for f in report.findings if f.story == story and f.severity == severity):
                sides = []
                for claim in finding.claims:
                    article = articles[claim.article]
                    dated = f", {article.published.isoformat()}" if article.published else ""
                    place = cited(finding, claim, article)
                    sides.append(
                        f"<blockquote><strong>{escape(article.label)}</strong>{escape(dated)} "
                        f"<span class='where'>{escape(article.path)}:{place.line}:{place.column}</span><br>{_sentence(finding, claim)}</blockquote>"
                    )
                suggestion = f"<p>Suggestion: “{escape(finding.suggestion)}”</p>" if finding.suggestion else ""
                body.append(
                    f"<section class='finding {severity}'><p><span class='badge {severity}'>{severity}</span> "
                    f"<code>{escape(finding.rule)}</code></p><p>{escape(finding.message)}</p>{''.join(sides)}{suggestion}"
                    f"<p class='why'>{escape(finding.explanation)}</p></section>"
                )
    if not report.findings:
        body.append("<p>No findings.</p>")
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>crosscheck report</title>"
        f"<style>{STYLE}</style></head><body>{''.join(body)}</body></html>\n"
    )
