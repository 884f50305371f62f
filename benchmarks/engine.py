"""Throughput of `--engine dask` with 1 and 2 workers, beside one process, on the same corpus.

Each run is a whole `check` (cluster start and every worker's pipeline load included), so the
figures are what a user waits for. The corpus is generated (`benchmarks/generate.py`: many
stories, each several outlets' articles), the same in every run.

    python benchmarks/engine.py [--stories 40] [--articles 5]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate  # noqa: E402
from checker.pipeline import check  # noqa: E402
from checker.report import RenderOptions  # noqa: E402
from checker.report.json_report import render  # noqa: E402


def measure(stories: int, articles: int) -> list[tuple[str, float, int]]:
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(record) + "\n" for record in generate(stories, articles, seed=7)), encoding="utf-8")
        runs = [("one process", {}), ("dask, 1 worker", {"engine": "dask", "jobs": 1}), ("dask, 2 workers", {"engine": "dask", "jobs": 2})]
        results, reports = [], set()
        for label, options in runs:
            started = time.perf_counter()
            report = check([str(corpus)], **options)
            results.append((label, time.perf_counter() - started, len(report.articles)))
            reports.add(render(report, RenderOptions()))
        if len(reports) != 1:
            raise SystemExit("the engines gave different reports")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=40)
    parser.add_argument("--articles", type=int, default=5, help="articles per story")
    args = parser.parse_args()
    print("| run | seconds | articles per second |")
    print("|---|---|---|")
    for label, seconds, count in measure(args.stories, args.articles):
        print(f"| {label} | {seconds:.1f} | {count / seconds:.1f} |")


if __name__ == "__main__":
    main()
