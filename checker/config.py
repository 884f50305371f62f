"""Configuration: `--config FILE`, else the nearest crosscheck.toml or pyproject.toml
[tool.crosscheck] walking up from the working directory; command-line options win.

Every value remembers where it came from, so `crosscheck config` can say so. Unknown keys and bad
values are errors naming the file and the key.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from checker.model import SEVERITIES, InputError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FAIL_ON = (*SEVERITIES, "none")
DEFAULTS = {
    "references": [],
    "rules": None,
    "fail_on": "error",
    "min_severity": "info",
    "house_style": [],
    "disable": [],
    "cache": None,
}
DEFAULT_CACHE = ".crosscheck/cache.sqlite"


@dataclass
class Config:
    """The effective settings and, for each, where it came from."""

    values: dict = field(default_factory=lambda: dict(DEFAULTS))
    sources: dict = field(default_factory=lambda: {key: "default" for key in DEFAULTS})
    file: Path | None = None

    def __getitem__(self, key: str):
        return self.values[key]

    def set(self, key: str, value, source: str) -> None:
        self.values[key] = value
        self.sources[key] = source


def discover(start: Path) -> Path | None:
    """The nearest crosscheck.toml, or pyproject.toml with a [tool.crosscheck] table."""
    for folder in [start, *start.parents]:
        candidate = folder / "crosscheck.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "crosscheck" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def load(explicit: Path | None = None, start: Path | None = None) -> Config:
    config = Config()
    path = explicit or discover((start or Path.cwd()).resolve())
    if path is None:
        return config
    if not path.is_file():
        raise InputError(str(path), "configuration file not found")
    data = _read_toml(path)
    table = data.get("tool", {}).get("crosscheck", {}) if path.name == "pyproject.toml" else data
    config.file = path
    for key, value in table.items():
        config.set(key, _validated(key, value, path), str(path))
    if config["cache"] is None:
        config.set("cache", str(path.parent / DEFAULT_CACHE), f"default beside {path}")
    return config


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(str(path), f"malformed TOML: {error}") from None


def _validated(key: str, value, path: Path):
    where = str(path)
    if key not in DEFAULTS:
        raise InputError(where, f"unknown key '{key}' (allowed: {', '.join(DEFAULTS)})")
    if key in {"references", "house_style", "disable"}:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise InputError(where, f"'{key}' must be a list of strings")
        if key == "references":
            return [str(path.parent / item) for item in value]
        return list(value)
    if key == "fail_on" and value not in FAIL_ON:
        raise InputError(where, f"'fail_on' must be one of: {', '.join(FAIL_ON)}")
    if key == "min_severity" and value not in SEVERITIES:
        raise InputError(where, f"'min_severity' must be one of: {', '.join(SEVERITIES)}")
    if key in {"rules", "cache"}:
        if not isinstance(value, str):
            raise InputError(where, f"'{key}' must be a path")
        return str(path.parent / value)
    if not isinstance(value, str):
        raise InputError(where, f"'{key}' must be text")
    return value
