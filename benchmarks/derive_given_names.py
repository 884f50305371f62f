"""Derive the given names that say whether "he" or "she" can be someone (rules/data/given_names.yaml).

The source is the 1990 US Census list of first names by sex (a US government work, in the
public domain), as shipped by the MIT-licensed `names` package. A name is kept for a sex when at
least MIN_SHARE of its bearers in the census are of that sex; names shared more evenly ("Jordan",
"Leslie") are left out, so they never decide anything.

    pip install names==0.3.0 && python benchmarks/derive_given_names.py

Users of crosscheck need neither the package nor this script: the derived file ships with it.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from derive_wordnet import derived_text  # noqa: E402

OUTPUT = ROOT / "rules" / "data" / "given_names.yaml"
MIN_SHARE = 0.9
HEADER = """\
# Given names and the pronoun their bearers are usually referred to with, so that "he said" is not
# resolved to "Hillary Clinton" nor "she said" to "Bernie Sanders". Derived by
# benchmarks/derive_given_names.py — do not edit by hand, run it again — from the 1990 US Census
# first-name lists by sex (public domain, as shipped by the MIT-licensed `names` package 0.3.0).
# A name is listed under a sex when at least {share:.0%} of its bearers in the census are of that
# sex; names shared more evenly are not listed. Only the first word of a name of two words or more
# is looked up: "Clinton" alone is a surname, not the given name.
# Schema: {{masculine: [name, ...], feminine: [name, ...]}}, lower-case, sorted, disjoint.
"""


def read_frequencies(path: Path) -> dict[str, float]:
    """Name -> percentage of the census population of that sex bearing it."""
    frequencies = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            frequencies[parts[0].lower()] = float(parts[1])
    return frequencies


def given_names(folder: Path) -> tuple[list[str], list[str]]:
    male = read_frequencies(folder / "dist.male.first")
    female = read_frequencies(folder / "dist.female.first")
    masculine, feminine = [], []
    for name in sorted(set(male) | set(female)):
        he, she = male.get(name, 0.0), female.get(name, 0.0)
        if he / (he + she) >= MIN_SHARE:
            masculine.append(name)
        elif she / (he + she) >= MIN_SHARE:
            feminine.append(name)
    return masculine, feminine


def main() -> None:
    try:
        import names
    except ImportError:
        raise SystemExit("needs the `names` package: pip install names==0.3.0") from None
    masculine, feminine = given_names(Path(names.__file__).parent)
    OUTPUT.write_text(derived_text(HEADER.format(share=MIN_SHARE), {"masculine": masculine, "feminine": feminine}), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(masculine)} masculine and {len(feminine)} feminine given names")


if __name__ == "__main__":
    main()
