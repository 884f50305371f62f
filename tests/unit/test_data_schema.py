"""The bundled data files keep to their schema, so a lexicon edit that repeats or contradicts
itself fails the tests rather than silently changing what is read."""

from checker.data_schema import check_file, validate_data
from checker.resources import use_rules_dir


def test_bundled_data_files_are_valid():
    use_rules_dir(None)
    assert validate_data() == []


def test_a_word_on_both_sides_of_a_decision_is_reported(tmp_path):
    path = tmp_path / "stance_verbs.yaml"
    path.write_text("accept: [back, endorse]\nreject: [veto, back]\nsenses: {accept: [], reject: []}\n", encoding="utf-8")
    problems = check_file(
        path, {"keys": {"accept": "words", "reject": "words", "senses": {"keys": {"accept": "words", "reject": "words"}}}, "disjoint": [["accept", "reject"]]}
    )
    assert problems == ["accept and reject: 'back' listed on both sides"]
