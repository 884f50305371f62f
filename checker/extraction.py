"""Reading claims from articles: each body parsed once by the spaCy pipeline, every kind of claim
read from the parse, in text order; long articles in pieces, many articles in worker processes."""

from __future__ import annotations

from checker.model import Article, Claim


def extract_claims(articles: list[Article], progress: bool = False, jobs: int = 1) -> list[Claim]:
    """Parse each article's body once and read its claims of every kind, in text order.

    With `progress`, a progress bar on stderr (for people at a terminal, never in reports). With
    `jobs` > 1, batches of articles are parsed in that many worker processes (forked after the
    pipeline is loaded, so they share it); the claims come back in the same order, so the output
    is identical. The rule engine is never used in a worker.
    """
    if jobs > 1 and len(articles) > WORKER_BATCH:
        return _extract_in_processes(articles, jobs)
    from checker.nlp import pipeline
    from checker.normalise import events, names, quantities, quotes, stances

    readers = (
        quantities.claims_from_doc,
        quotes.claims_from_doc,
        stances.claims_from_doc,
        events.claims_from_doc,
        names.claims_from_doc,
    )
    nlp = pipeline()
    claims: list[Claim] = []
    pieces = [(article, start, end) for article in articles for start, end in body_chunks(article.text, article.body_start)]
    docs = nlp.pipe((article.text[start:end] for article, start, end in pieces), batch_size=32)
    if progress and articles:
        from rich.progress import track

        docs = track(docs, total=len(pieces), description="Reading articles", console=_stderr_console(), transient=True)
    found: dict[str, list[Claim]] = {}
    for (article, start, _), doc in zip(pieces, docs):
        found.setdefault(article.id, []).extend(claim for read in readers for claim in read(article, doc, start))
    for article in articles:
        claims.extend(sorted(found.get(article.id, []), key=lambda claim: (claim.start, claim.kind)))
    return claims


CHUNK_CHARACTERS = 50_000
"""An article longer than this is parsed in pieces of about this size, cut between paragraphs
(or sentences, or words, for a text without them): spaCy refuses very long texts, and what is
read from one stretch of an article rarely depends on text this far away."""


def body_chunks(text: str, body_start: int, limit: int = CHUNK_CHARACTERS) -> list[tuple[int, int]]:
    """(start, end) offsets into `text` covering its body in pieces of at most about `limit`."""
    chunks, start, end = [], body_start, len(text)
    while end - start > limit:
        cut = _cut_before(text, start, start + limit)
        chunks.append((start, cut))
        start = cut
    chunks.append((start, end))
    return chunks


def _cut_before(text: str, start: int, limit: int) -> int:
    """The last paragraph break before `limit`, else the last sentence end, else the last space."""
    for separator in ("\n\n", ". ", " "):
        cut = text.rfind(separator, start + 1, limit)
        if cut > start:
            return cut + len(separator)
    return limit


WORKER_BATCH = 16


def _extract_in_processes(articles: list[Article], jobs: int) -> list[Claim]:
    import multiprocessing

    from checker.nlp import pipeline

    pipeline()
    batches = [articles[start : start + WORKER_BATCH] for start in range(0, len(articles), WORKER_BATCH)]
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        results = pool.map(extract_claims, batches, chunksize=1)
    return [claim for batch in results for claim in batch]


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)
