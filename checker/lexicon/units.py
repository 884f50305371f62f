"""Units and currencies through one pint registry built from rules/data/units.txt.

Currencies have a dimension each; converting between them needs the ECB reference-rate
context of a date, so a missing rate raises instead of passing silently.
"""

from __future__ import annotations

import bisect
import re
import tokenize
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pint

from checker.lexicon.english import function_words, noun_class
from checker.model import InputError
from checker.resources import data_cache, data_path, load_data


@dataclass(frozen=True)
class Unit:
    name: str
    dimension: str

    @property
    def is_currency(self) -> bool:
        return self.dimension.startswith("[currency_")


# What pint raises for text that names no unit: an AssertionError for stray symbols, and the
# error of Python's tokenizer, which pint reads with, for a stray bracket.
_NOT_A_UNIT = (pint.UndefinedUnitError, pint.DefinitionSyntaxError, ValueError, AttributeError, TypeError, AssertionError, tokenize.TokenError)


@data_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    return registry_from(data_path("units.txt"))


def registry_from(path: Path) -> pint.UnitRegistry:
    """pint's registry with the unit definitions in `path`; InputError when pint cannot read them.

    pint keeps the definitions it has parsed in the user's cache folder, which makes building the
    registry five times faster on every run after the first. Without a usable cache folder, or
    for a file pint cannot read, the registry is built from the text, and that error reported."""
    try:
        cached = pint.UnitRegistry(cache_folder=":auto:")
        cached.load_definitions(str(path))
        return cached
    except Exception:  # no cache folder, a cache another process is writing, or a bad file
        pass
    ureg = pint.UnitRegistry()
    try:
        ureg.load_definitions(str(path))
    except Exception as error:  # pint raises several kinds for a bad definition file
        raise InputError(str(path), f"unit definitions not readable: {first_line(error)}") from None
    return ureg


def first_line(error: Exception) -> str:
    """What pint says went wrong, on one line (some of its errors carry no message)."""
    return str(error).splitlines()[0] if str(error) else type(error).__name__


@data_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    data = load_data("numbers.yaml")
    phrases = {str(k).lower(): str(v) for k, v in data["unit_phrases"].items()}
    return frozenset(data["measurable_dimensions"]), frozenset(map(str, data["not_units"])), phrases


@data_cache(maxsize=4096)
def lookup(word: str, in_compound: bool = False) -> Unit | None:
    """The unit a word names ("troops" -> person, "km" -> kilometer, "euros" -> EUR), or None.

    Words such as "day" or "in" follow numbers in ordinary prose too ("one day", "5 in 10");
    they count as units only inside a hyphenated compound ("60-day") when `in_compound`.
    """
    measurable, not_units, phrases = _vocabulary()
    if word.lower() in phrases or "/" in word.strip("/"):
        return lookup_phrase(word)
    if not word or not word.replace("_", "").isalpha():
        return None
    if (word.lower() in not_units or word.lower() in function_words()) and not (in_compound and len(word) > 1):
        return None
    # "MB" is a megabyte (no measure here), not a millibarn: a word in capitals that pint knows
    # as written is read as written; "KM" it does not know is read as "km".
    for candidate in (word,) if word.isupper() and len(word) > 1 and _defined(word) else (word, word.lower()):
        unit = _parse(candidate, measurable)
        if unit is not None:
            return unit
    spelt = _respelt(word) if word.islower() else None
    return _parse(spelt, measurable) if spelt else None


MISSPELT_AT_LEAST = 7


def _respelt(word: str) -> str | None:
    """The unit a long word misspells by one letter ("celcius", "farenheit"): one letter added,
    dropped or changed, against the registry's unit names."""
    if len(word) < MISSPELT_AT_LEAST:
        return None
    index = _long_unit_names()
    for variant in (word, *_one_letter_less(word)):
        if variant in index:
            return index[variant]
    return None


def _one_letter_less(word: str) -> list[str]:
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


