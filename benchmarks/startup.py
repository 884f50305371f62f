"""Start-up cost: a one-sentence article checked by crosscheck against loading spaCy's English
pipeline alone, whole processes side by side in one run, medians.

What a pre-commit hook pays on every commit is mostly start-up, so the overhead crosscheck adds
to spaCy's own load (imports, data, rules) is measured on its own.

    python benchmarks/startup.py [--repeats N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SPACY_ONLY = "from checker.nlp import load_english; load_english()('One sentence.')"
ARTICLE = "---\noutlet: Test Wire\npublished: 2025-03-01\n---\nThe council approved 12 new buses on Monday.\n"


def _seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def measure(repeats: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "one.md"
        article.write_text(ARTICLE, encoding="utf-8")
        spacy_runs, crosscheck_runs = [], []
        for _ in range(repeats):
            spacy_runs.append(_seconds([sys.executable, "-c", SPACY_ONLY]))
            crosscheck_runs.append(_seconds([sys.executable, "-m", "checker", "check", str(article), "--no-cache", "--fail-on", "none"]))
    spacy, crosscheck = statistics.median(spacy_runs), statistics.median(crosscheck_runs)
    return {"spacy": spacy, "crosscheck": crosscheck, "overhead": crosscheck - spacy}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    result = measure(args.repeats)
    print("| spaCy pipeline load + one sentence | crosscheck check, one-sentence article | overhead |")
    print("|---|---|---|")
    print(f"| {result['spacy']:.2f} s | {result['crosscheck']:.2f} s | **{result['overhead']:.2f} s** |")


if __name__ == "__main__":
    main()
