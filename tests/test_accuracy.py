"""Findings on the labelled development corpus must not regress (figures in the README)."""

from pathlib import Path

from benchmarks.accuracy import score_corpus
from benchmarks.false_alarms import false_alarms

ROOT = Path(__file__).resolve().parent.parent


def test_development_corpus_precision_and_recall_hold():
    totals = score_corpus(ROOT / "tests" / "corpus")
    overall = totals["all"]
    assert overall.expected >= 18
    assert overall.precision >= 0.95, overall.false_alarms
    assert overall.recall >= 0.85, overall.misses
    assert totals["conversion_mismatch"].recall == 1.0, totals["conversion_mismatch"].misses


def test_held_out_stories_draw_no_false_alarm():
    overall = score_corpus(ROOT / "benchmarks" / "second-dev")["all"]
    assert overall.precision >= 0.95, overall.false_alarms


def test_agreeing_sentence_pairs_stay_under_three_percent_false_alarms():
    total, flagged = false_alarms()
    assert total >= 100
    assert len(flagged) / total <= 0.03, flagged