@data_cache(maxsize=1)
def _long_unit_names() -> dict[str, str]:
    """Every long name of a unit, and each with one letter dropped, to the name: two words one
    letter apart share one of these forms. Whether the unit is measurable is asked only of a
    name a word matches."""
    index: dict[str, str] = {}
    for name in sorted(registry()):
        if len(name) >= MISSPELT_AT_LEAST - 1 and name.isalpha() and name.islower():
            for form in (name, *_one_letter_less(name)):
                index.setdefault(form, name)
    return index


@data_cache(maxsize=64)
def unit_named(name: str) -> Unit | None:
    """The unit a data file names ("pound"), whatever `not_units` says of the word in prose."""
    measurable, _, _ = _vocabulary()
    return _parse(name, measurable)


@data_cache(maxsize=1024)
def lookup_phrase(phrase: str) -> Unit | None:
    """A unit written in several tokens: "km/h", "°C", "degrees Celsius" (see numbers.yaml)."""
    measurable, _, phrases = _vocabulary()
    expression = phrases.get(phrase.lower())
    if expression:
        return _parse(expression, measurable)
    return _built_unit(phrase.lower().replace("/", " / ").split())


def _built_unit(words: list[str]) -> Unit | None:
    """A unit made of others: a power of a length ("square metres", "cubic feet"), a rate per a
    unit of time ("miles an hour", "barrels a day"), a unit over another written with a slash
    ("km/h", "centimeters/millisecond") or per a measure ("mg per litre"), a temperature after a word for degrees ("deg celsius"),
    or a unit pint names in two words ("metric tons")."""
    data = load_data("numbers.yaml")
    powers, rate_words = data["unit_powers"], {str(w) for w in data["rate_words"]}
    measurable, _, _ = _vocabulary()
    if len(words) == 3 and words[1] == "/" and words[0].isalpha() and words[2].rstrip(".").isalpha():
        # After a slash a letter is a unit ("m/s"): no prose reads "/s" otherwise. "160 km/h."
        # closing a sentence: the tokenizer keeps "h." whole, as it would an initial.
        below = words[2].rstrip(".")
        measure, per = lookup(words[0]), _parse(below, measurable) or lookup(below)
        if measure is not None and per is not None and not measure.is_currency and not per.is_currency:
            return _parse(f"({measure.name}) / ({per.name})", None)
        return None
    if len(words) == 2 and _is_angle(words[0]) and words[1].isalpha():
        # A scale's letter after the degrees ("98.6 degrees F") is pint's "degF".
        letter = [f"deg{words[1].upper()}"] if len(words[1]) == 1 else []
        scales = (lookup(words[1]), *(_parse(name, measurable) for name in (words[1], *letter)))
        return next((scale for scale in scales if scale is not None and scale.dimension == "[temperature]"), None)
    if not all(w.isalpha() for w in words):
        return None
    if len(words) == 2 and words[0] in powers:
        base = lookup(words[1])
        if base is not None and base.dimension == "[length]":
            return _parse(f"({base.name}) ** {powers[words[0]]}", measurable)
    if len(words) == 3 and words[1] in rate_words:
        measure, per = lookup(words[0]), _parse(words[2], measurable)
        if (
            measure is not None
            and not measure.is_currency
            and measure.dimension not in {"[personnel]", "[munition]"}
            and per is not None
            and (per.dimension == "[time]" or measure.dimension != "[time]")
        ):
            return _parse(f"({measure.name}) / ({per.name})", None)
    if len(words) == 2 and _names_a_unit("_".join(words)):
        return _parse("_".join(words), measurable)
    return None


def _names_a_unit(name: str) -> bool:
    """Whether the registry defines this name, singular or plural ("metric_tons"), with a prefix or
    without ("gigawatt_hours"): two words that are not one unit's name are not handed to pint's
    expression parser, which tries every prefix and suffix on them."""
    return name in registry()


@data_cache(maxsize=1024)
def _defined(word: str) -> bool:
    try:
        registry().parse_units(word)
    except _NOT_A_UNIT:
        return False
    return True


