"""The terminal report: findings grouped by severity, each with the exact text on every side."""

from __future__ import annotations

from checker.model import SEVERITIES, Claim, Finding, Report
from checker.report import RenderOptions, articles_by_id, cited, findings_format, quoted

HEADINGS = {"error": "Errors", "warning": "Warnings", "info": "Notes"}
COLOURS = {"error": "\033[1;31m", "warning": "\033[1;33m", "info": "\033[1;36m", "quote": "\033[1m", "dim": "\033[2m"}
RESET = "\033[0m"


NOUNS = {"error": "error", "warning": "warning", "info": "note"}
"""How the summary counts each severity: "3 notes", as the headings say, not "3 infos"."""


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


@findings_format("text")
def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    def paint(text: str, style: str) -> str:
        return f"{COLOURS[style]}{text}{RESET}" if options.color else text

    articles = articles_by_id(report)

    def evidence(finding: Finding, claim: Claim) -> list[str]:
        article = articles[claim.article]
        place = cited(finding, claim, article)
        where = f"{article.path}:{place.line}:{place.column}"
        dated = f", {article.published.isoformat()}" if article.published else ""
        draft = " (draft)" if claim.article in report.drafts else ""
        return [
            f"    {article.label}{dated}{draft} — {where}",
            f"      {paint(quoted(claim.text), 'quote')}",
            f"      {paint('in: ' + claim.sentence, 'dim')}",
        ]

    counts = [_plural(sum(f.severity == s for f in report.findings), NOUNS[s]) for s in SEVERITIES if any(f.severity == s for f in report.findings)]
    lines = [
        f"crosscheck: {_plural(len(report.articles), 'article')}, {_plural(len(report.claims), 'claim')}, "
        f"{_plural(report.comparisons, 'comparison')}: " + (", ".join(counts) if counts else "no findings")
    ]
    for severity in SEVERITIES:
        group = [f for f in report.findings if f.severity == severity]
        if not group:
            continue
        lines += ["", paint(f"{HEADINGS[severity]} ({len(group)})", severity)]
        for finding in group:
            story = f" [story: {finding.story}]" if finding.story else ""
            lines += ["", f"  {paint(severity.upper(), severity)} {finding.rule}{story}", f"  {finding.message}"]
            for claim in finding.claims:
                lines += evidence(finding, claim)
            if finding.suggestion:
                lines.append(f"    suggestion: {finding.suggestion}")
            lines.append(f"    why: {finding.explanation}")
    if report.suppressed or report.below_min_severity:
        lines += ["", f"Not shown: {report.suppressed} suppressed, {report.below_min_severity} below --min-severity"]
    if report.undated:
        lines += ["", f"No publication date (relative dates and exchange rates not checked): {', '.join(report.undated)}"]
    if report.errors:
        lines += ["", f"Not checked ({len(report.errors)}):"]
        lines += [f"  {error.path}: {error.problem}" for error in report.errors]
    return "\n".join(lines) + "\n"
