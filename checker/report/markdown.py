"""Markdown for a pull-request comment: a summary line, then each finding with both sides quoted."""

from __future__ import annotations

from checker.model import SEVERITIES, Report
from checker.report import RenderOptions, articles_by_id, cited, findings_format, quoted, severity_counts

MARK = {"error": "🛑", "warning": "⚠️", "info": "ℹ️"}


def _inline(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


@findings_format("markdown")
def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    articles = articles_by_id(report)
    counts = severity_counts(report)
    summary = ", ".join(f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in SEVERITIES if counts[s]) or "no findings"
    lines = [f"### crosscheck: {summary}", "", f"{len(report.articles)} articles, {len(report.claims)} claims checked."]
    for finding in report.findings:
        lines += ["", f"#### {MARK[finding.severity]} {finding.severity}: `{finding.rule}`", "", _inline(finding.message), ""]
        lines += ["| outlet | where | text |", "|---|---|---|"]
        for claim in finding.claims:
            article = articles[claim.article]
            place = cited(finding, claim, article)
            lines.append(f"| {_inline(article.label)} | `{article.path}:{place.line}:{place.column}` | {quoted(_inline(claim.text))} |")
        if finding.suggestion:
            lines += ["", f"Suggestion: “{_inline(finding.suggestion)}”"]
        lines += ["", f"<details><summary>why</summary>\n\n{_inline(finding.explanation)}\n\n</details>"]
    return "\n".join(lines) + "\n"