@data_cache(maxsize=1024)
def _is_angle(word: str) -> bool:
    """ "deg", "degrees": what comes before a temperature scale's name."""
    ureg = registry()
    try:
        return ureg.parse_units(word) == ureg.degree
    except _NOT_A_UNIT:
        return False


def _parse(expression: str, measurable: frozenset[str] | None) -> Unit | None:
    """The unit pint reads in `expression` when its dimension is one of `measurable` (any, for
    None: a rate built from two measurable units) or a currency."""
    ureg = registry()
    try:
        unit = ureg.parse_units(expression)
    except _NOT_A_UNIT:
        return None
    dimensionality = ureg.get_dimensionality(unit)
    # pint spells one dimension in the order its units were defined ("hp" and "kW" differ):
    # a measurable dimension is named as numbers.yaml writes it, so one dimension is one name.
    dimension = _dimension_names().get(dimensionality, str(dimensionality))
    if measurable is None or dimension in measurable or dimension.startswith("[currency_"):
        return Unit(_canonical(ureg, unit, dimension), dimension)
    return None


@data_cache(maxsize=1)
def _dimension_names() -> dict:
    """Each measurable dimension of numbers.yaml, as pint holds it, to the name written there."""
    ureg = registry()
    measurable, _, _ = _vocabulary()
    return {ureg.get_dimensionality(name): name for name in measurable}


def _canonical(ureg: pint.UnitRegistry, unit, dimension: str) -> str:
    """Counted things report their base unit (troops -> person); measurements keep their own."""
    if dimension in ("[personnel]", "[munition]"):
        return str(ureg.Quantity(1, unit).to_base_units().units)
    if dimension.startswith("[currency_"):
        # A currency's own word ("euros") is its code; a subunit ("pence") keeps its name, so its
        # value stays as written ("410p" is 410 pence, not 4.10 pounds).
        base = ureg.Quantity(1, unit).to_base_units()
        return str(base.units) if base.magnitude == 1 else str(unit)
    return str(unit)


@data_cache(maxsize=4096)
def scale_of(word: str) -> float | None:
    """The multiplier a scale word stands for ("million" -> 1e6, "bn" -> 1e9, "millions"), from
    units.txt: a pure number greater than one that is no unit itself."""
    if not word.isalpha():
        return None
    lowered = word.lower()
    scales = _scales()
    value = scales.get(lowered) or (scales.get(lowered[:-1]) if lowered.endswith("s") else None)
    if value is None or lookup(word) is not None:
        return None
    return value


@data_cache(maxsize=1)
def _scales() -> dict[str, float]:
    """The scale words units.txt defines as plain numbers above one, with their aliases
    ("million = 1e6 = mn = mln"), read from its text rather than by asking pint to parse each
    word a text offers: "3 turns" is three turns, not a multiple of 2π."""
    table = {}
    text = data_path("units.txt").read_text(encoding="utf-8")
    for line in re.findall(r"^([a-z_]+) = ([0-9.e+]+)((?: = [a-z_]+)*)\s*$", text, flags=re.MULTILINE):
        name, value, aliases = line
        if float(value) > 1:
            for word in (name, *aliases.split(" = ")[1:]):
                table[word] = float(value)
    return table


@data_cache(maxsize=1)
def currency_codes() -> tuple[str, ...]:
    """The ISO codes units.txt defines as currencies ("USD", "EUR"), read from its text so the
    tokenizer does not have to build pint's registry."""
    text = data_path("units.txt").read_text(encoding="utf-8")
    return tuple(sorted(set(re.findall(r"^([A-Z]{3}) = \[currency_", text, flags=re.MULTILINE))))


@data_cache(maxsize=1)
def _shared_currency_words() -> dict[str, tuple[dict[str, str], dict[str, str]]]:
    data = load_data("currency_signs.yaml")
    return {str(word): (dict(data["countries"][word]), dict(data["adjectives"].get(word, {}))) for word in data["countries"]}


