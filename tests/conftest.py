"""Shared pytest-bdd steps: write articles, run the real `crosscheck` command in-process, read what it prints.

No Then-step passes vacuously: a step about findings fails when the report has none (a scenario that
expects none says "the report has 0 findings"), a count of zero needs a report of articles that were
all read, and a field is looked up in the parsed JSON records, never as text anywhere in the output.
"""

from __future__ import annotations

import io
import json
import shlex
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import pytest
from pytest_bdd import given, parsers, then, when

from checker.cli import main

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"


def pytest_configure(config):
    config.addinivalue_line("markers", "network: needs the package registry (pip installs); skipped with a reason when it cannot be reached")


@dataclass
class Workspace:
    root: Path
    articles: Path
    exit_code: int | None = None
    stdout: str = ""
    stderr: str = ""
    stdin: str = ""
    extra: dict = field(default_factory=dict)

    def placeholders(self, text: str) -> str:
        return (
            text.replace("{articles}", str(self.articles))
            .replace("{root}", str(self.root))
            .replace("{examples}", str(REPO / "examples"))
            .replace("{fixtures}", str(FIXTURES))
        )

    @property
    def report(self) -> dict:
        return json.loads(self.stdout)


def run_cli(workspace: Workspace, command: str, capsys, monkeypatch) -> None:
    args = shlex.split(workspace.placeholders(command))
    workspace.extra["command"] = command
    workspace.extra.pop("field_records", None)
    assert args[0] == "crosscheck"
    monkeypatch.setattr(sys, "stdin", io.StringIO(workspace.stdin))
    monkeypatch.chdir(workspace.root)
    for name, value in workspace.extra.get("environment", {}).items():
        monkeypatch.setenv(name, value)
    capsys.readouterr()
    with pytest.raises(SystemExit) as done:
        main(args[1:])
    captured = capsys.readouterr()
    workspace.exit_code, workspace.stdout, workspace.stderr = done.value.code, captured.out, captured.err


@pytest.fixture
def workspace(tmp_path) -> Workspace:
    articles = tmp_path / "articles"
    articles.mkdir()
    return Workspace(tmp_path, articles)


def write_article(workspace: Workspace, name: str, body: str, **front) -> Path:
    lines = ["---", *(f"{key}: {value}" for key, value in front.items() if value is not None), "---", ""]
    path = workspace.articles / f"{name}.md"
    path.write_text("\n".join(lines) + body.strip() + "\n", encoding="utf-8")
    return path


@given(parsers.parse('an article "{name}" from "{outlet}" published {published:S} in story "{story}":'))
def given_article_in_story(workspace, name, outlet, published, story, docstring):
    write_article(workspace, name, docstring, id=name, outlet=outlet, published=published, story=story)


@given(parsers.parse('an article "{name}" from "{outlet}" published {published:S}:'))
def given_article(workspace, name, outlet, published, docstring):
    write_article(workspace, name, docstring, id=name, outlet=outlet, published=published)


@given(parsers.parse('an undated article "{name}" from "{outlet}":'))
def given_undated_article(workspace, name, outlet, docstring):
    write_article(workspace, name, docstring, id=name, outlet=outlet)


@given(parsers.parse('a file "{relative}" containing:'))
def given_file(workspace, relative, docstring):
    path = workspace.root / workspace.placeholders(relative)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(docstring + "\n", encoding="utf-8")


@given(parsers.parse('a file "{relative}" with the bytes {data}'))
def given_bytes(workspace, relative, data):
    path = workspace.root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes.fromhex(data))


@given("standard input containing:")
def given_stdin(workspace, docstring):
    workspace.stdin = docstring + "\n"


@given(parsers.parse('a copy of the bundled rules in "{relative}"'))
def given_rules_copy(workspace, relative):
    target = workspace.root / relative
    target.mkdir(parents=True)
    for rule in (REPO / "rules").glob("*.yaml"):
        (target / rule.name).write_text(rule.read_text(encoding="utf-8"), encoding="utf-8")


