from pathlib import Path

import pytest

from checker.engine import compile_ruleset, evaluate, load_rules
from checker.model import Comparison, InputError, Interval, QuantityClaim


def comparison(identifier: str, **facts) -> Comparison:
    claim = QuantityClaim(
        id=f"a:{identifier}", article="a", kind="quantity", start=0, end=1, line=1, column=1, text="1",
        sentence="1", segment="main", value=1, interval=Interval(1, 1), qualifier="exact", unit="count",
        dimension="count", concept="x",
    )
    base = {
        "story": "s", "dimension": "count", "unit": "count", "concept": "x", "overlap": False, "touching": False,
        "relative_gap": 0.0, "left_text": "1", "right_text": "2", "left_outlet": "A", "right_outlet": "B",
        "left_article": "a", "right_article": "b", "left_qualifier": "exact", "right_qualifier": "exact",
        "left_interval": "= 1", "right_interval": "= 2", "same_holder": False,
    }
    base.update(facts)
    return Comparison(identifier, "quantity", "s", (claim, claim), base, ("why",), "conflict")


def test_the_rules_decide_severity_from_the_facts():
    rules = [r for r in load_rules() if r.id == "quantity_mismatch"]
    findings = evaluate(rules, [
        comparison("far", relative_gap=0.5),
        comparison("near", relative_gap=0.0, touching=True),
        comparison("agree", overlap=True),
    ])
    assert sorted((f.claims[0].id, f.severity) for f in findings) == [("a:far", "error"), ("a:near", "warning")]


def test_rules_run_again_and_again_with_fresh_sessions():
    rules = load_rules()
    for _ in range(3):
        assert len(evaluate(rules, [comparison("far", relative_gap=0.5)])) == 1
    assert evaluate(rules, []) == []


def test_escalation_tiers_are_exclusive():
    rules = [r for r in load_rules() if r.id == "quantity_mismatch"]
    definition = compile_ruleset(rules)
    warning = definition["quantity_mismatch__1"]["all"][0]["m"]["$and"]
    assert {"$lt": {"relative_gap": 0.1}} in warning


def test_the_message_is_filled_from_the_facts():
    rules = [r for r in load_rules() if r.id == "quantity_mismatch"]
    (finding,) = evaluate(rules, [comparison("far", relative_gap=0.5, left_text="30,000 troops")])
    assert finding.message.startswith('A says "30,000 troops" but B says "2"')


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
