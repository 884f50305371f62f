"""Every accuracy figure the README and docs/accuracy.md show, produced by one command.

    python benchmarks/report.py            # run every benchmark, rewrite the generated sections
    python benchmarks/report.py --check    # exit 1 when a generated section is out of date

Sections come from the labelled story sets in the repository (always), the agreeing sentence
pairs (always) and the real-news benchmark on ../shared/data (only when it is there: without it
those sections are left as they are and the run says so). The README and docs/accuracy.md hold
each section between `<!-- generated: NAME -->` and `<!-- end: NAME -->`; nothing between
the marks is written by hand, so a figure in either file is the output of this script.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.accuracy import Score, ratio, score_corpus  # noqa: E402
from benchmarks.false_alarms import false_alarms  # noqa: E402

README = ROOT / "README.md"
ACCURACY = ROOT / "docs" / "accuracy.md"
FIRST_RUNS = ROOT / "benchmarks" / "first-runs.yaml"


@dataclass(frozen=True)
class StorySet:
    name: str
    path: Path
    status: str


STORY_SETS = (
    StorySet("development", ROOT / "tests" / "corpus", "written with the first version; tuned on"),
    StorySet("second development", ROOT / "benchmarks" / "second-dev", "written later; tuned on after its first run"),
    StorySet(
        "blind set of 2026-11-30",
        ROOT / "benchmarks" / "blind-2026-11-30",
        "written without reading the code; first run below; tuned on since",
    ),
    StorySet(
        "stance blind set of 2026-11-30",
        ROOT / "benchmarks" / "blind-2026-11-30b",
        "written without reading the code, to test stances; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-01",
        ROOT / "benchmarks" / "blind-2026-12-01",
        "written without reading the code; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-01 (b)",
        ROOT / "benchmarks" / "blind-2026-12-01b",
        "written without reading the code, to test figures and dates told in other words; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-01 (c)",
        ROOT / "benchmarks" / "blind-2026-12-01c",
        "written without reading the code, figures and dates in varied topics; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-01 (d)",
        ROOT / "benchmarks" / "blind-2026-12-01d",
        "written without reading the code, facts told in other words in new topics; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-01 (e)",
        ROOT / "benchmarks" / "blind-2026-12-01e",
        "written without reading the code, mostly dates and figures; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-01 (f)",
        ROOT / "benchmarks" / "blind-2026-12-01f",
        "written without reading the code, held back until the session's other changes were in; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-01 (g)",
        ROOT / "benchmarks" / "blind-2026-12-01g",
        "written without reading the code, figures and dates told in other words in new topics; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-01 (h)",
        ROOT / "benchmarks" / "blind-2026-12-01h",
        "written without reading the code, weighted to dates; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-01 (i)",
        ROOT / "benchmarks" / "blind-2026-12-01i",
        "written without reading the code, to read like real news: long articles, every kind of rule; first run below",
    ),
    StorySet(
        "blind set of 2026-12-01 (j)",
        ROOT / "benchmarks" / "blind-2026-12-01j",
        "written without reading the code, figures and dates told in other words; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-01 (k)",
        ROOT / "benchmarks" / "blind-2026-12-01k",
        "written without reading the code, to read like real news from new beats (courts, counts, health, business, transport); first run below",
    ),
    StorySet(
        "blind set of 2026-12-01 (l)",
        ROOT / "benchmarks" / "blind-2026-12-01l",
        "written without reading the code, one event or figure told in really different words in each paper; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-01 (m)",
        ROOT / "benchmarks" / "blind-2026-12-01m",
        "written without reading the code, ordinary regional and national news; first run below, after this session's other changes",
    ),
    StorySet(
        "blind set of 2026-12-01 (n)",
        ROOT / "benchmarks" / "blind-2026-12-01n",
        "written without reading the code: sport, science and health, culture, courts, planning; nouns against verbs, totals against parts; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-01 (o)",
        ROOT / "benchmarks" / "blind-2026-12-01o",
        "written without reading the code: business, economy and politics; currencies, points, changes against totals, reported speech; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-01 (p)",
        ROOT / "benchmarks" / "blind-2026-12-01p",
        "written without reading the code: events and dates told with another verb or a noun, schedules, relative dates in quotes, repeated events; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-01 (q)",
        ROOT / "benchmarks" / "blind-2026-12-01q",
        "written without reading the code: figures told with other nouns and constructions, parts and totals, three currencies; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02",
        ROOT / "benchmarks" / "blind-2026-12-02",
        "written without reading the code, like US and international wire copy: votes, hearings, rulings, tallies, ranks, schedules; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02 (b)",
        ROOT / "benchmarks" / "blind-2026-12-02b",
        "written without reading the code, like British and Irish regional news: figures with other counted nouns, parts, totals and changes, acts told with other verbs; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02 (c)",
        ROOT / "benchmarks" / "blind-2026-12-02c",
        "written without reading the code, like news from Canada, Australia, New Zealand and South Africa: local currencies, stances in relative clauses, changed words in long quotes; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02 (d)",
        ROOT / "benchmarks" / "blind-2026-12-02d",
        "written without reading the code, like English-language papers in South and Southeast Asia and Africa: lakh and crore, local currencies, honorifics, events and counts told in other words; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02 (e)",
        ROOT / "benchmarks" / "blind-2026-12-02e",
        "written without reading the code, like business and financial news: results, takeovers, layoffs, recalls, rate decisions, pay deals; shares against points, quarters and fiscal years; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02 (f)",
        ROOT / "benchmarks" / "blind-2026-12-02f",
        "written without reading the code, like science, health, weather and sport news: metric and imperial measures, ranges, scores and times, events told by a verb and a noun; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02 (g)",
        ROOT / "benchmarks" / "blind-2026-12-02g",
        "written without reading the code, like local news in Australia, Canada, Ireland and New Zealand: local currency signs, restated figures, people counted by other nouns, acts told by unrelated verbs, targets against outcomes; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02 (h)",
        ROOT / "benchmarks" / "blind-2026-12-02h",
        "written without reading the code, like international news from the Middle East, Latin America and Europe: tolls with ranges, vague magnitudes, shares, currencies, time zones, transliterated names; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02 (i)",
        ROOT / "benchmarks" / "blind-2026-12-02i",
        "written without reading the code, like American and British political and court wire copy: tallies, seats against gains, scheduled votes, dates said a day earlier, sentences, ranks, parts of a group; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02 (j)",
        ROOT / "benchmarks" / "blind-2026-12-02j",
        "written without reading the code, like sports, science and health reporting: scores, race times, ages, sample sizes, half-time against full-time, targets against results; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02 (k)",
        ROOT / "benchmarks" / "blind-2026-12-02k",
        "written without reading the code, like business and markets copy: results against guidance, a division against the group, pre-tax against after-tax, proposed against agreed prices, conversions; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02 (l)",
        ROOT / "benchmarks" / "blind-2026-12-02l",
        "written without reading the code, like disaster and transport news from Asia and Africa: rising tolls, injured against dead, a district against the province, metric and imperial units, local currencies; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02 (m)",
        ROOT / "benchmarks" / "blind-2026-12-02m",
        "written without reading the code, like politics and public affairs copy from Europe and Latin America: local currencies, tallies, percentages against points, translated quotes, scheduled votes; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02 (n)",
        ROOT / "benchmarks" / "blind-2026-12-02n",
        "written without reading the code, like technology, aviation, energy and environment news: metric and imperial measures, shorthand figures, durations, capacity against output, model numbers; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02 (o)",
        ROOT / "benchmarks" / "blind-2026-12-02o",
        "written without reading the code, like US and Canadian regional news on courts, crime and public safety: sentences against maximums, charges against convictions, two hearings, scheduled hearings, reported speech with its own date; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02 (p)",
        ROOT / "benchmarks" / "blind-2026-12-02p",
        "written without reading the code, like health, education and science news from the Middle East, Africa and South Asia: fractions against percentages, rates against counts, lakh and crore, honorifics; first run below; tuned on since",
    ),
    StorySet(
        "blind set of 2026-12-02 (q)",
        ROOT / "benchmarks" / "blind-2026-12-02q",
        "written without reading the code, like farming, weather and environment news from South America, Southeast Asia and Oceania: measures, local currencies, weekdays against dates, forecasts against measurements; first run below; tuned on since",
    ),
)


def story_scores() -> dict[str, dict[str, Score]]:
    return {story_set.name: score_corpus(story_set.path) for story_set in STORY_SETS}


def _count_stories(path: Path) -> int:
    return len(list(path.glob("*/labels.yaml")))


def stories_summary(scores: dict[str, dict[str, Score]]) -> str:
    lines = [
        "| set | stories | labelled findings | reported | correct | precision | recall | status |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for story_set in STORY_SETS:
        total = scores[story_set.name]["all"]
        lines.append(
            f"| {story_set.name}, `{story_set.path.relative_to(ROOT)}/` | {_count_stories(story_set.path)} | {total.expected}"
            f" | {total.reported} | {total.correct} | {ratio(total.precision)} | {ratio(total.recall)} | {story_set.status} |"
        )
    return "\n".join(lines)


def stories_per_rule(scores: dict[str, dict[str, Score]]) -> str:
    rules = sorted({rule for per_set in scores.values() for rule in per_set if rule != "all"})
    header = "| rule | " + " | ".join(f"{s.name}: found / labelled, false alarms" for s in STORY_SETS) + " |"
    lines = [header, "|---|" + "---|" * len(STORY_SETS)]
    for rule in rules:
        cells = []
        for story_set in STORY_SETS:
            score = scores[story_set.name].get(rule, Score())
            cells.append(f"{score.found}/{score.expected}, {score.reported - score.correct}")
        lines.append(f"| `{rule}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def pairs_summary() -> str:
    total, flagged = false_alarms()
    return (
        f"| agreeing sentence pairs, `benchmarks/agreeing_pairs.jsonl` | {total} pairs | "
        f"{len(flagged)} drew a finding | false alarms **{len(flagged) / total:.1%}** |"
    )


def first_runs() -> str:
    """The recorded first run of each blind set (benchmarks/first-runs.yaml), never recomputed."""
    lines = [
        "| set | run on | code | reported | correct | precision | found / labelled | recall |",
        "|---|---|---|---|---|---|---|---|",
    ]
    notes = []
    for record in yaml.safe_load(FIRST_RUNS.read_text(encoding="utf-8")):
        for run in record["runs"]:
            total = Score()
            for counts in run["rules"].values():
                total.add(Score(expected=counts["labelled"], found=counts["found"], reported=counts["reported"], correct=counts["correct"]))
            lines.append(
                f"| `{record['set']}` | {run['date']} | {run['code']} | {total.reported} | {total.correct}"
                f" | {ratio(total.precision)} | {total.found}/{total.expected} | {ratio(total.recall)} |"
            )
            notes.append(f"- {run['code']}: {run['note']}.")
    return "\n".join(lines + [""] + notes)


def realnews_sections(data: Path) -> dict[str, str] | None:
    from benchmarks.realnews import SEVERITY_ORDER, score, table

    if not (data / "basil-dev.jsonl").is_file():
        return None
    result = score(data)
    summary = result.summary()
    head = (
        "| real news, BASIL development half (50 events × 3 outlets) | errors | errors + warnings | all findings |\n"
        "|---|---|---|---|\n"
        f"| alarms (judged true) | {summary['errors']} ({summary['errors_true']}) | {summary['errors_and_warnings']}"
        f" ({summary['errors_and_warnings_true']}) | {summary['findings']} ({summary['true_findings']}) |\n"
        f"| precision | {_percent(summary['error_precision'])} | {_percent(summary['error_and_warning_precision'])}"
        f" | {_percent(summary['true_findings'] / summary['findings'] if summary['findings'] else None)} |\n"
        f"| unjudged | | | {summary['unjudged']} |"
    )
    per_rule = []
    for rule in sorted(p.stem for p in (ROOT / "rules").glob("*.yaml")):
        tally = result.tally(SEVERITY_ORDER, rule)
        per_rule.append(f"`{rule}` {tally.alarms} ({tally.true} true, {tally.false} false, {tally.unjudged} unjudged)")
    head += "\n\nBy rule, all severities: " + "; ".join(per_rule) + "."
    if summary["quote_discrepancies"]:
        found, listed = summary["quote_discrepancies_found"], summary["quote_discrepancies"]
        head += (
            f"\n\nGenuine quote discrepancies, listed by reading all 50 events end to end without looking"
            f" at crosscheck's output (`benchmarks/judgements/basil-dev-discrepancies.yaml`): {listed};"
            f" found by a quote finding: {found} (recall {found / listed:.0%})."
        )
    return {"realnews-summary": head, "realnews-table": "```text\n" + "\n".join(table(result)) + "\n```"}


def quotes_section(data: Path) -> dict[str, str] | None:
    """Direct quotes and speakers on PolNeAR's dev split (benchmarks/quotes.py)."""
    from benchmarks import quotes

    if not (data / "polnear" / "dev.jsonl").is_file():
        return None
    articles = quotes.load(data, "dev")
    summary = quotes.score(articles).summary()
    by_source, matched = summary["speaker_accuracy_by_source"], summary["matched_by_source"]
    rows = [
        f"| PolNeAR dev, {len(articles)} articles, {summary['gold_direct_quotes']} direct quotes | precision | recall | F1 |",
        "|---|---|---|---|",
    ]
    for mode, label in (("overlap", "quotes found (overlap of half the shorter)"), ("one_to_one", "quotes found, one to one")):
        m = summary[mode]
        rows.append(f"| {label} | {m['precision']:.3f} | {m['recall']:.3f} | **{m['f1']:.3f}** |")
    rows += [
        "",
        "| speaker right | all | named sources | pronoun sources | descriptions | no speaker given |",
        "|---|---|---|---|---|---|",
        f"| share of matched quotes | **{summary['speaker_accuracy']:.3f}** | {by_source['named']:.3f} ({matched.get('named', 0)})"
        f" | {by_source['pronoun']:.3f} ({matched.get('pronoun', 0)}) | {by_source['description']:.3f} ({matched.get('description', 0)})"
        f" | {summary['without_speaker']:.3f} |",
        "",
        f"Matched quotes whose gold attribution marks no source, so no speaker can be judged: {summary['matched_without_gold_source']}.",
    ]
    return {"quotes": "\n".join(rows)}


