"""Running a check on a Dask cluster (`--engine dask`): the heavy stages on the workers.

Extraction is partitioned into batches of articles, each parsed on a worker, which loads the
English pipeline once and keeps it; the claims come back in the articles' order. Stories are
assigned on the client (grouping needs every article), then each story's articles and claims go
to a worker to be aligned. The rules run on the client over the gathered comparisons:
durable_rules must stay on one process's main thread, and the rule stage is a tiny share of the
time. Findings are sorted the same way whatever order the stories come back in, so the report
is byte-identical to a single-process run.

Without a scheduler address a local cluster of `workers` processes is started and stopped with
the run. A rules directory's own `data/` files are shipped to the workers with each task, so a
worker on another machine reads the same lexicon. Dask reschedules the tasks of a worker that
dies on the workers left.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
from collections import defaultdict
from pathlib import Path

from checker.align import HouseStyle, align
from checker.extraction import extract_claims
from checker.model import Article, Claim, Comparison, InputError
from checker.resources import overrides_dir, use_rules_dir

ARTICLES_PER_TASK = 16
"""Articles parsed in one task: enough to amortise a task's overhead, few enough to spread a corpus."""


class DaskEngine:
    """A Dask client for one run: a local cluster, or the scheduler at `scheduler`."""

    def __init__(self, scheduler: str | None = None, workers: int = 1) -> None:
        self.scheduler, self.workers = scheduler, workers
        self.client = self.cluster = None

    def __enter__(self) -> DaskEngine:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise InputError("--engine", "dask is not installed; run: pip install 'crosscheck[dask]'") from None
        if self.scheduler:
            try:
                self.client = Client(self.scheduler, timeout="10s")
            except OSError as error:
                raise InputError("--scheduler", f"cannot reach the Dask scheduler at {self.scheduler}: {error}") from None
        else:
            self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        return self

    def __exit__(self, *exc) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def extract(self, articles: list[Article]) -> list[Claim]:
        """Every article's claims, parsed on the workers, in the articles' order."""
        batches = [articles[start : start + ARTICLES_PER_TASK] for start in range(0, len(articles), ARTICLES_PER_TASK)]
        futures = self.client.map(_extract_batch, batches, data=_data_bundle(), pure=False)
        return [claim for batch in self.client.gather(futures) for claim in batch]

    def align(self, articles: list[Article], claims: list[Claim], style: HouseStyle) -> list[Comparison]:
        """Each story's comparisons, aligned on the workers, stories in order."""
        story_of = {article.id: article.story or "" for article in articles}
        stories: dict[str, tuple[list[Article], list[Claim]]] = defaultdict(lambda: ([], []))
        for article in articles:
            stories[story_of[article.id]][0].append(article)
        for claim in claims:
            stories[story_of[claim.article]][1].append(claim)
        names = sorted(stories)
        futures = self.client.map(
            _align_story, [stories[name][0] for name in names], [stories[name][1] for name in names], style=style, data=_data_bundle(), pure=False
        )
        return [comparison for story in self.client.gather(futures) for comparison in story]


def _data_bundle() -> dict[str, str] | None:
    """The run's own data files (a rules directory's `data/`), as text to ship to the workers."""
    folder = overrides_dir()
    if folder is None:
        return None
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.iterdir()) if path.is_file()}


_shipped: dict[str, Path] = {}


def _use_data(data: dict[str, str] | None) -> None:
    """On a worker: read the data shipped with the task (written once per worker), else the bundled data."""
    if data is None:
        use_rules_dir(None)
        return
    key = hashlib.sha1(repr(sorted(data.items())).encode()).hexdigest()
    if key not in _shipped:
        folder = Path(tempfile.mkdtemp(prefix="crosscheck-data-"))
        (folder / "data").mkdir()
        for name, text in data.items():
            (folder / "data" / name).write_text(text, encoding="utf-8")
        _shipped[key] = folder
    use_rules_dir(_shipped[key])


def _extract_batch(articles: list[Article], data: dict[str, str] | None) -> list[Claim]:
    _use_data(data)
    return extract_claims(articles)


def _align_story(articles: list[Article], claims: list[Claim], style: HouseStyle, data: dict[str, str] | None) -> list[Comparison]:
    _use_data(data)
    return align(articles, claims, style)
