"""Report formats. Each module registers its renderers; adding a format is adding one module."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Callable

from checker.model import Report

FINDING_FORMATS: dict[str, Callable[[Report], str]] = {}
CLAIM_FORMATS: dict[str, Callable[[Report], str]] = {}


def findings_format(name: str):
    def register(render: Callable[[Report], str]):
        FINDING_FORMATS[name] = render
        return render

    return register


def claims_format(name: str):
    def register(render: Callable[[Report], str]):
        CLAIM_FORMATS[name] = render
        return render

    return register


def _load_all() -> None:
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        importlib.import_module(f"{__name__}.{module}")


_load_all()
