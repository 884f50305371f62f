"""Where the bundled rules and their data live, and safe loading of those YAML files."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from checker.model import InputError

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""The safe loader, in C when PyYAML has it: the derived lexicon files are large."""


def bundled_rules_dir() -> Path:
    """The rules shipped with crosscheck: inside the installed package, or the source tree's `rules/`."""
    packaged = Path(__file__).parent / "rules"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "rules"


def data_path(name: str) -> Path:
    return bundled_rules_dir() / "data" / name


def load_yaml(path: Path) -> object:
    """Parse a YAML file with the safe loader; any problem becomes an InputError naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read: {error}") from None
    try:
        return yaml.load(text, Loader=_SAFE_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise InputError(str(path), f"malformed YAML{where}: {problem}") from None
    except ValueError as error:
        # A value YAML takes for a date but no calendar has ("2025-13-01").
        raise InputError(str(path), f"invalid date: {error}") from None


@lru_cache(maxsize=None)
def load_data(name: str) -> dict:
    """One of the bundled lexicon files in `rules/data/`."""
    content = load_yaml(data_path(name))
    if not isinstance(content, dict):
        raise InputError(str(data_path(name)), "expected a mapping at the top level")
    return content
