"""Where the rules and their data live, and safe loading of those YAML files.

The bundled data in `rules/data/` can be overridden file by file: a rules directory given with
`--rules DIR` (or `rules` in the configuration) may hold its own `data/`, and each file there
replaces the bundled file of the same name for that run. Everything read from the data is
cached with `data_cache`, so switching to another data directory clears those caches.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Callable

import yaml

from checker.model import InputError

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""The safe loader, in C when PyYAML has it: the derived lexicon files are large."""


def bundled_rules_dir() -> Path:
    """The rules shipped with crosscheck: inside the installed package, or the source tree's `rules/`."""
    packaged = Path(__file__).parent / "rules"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "rules"


_overrides: Path | None = None
_caches: list = []


def data_cache(maxsize: int | None = None) -> Callable:
    """`functools.lru_cache` for what is read or derived from the data files: cleared whenever
    the run's data directory changes, so no lexicon outlives the data it was read from."""

    def wrap(function: Callable) -> Callable:
        cached = lru_cache(maxsize=maxsize)(function)
        _caches.append(cached)
        return cached

    return wrap


def use_rules_dir(rules_dir: Path | None) -> None:
    """Read data from `rules_dir/data/` where it has a file, else from the bundled data."""
    global _overrides
    overrides = rules_dir / "data" if rules_dir is not None and (rules_dir / "data").is_dir() else None
    if overrides != _overrides:
        _overrides = overrides
        for cached in _caches:
            cached.cache_clear()


def overrides_dir() -> Path | None:
    """The run's `data/` of a rules directory, when it has one."""
    return _overrides


def data_path(name: str) -> Path:
    if _overrides is not None and (_overrides / name).is_file():
        return _overrides / name
    return bundled_rules_dir() / "data" / name


def data_files() -> list[Path]:
    """Every data file this run reads, overrides in place of the bundled files they replace."""
    names = {path.name for path in (bundled_rules_dir() / "data").iterdir() if path.is_file()}
    return [data_path(name) for name in sorted(names)]


def load_yaml(path: Path) -> object:
    """Parse a YAML file with the safe loader; any problem becomes an InputError naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read: {error}") from None
    as_json = _json_body(text)
    if as_json is not None:
        return as_json
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


def _json_body(text: str) -> object | None:
    """The content of a file written as JSON under a comment header (the derived lexicon files:
    JSON is YAML too, and parses many times faster), or None to read it as YAML."""
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    if not body.lstrip().startswith("{"):
        return None
    try:
        return json.loads(body)
    except json.JSONDecodeError:
        return None


def thresholds(*path: str) -> dict:
    """A section of rules/data/thresholds.yaml: `thresholds("alignment", "quotes")`."""
    section = load_data("thresholds.yaml")
    for key in path:
        section = section[key]
    return section


@data_cache()
def load_data(name: str) -> dict:
    """One of the lexicon files in `rules/data/` (or its override)."""
    content = load_yaml(data_path(name))
    if not isinstance(content, dict):
        raise InputError(str(data_path(name)), "expected a mapping at the top level")
    return content
