"""The `crosscheck` command. Heavy libraries are imported inside commands so `--help` stays fast."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

from checker import __version__
from checker.model import SEVERITIES, InputError


def _no_type(ctx) -> None:
    return None


class FlagHelp:
    """`--help` shown as the flag it is, without `<bool>` (for commands and groups alike)."""

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        if option is not None:
            option.display_type_rich = _no_type
        return option


class PlainGroup(FlagHelp, TyperGroup):
    """A command group whose help shows flags as flags."""


app = typer.Typer(
    cls=PlainGroup,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Check that several news reports of one story agree on their facts.",
)
rules_app = typer.Typer(cls=PlainGroup, no_args_is_help=True, help="See and check the rule set.")
app.add_typer(rules_app, name="rules")


def _usage_errors() -> tuple[type[Exception], ...]:
    """Command-line mistakes: typer's own exception base, and click's where typer still uses click."""
    try:
        import click
    except ImportError:
        return (typer.TyperException,)
    return (typer.TyperException, click.ClickException)


_USAGE_ERRORS = _usage_errors()


class PlainUsage(FlagHelp, TyperCommand):
    """Usage lines as Unix tools write them, `PATH...`: recent typer versions brace required
    arguments (`{PATH}...`), which reads as a literal to type, and print a Python annotation
    (`<list[str]>`) as an argument's type and `<bool>` beside a flag; the argument's name says
    what to give, and a flag takes nothing."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, TyperArgument) or getattr(param, "is_flag", False):
                param.display_type_rich = _no_type

    def collect_usage_pieces(self, ctx) -> list[str]:
        return [piece.replace("{", "").replace("}", "") for piece in super().collect_usage_pieces(ctx)]


