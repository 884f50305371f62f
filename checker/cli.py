"""The `crosscheck` command. Heavy libraries are imported inside commands so `--help` stays fast."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from checker import __version__
from checker.model import SEVERITIES, InputError

def _usage_errors() -> tuple[type[Exception], ...]:
    """Command-line mistakes: typer's own exception base, and click's where typer still uses click."""
    try:
        import click
    except ImportError:
        return (typer.TyperException,)
    return (typer.TyperException, click.ClickException)


_USAGE_ERRORS = _usage_errors()

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Check that several news reports of one story agree on their facts.",
)


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    none = "none"


PathsArgument = typer.Argument(..., help="Article files, folders (recursive; corpus.yaml honoured) or - for stdin.")
FormatOption = typer.Option("text", "--format", "-f", help="Report format: text or json.")
RulesOption = typer.Option(None, "--rules", help="Use the rule files in DIR instead of the bundled ones.")
FailOnOption = typer.Option(FailOn.error, "--fail-on", help="Exit 1 when a finding is at least this severe.")
PreferOption = typer.Option(
    [], "--prefer", help="House-style spelling of a name (repeatable); a draft using another one gets a warning."
)


def _exit_code(report, fail_on: FailOn) -> int:
    if report.errors:
        return 2
    if fail_on is FailOn.none:
        return 0
    threshold = SEVERITIES.index(fail_on.value)
    return 1 if any(SEVERITIES.index(f.severity) <= threshold for f in report.findings) else 0


def _print_errors(report) -> None:
    for error in report.errors:
        print(f"crosscheck: error: {error.path}: {error.problem}", file=sys.stderr)


def _renderer(formats: dict, name: str):
    if name not in formats:
        raise InputError("--format", f"unknown format '{name}' (choose from: {', '.join(sorted(formats))})")
    return formats[name]


def _run_check(
    paths: list[str], output_format: str, rules: Optional[Path], fail_on: FailOn, prefer: list[str], drafts=None
) -> int:
    from checker.pipeline import check
    from checker.report import FINDING_FORMATS

    render = _renderer(FINDING_FORMATS, output_format)
    report = check(paths, rules_dir=rules, drafts=drafts, preferred=tuple(prefer))
    sys.stdout.write(render(report))
    _print_errors(report)
    return _exit_code(report, fail_on)


@app.command("check")
def check_command(
    paths: List[str] = PathsArgument,
    output_format: str = FormatOption,
    rules: Optional[Path] = RulesOption,
    fail_on: FailOn = FailOnOption,
    prefer: List[str] = PreferOption,
) -> int:
    """Report facts that the articles disagree on."""
    return _run_check(paths, output_format, rules, fail_on, prefer)


@app.command("review")
def review_command(
    drafts: List[str] = typer.Argument(..., help="The draft(s) to review."),
    against: List[str] = typer.Option([], "--against", "-a", help="Reference articles (files or folders)."),
    output_format: str = FormatOption,
    rules: Optional[Path] = RulesOption,
    fail_on: FailOn = FailOnOption,
    prefer: List[str] = PreferOption,
) -> int:
    """Before publication: report only disagreements that involve a draft."""
    if not against:
        raise InputError("--against", "review needs reference articles: --against PATH")
    return _run_check(list(against), output_format, rules, fail_on, prefer, drafts=list(drafts))


@app.command("claims")
def claims_command(
    paths: List[str] = PathsArgument,
    output_format: str = typer.Option("jsonl", "--format", "-f", help="json or jsonl (one claim per line)."),
) -> int:
    """List every claim crosscheck reads in the articles."""
    from checker.corpus import read_corpus
    from checker.model import Report
    from checker.pipeline import extract_claims
    from checker.report import CLAIM_FORMATS

    render = _renderer(CLAIM_FORMATS, output_format)
    corpus = read_corpus(paths)
    report = Report(articles=corpus.articles, findings=[], errors=corpus.errors, claims=extract_claims(corpus.articles))
    sys.stdout.write(render(report))
    _print_errors(report)
    return 2 if report.errors else 0


def _version(value: bool) -> None:
    if value:
        print(f"crosscheck {__version__}")
        raise typer.Exit()


@app.callback()
def options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """crosscheck: a fact-consistency checker for news."""


def main(argv: list[str] | None = None) -> None:
    """Entry point: usage, configuration and input problems are one line on stderr and exit 2."""
    try:
        code = app(args=argv, prog_name="crosscheck", standalone_mode=False)
    except InputError as error:
        print(f"crosscheck: error: {error}", file=sys.stderr)
        code = 2
    except typer.Exit as done:
        code = done.exit_code
    except typer.Abort:
        print("crosscheck: interrupted", file=sys.stderr)
        code = 130
    except _USAGE_ERRORS as error:
        print(f"crosscheck: error: {error.format_message()}", file=sys.stderr)
        code = 2
    sys.exit(code if isinstance(code, int) else 0)
