"""The terminal report: findings grouped by severity, each with the exact text on every side."""

from __future__ import annotations

from checker.model import SEVERITIES, Claim, Report
from checker.report import findings_format

HEADINGS = {"error": "Errors", "warning": "Warnings", "info": "Notes"}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _evidence(claim: Claim, report: Report) -> list[str]:
    article = next(a for a in report.articles if a.id == claim.article)
    where = f"{article.path}:{claim.line}:{claim.column}"
    source = article.outlet or article.id
    dated = f", {article.published.isoformat()}" if article.published else ""
    return [f"    {source}{dated} — {where}", f"      “{claim.text}”", f"      in: {claim.sentence}"]


@findings_format("text")
def render(report: Report) -> str:
    lines: list[str] = []
    counts = [
        _plural(sum(f.severity == s for f in report.findings), s)
        for s in SEVERITIES
        if any(f.severity == s for f in report.findings)
    ]
    lines.append(
        f"crosscheck: {_plural(len(report.articles), 'article')}, {_plural(len(report.claims), 'claim')}, "
        f"{_plural(report.comparisons, 'comparison')}: " + (", ".join(counts) if counts else "no findings")
    )
    for severity in SEVERITIES:
        group = [f for f in report.findings if f.severity == severity]
        if not group:
            continue
        lines += ["", f"{HEADINGS[severity]} ({len(group)})"]
        for finding in group:
            story = f" [story: {finding.story}]" if finding.story else ""
            lines += ["", f"  {severity.upper()} {finding.rule}{story}", f"  {finding.message}"]
            for claim in finding.claims:
                lines += _evidence(claim, report)
            lines.append(f"    why: {finding.explanation}")
    if report.undated:
        lines += ["", f"No publication date (relative dates and exchange rates not checked): {', '.join(report.undated)}"]
    if report.errors:
        lines += ["", f"Not checked ({len(report.errors)}):"]
        lines += [f"  {error.path}: {error.problem}" for error in report.errors]
    return "\n".join(lines) + "\n"
