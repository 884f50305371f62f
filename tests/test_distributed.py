"""`--engine dask`: the same report as one process, on a local cluster of two worker processes,
and nothing lost when a worker dies mid-run."""

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from checker.pipeline import check
from checker.report import RenderOptions
from checker.report.json_report import render

distributed = pytest.importorskip("distributed", reason="dask is not installed (pip install 'crosscheck[dask]')")

CORPUS = Path(__file__).parent / "corpus"


def _json(report) -> str:
    return render(report, RenderOptions())


def test_a_local_cluster_of_two_workers_gives_the_same_report_as_one_process():
    alone = check([str(CORPUS)])
    clustered = check([str(CORPUS)], engine="dask", jobs=2)
    assert len({f.story for f in alone.findings}) > 5
    assert _json(clustered) == _json(alone)


def test_a_worker_that_dies_mid_run_loses_nothing():
    from checker.corpus import read_corpus
    from checker.distributed import DaskEngine
    from checker.extraction import extract_claims

    articles = read_corpus([str(CORPUS)]).articles
    with DaskEngine(workers=2) as engine:
        engine.client.wait_for_workers(2)
        victim = sorted(engine.client.run(os.getpid).values())[0]
        killed_at = []

        def kill_soon():
            # Mid-run: the workers are loading the pipeline or parsing their first batches.
            time.sleep(1.0)
            os.kill(victim, signal.SIGKILL)
            killed_at.append(time.monotonic())

        killer = threading.Thread(target=kill_soon, daemon=True)
        killer.start()
        claims = engine.extract(articles)
        finished = time.monotonic()
        killer.join()
        assert killed_at and killed_at[0] < finished, "the worker died after the run, not during it"
        assert victim not in engine.client.run(os.getpid).values()
    assert [c.id for c in claims] == [c.id for c in extract_claims(articles)]


def test_an_unknown_engine_is_named():
    from checker.model import InputError

    with pytest.raises(InputError, match="unknown engine 'spark'"):
        check([str(CORPUS)], engine="spark")