def currencies_meant(written: str, sentence: str, text: str) -> list[str]:
    """The currencies an amount written with a word several countries' currencies share may be
    in ("1 million rupees" in a story from Pakistan is Pakistani rupees): the one the sentence
    names by its adjective ("Pakistani rupees"), else those of the countries the article names;
    empty when the word is not such a word or nothing says which."""
    shared = _shared_currency_words()
    for word in re.findall(r"[a-z]+", written.lower()):
        singular = word[:-1] if word.endswith("s") and word[:-1] in shared else word
        if singular not in shared:
            continue
        countries, adjectives = shared[singular]
        lowered = sentence.lower()
        marked = sorted({code for words, code in adjectives.items() if re.search(rf"\b{re.escape(words)} {singular}", lowered)})
        if marked:
            return marked
        return sorted({code for country, code in countries.items() if re.search(rf"\b{re.escape(country)}\b", text)})
    return []


@data_cache(maxsize=1)
def currency_symbols() -> dict[str, str]:
    """Signs that put a number in a currency ("$", "€", "HK$", "Rs", "RM") and the code of each:
    CLDR's (currency_signs.yaml), then numbers.yaml's, which win."""
    derived = load_data("currency_signs.yaml")["signs"]
    listed = load_data("numbers.yaml")["currency_symbols"]
    return {str(sign): str(code) for sign, code in {**derived, **listed}.items()}


@data_cache(maxsize=1)
def _signs_by_letters() -> dict[str, str]:
    """The signs of letters and more than one of them, by their letters in small: "KSh" as much as
    CLDR's "Ksh" is the Kenyan shilling."""
    return {sign.casefold(): code for sign, code in currency_symbols().items() if len(sign) > 1 and sign.isalpha()}


def currency_of_sign(sign: str) -> str | None:
    """The currency a sign written before or after an amount stands for, if any; a sign of
    letters is matched whatever its capitals, when it opens with a capital."""
    code = currency_symbols().get(sign)
    if code is None and sign[:1].isupper() and len(sign) > 1:
        code = _signs_by_letters().get(sign.casefold())
    return code


def lowercase_code(word: str) -> str | None:
    """ "20 usd": a currency code written in lower case, unless it is also an English word
    ("try", "cad": noun_classes.yaml `code_words`, derived from WordNet)."""
    if not word.isalpha() or not word.islower() or word in noun_class("code_words"):
        return None
    return word.upper() if word.upper() in currency_codes() else None


def currency_code(word: str) -> str | None:
    """The currency a word names ("euros": "EUR"), or its subunit ("pence": "penny")."""
    unit = lookup(word)
    return unit.name if unit and unit.is_currency else None


def currency_of(code: str) -> str:
    """The currency a code or subunit belongs to ("penny": "GBP")."""
    unit = unit_named(code)
    return currency_in(unit.dimension) if unit and unit.is_currency else code


def readings(name: str) -> list[str]:
    """A unit and the British unit pint defines under the same word ("gallon" and "UK_gallon",
    "ton" and "UK_ton"): a paper outside the United States may mean either."""
    british = f"UK_{name}"
    return [name, british] if british in registry() else [name]


def currency_in(dimension: str) -> str:
    """The currency a dimension measures ("[currency_GBP]": "GBP")."""
    return dimension[len("[currency_") : -1]


def convert(value: float, source: str, target: str) -> float:
    """Convert between units of one dimension; raises pint.DimensionalityError across dimensions."""
    ureg = registry()
    return float(ureg.Quantity(value, source).to(target).magnitude)


def in_base_units(value: float, unit: str) -> float:
    """The value in its dimension's base unit (1.54 tonnes -> 1540 kg), for comparing how two
    figures are written whatever unit each chose."""
    return float(registry().Quantity(value, unit).to_base_units().magnitude)