class Threshold(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    none = "none"


class Severity(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


class Colour(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


PathsArgument = typer.Argument(..., metavar="PATH", help="Article files, folders (recursive; corpus.yaml honoured) or - for stdin.")
FormatOption = typer.Option("text", "--format", "-f", metavar="FORMAT", help="text, json, sarif, rdjsonl, github, junit, markdown or html.")
OutputOption = typer.Option(None, "--output", "-o", metavar="FILE", help="Write the report to FILE instead of standard output.")
RulesOption = typer.Option(
    None,
    "--rules",
    metavar="DIR",
    help="Use the rule files in DIR instead of the bundled ones, and the data files in DIR/data in place of the bundled files they name.",
)
FailOnOption = typer.Option(None, "--fail-on", help="Exit 1 when a finding is at least this severe (default error).")
MinSeverityOption = typer.Option(None, "--min-severity", help="Show only findings at least this severe (default info).")
PreferOption = typer.Option([], "--prefer", metavar="SPELLING", help="House-style spelling of a name (repeatable).")
ConfigOption = typer.Option(None, "--config", metavar="FILE", help="Configuration file (default: nearest crosscheck.toml or pyproject.toml).")
CacheOption = typer.Option(None, "--cache", metavar="FILE", help="Claim cache database (default: beside the configuration).")
NoCacheOption = typer.Option(False, "--no-cache", metavar="", help="Do not read or write the claim cache.")
ColourOption = typer.Option(Colour.auto, "--color", "--colour", help="Colour the text report: auto, always or never.")
JobsOption = typer.Option(1, "--jobs", "-j", min=1, metavar="N", help="Parse in N worker processes (identical output).")
EngineOption = typer.Option(
    "local", "--engine", metavar="ENGINE", help="local: this process (and --jobs workers); dask: a Dask cluster, local or at --scheduler."
)
SchedulerOption = typer.Option(None, "--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler's address (tcp://host:8786).")
StoriesOption = typer.Option(
    None,
    "--stories",
    metavar="MODE",
    help="auto: group articles that give no story by their content; given: use the stories the articles give. Default: auto when no article gives one.",
)


def _settings(config_path, overrides: dict):
    """The configuration file's values with the command line's on top."""
    from checker.config import load

    config = load(config_path)
    for key, value in overrides.items():
        if value not in (None, [], ()):
            config.set(key, value.value if isinstance(value, Enum) else value, "command line")
    return config


def _exit_code(report, fail_on: str) -> int:
    if report.errors:
        return 2
    if fail_on == "none":
        return 0
    threshold = SEVERITIES.index(fail_on)
    failing = [severity for severity in report.failing if SEVERITIES.index(severity) <= threshold]
    shown = {finding.severity for finding in report.findings}
    hidden = [severity for severity in failing if severity not in shown]
    if hidden:
        # Fail on findings the report does not show (--min-severity hid them): say which.
        counts = ", ".join(f"{hidden.count(s)} {s}{'s' if hidden.count(s) != 1 else ''}" for s in SEVERITIES if s in hidden)
        print(f"crosscheck: failing on {counts} below --min-severity (--fail-on {fail_on})", file=sys.stderr)
    return 1 if failing else 0


def _renderer(formats: dict, name: str):
    if name not in formats:
        raise InputError("--format", f"unknown format '{name}' (choose from: {', '.join(sorted(formats))})")
    return formats[name]


def _emit(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputError(str(output), f"cannot write the report: {error.strerror}") from None


def _use_colour(choice: Colour, output: Optional[Path], output_format: str) -> bool:
    if output_format != "text" or output is not None or choice is Colour.never:
        return False
    if choice is Colour.always:
        return True
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _run_check(paths, drafts, output_format, output, colour, cache, no_cache, config, jobs=1, stories=None, engine="local", scheduler=None) -> int:
    from checker.pipeline import check
    from checker.report import FINDING_FORMATS, MACHINE_FORMATS, RenderOptions

    render = _renderer(FINDING_FORMATS, output_format)
    cache_path = None if no_cache else (cache or (Path(config["cache"]) if config["cache"] else None))
    progress = output_format not in MACHINE_FORMATS and sys.stderr.isatty()
    report = check(
        paths,
        rules_dir=Path(config["rules"]) if config["rules"] else None,
        drafts=drafts,
        preferred=tuple(config["house_style"]),
        disable=tuple(config["disable"]),
        min_severity=config["min_severity"],
        cache=cache_path,
        progress=progress,
        jobs=jobs,
        stories=stories,
        engine=engine,
        scheduler=scheduler,
    )
    _emit(render(report, RenderOptions(color=_use_colour(colour, output, output_format))), output)
    if output is not None:
        # The report went to a file: the terminal still hears how it went.
        from checker.report import severity_counts

        counts = severity_counts(report)
        found = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n) or "no findings"
        print(f"crosscheck: {len(report.articles)} articles: {found}; report written to {output}", file=sys.stderr)
    for error in report.errors:
        print(f"crosscheck: error: {error.path}: {error.problem}", file=sys.stderr)
    return _exit_code(report, config["fail_on"])


@app.command("check", cls=PlainUsage)
def check_command(
    paths: List[str] = PathsArgument,
    output_format: str = FormatOption,
    output: Optional[Path] = OutputOption,
    rules: Optional[Path] = RulesOption,
    fail_on: Optional[Threshold] = FailOnOption,
    min_severity: Optional[Severity] = MinSeverityOption,
    prefer: List[str] = PreferOption,
    config: Optional[Path] = ConfigOption,
    cache: Optional[Path] = CacheOption,
    no_cache: bool = NoCacheOption,
    colour: Colour = ColourOption,
    jobs: int = JobsOption,
    stories: Optional[str] = StoriesOption,
    engine: str = EngineOption,
    scheduler: Optional[str] = SchedulerOption,
) -> int:
    """Report facts that the articles disagree on."""
    settings = _settings(config, {"rules": str(rules) if rules else None, "fail_on": fail_on, "min_severity": min_severity, "house_style": prefer})
    return _run_check(paths, None, output_format, output, colour, cache, no_cache, settings, jobs, stories, engine, scheduler)


@app.command("review", cls=PlainUsage)
def review_command(
    drafts: List[str] = typer.Argument(..., metavar="DRAFT", help="The draft(s) to review."),
    against: List[str] = typer.Option([], "--against", "-a", metavar="PATH", help="Reference articles (default: 'references' in the configuration)."),
    output_format: str = FormatOption,
    output: Optional[Path] = OutputOption,
    rules: Optional[Path] = RulesOption,
    fail_on: Optional[Threshold] = FailOnOption,
    min_severity: Optional[Severity] = MinSeverityOption,
    prefer: List[str] = PreferOption,
    config: Optional[Path] = ConfigOption,
    cache: Optional[Path] = CacheOption,
    no_cache: bool = NoCacheOption,
    colour: Colour = ColourOption,
    jobs: int = JobsOption,
) -> int:
    """Before publication: report only disagreements that involve a draft, with suggestions."""
    settings = _settings(
        config, {"rules": str(rules) if rules else None, "fail_on": fail_on, "min_severity": min_severity, "house_style": prefer, "references": list(against)}
    )
    references = [r for r in settings["references"] if os.path.abspath(r) not in {os.path.abspath(d) for d in drafts}]
    if not references:
        raise InputError("--against", "review needs reference articles: --against PATH or 'references' in crosscheck.toml")
    # A file under a reference folder is a reference, not a draft (a commit that adds one to the
    # references is not a draft to review).
    drafts = [d for d in drafts if not any(_inside(d, r) for r in references)]
    if not drafts:
        print("crosscheck: nothing to review: every file given is a reference", file=sys.stderr)
        return 0
    return _run_check(references, list(drafts), output_format, output, colour, cache, no_cache, settings, jobs)


def _inside(path: str, folder: str) -> bool:
    path, folder = os.path.abspath(path), os.path.abspath(folder)
    return path != folder and os.path.commonpath([path, folder]) == folder


@app.command("claims", cls=PlainUsage)
def claims_command(
    paths: List[str] = PathsArgument,
    output_format: str = typer.Option("jsonl", "--format", "-f", metavar="FORMAT", help="json or jsonl (one claim per line)."),
    output: Optional[Path] = OutputOption,
    rules: Optional[Path] = RulesOption,
    stories: Optional[str] = StoriesOption,
) -> int:
    """List every claim crosscheck reads in the articles."""
    from checker.corpus import read_corpus
    from checker.model import Report
    from checker.pipeline import extract_claims, use_data_of, with_stories
    from checker.report import CLAIM_FORMATS, RenderOptions

    render = _renderer(CLAIM_FORMATS, output_format)
    use_data_of(rules)
    corpus = read_corpus(paths)
    claims = extract_claims(corpus.articles)
    report = Report(articles=with_stories(corpus.articles, claims, stories), findings=[], errors=corpus.errors, claims=claims)
    _emit(render(report, RenderOptions()), output)
    for error in report.errors:
        print(f"crosscheck: error: {error.path}: {error.problem}", file=sys.stderr)
    return 2 if report.errors else 0


@app.command("config", cls=PlainUsage)
def config_command(config: Optional[Path] = ConfigOption) -> int:
    """Print the effective configuration and where each value comes from."""
    settings = _settings(config, {})
    print(f"# configuration file: {settings.file or 'none found'}")
    for key, value in settings.values.items():
        print(f"{key} = {value!r}  # {settings.sources[key]}")
    return 0


@rules_app.command("list", cls=PlainUsage)
def rules_list(rules: Optional[Path] = RulesOption) -> int:
    """One line per rule: id, severity, what it finds."""
    from checker.engine import load_rules

    for rule in load_rules(rules):
        severities = "/".join(sorted({tier.severity for tier in rule.tiers}, key=SEVERITIES.index))
        print(f"{rule.id:<22} {severities:<15} {' '.join(rule.description.split())}")
    return 0


@rules_app.command("show", cls=PlainUsage)
def rules_show(rule_id: str = typer.Argument(..., metavar="RULE", help="A rule id."), rules: Optional[Path] = RulesOption) -> int:
    """A rule file as written."""
    from checker.engine import load_rules

    found = next((rule for rule in load_rules(rules) if rule.id == rule_id), None)
    if found is None:
        raise InputError(rule_id, "no such rule (see: crosscheck rules list)")
    print(f"# {found.path}")
    print(Path(found.path).read_text(encoding="utf-8"), end="")
    return 0


@rules_app.command("validate", cls=PlainUsage)
def rules_validate(directory: Optional[Path] = typer.Argument(None, metavar="DIR", help="Rule folder (default: the bundled rules).")) -> int:
    """Check every rule file and every data file (a folder's data/ in place of the bundled files
    it names): one line per problem, exit 2 if there is any."""
    from checker.data_schema import validate_data
    from checker.engine import compile_ruleset, load_rules
    from checker.resources import use_rules_dir

    loaded = load_rules(directory)
    compile_ruleset(loaded)
    use_rules_dir(directory)
    problems = validate_data()
    for problem in problems:
        print(f"crosscheck: error: {problem}", file=sys.stderr)
    if problems:
        return 2
    print(f"{len(loaded)} rules valid: {', '.join(rule.id for rule in loaded)}; data files valid")
    return 0


def _version(value: bool) -> None:
    if value:
        print(f"crosscheck {__version__}")
        raise typer.Exit()


@app.callback()
def options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, metavar="", help="Show the version."),
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
        message = error.format_message()
        if message:
            print(f"crosscheck: error: {message}", file=sys.stderr)
        # With no command at all, the help just printed is the whole answer.
        code = 2
    sys.exit(code if isinstance(code, int) else 0)
