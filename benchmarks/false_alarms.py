"""False-alarm rate on sentence pairs that agree (benchmarks/agreeing_pairs.jsonl).

Each line holds two sentences, as two outlets would write the same facts. Each pair is checked
as a two-article story; any finding is a false alarm.

    python benchmarks/false_alarms.py [PAIRS] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.pipeline import check  # noqa: E402

DEFAULT_PAIRS = Path(__file__).resolve().parent / "agreeing_pairs.jsonl"


def false_alarms(pairs_file: Path = DEFAULT_PAIRS) -> tuple[int, list[str]]:
    """(number of pairs, descriptions of the pairs that drew a finding)."""
    records = [json.loads(line) for line in pairs_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "pairs.jsonl"
        with feed.open("w", encoding="utf-8") as out:
            for record in records:
                for side in ("a", "b"):
                    article = {
                        "id": f"{record['id']}-{side}",
                        "text": record[side],
                        "published": record.get(f"published_{side}"),
                        "story": record["id"],
                    }
                    out.write(json.dumps(article) + "\n")
        report = check([str(feed)])
    flagged = sorted({f.story for f in report.findings})
    by_story = {f.story: f for f in report.findings}
    return len(records), [f"{story}: {by_story[story].message}" for story in flagged]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="?", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    total, flagged = false_alarms(args.pairs)
    print(f"pairs: {total}  flagged: {len(flagged)}  false-alarm rate: {len(flagged) / total:.1%}")
    if args.verbose:
        for line in flagged:
            print("  ", line)


if __name__ == "__main__":
    main()
