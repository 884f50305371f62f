"""Findings on real multi-outlet news, scored against an editor's judgements.

Runs `check` on BASIL's development half (`../shared/data/basil-dev.jsonl`: 50 events, each told
by three US outlets) and matches every finding to a judgement: first the editor's judgements
shipped with the data (`basil-dev-judged.yaml`), then this project's own
(`benchmarks/judgements/basil-dev.yaml`). A judgement covers a finding of its category when, on
every side, the same article is cited and the cited spans overlap by at least half of the
shorter one — so a finding whose quote boundary moved keeps its verdict. A finding no judgement
covers is listed as unjudged: read both articles and judge it before trusting any figure.

Recall needs the discrepancies nobody flagged: `benchmarks/judgements/basil-dev-discrepancies.yaml`
lists the genuine differences in quoted words (and quotes given to two speakers) found by reading
every event end to end, without looking at crosscheck's output. One is found when a quote
finding cites both of its sides.

    python benchmarks/realnews.py [--data DIR] [--json] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "data"
OWN_JUDGEMENTS = ROOT / "benchmarks" / "judgements" / "basil-dev.yaml"
DISCREPANCIES = ROOT / "benchmarks" / "judgements" / "basil-dev-discrepancies.yaml"
QUOTE_CATEGORIES = ("quote_mismatch", "quote_misattribution")
SEVERITY_ORDER = ("error", "warning", "info")


@dataclass(frozen=True)
class Side:
    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Judgement:
    category: str
    sides: tuple[Side, ...]
    verdict: bool
    cause: str
    source: str


@dataclass
class Outcome:
    """One finding with the judgement that covers it (None when unjudged)."""

    category: str
    severity: str
    sides: tuple[Side, ...]
    message: str
    judgement: Judgement | None = None


@dataclass
class Tally:
    alarms: int = 0
    true: int = 0
    false: int = 0
    unjudged: int = 0

    def add(self, outcome: Outcome) -> None:
        self.alarms += 1
        if outcome.judgement is None:
            self.unjudged += 1
        elif outcome.judgement.verdict:
            self.true += 1
        else:
            self.false += 1

    @property
    def precision(self) -> float | None:
        """Share of judged alarms that are real; None (shown "n/a") when nothing was judged."""
        judged = self.true + self.false
        return self.true / judged if judged else None


@dataclass(frozen=True)
class Discrepancy:
    """A genuine difference between two outlets' quotes, listed by reading the articles."""

    story: str
    kind: str
    sides: tuple[Side, Side]
    what: str


@dataclass
class RealNewsScore:
    outcomes: list[Outcome] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)

    def found(self, discrepancy: Discrepancy) -> bool:
        """A quote finding cites both sides of the discrepancy."""
        left, right = discrepancy.sides
        return any(
            o.category in QUOTE_CATEGORIES and any(_overlaps(s, left) for s in o.sides) and any(_overlaps(s, right) for s in o.sides) for o in self.outcomes
        )

    @property
    def missed(self) -> list[Discrepancy]:
        return [d for d in self.discrepancies if not self.found(d)]

    def tally(self, severities: tuple[str, ...], category: str | None = None) -> Tally:
        tally = Tally()
        for outcome in self.outcomes:
            if outcome.severity in severities and (category is None or outcome.category == category):
                tally.add(outcome)
        return tally

    @property
    def unjudged(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.judgement is None]

    def summary(self) -> dict:
        """The figures the README shows: precision of errors and of errors + warnings, true findings."""
        errors, alarms, everything = self.tally(("error",)), self.tally(("error", "warning")), self.tally(SEVERITY_ORDER)
        return {
            "errors": errors.alarms,
            "errors_true": errors.true,
            "error_precision": errors.precision,
            "errors_and_warnings": alarms.alarms,
            "errors_and_warnings_true": alarms.true,
            "error_and_warning_precision": alarms.precision,
            "findings": everything.alarms,
            "true_findings": everything.true,
            "unjudged": everything.unjudged,
            "quote_discrepancies": len(self.discrepancies),
            "quote_discrepancies_found": len(self.discrepancies) - len(self.missed),
        }


def locate(text: str, cited: str) -> list[tuple[int, int]]:
    """Every place a cited span stands in an article (judgements carry texts, not offsets; a short
    date such as "Monday" may stand several times, and the judgement does not say which)."""
    spans, start = [], text.find(cited)
    while start >= 0:
        spans.append((start, start + len(cited)))
        start = text.find(cited, start + 1)
    return spans


def load_judgements(path: Path, texts: dict[str, str], source: str) -> list[Judgement]:
    """Judgements from a YAML file: `findings: [{category, left: SIDE, right: SIDE, other?: [SIDE,
    ...], verdict, cause?}]`, a SIDE being `[article, start, end]` (offsets into the article's text,
    as this project writes them: no article text is copied) or `[article, text]` (as the editor's
    file cites). A side that is not in its article is an error naming the file: a judgement that
    silently covers nothing is worse than none."""
    content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    judgements = []
    for number, entry in enumerate(content.get("findings") or [], 1):
        sides = []
        for side in [entry["left"], entry["right"], *(entry.get("other") or [])]:
            sides += cited_sides(path, number, side, texts)
        judgements.append(Judgement(entry["category"], tuple(sides), bool(entry["verdict"]), entry.get("cause") or "", source))
    return judgements


