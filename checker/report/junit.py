"""JUnit XML for GitLab and Jenkins: one test case per article, failing with its findings."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from checker.model import Report
from checker.report import RenderOptions, articles_by_id, cited, findings_format, quoted


@findings_format("junit")
def render(report: Report, options: RenderOptions = RenderOptions()) -> str:
    articles = articles_by_id(report)
    suites = ET.Element("testsuites", name="crosscheck", tests=str(len(report.articles)))
    suite = ET.SubElement(suites, "testsuite", name="crosscheck", tests=str(len(report.articles)))
    failures = 0
    for article in report.articles:
        case = ET.SubElement(suite, "testcase", classname=article.story or "default", name=article.path)
        for finding in (f for f in report.findings if f.claims[0].article == article.id):
            failures += 1
            places = [cited(finding, c, articles[c.article]) for c in finding.claims]
            evidence = "\n".join(
                f"{articles[c.article].label} — {articles[c.article].path}:{p.line}:{p.column}: {quoted(c.text)}" for c, p in zip(finding.claims, places)
            )
            failure = ET.SubElement(
                case,
                "failure",
                type=finding.rule,
                message=f"{finding.severity}: {finding.message} ({article.path}:{places[0].line}:{places[0].column})",
            )
            failure.text = f"{evidence}\n{finding.explanation}"
    suite.set("failures", str(failures))
    suites.set("failures", str(failures))
    for error in report.errors:
        case = ET.SubElement(suite, "testcase", classname="input", name=error.path)
        ET.SubElement(case, "error", message=error.problem)
    suite.set("errors", str(len(report.errors)))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
