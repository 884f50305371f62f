"""How well `--stories auto` finds the stories: every article's own `story` dropped, the articles
grouped from their content, and each pair of articles judged "same story" or not against the
stories they were given. Pairwise precision and recall, on BASIL's development half (50 real
events told by three outlets, `../shared/data/basil-dev.jsonl`) and on this project's story sets
taken together as one feed.

    python benchmarks/stories.py [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.align.stories import assign_stories  # noqa: E402
from checker.corpus import read_corpus  # noqa: E402
from checker.pipeline import extract_claims  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
STORY_SETS = ["tests/corpus", "benchmarks/second-dev", "benchmarks/blind-2026-11-30", "benchmarks/blind-2026-11-30b", "benchmarks/blind-2026-12-01"]


def pairwise(paths: list[Path], verbose: bool = False) -> dict:
    corpus = read_corpus([str(p) for p in paths], None)
    given = {article.id: article.story for article in corpus.articles}
    unmarked = [replace(article, story=None) for article in corpus.articles]
    found = {article.id: article.story for article in assign_stories(unmarked, extract_claims(unmarked))}
    true_positive = false_positive = false_negative = 0
    for left, right in combinations(sorted(given), 2):
        same, grouped = given[left] == given[right], found[left] == found[right]
        true_positive += same and grouped
        false_positive += grouped and not same
        false_negative += same and not grouped
        if verbose and same != grouped:
            print(f"  {'joined' if grouped else 'split'}: {left} ({given[left]}) / {right} ({given[right]})")
    precision = true_positive / (true_positive + false_positive) if true_positive + false_positive else 1.0
    recall = true_positive / (true_positive + false_negative) if true_positive + false_negative else 1.0
    return {
        "articles": len(given),
        "stories": len(set(given.values())),
        "found": len(set(found.values())),
        "precision": round(precision, 3),
        "recall": round(recall, 3),
    }


def findings_compared(path: Path) -> dict:
    """The findings of `check` on the articles as given and on the same articles without their
    stories (so grouped automatically), matched by rule and cited claims."""
    import json
    import tempfile

    from checker.pipeline import check

    def signatures(report) -> set[tuple]:
        return {(f.rule, tuple(sorted(c.id for c in f.claims))) for f in report.findings}

    given = signatures(check([str(path)]))
    with tempfile.TemporaryDirectory() as folder:
        stripped = Path(folder) / path.name
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        stripped.write_text("".join(json.dumps({k: v for k, v in row.items() if k != "story"}) + "\n" for row in rows), encoding="utf-8")
        automatic = signatures(check([str(stripped)], stories="auto"))
    return {"given": len(given), "automatic": len(automatic), "both": len(given & automatic)}


def table(results: dict[str, dict]) -> list[str]:
    lines = ["| articles | stories given | stories found | pairwise precision | pairwise recall |", "|---|---|---|---|---|"]
    for name, r in results.items():
        if name != "findings":
            lines.append(f"| {name}: {r['articles']} | {r['stories']} | {r['found']} | **{r['precision']}** | **{r['recall']}** |")
    if "findings" in results:
        f = results["findings"]
        lines += [
            "",
            f"`check` on BASIL dev with the given stories reports {f['given']} findings; with its stories dropped and"
            f" found automatically, {f['automatic']}, of which {f['both']} are the same findings (same rule, same claims).",
        ]
    return lines


def measure(data: Path = DEFAULT_DATA, verbose: bool = False) -> dict[str, dict]:
    results = {}
    basil = data / "basil-dev.jsonl"
    if basil.is_file():
        results["BASIL dev (real news)"] = pairwise([basil], verbose)
        results["findings"] = findings_compared(basil)
    results["story sets, as one feed"] = pairwise([ROOT / s for s in STORY_SETS], verbose)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the folder holding basil-dev.jsonl")
    parser.add_argument("--verbose", action="store_true", help="list every pair grouped wrongly")
    args = parser.parse_args()
    if not (args.data / "basil-dev.jsonl").is_file():
        print(f"note: {args.data / 'basil-dev.jsonl'} is not here (the real-news data lives in ../shared/data); story sets only")
    print("\n".join(table(measure(args.data, args.verbose))))


if __name__ == "__main__":
    main()