class ReferenceRates:
    """The ECB's euro reference rates since 1999, as currency_converter ships them, kept as rows
    and read by date: a run converts the rates of the few days its articles ask about, not all
    of them (building currency_converter's table of every day takes a third of a second).
    No rate is published at weekends and on holidays: the last business day's rate applies."""

    MISSING = frozenset({"", "N/A"})

    def __init__(self, lines) -> None:
        rows = iter(lines)
        header = [code.strip() for code in next(rows).strip().split(",")[1:]]
        table = sorted((date.fromisoformat(cells[0]), cells[1:]) for cells in (line.strip().split(",") for line in rows if line.strip()))
        self.dates = [day for day, _ in table]
        self._cells = [cells for _, cells in table]
        self._columns = {code: number for number, code in enumerate(header) if code}
        self.currencies = frozenset(self._columns) | {"EUR"}
        self._bounds: dict[str, tuple[date, date] | None] = {}

    def bounds(self, currency: str) -> tuple[date, date] | None:
        """The first and last day the currency has a rate."""
        if currency not in self._bounds:
            column = self._columns[currency]
            dated = [day for day, cells in zip(self.dates, self._cells) if column < len(cells) and cells[column] not in self.MISSING]
            self._bounds[currency] = (dated[0], dated[-1]) if dated else None
        return self._bounds[currency]

    def rate(self, currency: str, on: date) -> float:
        """Units of `currency` per euro on `on`: the last rate published on or before that day."""
        column = self._columns[currency]
        row = bisect.bisect_right(self.dates, on) - 1
        while row >= 0 and (column >= len(self._cells[row]) or self._cells[row][column] in self.MISSING):
            row -= 1
        if row < 0:
            raise KeyError(f"{currency} has no rate on or before {on}")
        return float(self._cells[row][column])


@data_cache(maxsize=1)
def _rates() -> ReferenceRates:
    from currency_converter.currency_converter import CURRENCY_FILE, get_lines_from_zip

    return ReferenceRates(get_lines_from_zip(Path(CURRENCY_FILE).read_bytes()))


def rate_available(currency: str, on: date) -> bool:
    rates = _rates()
    if currency not in rates.currencies:
        return False
    # The euro itself has a rate on every day the table covers.
    bounds = (rates.dates[0], rates.dates[-1]) if currency == "EUR" else rates.bounds(currency)
    return bounds is not None and bounds[0] <= on <= bounds[1]


# Contexts of this many dates are kept in the registry; older ones are removed, so a run over
# years of news holds a bounded number of rate tables.
EXCHANGE_DATES_KEPT = 64


@data_cache(maxsize=1)
def _contexts() -> OrderedDict[date, str]:
    """The dates whose rate contexts the registry holds, least recently used first."""
    return OrderedDict()


def _exchange_context(on: date) -> str:
    """A pint context holding every ECB rate of `on`, routed through the euro: registered on first
    use, the least recently used one removed when more than EXCHANGE_DATES_KEPT are held."""
    contexts = _contexts()
    if on in contexts:
        contexts.move_to_end(on)
        return contexts[on]
    ureg = registry()
    rates = _rates()
    name = f"ecb-{on.isoformat()}"
    context = pint.Context(name)
    for code in sorted(rates.currencies):
        if code == "EUR" or not rate_available(code, on) or currency_code(code) != code:
            continue
        rate = rates.rate(code, on)
        context.add_transformation("[currency_EUR]", f"[currency_{code}]", lambda u, x, r=rate, c=code: u.Quantity(x.magnitude * r, c))
        context.add_transformation(f"[currency_{code}]", "[currency_EUR]", lambda u, x, r=rate: u.Quantity(x.magnitude / r, "EUR"))
    ureg.add_context(context)
    contexts[on] = name
    while len(contexts) > EXCHANGE_DATES_KEPT:
        _, oldest = contexts.popitem(last=False)
        ureg.remove_context(oldest)
    return name


def convert_money(value: float, source: str, target: str, on: date) -> float:
    """`value` in `source` currency expressed in `target`, at the ECB reference rate of `on`."""
    ureg = registry()
    with ureg.context(_exchange_context(on)):
        return float(ureg.Quantity(value, source).to(target).magnitude)


def exchange_rate(source: str, target: str, on: date) -> float:
    return convert_money(1.0, source, target, on)
