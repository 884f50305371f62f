"""What crosscheck costs over plain spaCy on real and dense text, and where the time goes.

Three corpora: real news (BASIL's development half, `../shared/data/basil-dev.jsonl`, 150 articles
of about 700 words), dense short stories (this project's labelled story sets, figures, quotes
and dates in nearly every sentence) and a generated corpus whose articles differ as outlets' do
(`benchmarks/generate.py --varied`: 80 stories × 3). For each, side by side in one run, whole processes with the
model load in both, median of `--repeats` alternating runs:
  spaCy       load the same English pipeline and nlp.pipe the same texts
  crosscheck  crosscheck check --no-cache
Then, in this process, the time of each pipeline component over the same documents (spaCy's own
and crosscheck's) and of the stages after extraction (normalise is inside extract; align; rules).

    python benchmarks/text_cost.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate  # noqa: E402
from benchmarks.stories import STORY_SETS  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
FLOOR = """
import json, sys
from checker.nlp import load_english
nlp = load_english()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _ in nlp.pipe(texts, batch_size=32):
    pass
"""


def _seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=False, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def side_by_side(corpus: Path, repeats: int) -> tuple[float, float]:
    floor, check = [], []
    for _ in range(repeats):
        floor.append(_seconds([sys.executable, "-c", FLOOR, str(corpus)]))
        check.append(_seconds([sys.executable, "-m", "checker", "check", str(corpus), "--no-cache", "--fail-on", "none", "--format", "json"]))
    return statistics.median(floor), statistics.median(check)


def per_component(corpus: Path) -> dict[str, float]:
    """Seconds each pipeline component takes over the corpus, run one component at a time."""
    from checker.nlp import pipeline

    nlp = pipeline()
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    started = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    times = {"tokenizer": time.perf_counter() - started}
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(doc) for doc in docs]
        times[name] = time.perf_counter() - started
    return times


def stages(corpus: Path) -> dict[str, float]:
    from checker.pipeline import check

    check([str(corpus)])  # load everything once
    return check([str(corpus)]).timings


def _corpora(data: Path, folder: Path) -> dict[str, Path]:
    from checker.corpus import read_corpus

    corpora = {}
    basil = data / "basil-dev.jsonl"
    if basil.is_file():
        corpora["real news, BASIL dev"] = basil
    dense = folder / "dense.jsonl"
    articles = read_corpus([str(ROOT / s) for s in STORY_SETS], None).articles
    rows = [
        {"id": a.id, "text": a.text[a.body_start :], "outlet": a.outlet, "published": a.published.isoformat() if a.published else None, "story": a.story}
        for a in articles
    ]
    dense.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    corpora["dense stories, the story sets"] = dense
    generated = folder / "generated.jsonl"
    generated.write_text("".join(json.dumps(row) + "\n" for row in generate(80, 3, varied=True)), encoding="utf-8")
    corpora["generated, varied (80 stories × 3)"] = generated
    return corpora


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpora = _corpora(args.data, Path(folder))
        print("| corpus | articles | spaCy | crosscheck | ratio |")
        print("|---|---|---|---|---|")
        for name, corpus in corpora.items():
            count = sum(1 for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip())
            floor, check = side_by_side(corpus, args.repeats)
            print(f"| {name} | {count} | {floor:.1f} s | {check:.1f} s | **{check / floor:.2f}×** |")
        for name, corpus in corpora.items():
            components = per_component(corpus)
            total = sum(components.values())
            print(f"\n{name}, seconds per component (one at a time, {total:.1f} s in all):")
            print(", ".join(f"{component} {seconds:.2f} ({seconds / total:.0%})" for component, seconds in components.items()))
            print("stages after loading: " + ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in stages(corpus).items()))


if __name__ == "__main__":
    main()
