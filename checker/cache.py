"""The claim cache: extracted claims of unchanged articles, kept in an embedded SQLite database.

Entries are keyed by a hash of the article (text and metadata) and the versions of the pipeline,
the English model, the rule files and their data, so any change parses the article again.
Payloads are JSON, never pickles: a cache file is data and a foreign one cannot run code. A
file that is not a crosscheck cache, or is corrupt, is detected and rebuilt, never trusted.
SQLite's write-ahead log and a busy timeout let concurrent runs share one file.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

from checker import __version__
from checker.model import Article, Claim, EventClaim, Interval, NameClaim, QuantityClaim, QuoteClaim, StanceClaim
from checker.resources import bundled_rules_dir, data_cache, data_files

APPLICATION_ID = 0x43524F53  # "CROS"
FORMAT = 1
Extractor = Callable[[list[Article]], list[Claim]]
KINDS = {"quantity": QuantityClaim, "quote": QuoteClaim, "stance": StanceClaim, "event": EventClaim, "name": NameClaim}


def cached_claims(articles: list[Article], path: Path, extract: Extractor) -> tuple[list[Claim], int]:
    """Claims of every article — from the cache when unchanged, read by `extract` otherwise — and
    how many articles came from the cache. The caller passes the extractor, so the cache knows
    nothing of the pipeline that uses it."""
    try:
        return _cached_claims(articles, Path(path), extract)
    except sqlite3.Error as error:
        print(f"crosscheck: warning: {path}: claim cache unavailable ({error}); parsing every article", file=sys.stderr)
        return extract(articles), 0


def _cached_claims(articles: list[Article], path: Path, extract: Extractor) -> tuple[list[Claim], int]:
    connection = _open(path)
    try:
        keys = {article.id: article_key(article) for article in articles}
        found: dict[str, list[Claim]] = {}
        for article in articles:
            claims = _load(connection, keys[article.id])
            if claims is not None:
                found[article.id] = claims
        missing = [article for article in articles if article.id not in found]
        fresh = extract(missing) if missing else []
        by_article: dict[str, list[Claim]] = {article.id: [] for article in missing}
        for claim in fresh:
            by_article[claim.article].append(claim)
        with connection:
            connection.executemany(
                "INSERT OR REPLACE INTO claims (key, article, payload) VALUES (?, ?, ?)",
                [(keys[a], a, json.dumps([_to_json(c) for c in claims])) for a, claims in by_article.items()],
            )
        hits = len(found)
        found.update(by_article)
        return [claim for article in articles for claim in found[article.id]], hits
    finally:
        connection.close()


def article_key(article: Article) -> str:
    metadata = [article.id, article.path, article.body_start, article.main_end, str(article.published), article.story, article.title, article.outlet]
    payload = json.dumps([FORMAT, pipeline_version(), metadata, article.text])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@data_cache(maxsize=1)
def pipeline_version() -> str:
    """crosscheck's version, spaCy's and the English model's (from package metadata, without
    loading them), and a digest of every rule and data file and of the code that reads claims (a
    changed reader must never be answered with claims the old one read)."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    readers = [package / "model.py", package / "nlp.py", *(package / "extract").glob("*.py"), *(package / "normalise").glob("*.py")]
    rule_files = sorted(p for p in bundled_rules_dir().glob("*") if p.is_file())
    for path in [*rule_files, *data_files(), *sorted(readers)]:
        digest.update(path.name.encode() + path.read_bytes())
    return f"{__version__}/{'/'.join(_package_versions())}/{digest.hexdigest()[:16]}"


def _package_versions() -> list[str]:
    from importlib import metadata

    from checker.nlp import MODEL_NAMES

    found = []
    for package in ("spacy", *MODEL_NAMES):
        try:
            found.append(f"{package}-{metadata.version(package)}")
        except metadata.PackageNotFoundError:
            continue
    return found


CACHE_FOLDER = ".crosscheck"


def _open(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    ignore = path.parent / ".gitignore"
    if path.parent.name == CACHE_FOLDER and not ignore.exists():
        # Like .pytest_cache and .ruff_cache: the folder keeps itself out of version control.
        ignore.write_text("# created by crosscheck: a cache, not for version control\n*\n", encoding="utf-8")
    try:
        return _connect_when_free(path)
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as error:
        print(f"crosscheck: warning: {path}: not a usable crosscheck cache ({error}); rebuilding it", file=sys.stderr)
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        return _connect_when_free(path)


def _connect_when_free(path: Path, attempts: int = 60) -> sqlite3.Connection:
    """Connect, waiting while another run holds the lock: a busy cache is not a corrupt one."""
    for attempt in range(attempts - 1):
        try:
            return _connect(path)
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
            time.sleep(0.05 * (attempt + 1))
    return _connect(path)


def _connect(path: Path) -> sqlite3.Connection:
    existed = path.exists() and path.stat().st_size > 0
    connection = sqlite3.connect(path, timeout=30)
    try:
        if existed:
            if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise sqlite3.DatabaseError("foreign database")
            if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("integrity check failed")
        connection.execute("PRAGMA journal_mode=WAL")
        with connection:
            connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
            connection.execute("CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, article TEXT NOT NULL, payload TEXT NOT NULL)")
    except sqlite3.DatabaseError:
        connection.close()
        raise
    return connection


def _load(connection: sqlite3.Connection, key: str) -> list[Claim] | None:
    row = connection.execute("SELECT payload FROM claims WHERE key = ?", (key,)).fetchone()
    if row is None:
        return None
    try:
        return [_from_json(item) for item in json.loads(row[0])]
    except (ValueError, TypeError, KeyError):
        return None


def _to_json(claim: Claim) -> dict:
    data = {field.name: getattr(claim, field.name) for field in fields(claim)}
    if isinstance(claim, QuantityClaim):
        interval = claim.interval
        data["interval"] = [interval.low, interval.high, interval.low_inclusive, interval.high_inclusive]
    return data


def _from_json(data: dict) -> Claim:
    kind = KINDS[data["kind"]]
    values = {}
    for field in fields(kind):
        value = data[field.name]
        if field.name == "interval":
            value = Interval(*value)
        elif isinstance(value, list):
            value = _tuples(value)
        values[field.name] = value
    return kind(**values)


def _tuples(value: list) -> tuple:
    """JSON lists back to the tuples a claim holds, nested ones too (a quote's word places)."""
    return tuple(_tuples(item) if isinstance(item, list) else item for item in value)
