"""Reading articles: text and Markdown with front matter, folders with a corpus.yaml manifest, JSON Lines, stdin.

Offsets are kept exact: front matter is blanked (same length) rather than cut, so a claim's
`start:end` indexes the file's text as read.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import yaml

from checker.model import Article, InputError
from checker.resources import load_data, load_yaml
from checker.suppress import suppressions

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = frozenset({".html", ".htm"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | {".jsonl"} | HTML_SUFFIXES
MANIFEST = "corpus.yaml"
METADATA_KEYS = ("id", "title", "outlet", "published", "story", "url")
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


@dataclass
class Corpus:
    articles: list[Article]
    errors: list[InputError]
    origins: dict[str, str]
    """For each article id, the command-line path it was found under."""


def read_corpus(paths: list[str], stdin=None) -> Corpus:
    """Read every article under `paths`; a bad file becomes an error and the others are still read."""
    articles: list[Article] = []
    errors: list[InputError] = []
    seen: dict[str, str] = {}
    origins: dict[str, str] = {}
    raw = ""

    def add(article: Article) -> None:
        if article.id in seen:
            errors.append(InputError(article.path, f"duplicate article id '{article.id}' (also {seen[article.id]})"))
            return
        seen[article.id] = article.path
        origins[article.id] = raw
        articles.append(article)

    for raw in paths:
        try:
            if raw == "-":
                text = (stdin or sys.stdin).read()
                add(article_from_text(text, path="<stdin>", default_id="stdin"))
                continue
            path = Path(raw)
            if not path.exists():
                raise InputError(raw, "no such file or directory")
            if path.is_dir():
                _read_directory(path, add, errors)
            else:
                _read_file(path, {}, add, errors)
        except InputError as error:
            errors.append(error)
    return Corpus(articles, errors, origins)


def _read_directory(root: Path, add, errors: list[InputError]) -> None:
    manifests: dict[Path, dict[str, dict]] = {}
    for path in sorted(root.rglob("*")):
        if path.name == MANIFEST:
            try:
                manifests[path.parent] = _read_manifest(path)
            except InputError as error:
                errors.append(error)
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES):
        overrides = manifests.get(path.parent, {}).get(path.name, {})
        try:
            _read_file(path, overrides, add, errors)
        except InputError as error:
            errors.append(error)


def _read_manifest(path: Path) -> dict[str, dict]:
    content = load_yaml(path)
    entries = content.get("articles") if isinstance(content, dict) else None
    if not isinstance(entries, list):
        raise InputError(str(path), "expected 'articles:' with a list of {file, id, outlet, published, title, story}")
    by_file: dict[str, dict] = {}
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            raise InputError(str(path), f"article {number} needs a 'file' name")
        if not (path.parent / entry["file"]).is_file():
            raise InputError(str(path), f"article {number} names '{entry['file']}', which does not exist")
        by_file[entry["file"]] = _metadata(entry, str(path))
    return by_file


def _read_file(path: Path, overrides: dict, add, errors: list[InputError]) -> None:
    text = _decode(path)
    if path.suffix.lower() == ".jsonl":
        for article in _read_jsonl(path, text, errors):
            add(article)
    elif path.suffix.lower() in HTML_SUFFIXES:
        add(_read_page(path, text, overrides))
    else:
        add(article_from_text(text, path=str(path), default_id=path.stem, overrides=overrides))


def _read_page(path: Path, html: str, overrides: dict) -> Article:
    """A saved web page as its article: the main text, title, site name and publication date
    that trafilatura reads from it (menus, related stories, scripts and footers left out). Offsets
    of what is reported are into that main text, which `crosscheck claims` shows."""
    import trafilatura

    page = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if page is None or not (page.text or "").strip():
        raise InputError(str(path), "no article text found in the page")
    metadata = {"title": page.title, "outlet": page.sitename, "published": page.date}
    metadata = _metadata({key: value for key, value in metadata.items() if value}, str(path))
    metadata.update(overrides)
    text = "\n\n".join(line.strip() for line in page.text.splitlines() if line.strip()) + "\n"
    return _article(str(metadata.pop("id", None) or path.stem), str(path), text, 0, metadata)


def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror}") from None
    if b"\x00" in data:
        raise InputError(str(path), "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(str(path), f"not UTF-8 text (byte {error.start})") from None


def _read_jsonl(path: Path, text: str, errors: list[InputError]) -> list[Article]:
    articles = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str) or "id" not in record:
                raise InputError(where, 'each line must be an object with "id" and "text"')
            articles.append(_article(str(record["id"]), where, record["text"], 0, _metadata(record, where)))
        except json.JSONDecodeError as error:
            errors.append(InputError(where, f"invalid JSON: {error.msg}"))
        except InputError as error:
            errors.append(error)
    return articles


def article_from_text(text: str, path: str, default_id: str, overrides: dict | None = None) -> Article:
    """An article from text that may open with YAML front matter; `overrides` (a manifest entry) wins."""
    metadata: dict = {}
    front: dict = {}
    body_start = 0
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            front = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as error:
            raise InputError(path, f"malformed front matter: {getattr(error, 'problem', None) or error}") from None
        except ValueError as error:
            # YAML reads "2025-02-30" as a date and fails on it.
            raise InputError(path, f"invalid date in front matter: {error}") from None
        if not isinstance(front, dict):
            raise InputError(path, "malformed front matter: expected key: value pairs")
        metadata = _metadata(front, path)
        body_start = match.end()
    metadata.update(overrides or {})
    article = _article(str(metadata.pop("id", None) or default_id), path, text, body_start, metadata)
    return replace(article, suppressions=suppressions(text, front, path))


def _article(article_id: str, path: str, text: str, body_start: int, metadata: dict) -> Article:
    if not text[body_start:].strip():
        raise InputError(path, "empty article: no text to check")
    fields = {key: metadata.get(key) for key in ("title", "outlet", "published", "story", "url")}
    return Article(
        id=article_id,
        path=path,
        text=text,
        body_start=body_start,
        main_end=main_story_end(text, body_start),
        **fields,
    )


def _metadata(raw: dict, path: str) -> dict:
    """The metadata keys we use, typed; a bad date is an error naming the file."""
    metadata = {}
    for key in METADATA_KEYS:
        value = raw.get(key)
        if value is None:
            continue
        if key == "published":
            metadata[key] = _parse_date(value, path)
        else:
            metadata[key] = str(value)
    return metadata


def _parse_date(value: object, path: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(path, f"unknown date '{value}' for 'published' (use YYYY-MM-DD)") from None


def main_story_end(text: str, body_start: int) -> int:
    """Offset where the page's main story ends and its furniture (related stories, bios, comments) begins."""
    settings = load_data("segments.yaml")
    markers = {str(marker).lower() for marker in settings["markers"]}
    min_list = int(settings["headline_list_min_lines"])
    max_words = int(settings["headline_max_words"])
    seen_text = seen_prose = False
    run_start: int | None = None
    run_length = 0
    offset = body_start
    for line in text[body_start:].splitlines(keepends=True):
        stripped = line.strip()
        words = stripped.split()
        label = stripped.lstrip("#").strip().rstrip(":").lower()
        if seen_text and label in markers:
            return offset
        is_headline = 0 < len(words) <= max_words and stripped[-1] not in ".!?\"'”’)"
        if is_headline and seen_prose:
            run_start = offset if run_length == 0 else run_start
            run_length += 1
            if run_length >= min_list:
                return run_start
        else:
            run_length = 0
        seen_text = seen_text or bool(words)
        seen_prose = seen_prose or len(words) > max_words
        offset += len(line)
    return len(text)
