"""Units and currencies through one pint registry built from rules/data/units.txt.

Currencies have a dimension each; converting between them needs the ECB reference-rate
context of a date, so a missing rate raises instead of passing silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import pint

from checker.resources import data_path

# Dimensions a word after a number may bring: anything else ("in" as inches, "a" as years)
# is English that pint happens to know, not a unit a reporter meant.
MEASURABLE = {
    "[length]", "[mass]", "[time]", "[temperature]", "[length] ** 2", "[length] ** 3",
    "[length] / [time]", "[personnel]", "[munition]",
}
_AMBIGUOUS = {"m", "k", "s", "g", "h", "t", "a", "min", "in", "at", "ft", "pt", "are", "day", "second"}


@dataclass(frozen=True)
class Unit:
    name: str
    dimension: str

    @property
    def is_currency(self) -> bool:
        return self.dimension.startswith("[currency_")


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    ureg = pint.UnitRegistry()
    ureg.load_definitions(str(data_path("units.txt")))
    pint.set_application_registry(ureg)
    return ureg


@lru_cache(maxsize=4096)
def lookup(word: str) -> Unit | None:
    """The unit a word names ("troops" -> person, "km" -> kilometer, "euros" -> EUR), or None."""
    if not word or not word.replace("_", "").isalpha() or word.lower() in _AMBIGUOUS:
        return None
    ureg = registry()
    for candidate in (word, word.lower()):
        try:
            unit = ureg.parse_units(candidate)
        except (pint.UndefinedUnitError, pint.DefinitionSyntaxError, ValueError, AttributeError, TypeError):
            continue
        dimension = str(ureg.get_dimensionality(unit))
        if dimension in MEASURABLE or dimension.startswith("[currency_"):
            return Unit(_canonical(ureg, unit, dimension), dimension)
    return None


def _canonical(ureg: pint.UnitRegistry, unit, dimension: str) -> str:
    """Counted things report their base unit (troops -> person); measurements keep their own."""
    if dimension in ("[personnel]", "[munition]") or dimension.startswith("[currency_"):
        return str(ureg.Quantity(1, unit).to_base_units().units)
    return str(unit)


@lru_cache(maxsize=256)
def scale_of(word: str) -> float | None:
    """The multiplier a scale word stands for ("million" -> 1e6, "bn" -> 1e9), from units.txt."""
    if not word.isalpha():
        return None
    ureg = registry()
    try:
        quantity = ureg.Quantity(1, word.lower())
    except (pint.UndefinedUnitError, pint.DefinitionSyntaxError, ValueError, AttributeError, TypeError):
        return None
    if not quantity.dimensionless:
        return None
    magnitude = quantity.to("dimensionless").magnitude
    return float(magnitude) if magnitude >= 100 else None


def currency_code(word: str) -> str | None:
    unit = lookup(word)
    return unit.name if unit and unit.is_currency else None


def convert(value: float, source: str, target: str) -> float:
    """Convert between units of one dimension; raises pint.DimensionalityError across dimensions."""
    ureg = registry()
    return float(ureg.Quantity(value, source).to(target).magnitude)


@lru_cache(maxsize=1)
def _rates():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=False)


def rate_available(currency: str, on: date) -> bool:
    rates = _rates()
    if currency not in rates.currencies:
        return False
    first, last = rates.bounds[currency]
    return first <= on <= last


@lru_cache(maxsize=None)
def _exchange_context(on: date) -> str:
    """Register (once) a pint context holding every ECB rate of `on`, routed through the euro."""
    ureg = registry()
    rates = _rates()
    name = f"ecb-{on.isoformat()}"
    context = pint.Context(name)
    for code in sorted(rates.currencies):
        if code == "EUR" or not rate_available(code, on) or currency_code(code) != code:
            continue
        rate = rates.convert(1, "EUR", code, date=on)
        context.add_transformation(
            "[currency_EUR]", f"[currency_{code}]", lambda u, x, r=rate, c=code: u.Quantity(x.magnitude * r, c)
        )
        context.add_transformation(
            f"[currency_{code}]", "[currency_EUR]", lambda u, x, r=rate: u.Quantity(x.magnitude / r, "EUR")
        )
    ureg.add_context(context)
    return name


def convert_money(value: float, source: str, target: str, on: date) -> float:
    """`value` in `source` currency expressed in `target`, at the ECB reference rate of `on`."""
    ureg = registry()
    with ureg.context(_exchange_context(on)):
        return float(ureg.Quantity(value, source).to(target).magnitude)


def exchange_rate(source: str, target: str, on: date) -> float:
    return convert_money(1.0, source, target, on)
