"""Precision and recall of crosscheck's findings on a labelled story set (default: tests/corpus).

Each story folder holds articles and a labels.yaml listing the findings an editor expects
(rule + the cited text on each side). A reported finding counts as correct when its rule matches
and, for every labelled side, one of its claims overlaps that text in that article.

    python benchmarks/accuracy.py [CORPUS] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.pipeline import check  # noqa: E402

DEFAULT_CORPUS = ROOT / "tests" / "corpus"


@dataclass
class Score:
    """`correct`: reported findings that match at least one label (precision); `found`: labels
    covered by at least one finding (recall). One finding may cite several articles on each side
    and so cover several labelled pairs."""

    expected: int = 0
    reported: int = 0
    correct: int = 0
    found: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        """Share of reported findings that are right; None ("n/a") when nothing was reported —
        an empty report is not a precise one."""
        return self.correct / self.reported if self.reported else None

    @property
    def recall(self) -> float | None:
        return self.found / self.expected if self.expected else None

    def add(self, other: Score) -> None:
        self.expected += other.expected
        self.reported += other.reported
        self.correct += other.correct
        self.found += other.found
        self.misses += other.misses
        self.false_alarms += other.false_alarms


def _label_spans(story: Path, label: dict, bodies: dict[str, tuple[str, int]]) -> list[tuple[str, int, int]]:
    spans = []
    for side in label["sides"]:
        text, body_start = bodies[side["article"]]
        start = text.find(side["text"], body_start)
        if start < 0:
            raise SystemExit(f"{story}/labels.yaml: '{side['text']}' not found in {side['article']}")
        spans.append((side["article"], start, start + len(side["text"])))
    return spans


def _matches(finding, spans, texts) -> bool:
    """Every labelled side overlaps a cited claim in its article (of a three-sided label, the first
    side, the odd one out, and one other; of a misattribution, a side naming the speaker is met
    by a quote cited in its paragraph); for a name variant, where each
    spelling is cited does not matter, only which two spellings are (a label may include a title,
    "Captain Soren Hakestad", that the cited spelling leaves out), and of three sides the odd one
    and one other must hold a cited spelling, as for any rule."""
    if finding.rule == "name_variant":
        labelled = [texts[article][0][start:end] for article, start, end in spans]
        cited = {c.text for c in finding.claims}
        met = [any(name in text for name in cited) for text in labelled]
        sides_met = all(met) if len(labelled) <= 2 else met[0] and sum(met) >= 2
        return sides_met and all(any(name in text for text in labelled) for name in cited)
    covered = [any(c.article == article and c.start < end and start < c.end for c in finding.claims) for article, start, end in spans]
    if finding.rule == "quote_misattribution":
        # A label may cite where the speaker is named ("said chairman Alistair Penrose") rather
        # than the words quoted: a cited quote in the same paragraph is that side.
        covered = [
            hit or any(c.article == article and _paragraph(texts[article][0], c.start) == _paragraph(texts[article][0], start) for c in finding.claims)
            for hit, (article, start, _) in zip(covered, spans)
        ]
    return all(covered) if len(spans) <= 2 else covered[0] and sum(covered) >= 2


def _paragraph(text: str, offset: int) -> int:
    """Where the paragraph holding `offset` starts (paragraphs are separated by a blank line)."""
    return text.rfind("\n\n", 0, offset)


def score_story(story: Path, rules: set[str] | None = None) -> dict[str, Score]:
    """Scores per rule for one story folder."""
    labels = yaml.safe_load((story / "labels.yaml").read_text(encoding="utf-8"))
    report = check([str(story)])
    texts = {article.id: (article.text, article.body_start) for article in report.articles}
    scores: dict[str, Score] = {}
    expected = [(label["rule"], _label_spans(story, label, texts), label) for label in labels.get("findings") or []]
    covered: set[int] = set()
    for finding in report.findings:
        if rules and finding.rule not in rules:
            continue
        score = scores.setdefault(finding.rule, Score())
        score.reported += 1
        hits = [n for n, (rule, spans, _) in enumerate(expected) if rule == finding.rule and _matches(finding, spans, texts)]
        if hits:
            score.correct += 1
            covered.update(hits)
        else:
            sides = " / ".join(f"{c.article}: {c.text!r}" for c in finding.claims)
            score.false_alarms.append(f"{story.name}: {finding.rule} {sides}")
    for number, (rule, _, label) in enumerate(expected):
        if rules and rule not in rules:
            continue
        score = scores.setdefault(rule, Score())
        score.expected += 1
        if number in covered:
            score.found += 1
        else:
            sides = " / ".join(f"{s['article']}: {s['text']!r}" for s in label["sides"])
            score.misses.append(f"{story.name}: {rule} {sides}")
    return scores


def score_corpus(corpus: Path = DEFAULT_CORPUS, rules: set[str] | None = None) -> dict[str, Score]:
    """Scores per rule, plus 'all', over every story folder with a labels.yaml."""
    totals: dict[str, Score] = {"all": Score()}
    for story in sorted(p.parent for p in corpus.glob("*/labels.yaml")):
        for rule, score in score_story(story, rules).items():
            totals.setdefault(rule, Score()).add(score)
            totals["all"].add(score)
    return totals


def ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--verbose", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args()
    totals = score_corpus(args.corpus)
    print(f"{'rule':<22} {'labelled':>8} {'found':>6} {'reported':>8} {'correct':>8} {'precision':>9} {'recall':>7}")
    for rule, score in sorted(totals.items(), key=lambda item: (item[0] == "all", item[0])):
        print(f"{rule:<22} {score.expected:>8} {score.found:>6} {score.reported:>8} {score.correct:>8} {ratio(score.precision):>9} {ratio(score.recall):>7}")
    if args.verbose:
        for line in totals["all"].false_alarms:
            print("false alarm:", line)
        for line in totals["all"].misses:
            print("missed:     ", line)


if __name__ == "__main__":
    main()