@given(parsers.parse('a copy of the bundled data file "{name}" in "{relative}" with "{old}" in place of "{new}"'))
def given_data_edited(workspace, name, relative, old, new):
    text = (REPO / "rules" / "data" / name).read_text(encoding="utf-8")
    assert new in text, f"{name} has no {new!r} to replace"
    target = workspace.root / relative / "data" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text.replace(new, old, 1), encoding="utf-8")


@when(parsers.parse('I run "{command}"'))
def when_run(workspace, command, capsys, monkeypatch):
    run_cli(workspace, command, capsys, monkeypatch)


def findings_of(workspace: Workspace) -> list[dict]:
    """The report's findings, for a step that inspects them: an empty list fails the step."""
    findings = workspace.report["findings"]
    assert findings, (
        "the report has no findings, so this step could only pass vacuously (a scenario that expects none says 'the report has 0 findings')",
        workspace.exit_code,
        workspace.stderr,
    )
    return findings


def counted_report(workspace: Workspace, count: int) -> dict:
    """The report, for a count step: a count of zero proves nothing unless articles were read without error."""
    report = workspace.report
    if count == 0:
        assert report["articles"], ("no article was read, so '0 findings' proves nothing", workspace.stderr)
        assert not report["errors"], ("some input was not read, so '0 findings' proves nothing", report["errors"])
    return report


def known_rule(report: dict, rule: str) -> str:
    """A rule named by a step must be one the run knew, or a count of its findings is meaningless."""
    assert rule in report["tool"]["rules"], (rule, report["tool"]["rules"])
    return rule


@then(parsers.parse("the exit code is {code:d}"))
def then_exit_code(workspace, code):
    assert workspace.exit_code == code, (workspace.exit_code, workspace.stdout, workspace.stderr)


@then(parsers.parse('the output contains "{text}"'))
def then_output_contains(workspace, text):
    assert workspace.placeholders(text) in workspace.stdout, workspace.stdout


@then(parsers.parse('the output does not contain "{text}"'))
def then_output_lacks(workspace, text):
    assert workspace.stdout.strip(), ("nothing was printed", workspace.exit_code, workspace.stderr)
    assert workspace.placeholders(text) not in workspace.stdout, workspace.stdout


@then(parsers.parse('stderr says "{text}"'))
def then_stderr_says(workspace, text):
    assert workspace.placeholders(text) in workspace.stderr, workspace.stderr


@then("stderr has one line per problem and no traceback")
def then_stderr_clean(workspace):
    assert workspace.stderr.strip(), "no problem was reported on stderr"
    assert "Traceback" not in workspace.stderr
    assert all(line.startswith("crosscheck: ") for line in workspace.stderr.splitlines()), workspace.stderr


@then(parsers.parse("the report has {count:d} finding"))
@then(parsers.parse("the report has {count:d} findings"))
def then_finding_count(workspace, count):
    findings = counted_report(workspace, count)["findings"]
    assert len(findings) == count, json.dumps(findings, indent=1)


@then(parsers.parse('the report has a {severity} "{rule}" citing "{left}" and "{right}"'))
@then(parsers.parse('the report has an {severity} "{rule}" citing "{left}" and "{right}"'))
def then_finding(workspace, severity, rule, left, right):
    findings = findings_of(workspace)
    matching = [f for f in findings if f["rule"] == rule and f["severity"] == severity and {c["text"] for c in f["claims"]} == {left, right}]
    assert matching, json.dumps(findings, indent=1)
    workspace.extra["finding"] = matching[0]


def the_finding(workspace) -> dict:
    """The finding the scenario last named ("the report has a warning ... citing ..."), else the
    only one reported."""
    if "finding" in workspace.extra:
        return workspace.extra["finding"]
    findings = findings_of(workspace)
    assert len(findings) == 1, f"name the finding first; {len(findings)} were reported"
    return findings[0]


