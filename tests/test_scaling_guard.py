"""A quick guard against gross performance regressions: counts comparisons, never seconds.

Comparisons are made within a story, between distinct readings: twice the stories must give
twice the comparisons, and twice the articles per story at most twice as many (all pairs of
articles would give four times as many), on nearly alike articles and on articles that differ as
outlets' do.
"""

import json
from pathlib import Path

from benchmarks.generate import generate
from checker.pipeline import check


def comparisons(tmp_path: Path, stories: int, articles: int, varied: bool = False) -> int:
    corpus = tmp_path / f"corpus-{stories}-{articles}-{varied}.jsonl"
    records = generate(stories, articles, varied=varied)
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return check([str(corpus)]).comparisons


def test_comparisons_grow_linearly_with_stories_and_with_articles_per_story(tmp_path):
    base = comparisons(tmp_path, stories=4, articles=6)
    assert base > 0
    assert comparisons(tmp_path, stories=8, articles=6) <= 2 * base * 1.1
    assert comparisons(tmp_path, stories=4, articles=12) <= 2 * base * 1.1


def test_with_articles_that_differ_as_outlets_do_comparisons_stay_within_stories(tmp_path):
    """Each article tells its own selection of facts, hedged, rounded or wrong, so a story has many
    readings: comparisons grow with the square of a story's readings, but twice the stories still
    give twice the comparisons (a join across stories would give four times), and once a story's
    readings are all told, more articles add few."""
    base = comparisons(tmp_path, stories=4, articles=12, varied=True)
    assert base > 100
    assert comparisons(tmp_path, stories=8, articles=12, varied=True) <= 2 * base * 1.15
    assert comparisons(tmp_path, stories=4, articles=24, varied=True) <= 2 * base * 1.1
