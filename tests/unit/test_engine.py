from pathlib import Path

import pytest

from checker.engine import compile_ruleset, evaluate, load_rules
from checker.model import Comparison, Evidence, InputError, Interval, QuantityClaim


def comparison(identifier: str, confidence: float = 1.0, **facts) -> Comparison:
    claim = QuantityClaim(
        id=f"a:{identifier}",
        article="a",
        kind="quantity",
        start=0,
        end=1,
        line=1,
        column=1,
        text="1",
        sentence="1",
        segment="main",
        value=1,
        interval=Interval(1, 1),
        qualifier="exact",
        unit="count",
        dimension="count",
        concept="x",
    )
    base = {
        "story": "s",
        "dimension": "count",
        "unit": "count",
        "concept": "x",
        "overlap": False,
        "touching": False,
        "relative_gap": 0.0,
        "left_text": "1",
        "right_text": "2",
        "left_outlet": "A",
        "right_outlet": "B",
        "left_article": "a",
        "right_article": "b",
        "left_qualifier": "exact",
        "right_qualifier": "exact",
        "left_interval": "= 1",
        "right_interval": "= 2",
        "same_holder": False,
        "vague": False,
    }
    base.update(facts)
    evidence = (Evidence("quantity.test", confidence, "as the test sets it"),)
    return Comparison(identifier, "quantity", "s", (claim, claim), base, ("why",), "conflict", evidence)


def test_the_rules_decide_severity_from_the_facts_and_the_confidence():
    rules = [r for r in load_rules() if r.id == "quantity_mismatch"]
    findings = evaluate(
        rules,
        [
            comparison("far", relative_gap=0.5),
            comparison("close", relative_gap=0.05),
            comparison("touching", relative_gap=0.0, touching=True),
            comparison("doubtful", confidence=0.6, relative_gap=0.5),
            comparison("unsure", confidence=0.75, relative_gap=0.5),
            comparison("below_floor", confidence=0.4, relative_gap=0.5),
            comparison("agree", overlap=True),
        ],
    )
    assert sorted((f.claims[0].id, f.severity) for f in findings) == [
        ("a:close", "warning"),
        ("a:doubtful", "info"),
        ("a:far", "error"),
        ("a:touching", "info"),
        ("a:unsure", "warning"),
    ]


def test_a_finding_carries_its_confidence_and_evidence():
    rules = [r for r in load_rules() if r.id == "quantity_mismatch"]
    (finding,) = evaluate(rules, [comparison("unsure", confidence=0.75, relative_gap=0.5)])
    assert finding.confidence == 0.75
    assert [item.name for item in finding.evidence] == ["quantity.test"]
    assert "Confidence 0.75: as the test sets it (x0.75)" in finding.explanation


def test_a_tier_with_two_conditions_fires_once():
    rules = [r for r in load_rules() if r.id == "quantity_mismatch"]
    findings = evaluate(rules, [comparison("doubtful", confidence=0.6, relative_gap=0.05)])
    assert [f.severity for f in findings] == ["info"]


def test_rules_run_again_and_again_with_fresh_sessions():
    rules = load_rules()
    for _ in range(3):
        assert len(evaluate(rules, [comparison("far", relative_gap=0.5)])) == 1
    assert evaluate(rules, []) == []


def test_escalation_tiers_are_exclusive():
    rules = [r for r in load_rules() if r.id == "quantity_mismatch"]
    definition = compile_ruleset(rules)
    warning = definition["quantity_mismatch__1"]["all"][0]["m"]["$and"]
    assert {"$or": [{"$lt": {"relative_gap": 0.1}}, {"$lt": {"confidence": 0.85}}, {"$neq": {"vague": False}}]} in warning


def test_the_message_is_filled_from_the_facts():
    rules = [r for r in load_rules() if r.id == "quantity_mismatch"]
    (finding,) = evaluate(rules, [comparison("far", relative_gap=0.5, left_text="30,000 troops")])
    assert finding.message.startswith('"30,000 troops" in A but "2')


def test_rule_files_are_data_not_code(tmp_path: Path):
    (tmp_path / "evil.yaml").write_text("!!python/object/apply:os.system ['echo hacked']\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_rules(tmp_path)
    assert "malformed YAML" in error.value.problem


def test_duplicate_rule_ids_are_rejected(tmp_path: Path):
    source = (Path(__file__).parents[2] / "rules" / "quantity_mismatch.yaml").read_text(encoding="utf-8")
    (tmp_path / "a.yaml").write_text(source, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(source, encoding="utf-8")
    with pytest.raises(InputError, match="already used"):
        load_rules(tmp_path)


def test_an_empty_rule_directory_is_an_error(tmp_path: Path):
    with pytest.raises(InputError, match="no rule files"):
        load_rules(tmp_path)
