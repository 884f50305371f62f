"""Performance of crosscheck against the floor of plain spaCy, on synthetic corpora.

For each corpus size, on the same texts in the same run (whole processes, medians of --repeats):
  floor      plain spaCy: load the same English pipeline and nlp.pipe the texts
  check      crosscheck check --no-cache (and the ratio check / floor)
  jobs       crosscheck check --jobs 2 (speed-up, and whether the output is byte-identical)
  cache      a cold run filling a new claim cache, then a warm run reading it (speed-up)
and in-process the time per stage (load, read, extract = parse + our components, align, rules,
report), claims, comparisons and the peak memory of the check process. Also `crosscheck --help`.

    python benchmarks/performance.py --sizes 200,2000 --repeats 3 [--markdown]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate  # noqa: E402

FLOOR = """
import json, sys
from checker.nlp import load_english
nlp = load_english()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _ in nlp.pipe(texts, batch_size=32):
    pass
"""


def timed(command: list[str], output: Path | None = None) -> tuple[float, int]:
    """Wall seconds and peak resident memory (MB) of one process."""
    start = time.perf_counter()
    with open(output or os.devnull, "wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.DEVNULL, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed: {' '.join(command)}")
    return elapsed, usage.ru_maxrss // 1024


def median(command: list[str], repeats: int) -> tuple[float, int]:
    runs = [timed(command) for _ in range(repeats)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def stages(corpus: Path) -> dict:
    """Seconds per stage in one process, with the claims and comparisons counted."""
    load_start = time.perf_counter()
    from checker.nlp import pipeline
    from checker.pipeline import check
    from checker.report import FINDING_FORMATS, RenderOptions

    pipeline()
    load = time.perf_counter() - load_start
    report = check([str(corpus)])
    render_start = time.perf_counter()
    FINDING_FORMATS["json"](report, RenderOptions())
    return {
        "load": load,
        **report.timings,
        "report": time.perf_counter() - render_start,
        "claims": len(report.claims),
        "comparisons": report.comparisons,
        "findings": len(report.findings),
    }


def measure(size: int, repeats: int, folder: Path) -> dict:
    articles_per_story = 20
    records = generate(max(1, size // articles_per_story), articles_per_story)
    corpus = folder / f"corpus-{size}.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    python = [sys.executable]
    check = [*python, "-m", "checker", "check", str(corpus), "--format", "json", "--no-cache"]
    floor_time, floor_memory = median([*python, "-c", FLOOR, str(corpus)], repeats)
    check_time, check_memory = median(check, repeats)
    one, _ = timed(check, folder / "one.json")
    two, _ = timed([*check, "--jobs", "2"], folder / "two.json")
    identical = (folder / "one.json").read_bytes() == (folder / "two.json").read_bytes()
    cache = [*python, "-m", "checker", "check", str(corpus), "--format", "json", "--cache", str(folder / f"cache-{size}.sqlite")]
    cold, _ = timed(cache)
    warm = statistics.median(timed(cache)[0] for _ in range(repeats))
    return {
        "articles": len(records),
        "words": sum(len(r["text"].split()) for r in records),
        "floor_s": floor_time,
        "check_s": check_time,
        "ratio": check_time / floor_time,
        "jobs1_s": one,
        "jobs2_s": two,
        "jobs_speedup": one / two,
        "jobs_identical": identical,
        "cache_cold_s": cold,
        "cache_warm_s": warm,
        "cache_speedup": cold / warm,
        "peak_mb": check_memory,
        "floor_peak_mb": floor_memory,
        "stages": stages(corpus),
    }


def help_time(repeats: int) -> float:
    return statistics.median(timed([sys.executable, "-m", "checker", "--help"])[0] for _ in range(max(3, repeats)))


def markdown(results: list[dict], help_seconds: float) -> str:
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}"
    lines = [
        f"Machine: {machine}.",
        "",
        "| articles | words | spaCy floor | crosscheck | ratio | --jobs 2 | speed-up | identical | cache cold | warm | speed-up | peak MB |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['articles']:,} | {r['words']:,} | {r['floor_s']:.1f} s | {r['check_s']:.1f} s | {r['ratio']:.2f} | "
            f"{r['jobs2_s']:.1f} s | {r['jobs_speedup']:.2f}× | {'yes' if r['jobs_identical'] else 'NO'} | "
            f"{r['cache_cold_s']:.1f} s | {r['cache_warm_s']:.2f} s | {r['cache_speedup']:.1f}× | {r['peak_mb']} |"
        )
    lines += [
        "",
        "| articles | load | read | extract | align | rules | report | rules share | claims | comparisons |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        s = r["stages"]
        total = sum(s[k] for k in ("load", "read", "extract", "align", "rules", "report"))
        lines.append(
            f"| {r['articles']:,} | {s['load']:.2f} s | {s['read']:.2f} s | {s['extract']:.2f} s | {s['align']:.2f} s | "
            f"{s['rules']:.3f} s | {s['report']:.2f} s | {s['rules'] / total:.2%} | {s['claims']:,} | {s['comparisons']:,} |"
        )
    if len(results) >= 2:
        small, large = results[0], results[-1]
        factor = large["articles"] / small["articles"]
        scaled = (large["check_s"] - large["stages"]["load"]) / (small["check_s"] - small["stages"]["load"])
        lines += ["", f"Scaling: {factor:.0f}× the articles took {scaled:.2f}× the time (model load excluded)."]
    lines += ["", f"`crosscheck --help`: {help_seconds:.2f} s."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="200,2000", help="comma-separated article counts")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        results = [measure(int(size), args.repeats, Path(folder)) for size in args.sizes.split(",")]
    seconds = help_time(args.repeats)
    if args.json:
        args.json.write_text(json.dumps({"results": results, "help_s": seconds}, indent=2), encoding="utf-8")
    print(markdown(results, seconds))


if __name__ == "__main__":
    main()