def figures_section(data: Path) -> dict[str, str] | None:
    """Figures read from CQE's news-style test sentences (benchmarks/figures.py)."""
    from benchmarks import figures

    if not (data / "cqe").is_dir():
        return None
    rows = [
        "| CQE test sentences | gold quantities | figures read | value precision | value recall | value F1 | value + unit F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, tally in figures.score(data).items():
        row = tally.row(name)
        rows.append(
            f"| {name} | {row['sentences_gold']} | {row['read']} | {row['value_precision']} | {row['value_recall']}"
            f" | **{row['value_f1']}** | **{row['value_unit_f1']}** |"
        )
    return {"figures": "\n".join(rows)}


def clustering_section(data: Path) -> dict[str, str] | None:
    """Stories found from content against the given ones (benchmarks/stories.py)."""
    from benchmarks import stories

    if not (data / "basil-dev.jsonl").is_file():
        return None
    return {"clustering": "\n".join(stories.table(stories.measure(data)))}


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def example_output() -> str:
    """What `crosscheck check examples/peacekeepers` prints, run from the repository's root."""
    import contextlib
    import io
    import os

    from checker.cli import main as crosscheck

    printed = io.StringIO()
    here = Path.cwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(printed):
            try:
                crosscheck(["check", "examples/peacekeepers", "--color", "never", "--no-cache"])
            except SystemExit:
                pass
    finally:
        os.chdir(here)
    return "```text\n$ crosscheck check examples/peacekeepers\n" + printed.getvalue().rstrip() + "\n```"


def repository_sections(scores: dict[str, dict[str, Score]]) -> dict[str, str]:
    """The sections computed from what the repository holds, given the story sets' scores."""
    return {
        "example": example_output(),
        "stories-summary": stories_summary(scores),
        "stories-per-rule": stories_per_rule(scores),
        "pairs": pairs_summary(),
        "first-runs": first_runs(),
    }


def sections(data: Path) -> tuple[dict[str, str], list[str]]:
    """Every generated section by name, and the names that could not be produced here."""
    produced = repository_sections(story_scores())
    missing = []
    needing_data = (
        (["realnews-summary", "realnews-table"], realnews_sections(data)),
        (["quotes"], quotes_section(data)),
        (["figures"], figures_section(data)),
        (["clustering"], clustering_section(data)),
    )
    for names, made in needing_data:
        if made is None:
            missing += names
        else:
            produced.update(made)
    return produced, missing


_SECTION = re.compile(r"(<!-- generated: (?P<name>[\w-]+) -->\n)(?P<body>.*?)(<!-- end: (?P=name) -->)", re.S)


def fill(text: str, produced: dict[str, str]) -> str:
    """The document with every generated section it holds replaced by its fresh content."""
    return _SECTION.sub(lambda m: m.group(1) + _body(produced, m) + m.group(4), text)


def _body(produced: dict[str, str], match: re.Match) -> str:
    name = match.group("name")
    return produced[name] + "\n" if name in produced else match.group("body")


def stale(path: Path, produced: dict[str, str]) -> list[str]:
    """Names of the sections of `path` whose text differs from what the benchmarks give now."""
    text = path.read_text(encoding="utf-8")
    return [m.group("name") for m in _SECTION.finditer(text) if m.group("name") in produced and _body(produced, m) != m.group("body")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say which generated sections are out of date")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="the real-news data folder")
    args = parser.parse_args()
    produced, missing = sections(args.data)
    if missing:
        print(f"skipped: {', '.join(missing)} ({args.data} has no basil-dev.jsonl); those sections are left as they are")
    documents = (README, ACCURACY)
    if args.check:
        out_of_date = [f"{path.relative_to(ROOT)}: {name}" for path in documents for name in stale(path, produced)]
        for line in out_of_date:
            print("out of date:", line)
        raise SystemExit(1 if out_of_date else 0)
    for path in documents:
        path.write_text(fill(path.read_text(encoding="utf-8"), produced), encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
