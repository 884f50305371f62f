"""Direct quotes and their speakers against PolNeAR's annotated attributions.

PolNeAR (2016 US political news from seven outlets) marks every attribution's source, cue and
content as spans; a direct quote is an attribution whose content holds quotation marks. Scoring
follows the data's README:
- a predicted quote matches a gold direct quote when their spans overlap by at least half of
  the shorter; precision, recall and F1 are given for any overlap and one to one (each quote
  matched once, largest overlaps first);
- a speaker is right when the gold source's last word is in the predicted speaker or the other
  way round (case and accents aside). A gold pronoun source ("he") is judged against the person
  it refers to: here, the nearest earlier gold source that is a name (an approximation of the
  annotators' coreference, said so in the output);
- sources are named (a proper name), pronoun (relative pronouns included: "who", "which"), or
  description ("the newspaper", "aides"); a capitalised word that only modifies a common noun
  ("the Vermont senator") does not make a name. A quote whose gold attribution marks no source
  has no speaker to judge: it counts for the quote figures, not for the speaker figures.

    python benchmarks/quotes.py [--split dev|train] [--data DIR] [--json] [--verbose N]

Use train to develop, dev for the figures; the test part is held back.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "data"
# Relative pronouns ("Beck, who called ...") are pronoun sources too: they refer to someone.
PRONOUNS = frozenset("he she they i we it you him her them his its their who whom which that".split())
_QUOTE_MARKS = re.compile("[\"“”]|''|``")


@dataclass(frozen=True)
class GoldQuote:
    article: str
    spans: tuple[tuple[int, int], ...]
    source: str
    kind: str
    referent: str | None

    @property
    def length(self) -> int:
        return sum(end - start for start, end in self.spans)


@dataclass(frozen=True)
class Predicted:
    article: str
    start: int
    end: int
    speaker: str | None
    text: str


@dataclass
class QuoteScore:
    predicted: int = 0
    gold: int = 0
    predicted_overlapping: int = 0
    gold_overlapped: int = 0
    one_to_one: int = 0
    speakers: Counter = field(default_factory=Counter)
    speakers_right: Counter = field(default_factory=Counter)
    without_speaker: int = 0
    unsourced: int = 0
    wrong: list[str] = field(default_factory=list)

    @staticmethod
    def _f1(precision: float, recall: float) -> float:
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def summary(self) -> dict:
        overlap_p = self.predicted_overlapping / self.predicted if self.predicted else 0.0
        overlap_r = self.gold_overlapped / self.gold if self.gold else 0.0
        one_p = self.one_to_one / self.predicted if self.predicted else 0.0
        one_r = self.one_to_one / self.gold if self.gold else 0.0
        matched = sum(self.speakers.values())
        by_kind = {
            kind: round(self.speakers_right[kind] / self.speakers[kind], 3) if self.speakers[kind] else None for kind in ("named", "pronoun", "description")
        }
        return {
            "gold_direct_quotes": self.gold,
            "predicted_quotes": self.predicted,
            "overlap": {"precision": round(overlap_p, 3), "recall": round(overlap_r, 3), "f1": round(self._f1(overlap_p, overlap_r), 3)},
            "one_to_one": {"precision": round(one_p, 3), "recall": round(one_r, 3), "f1": round(self._f1(one_p, one_r), 3)},
            "speaker_accuracy": round(sum(self.speakers_right.values()) / matched, 3) if matched else None,
            "speaker_accuracy_by_source": by_kind,
            "matched_by_source": dict(self.speakers),
            "without_speaker": round(self.without_speaker / matched, 3) if matched else None,
            "matched_without_gold_source": self.unsourced,
        }


def _fold(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def source_kind(source: str) -> str:
    words = source.split()
    if not words:
        return "unsourced"
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if words[0].lower() in {"a", "an"}:
        return "description"
    names = [n for n, w in enumerate(words) if w[:1].isupper() and w.lower() not in {"the", "a", "an"}]
    if any(n + 1 == len(words) or not words[n + 1][:1].islower() for n in names):
        return "named"
    return "description"


def gold_quotes(article: dict) -> list[GoldQuote]:
    """The article's direct quotes, each with its source and, for a pronoun, its referent."""
    quotes, last_named = [], None
    attributions = sorted(article["attributions"], key=lambda a: (a["content"] or [[0, 0]])[0][0])
    for attribution in attributions:
        source = " ".join(attribution["source_text"].split()) if attribution["source"] else ""
        kind = source_kind(source)
        referent = last_named if kind == "pronoun" else source
        if kind == "named":
            last_named = source
        if not _QUOTE_MARKS.search(attribution["content_text"]) or not attribution["content"]:
            continue
        spans = tuple((start, end) for start, end in attribution["content"])
        quotes.append(GoldQuote(article["id"], spans, source, kind, referent))
    return quotes


