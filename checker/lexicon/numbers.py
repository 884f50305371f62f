"""Reading the number in a mention: digits ("30,000", "6.2"), words ("thirty"), scales ("1.5 million")."""

from __future__ import annotations

import re

from checker.resources import data_cache, load_data

_DIGITS = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$")
_VULGAR = re.compile(r"^(\d)/(\d{1,2})$")
_STOPWATCH = re.compile(r"^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(\.\d{1,3})?$")
FRACTION_DENOMINATORS = frozenset({2, 3, 4, 8, 16, 32})
"""Denominators of the fractions prices and measures are written in ("7 3/4%", "10 1/2 miles");
"5/10" or "9/11" are labels, not numbers."""


def parse_fraction(text: str) -> float | None:
    """'3/4' -> 0.75 when it is a proper fraction with a usual denominator, else None."""
    match = _VULGAR.match(text.strip())
    if match is None:
        return None
    numerator, denominator = int(match.group(1)), int(match.group(2))
    return numerator / denominator if 0 < numerator < denominator and denominator in FRACTION_DENOMINATORS else None


@data_cache(maxsize=1)
def _words() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    data = load_data("numbers.yaml")
    return dict(data["ones"]), dict(data["tens"]), dict(data["hundreds"])


@data_cache(maxsize=1)
def _indefinite() -> tuple[frozenset[str], dict[str, int]]:
    """Words for "one" ("a", "an") and fraction words with their denominators ("quarter": 4)."""
    data = load_data("numbers.yaml")
    return frozenset(data["indefinite"]), {str(word): int(d) for word, d in data["fractions"].items()}


@data_cache(maxsize=1)
def number_words() -> dict[str, frozenset[str]]:
    """The words around numbers that numbers.yaml lists: rank markers ("No 12"), period labels,
    the articles that count one ("a", "an")."""
    data = load_data("numbers.yaml")
    return {key: frozenset(str(w) for w in data[key]) for key in ("rank_markers", "period_label_words", "indefinite")}


def parse_digits(text: str) -> float | None:
    """'30,000' -> 30000.0; None when the grouping is not a number's (e.g. '5/10', '1,00')."""
    text = text.strip()
    if not _DIGITS.match(text):
        return None
    return float(text.replace(",", ""))


def stopwatch_seconds(text: str) -> str | None:
    """A time read off a stopwatch, in seconds as written: "2:05:14" (hours, minutes, seconds) is
    "7514", "1:04.12" (minutes, seconds, hundredths) is "64.12"; None for anything else, and for
    "10:40", which is as often a time of day."""
    found = _STOPWATCH.match(text)
    if found is None or not (found.group(1) or found.group(4)):
        return None
    hours, minutes, seconds, fraction = found.groups()
    if int(minutes) > 59 and hours or int(seconds) > 59:
        return None
    return f"{int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)}{fraction or ''}"


def is_number_word(word: str) -> bool:
    ones, tens, hundreds = _words()
    lowered = word.lower()
    if lowered in ones or lowered in tens or lowered in hundreds:
        return True
    parts = lowered.split("-")
    return len(parts) > 1 and all(part in ones or part in tens for part in parts)


def parse_words(words: list[str], scale_of) -> float | None:
    """A sequence of number tokens as a value.

    `scale_of(word)` gives the multiplier of a scale word ("million" -> 1e6) or None; scale words
    come from the unit definitions so there is one place to add them.
    """
    ones, tens, hundreds = _words()
    indefinite, fractions = _indefinite()
    total = 0.0
    current: float | None = None
    added: float | None = None
    for raw in words:
        word = raw.lower()
        if word == "and":
            # "two and a half million": what follows is added to the whole number before.
            added = current
            current = None
            continue
        if word in indefinite:
            current = 1 if current is None else current
            continue
        if word in fractions:
            # "half a million", "a quarter million", "three quarters billion".
            if current is not None and current != int(current):
                return None
            current = (current if current is not None else 1) / fractions[word] + (added or 0)
            added = None
            continue
        if added is not None:
            current, added = added, None
        fraction = parse_fraction(word)
        if fraction is not None:
            if current is not None and current != int(current):
                return None
            current = (current or 0) + fraction
            continue
        digits = parse_digits(word)
        if digits is not None:
            if current is not None:
                return None
            current = digits
            continue
        if word in ones or word in tens:
            current = (current or 0) + _small(word, ones, tens)
            continue
        if "-" in word and all(part in ones or part in tens for part in word.split("-")):
            current = (current or 0) + sum(_small(part, ones, tens) for part in word.split("-"))
            continue
        if word in hundreds:
            current = (current if current is not None else 1) * hundreds[word]
            continue
        scale = scale_of(word)
        if scale is None:
            return None
        total += (current if current is not None else 1) * scale
        current = None
    if current is None and total == 0:
        return None
    return total + (current or 0)


def _small(word: str, ones: dict[str, int], tens: dict[str, int]) -> int:
    return ones[word] if word in ones else tens[word]
