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

import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from derive_wordnet import derived_text  # noqa: E402

OUTPUT = ROOT / "rules" / "data" / "currency_signs.yaml"
HEADER = """\
# The signs written before an amount for each currency units.txt defines, derived by
# benchmarks/derive_currency_signs.py from the Unicode CLDR as Babel ships it — do not edit by
# hand, run it again. A sign is listed when CLDR's locales give it to that currency only, when it
# is not the currency's code, and when it is more than a single letter. numbers.yaml
# `currency_symbols` is read first and wins.
# Schema: {signs: {sign: currency code}}
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


def derive_signs(codes: list[str]) -> dict[str, str]:
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
    return {sign: next(iter(owners)) for sign, owners in sorted(holders.items()) if len(owners) == 1}


def main() -> None:
    try:
        import babel  # noqa: F401
    except ImportError:
        raise SystemExit("needs Babel: pip install babel") from None
    from checker.lexicon.units import currency_codes

    signs = derive_signs(sorted(currency_codes()))
    OUTPUT.write_text(derived_text(HEADER, {"signs": signs}), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(signs)} signs")


if __name__ == "__main__":
    main()
