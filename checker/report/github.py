"""GitHub Actions workflow annotations (escaped as the runner requires)."""

from __future__ import annotations

from checker.model import Report
from checker.report import RenderOptions, articles_by_id, cited, findings_format, quoted

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


@findings_format("github")
def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    articles = articles_by_id(report)
    lines = []
    for finding in report.findings:
        claim = finding.claims[0]
        article = articles[claim.article]
        place = cited(finding, claim, article)
        properties = [f"file={escape_property(article.path)}", f"line={place.line}", f"col={place.column}"]
        if place.end_line == place.line:
            properties.append(f"endColumn={place.end_column}")
        else:
            properties.append(f"endLine={place.end_line}")
        properties.append(f"title={escape_property(f'crosscheck {finding.rule}')}")
        others = "; ".join(f"{articles[c.article].label}: {quoted(c.text)}" for c in finding.claims[1:])
        message = finding.message + (f"\n{others}" if others else "")
        lines.append(f"::{COMMAND[finding.severity]} {','.join(properties)}::{escape_data(message)}")
    return "".join(line + "\n" for line in lines)
