"""Figures read from news-style sentences, against CQE's unit test sets (EMNLP 2023).

Each sentence of `../shared/data/cqe/*.json` comes with its gold quantities (value and
normalized unit). crosscheck reads the sentence as a one-sentence article; a gold quantity is
found when a figure read from the sentence has the same value (a range "8-10" matches a figure
whose interval is that range; a value within 0.5% counts, for rounding), and found with its unit
when the unit also corresponds (crosscheck's pint units mapped to CQE's names below). Precision
counts every figure crosscheck reads, so a figure CQE does not list (a year, a model number)
counts against it.

    python benchmarks/figures.py [--data DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "data"
SETS = ("currency", "dimension", "temperature", "age")
UNITS = {
    # crosscheck's unit -> CQE's normalized_unit
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "penny": "penny",
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "CAD": "canadian dollar",
    "CHF": "swiss franc",
    "AUD": "australian dollar",
    "INR": "rupee",
    "MXN": "mexican peso",
    "TRY": "turkish lira",
    "HKD": "hong kong dollar",
    "percent": "percentage",
    "degree_Celsius": "celsius",
    "degree_Fahrenheit": "fahrenheit",
    "meter": "metre",
    "metre": "metre",
    "kilometer": "kilometre",
    "kilometre": "kilometre",
    "mile": "mile",
    "foot": "foot",
    "inch": "inch",
    "centimeter": "centimetre",
    "millimeter": "millimetre",
    "millimetre": "millimetre",
    "kilogram": "kilogram",
    "gram": "gram",
    "pound": "pound-mass",
    "metric_ton": "metric ton",
    "tonne": "metric ton",
    "kilometer_per_hour": "kilometre per hour",
    "mile_per_hour": "mile per hour",
    "hour": "hour",
    "week": "week",
    "month": "month",
    "year": "year",
    "day": "day",
    "gallon": "gallon",
    "square_meter": "square metre",
}
AGE_UNITS = {"year": "year of age", "month": "month of age", "week": "week of age"}


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    value: int = 0
    value_unit: int = 0

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.value += other.value
        self.value_unit += other.value_unit

    def f1(self, hits: int) -> float:
        precision = hits / self.predicted if self.predicted else 0.0
        recall = hits / self.gold if self.gold else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def row(self, name: str) -> dict:
        return {
            "set": name,
            "sentences_gold": self.gold,
            "read": self.predicted,
            "value_precision": round(self.value / self.predicted, 3) if self.predicted else None,
            "value_recall": round(self.value / self.gold, 3) if self.gold else None,
            "value_f1": round(self.f1(self.value), 3),
            "value_unit_f1": round(self.f1(self.value_unit), 3),
        }


def _gold_range(value: str) -> tuple[float, float]:
    if "-" in value[1:]:
        low, high = value.split("-", 1)
        return float(low), float(high)
    return float(value), float(value)


def _same_value(claim, gold: str) -> bool:
    low, high = _gold_range(gold)
    if low != high:
        return claim.interval.low == low and claim.interval.high == high
    return abs(claim.value - low) <= 0.005 * max(abs(low), 1e-9)


def _unit_name(claim, sentence_set: str) -> str:
    if (sentence_set == "age" or claim.role == "attribute") and claim.unit in AGE_UNITS:
        # An age crosscheck reads as one ("a 28-year-old") is years of age in any set.
        return AGE_UNITS[claim.unit]
    if claim.dimension in {"count", "[personnel]", "[munition]"}:
        return "count"
    name = UNITS.get(claim.unit) or _spelled_as_cqe(claim.unit)
    if claim.dimension.startswith("[currency_") and claim.concept_modifiers[:1] == ("per",) and claim.concept_head:
        # "$1.40 a share": the price of one share, as CQE names it ("dollar per share").
        return f"{name} per {claim.concept_head}"
    return name


def _spelled_as_cqe(unit: str) -> str:
    """pint's name of a unit the table does not list, as CQE writes it: "meter ** 2" is "square
    metre", "barrel / day" "barrel per day", "decimeter" "decimetre", "milliliter" "millilitre"."""
    # The petroleum barrel is the barrel CQE means.
    unit = unit.replace("oil_barrel", "barrel")
    name = re.sub(r"^(\w+) \*\* 3$", r"cubic \1", re.sub(r"^(\w+) \*\* 2$", r"square \1", unit)).replace(" / ", " per ").replace("_", " ")
    return name.replace("meter", "metre").replace("liter", "litre")


def _unit_matches(claim, gold_unit: str, sentence_set: str) -> bool:
    ours = _unit_name(claim, sentence_set)
    if ours == gold_unit:
        return True
    if gold_unit in {"-", "count"} or gold_unit not in set(UNITS.values()) | set(AGE_UNITS.values()):
        return ours == "count" or gold_unit == "-"
    return ours == gold_unit


def score(data: Path, verbose: bool = False) -> dict[str, Tally]:
    from checker.corpus import read_corpus
    from checker.model import QuantityClaim
    from checker.pipeline import extract_claims

    tallies: dict[str, Tally] = {}
    for name in SETS:
        records = json.loads((data / "cqe" / f"{name}-model.json").read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as folder:
            feed = Path(folder) / "sentences.jsonl"
            feed.write_text(
                "".join(json.dumps({"id": f"{name}-{n}", "text": r["text"], "story": f"{name}-{n}"}) + "\n" for n, r in enumerate(records)),
                encoding="utf-8",
            )
            corpus = read_corpus([str(feed)], None)
            claims = [c for c in extract_claims(corpus.articles) if isinstance(c, QuantityClaim) and not c.restates]
        by_sentence: dict[str, list] = {}
        for claim in claims:
            by_sentence.setdefault(claim.article, []).append(claim)
        tally = Tally()
        for number, record in enumerate(records):
            read = by_sentence.get(f"{name}-{number}", [])
            tally.gold += len(record["quantities"])
            tally.predicted += len(read)
            unused = list(read)
            for gold in record["quantities"]:
                match = next((c for c in unused if _same_value(c, gold["value"])), None)
                if match is None:
                    if verbose:
                        print(f"missed [{name}] {gold['value']} {gold['normalized_unit']}: {record['text'][:110]!r}")
                    continue
                unused.remove(match)
                tally.value += 1
                if _unit_matches(match, gold["normalized_unit"], name):
                    tally.value_unit += 1
                elif verbose:
                    print(f"unit [{name}] {gold['normalized_unit']} vs {match.unit}: {match.text!r}")
            if verbose:
                for claim in unused:
                    print(f"extra [{name}] {claim.text!r} = {claim.value} {claim.unit}: {record['text'][:110]!r}")
        tallies[name] = tally
    total = Tally()
    for tally in tallies.values():
        total.add(tally)
    tallies["all"] = total
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--verbose", action="store_true", help="list misses, unit errors and extra figures")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not (args.data / "cqe").is_dir():
        print(f"skipped: {args.data / 'cqe'} is not here (CQE's test sets live in ../shared/data)")
        return
    rows = [tally.row(name) for name, tally in score(args.data, args.verbose).items()]
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(f"{'set':<12} {'gold':>5} {'read':>5} {'value P':>8} {'value R':>8} {'value F1':>9} {'value+unit F1':>14}")
    for row in rows:
        print(
            f"{row['set']:<12} {row['sentences_gold']:>5} {row['read']:>5} {row['value_precision']!s:>8} {row['value_recall']!s:>8}"
            f" {row['value_f1']:>9} {row['value_unit_f1']:>14}"
        )


if __name__ == "__main__":
    main()