@then(parsers.parse("the finding's confidence is {value:g}"))
def then_confidence(workspace, value):
    finding = the_finding(workspace)
    assert finding["confidence"] == value, finding


@then(parsers.parse('the finding\'s evidence includes "{name}"'))
def then_evidence(workspace, name):
    finding = the_finding(workspace)
    assert name in [item["name"] for item in finding["evidence"]], finding["evidence"]


@then(parsers.parse('the finding\'s message says "{text}"'))
def then_message_says(workspace, text):
    findings = findings_of(workspace)
    assert any(text in f["message"] for f in findings), json.dumps(findings, indent=1)


@then(parsers.parse('the finding\'s explanation says "{text}"'))
def then_explanation_says(workspace, text):
    findings = findings_of(workspace)
    assert any(text in f["explanation"] for f in findings), json.dumps(findings, indent=1)


@then(parsers.parse("the report lists {count:d} articles"))
def then_article_count(workspace, count):
    assert len(workspace.report["articles"]) == count, workspace.report["articles"]


@then(parsers.parse('the report lists an error for "{name}" saying "{text}"'))
def then_report_error(workspace, name, text):
    errors = workspace.report["errors"]
    assert any(name in e["path"] and text in e["message"] for e in errors), errors


@then("every cited text is exactly the text at its offsets in the file")
def then_offsets_exact(workspace):
    for finding in findings_of(workspace):
        assert finding["claims"], finding
        for claim in finding["claims"]:
            text = Path(claim["path"]).read_bytes().decode("utf-8")
            assert text[claim["start"] : claim["end"]] == claim["text"]
            lines = text.splitlines(keepends=True)
            line_start = sum(len(line) for line in lines[: claim["line"] - 1])
            assert line_start + claim["column"] - 1 == claim["start"]


@then("running it again prints exactly the same")
def then_deterministic(workspace, capsys, monkeypatch):
    first, first_code = workspace.stdout, workspace.exit_code
    assert first.strip(), ("nothing was printed", workspace.exit_code, workspace.stderr)
    assert first_code != 2, ("the run failed on its input, so its repetition proves nothing", workspace.stderr)
    run_cli(workspace, workspace.extra["command"], capsys, monkeypatch)
    assert (workspace.exit_code, workspace.stdout) == (first_code, first)


@then(parsers.parse('running it again with "{options}" prints exactly the same'))
def then_same_with_options(workspace, options, capsys, monkeypatch):
    first, first_code = workspace.stdout, workspace.exit_code
    assert first.strip() and first_code != 2, ("the first run printed nothing or failed", workspace.stderr)
    run_cli(workspace, f"{workspace.extra['command']} {options}", capsys, monkeypatch)
    assert workspace.exit_code != 2, workspace.stderr
    assert (workspace.exit_code, workspace.stdout) == (first_code, first)


def printed_json(workspace: Workspace) -> list:
    """What was printed, parsed: one JSON document, or one per line (JSON Lines)."""
    text = workspace.stdout.strip()
    assert text, ("nothing was printed", workspace.exit_code, workspace.stderr)
    try:
        return [json.loads(text)]
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]


