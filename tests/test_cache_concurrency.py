"""Two crosscheck processes writing one cache at the same time leave it valid and complete."""

import json
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "peacekeepers"


def run(cache: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "checker", "check", str(EXAMPLE), "--cache", str(cache), "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_concurrent_runs_share_the_cache(tmp_path):
    cache = tmp_path / "cache.sqlite"
    first, second = run(cache), run(cache)
    outputs = [process.communicate(timeout=300) for process in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    assert json.loads(outputs[0][0])["findings"] == json.loads(outputs[1][0])["findings"]
    third = run(cache)
    out, err = third.communicate(timeout=300)
    assert json.loads(out)["summary"]["cached_articles"] == 5, err