def cited_sides(path: Path, number: int, side: list, texts: dict[str, str]) -> list[Side]:
    """The places in an article one judged side stands."""
    article = side[0]
    if article not in texts:
        raise SystemExit(f"{path}: entry {number}: unknown article '{article}'")
    text = texts[article]
    if len(side) == 3:
        start, end = int(side[1]), int(side[2])
        if not 0 <= start < end <= len(text):
            raise SystemExit(f"{path}: entry {number}: offsets {start}-{end} are outside {article}")
        return [Side(article, start, end, text[start:end])]
    spans = locate(text, side[1])
    if not spans:
        raise SystemExit(f"{path}: entry {number}: {side[1]!r} is not in {article}")
    return [Side(article, start, end, side[1]) for start, end in spans]


def load_discrepancies(path: Path, texts: dict[str, str]) -> list[Discrepancy]:
    """`[{story, kind: wording|speaker|none, left: [article, start, end], right: [...], what}]`;
    `kind: none` records a story read and found to hold no quote discrepancy."""
    if not path.exists():
        return []
    found = []
    for number, entry in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or [], 1):
        if entry["kind"] == "none":
            continue
        left, right = (cited_sides(path, number, entry[side], texts)[0] for side in ("left", "right"))
        found.append(Discrepancy(entry["story"], entry["kind"], (left, right), entry.get("what") or ""))
    return found


def _overlaps(a: Side, b: Side) -> bool:
    shared = min(a.end, b.end) - max(a.start, b.start)
    return a.article == b.article and shared > 0 and shared >= 0.5 * min(a.end - a.start, b.end - b.start)


def covers(judgement: Judgement, outcome: Outcome) -> bool:
    """Same category; the finding's two first sides each overlap a judged side, in two articles."""
    if judgement.category != outcome.category:
        return False
    if outcome.category == "name_variant":
        return {s.text for s in outcome.sides} == {s.text for s in judgement.sides}
    left, right = outcome.sides[0], outcome.sides[-1]
    return any(_overlaps(left, j) for j in judgement.sides) and any(_overlaps(right, j) for j in judgement.sides)


def score(data: Path = DEFAULT_DATA) -> RealNewsScore:
    from checker.pipeline import check

    corpus = data / "basil-dev.jsonl"
    report = check([str(corpus)])
    texts = {article.id: article.text for article in report.articles}
    judgements = load_judgements(data / "basil-dev-judged.yaml", texts, "editor")
    if OWN_JUDGEMENTS.exists():
        judgements += load_judgements(OWN_JUDGEMENTS, texts, "project")
    result = RealNewsScore(discrepancies=load_discrepancies(DISCREPANCIES, texts))
    for finding in report.findings:
        sides = tuple(Side(c.article, c.start, c.end, c.text) for c in finding.claims)
        outcome = Outcome(finding.category, finding.severity, sides, finding.message)
        outcome.judgement = next((j for j in judgements if covers(j, outcome)), None)
        result.outcomes.append(outcome)
    return result


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def table(result: RealNewsScore) -> list[str]:
    """Per category and severity: alarms, judged true, judged false, unjudged, precision."""
    rows = Counter((o.category, o.severity) for o in result.outcomes)
    lines = [f"{'category':<22} {'severity':<8} {'alarms':>6} {'true':>5} {'false':>5} {'unjudged':>8} {'precision':>9}"]
    for category, severity in sorted(rows, key=lambda key: (key[0], SEVERITY_ORDER.index(key[1]))):
        tally = result.tally((severity,), category)
        lines.append(f"{category:<22} {severity:<8} {tally.alarms:>6} {tally.true:>5} {tally.false:>5} {tally.unjudged:>8} {_percent(tally.precision):>9}")
    for label, severities in (("errors", ("error",)), ("errors+warnings", ("error", "warning")), ("all", SEVERITY_ORDER)):
        tally = result.tally(severities)
        lines.append(f"{'= ' + label:<31} {tally.alarms:>6} {tally.true:>5} {tally.false:>5} {tally.unjudged:>8} {_percent(tally.precision):>9}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the folder holding basil-dev.jsonl")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--verbose", action="store_true", help="list every finding with its verdict")
    args = parser.parse_args()
    if not (args.data / "basil-dev.jsonl").is_file():
        print(f"skipped: {args.data / 'basil-dev.jsonl'} is not here (the real-news data lives in ../shared/data)")
        return
    result = score(args.data)
    if args.json:
        print(json.dumps(result.summary(), indent=2))
        return
    print("\n".join(table(result)))
    if result.discrepancies:
        summary = result.summary()
        print(f"\ngenuine quote discrepancies found: {summary['quote_discrepancies_found']} of {summary['quote_discrepancies']}")
        for missed in result.missed if args.verbose else []:
            left, right = missed.sides
            print(
                f"- [missed] {missed.kind}: {missed.what}\n    {left.article} @{left.start}: {left.text[:160]!r}\n    {right.article} @{right.start}: {right.text[:160]!r}"
            )
    shown = result.outcomes if args.verbose else result.unjudged
    if shown:
        print("\nunjudged findings:" if not args.verbose else "\nfindings:")
    for outcome in shown:
        verdict = "UNJUDGED" if outcome.judgement is None else ("true" if outcome.judgement.verdict else "false")
        print(f"- [{verdict}] {outcome.category} {outcome.severity}: {outcome.message}")
        for side in outcome.sides:
            print(f"    {side.article} @{side.start}: {side.text[:160]!r}")
        if outcome.judgement is not None and outcome.judgement.cause:
            print(f"    cause: {outcome.judgement.cause}")


if __name__ == "__main__":
    main()
