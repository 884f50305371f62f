"""Derive the signs papers write before an amount for each currency crosscheck defines
(rules/data/currency_signs.yaml).

The source is the Unicode CLDR, as Babel ships it: the symbol each locale writes for a currency
("Rs" and "₹" for the Indian rupee, "RM" for the ringgit, "Ksh" for the Kenyan shilling). A sign
is kept when the locales give it to one currency only ("$" and "kr" are left out: each stands for
several), when it is not the currency's own code, and when it is more than one letter ("R" for
the rand would take every "R2" for money). The signs numbers.yaml lists by hand (a news agency's
"US$", "C$") are read before these and win.

    pip install babel && python benchmarks/derive_currency_signs.py

Users of crosscheck need neither Babel nor this script: the derived file ships with it.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from derive_wordnet import derived_text  # noqa: E402

OUTPUT = ROOT / "rules" / "data" / "currency_signs.yaml"
IN_USE_ON = date(2025, 1, 1)
"""The day the currencies of each country are read for: fixed, so the file is the same on every run."""
HEADER = """\
# The signs written before an amount for each currency units.txt defines, derived by
# benchmarks/derive_currency_signs.py from the Unicode CLDR as Babel ships it — do not edit by
# hand, run it again. A sign is listed when CLDR's locales give it to that currency only, when it
# is not the currency's code, and when it is more than a single letter. numbers.yaml
# `currency_symbols` is read first and wins. A currency word several countries' currencies share
# ("rupee": India, Pakistan, Sri Lanka ...), and a sign CLDR gives several currencies ("rs", in small
# letters), is listed with those countries and the words before it
# in each currency's English name ("pakistani"): in a story naming one, the word is its currency.
# Schema: {signs: {sign: code}, countries: {word: {country: code}}, adjectives: {word: {words: code}}}
# CLDR: Copyright © 1991-2025 Unicode, Inc. Distributed under the Unicode License v3
# (https://www.unicode.org/license.txt), which permits copying and redistribution of the data
# with this notice.
"""


def written_sign(sign: str) -> bool:
    """A sign a Latin-script paper can print: Latin letters, dots and currency signs, no digits,
    and more than one letter when it is letters only."""
    if not sign or any(ch.isdigit() or ch.isspace() for ch in sign):
        return False
    for ch in sign:
        category = unicodedata.category(ch)
        if category == "Sc" or ch == ".":
            continue
        if not (ch.isalpha() and "LATIN" in unicodedata.name(ch, "")):
            return False
    letters = [ch for ch in sign if ch.isalpha()]
    return len(letters) != 1 or any(unicodedata.category(ch) == "Sc" for ch in sign)


def sign_holders(codes: list[str]) -> dict[str, set[str]]:
    """Each sign a paper can print, with the currencies CLDR's locales give it to."""
    from babel.localedata import locale_identifiers
    from babel.numbers import get_currency_symbol

    holders: dict[str, set[str]] = defaultdict(set)
    for locale in locale_identifiers():
        for code in codes:
            try:
                sign = get_currency_symbol(code, locale)
            except Exception:  # a locale Babel lists but cannot load
                continue
            if sign != code and written_sign(sign):
                holders[sign].add(code)
    return holders


def derive_signs(codes: list[str]) -> dict[str, str]:
    return {sign: next(iter(owners)) for sign, owners in sorted(sign_holders(codes).items()) if len(owners) == 1}


def derive_shared_signs(defined: set[str], on: date) -> dict[str, dict[str, str]]:
    """For each sign of a currency crosscheck defines that CLDR also gives to other currencies
    ("Rs": the Indian and the Pakistani rupee): the countries using any of them, by their English
    name, each with its currency's code, as in use on `on`; keyed by the sign in small letters."""
    from babel import Locale
    from babel.numbers import get_territory_currencies, list_currencies

    shared = {sign: owners for sign, owners in sign_holders(sorted(list_currencies())).items() if len(owners) > 1 and owners & defined}
    english = Locale("en")
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for territory, country in sorted(english.territories.items()):
        if not territory.isalpha() or len(territory) != 2:
            continue
        for code in get_territory_currencies(territory, start_date=on, tender=True):
            for sign, owners in shared.items():
                if code in owners and sign.isalpha():
                    found[sign.casefold()][country] = code
    return {sign: dict(sorted(countries.items())) for sign, countries in sorted(found.items()) if len(set(countries.values())) > 1}


def currency_word_aliases() -> set[str]:
    """The single words units.txt (and numbers.yaml `money_or_measure`) read as a currency
    ("rupee", "dollar", "pound"), each as CLDR would end a currency's English name."""
    from checker.resources import data_path, load_data

    lines = re.findall(r"^[A-Z]{3} = \[currency_[A-Z]+\](.*)$", data_path("units.txt").read_text(encoding="utf-8"), flags=re.MULTILINE)
    words = {alias.strip() for line in lines for alias in line.split("=") if alias.strip()}
    words |= {str(w) for w, readings in load_data("numbers.yaml")["money_or_measure"].items() if "money" in readings}
    return {w[:-1] if w.endswith("s") and w[:-1] in words else w for w in words}


def derive_shared_names(words: set[str], on: date) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """For each currency word several countries' currencies end their English name with ("Indian
    Rupee", "Pakistani Rupee"): the countries, by their English name, and the words before it in
    the currency's name ("pakistani"), each with the currency's code, as in use on `on`."""
    from babel import Locale
    from babel.numbers import get_currency_name, get_territory_currencies

    english = Locale("en")
    countries: dict[str, dict[str, str]] = defaultdict(dict)
    adjectives: dict[str, dict[str, str]] = defaultdict(dict)
    for territory, country in sorted(english.territories.items()):
        if not territory.isalpha() or len(territory) != 2:
            continue
        for code in get_territory_currencies(territory, start_date=on, tender=True):
            name = get_currency_name(code, locale="en").lower().split()
            if name[-1] in words:
                countries[name[-1]][country] = code
                if len(name) > 1:
                    adjectives[name[-1]][" ".join(name[:-1])] = code
    shared = sorted(word for word, found in countries.items() if len(set(found.values())) > 1)
    return {w: dict(sorted(countries[w].items())) for w in shared}, {w: dict(sorted(adjectives[w].items())) for w in shared}


def main() -> None:
    try:
        import babel  # noqa: F401
    except ImportError:
        raise SystemExit("needs Babel: pip install babel") from None
    from checker.lexicon.units import currency_codes

    signs = derive_signs(sorted(currency_codes()))
    countries, adjectives = derive_shared_names(currency_word_aliases(), IN_USE_ON)
    countries.update(derive_shared_signs(set(currency_codes()), IN_USE_ON))
    OUTPUT.write_text(derived_text(HEADER, {"signs": signs, "countries": countries, "adjectives": adjectives}), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(signs)} signs, {len(countries)} currency words several countries share")


if __name__ == "__main__":
    main()
