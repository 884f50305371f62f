"""How sure an alignment is: the evidence factors of rules/data/confidence.yaml.

Each aligner names what it weighed ("the speaker was resolved from a pronoun", "the two events
share only their kind") and takes the factor from the data file; the comparison's confidence is
the product. Code says what was seen, the data file says how much it counts.
"""

from __future__ import annotations

from checker.model import Evidence, InputError
from checker.resources import data_cache, data_path, load_data

ENTRY_KEYS = {"factor", "means"}


@data_cache(maxsize=1)
def factors() -> dict[str, dict[str, float]]:
    """{comparison kind: {evidence name: factor}}, validated: a factor is in (0, 1], every entry
    says what it means, and nothing else is allowed."""
    where = str(data_path("confidence.yaml"))
    table: dict[str, dict[str, float]] = {}
    for kind, entries in load_data("confidence.yaml").items():
        if not isinstance(entries, dict):
            raise InputError(where, f"'{kind}' must map evidence names to {{factor, means}}")
        table[kind] = {}
        for name, entry in entries.items():
            if not isinstance(entry, dict) or set(entry) != ENTRY_KEYS:
                raise InputError(where, f"{kind}.{name} needs exactly: factor, means")
            factor = entry["factor"]
            if isinstance(factor, bool) or not isinstance(factor, (int, float)) or not 0 < factor <= 1:
                raise InputError(where, f"{kind}.{name}: factor must be a number in (0, 1], not {factor!r}")
            table[kind][name] = float(factor)
    return table


def weigh(kind: str, name: str, detail: str) -> Evidence:
    """One piece of evidence with its factor from the data file."""
    try:
        factor = factors()[kind][name]
    except KeyError:
        raise InputError(str(data_path("confidence.yaml")), f"no factor for evidence '{kind}.{name}'") from None
    return Evidence(f"{kind}.{name}", factor, detail)


def describe(evidence: tuple[Evidence, ...], confidence: float) -> str:
    """ "Confidence 0.60: speaker of the second quote resolved from a pronoun (x0.6)"; only the
    evidence that adds doubt is listed, or that nothing does."""
    doubts = [f"{item.detail} (x{item.factor:g})" for item in evidence if item.factor < 1]
    return f"Confidence {confidence:.2f}: " + ("; ".join(doubts) if doubts else "nothing adds doubt")
