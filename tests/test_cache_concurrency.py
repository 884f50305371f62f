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


def test_a_busy_cache_is_waited_for_not_rebuilt(tmp_path):
    import sqlite3
    import threading

    from checker.cache import _open

    path = tmp_path / "cache.sqlite"
    connection = _open(path)
    with connection:
        connection.execute("INSERT INTO claims (key, article, payload) VALUES ('k', 'a', '[]')")
    connection.close()
    holder = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    threading.Timer(0.5, holder.execute, ("ROLLBACK",)).start()
    reopened = _open(path)
    assert reopened.execute("SELECT count(*) FROM claims").fetchone()[0] == 1
    reopened.close()
    holder.close()
