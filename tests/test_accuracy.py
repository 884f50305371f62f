"""Findings on the labelled development corpus must not regress (figures in the README)."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_scorer():
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_development_corpus_precision_and_recall_hold():
    totals = load_scorer().score_corpus(ROOT / "tests" / "corpus")
    overall = totals["all"]
    assert overall.expected >= 18
    assert overall.precision >= 0.95, overall.false_alarms
    assert overall.recall >= 0.85, overall.misses
    assert totals["conversion_mismatch"].recall == 1.0, totals["conversion_mismatch"].misses


def test_held_out_stories_draw_no_false_alarm():
    overall = load_scorer().score_corpus(ROOT / "benchmarks" / "heldout")["all"]
    assert overall.precision >= 0.95, overall.false_alarms


def test_agreeing_sentence_pairs_stay_under_three_percent_false_alarms():
    spec = importlib.util.spec_from_file_location("false_alarms", ROOT / "benchmarks" / "false_alarms.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    total, flagged = module.false_alarms()
    assert total >= 100
    assert len(flagged) / total <= 0.03, flagged
