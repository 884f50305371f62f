"""A quick guard against gross performance regressions: counts comparisons, never seconds.

Comparisons are made within a story, between distinct readings: twice the stories must give
twice the comparisons, and twice the articles per story at most twice as many (all pairs of
articles would give four times as many).
"""

import json
from pathlib import Path

from benchmarks.generate import generate
from checker.pipeline import check


def comparisons(tmp_path: Path, stories: int, articles: int) -> int:
    corpus = tmp_path / f"corpus-{stories}-{articles}.jsonl"
    records = generate(stories, articles)
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return check([str(corpus)]).comparisons


def test_comparisons_grow_linearly_with_stories_and_with_articles_per_story(tmp_path):
    base = comparisons(tmp_path, stories=4, articles=6)
    assert base > 0
    assert comparisons(tmp_path, stories=8, articles=6) <= 2 * base * 1.1
    assert comparisons(tmp_path, stories=4, articles=12) <= 2 * base * 1.1
