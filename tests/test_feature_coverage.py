"""Guards: every feature file is bound to a test, and every bundled rule has a scenario."""

import re
from pathlib import Path

from checker.engine import load_rules

ROOT = Path(__file__).resolve().parent.parent
FEATURES = sorted((ROOT / "features").glob("*.feature"))


def test_every_feature_file_is_bound_by_scenarios():
    bound = {match for test in Path(__file__).parent.rglob("test_*.py") for match in re.findall(r'scenarios\("([^"]+)"\)', test.read_text(encoding="utf-8"))}
    assert FEATURES, "no feature files found"
    assert {feature.name for feature in FEATURES} <= bound


def test_every_bundled_rule_appears_in_a_scenario():
    """...as a finding that a scenario expects, not only as one it expects none of ('has 0 "rule" findings')."""
    text = "\n".join(feature.read_text(encoding="utf-8") for feature in FEATURES)
    expected = set(re.findall(r'the report has (?:an? \S+|[1-9]\d*) "([^"]+)"', text))
    missing = [rule.id for rule in load_rules() if rule.id not in expected]
    assert not missing