def _overlap(predicted: Predicted, gold: GoldQuote) -> int:
    shared = sum(max(0, min(predicted.end, end) - max(predicted.start, start)) for start, end in gold.spans)
    return shared if shared >= 0.5 * min(predicted.end - predicted.start, gold.length) and shared > 0 else 0


def speaker_right(predicted: str | None, gold: GoldQuote) -> bool:
    if not predicted or not gold.referent:
        return False
    gold_last = _fold(gold.referent.split()[-1]).strip(".,'’")
    said = _fold(predicted)
    return gold_last in said.split() or gold_last in said or _fold(predicted.split()[-1]) in _fold(gold.referent)


def predictions(articles: list[dict]) -> list[Predicted]:
    from checker.corpus import read_corpus
    from checker.model import QuoteClaim
    from checker.pipeline import extract_claims

    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "polnear.jsonl"
        feed.write_text(
            "".join(json.dumps({"id": a["id"], "text": a["text"], "published": a["published"], "story": a["id"]}) + "\n" for a in articles),
            encoding="utf-8",
        )
        corpus = read_corpus([str(feed)], None)
        claims = extract_claims(corpus.articles)
    return [Predicted(c.article, c.start, c.end, c.speaker, c.text) for c in claims if isinstance(c, QuoteClaim)]


def score(articles: list[dict]) -> QuoteScore:
    result = QuoteScore()
    predicted = predictions(articles)
    by_article: dict[str, list[Predicted]] = {}
    for p in predicted:
        by_article.setdefault(p.article, []).append(p)
    for article in articles:
        golds = gold_quotes(article)
        preds = by_article.get(article["id"], [])
        result.gold += len(golds)
        result.predicted += len(preds)
        pairs = sorted(
            ((_overlap(p, g), n, m) for n, p in enumerate(preds) for m, g in enumerate(golds) if _overlap(p, g)),
            reverse=True,
        )
        result.predicted_overlapping += len({n for _, n, _ in pairs})
        result.gold_overlapped += len({m for _, _, m in pairs})
        used_p, used_g = set(), set()
        for _, n, m in pairs:
            if n in used_p or m in used_g:
                continue
            used_p.add(n)
            used_g.add(m)
            result.one_to_one += 1
            gold, pred = golds[m], preds[n]
            if gold.kind == "unsourced":
                result.unsourced += 1
                continue
            result.speakers[gold.kind] += 1
            if pred.speaker is None:
                result.without_speaker += 1
            if speaker_right(pred.speaker, gold):
                result.speakers_right[gold.kind] += 1
            else:
                result.wrong.append(
                    f"{article['id']} @{pred.start} [{gold.kind}] gold {gold.source!r}->{gold.referent!r}, said {pred.speaker!r}: {pred.text[:90]!r}"
                )
    return result


def load(data: Path, split: str) -> list[dict]:
    path = data / "polnear" / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", type=int, default=0, help="list N wrongly attributed quotes")
    args = parser.parse_args()
    if not (args.data / "polnear" / f"{args.split}.jsonl").is_file():
        print(f"skipped: {args.data / 'polnear'} is not here (PolNeAR lives in ../shared/data)")
        return
    articles = load(args.data, args.split)
    articles = articles[: args.limit] if args.limit else articles
    result = score(articles)
    summary = result.summary()
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"PolNeAR {args.split}: {len(articles)} articles, {summary['gold_direct_quotes']} direct quotes, {summary['predicted_quotes']} predicted")
        for mode in ("overlap", "one_to_one"):
            m = summary[mode]
            print(f"  quotes, {mode.replace('_', ' ')}: P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}")
        print(f"  speaker accuracy: {summary['speaker_accuracy']} {summary['speaker_accuracy_by_source']} (matched {summary['matched_by_source']})")
        print(f"  without a speaker: {summary['without_speaker']}")
        print(f"  matched quotes with no gold source (not judged for speaker): {summary['matched_without_gold_source']}")
        print("  (pronoun sources are judged against the nearest earlier named gold source)")
    for line in result.wrong[: args.verbose]:
        print("  wrong:", line)


if __name__ == "__main__":
    main()