def json_records(value: Any) -> Iterator[dict]:
    """Every JSON object in a document: the report, its articles, findings, claims, summary..."""
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from json_records(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_records(item)


def same_json(actual: Any, expected: Any) -> bool:
    """Equal and of the same JSON type: 48 is not "48", 1 is not 1.0 nor true."""
    return type(actual) is type(expected) and actual == expected


def check_field(workspace: Workspace, key: str, expected: Any) -> None:
    """Some record of the output has `key` equal to `expected`.

    Consecutive field steps after one command describe one record: when the records matched by the
    previous field step have this key too, the match must be among them ("text" is "at least €6
    billion" and then "start" is 48 speak of the same claim). Otherwise any record of the output may
    match (the report's "version", then its summary's "warning").
    """
    records = [record for document in printed_json(workspace) for record in json_records(document)]
    previous = workspace.extra.get("field_records") or []
    same_record = any(key in record for record in previous)
    candidates = previous if same_record else records
    matching = [record for record in candidates if key in record and same_json(record[key], expected)]
    assert matching, (
        f"no {'such ' if same_record else ''}record has {key} = {json.dumps(expected, ensure_ascii=False)}",
        [record[key] for record in candidates if key in record][:20],
        candidates[:3] if same_record else None,
    )
    workspace.extra["field_records"] = matching


@then(parsers.parse('the output has the field {key} with text "{value}"'))
def then_field_text(workspace, key, value):
    check_field(workspace, key, value)


@then(parsers.parse("the output has the field {key} with value {value}"))
def then_field_value(workspace, key, value):
    check_field(workspace, key, json.loads(value))


def listed_claims(workspace: Workspace) -> list[dict]:
    """The claims printed by `crosscheck claims` (one JSON object per line), after a successful run."""
    assert workspace.exit_code == 0, (workspace.exit_code, workspace.stderr)
    return [json.loads(line) for line in workspace.stdout.splitlines() if line.strip()]


def listed_claim(workspace: Workspace, text: str) -> dict:
    claims = listed_claims(workspace)
    match = [claim for claim in claims if claim["text"] == text]
    assert match, (text, sorted(claim["text"] for claim in claims))
    return match[0]


@then(parsers.parse('a claim reads "{text}" as {value:g} {unit}'))
def then_claim_reads(workspace, text, value, unit):
    claims = {claim["text"]: claim for claim in listed_claims(workspace)}
    assert text in claims, sorted(claims)
    assert claims[text]["unit"] == unit, claims[text]
    assert abs(claims[text]["value"] - value) <= abs(value) * 1e-9, claims[text]


@then(parsers.parse('the claim "{text}" allows {low} to {high}'))
def then_claim_interval(workspace, text, low, high):
    claim = listed_claim(workspace, text)
    expected = [None if bound in {"-inf", "+inf"} else float(bound) for bound in (low, high)]
    assert [claim["low"], claim["high"]] == expected, claim


@then(parsers.parse('no claim is read from "{text}"'))
def then_no_claim(workspace, text):
    inputs = [path.read_text(encoding="utf-8") for path in workspace.articles.rglob("*") if path.is_file()]
    assert any(text in body for body in inputs), f"'{text}' is not in any article, so no claim could be read from it"
    numbers = [c for c in listed_claims(workspace) if c["kind"] == "quantity"]
    overlapping = [c["text"] for c in numbers if text in c["text"] or c["text"] in text]
    assert not overlapping, overlapping


@then(parsers.parse('the claim "{text}" belongs to {period}'))
def then_claim_period(workspace, text, period):
    claim = listed_claim(workspace, text)
    assert claim["period"] == (None if period == "the story itself" else period.strip('"')), claim


@then(parsers.parse('the report has {count:d} "{rule}" finding'))
@then(parsers.parse('the report has {count:d} "{rule}" findings'))
def then_rule_count(workspace, count, rule):
    report = counted_report(workspace, count)
    rule = known_rule(report, rule)
    findings = [f for f in report["findings"] if f["rule"] == rule]
    assert len(findings) == count, json.dumps(findings, indent=1)


@then(parsers.parse('the quote "{quote}" is attributed to {speaker}'))
def then_quote_speaker(workspace, quote, speaker):
    expected = None if speaker == "nobody" else speaker.strip('"')
    claim = quote_claim(workspace, quote)
    assert claim["speaker"] == expected, claim


def quote_claim(workspace: Workspace, quote: str) -> dict:
    """The listed quote claim whose words are `quote`; fails naming the quotes that were read."""
    quotes = [c for c in listed_claims(workspace) if c["kind"] == "quote"]
    match = [c for c in quotes if c["quote"] == quote]
    assert match, [c["quote"] for c in quotes]
    return match[0]


@then(parsers.parse('the quote "{quote}" comes from an unnamed speaker of "{organisation}"'))
def then_quote_unnamed(workspace, quote, organisation):
    match = [c for c in listed_claims(workspace) if c["kind"] == "quote" and c["quote"] == quote]
    assert match and match[0]["speaker_kind"] == "unnamed" and match[0]["organisation"] == organisation, match


@then(parsers.parse('the report has a {severity} "{rule}" whose message says "{text}"'))
def then_finding_message(workspace, severity, rule, text):
    findings = [f for f in findings_of(workspace) if f["rule"] == rule and f["severity"] == severity]
    matching = [f for f in findings if text in f["message"]]
    assert matching, json.dumps(findings, indent=1)
    workspace.extra["finding"] = matching[0]


@then(parsers.parse('the claim "{text}" has holder "{holder}" and source "{source}"'))
def then_claim_source(workspace, text, holder, source):
    claim = listed_claim(workspace, text)
    assert (claim["holder"], claim["source"]) == (holder, source), claim


@then(parsers.parse('the claim "{text}" counts "{concept}"'))
def then_claim_concept(workspace, text, concept):
    claim = listed_claim(workspace, text)
    assert claim["concept"] == concept, claim


@then(parsers.parse('the stance "{text}" is on "{proposal}"'))
def then_stance_proposal(workspace, text, proposal):
    claim = listed_claim(workspace, text)
    assert claim["kind"] == "stance" and claim["proposal"] == proposal, claim


@given(parsers.parse('the environment variable {name} is "{value}"'))
def given_environment(workspace, name, value):
    workspace.extra.setdefault("environment", {})[name] = value


@then("the output is coloured")
def then_coloured(workspace):
    assert "\033[" in workspace.stdout


@then("the output is not coloured")
def then_not_coloured(workspace):
    assert workspace.stdout.strip(), ("nothing was printed", workspace.exit_code, workspace.stderr)
    assert "\033[" not in workspace.stdout


@then(parsers.parse('the file "{relative}" contains "{text}"'))
def then_file_contains(workspace, relative, text):
    content = (workspace.root / relative).read_text(encoding="utf-8")
    assert workspace.placeholders(text) in content, content[:2000]


@then(parsers.parse("the report summary says {key} is {value:d}"))
def then_summary(workspace, key, value):
    assert workspace.report["summary"][key] == value, workspace.report["summary"]


@then(parsers.parse('the finding\'s suggestion is "{text}"'))
def then_suggestion(workspace, text):
    findings = findings_of(workspace)
    assert [f["suggestion"] for f in findings] == [text], json.dumps(findings, indent=1)


@then(parsers.parse('the finding points at "{words}" in the draft and at "{other}" in the reference'))
def then_points_at(workspace, words, other):
    """Each side's focus is those words, and its line and column are where they are in the file."""
    finding = the_finding(workspace)
    expected = {True: words, False: other}
    for claim in finding["claims"]:
        draft = next(a["draft"] for a in workspace.report["articles"] if a["id"] == claim["article"])
        focus = claim.get("focus")
        assert focus and focus[0]["text"] == expected[draft], json.dumps(claim, indent=1)
        text = Path(claim["path"]).read_bytes().decode("utf-8")
        lines = text.splitlines(keepends=True)
        start = sum(len(line) for line in lines[: focus[0]["line"] - 1]) + focus[0]["column"] - 1
        assert text[start : focus[0]["end"]] == expected[draft], (start, focus[0])


@then("no finding has a suggestion")
def then_no_suggestion(workspace):
    findings = findings_of(workspace)
    assert all(f["suggestion"] is None for f in findings), json.dumps(findings, indent=1)


@then(parsers.parse('each output line is an annotation starting with "{prefix}"'))
def then_annotations(workspace, prefix):
    lines = workspace.stdout.splitlines()
    assert lines and all(line.startswith(prefix) for line in lines), workspace.stdout
