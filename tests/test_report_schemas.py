"""Machine formats validated against their official schemas, shipped in tests/schemas (see its README).

The schemas are part of the repository: a missing one fails these tests, it never skips them.
"""

import json
from pathlib import Path

import pytest

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = Path(__file__).resolve().parent / "schemas"
EXAMPLE = ROOT / "examples" / "peacekeepers"


def run(capsys, *args: str) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(list(args))
    return capsys.readouterr().out


def validator(schema_path: Path):
    import jsonschema

    assert schema_path.is_file(), f"{schema_path} is missing: the schemas ship with the tests (tests/schemas/README.md)"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def test_sarif_is_valid_sarif_2_1_0(capsys):
    output = json.loads(run(capsys, "check", str(EXAMPLE), "--format", "sarif"))
    errors = sorted(validator(SCHEMAS / "sarif-schema-2.1.0.json").iter_errors(output), key=str)
    assert not errors, errors[0].message
    result = output["runs"][0]["results"][0]
    assert output["runs"][0]["columnKind"] == "unicodeCodePoints"
    assert result["relatedLocations"], "evidence from the other article is missing"


def test_rdjsonl_lines_are_valid_reviewdog_diagnostics(capsys, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\nid: draft\nstory: peacekeepers\npublished: 2025-02-22\n---\n"
        "“Curly quotes first”, then Starmer will send 20,000 European troops to Ukraine, we hear.\n",
        encoding="utf-8",
    )
    reference = EXAMPLE / "01-harbour-starmer-plan.md"
    lines = run(capsys, "review", str(draft), "--against", str(reference), "--format", "rdjsonl").splitlines()
    check = validator(SCHEMAS / "rdjson" / "Diagnostic.json")
    assert lines
    for line in lines:
        diagnostic = json.loads(line)
        errors = list(check.iter_errors(diagnostic))
        assert not errors, errors[0].message
    first = json.loads(lines[0])
    text = draft.read_text(encoding="utf-8").splitlines()[first["location"]["range"]["start"]["line"] - 1]
    start = first["location"]["range"]["start"]["column"] - 1
    end = first["location"]["range"]["end"]["column"] - 1
    assert text.encode("utf-8")[start:end].decode("utf-8") == "20,000 European troops"
    assert first["suggestions"][0]["text"] == "30,000 European troops"
