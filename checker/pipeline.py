"""The whole run, one way through: corpus -> extract -> normalise -> align -> rules -> report."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from checker.align import HouseStyle, align
from checker.corpus import read_corpus
from checker.engine import evaluate, load_rules
from checker.model import SEVERITIES, Article, Claim, QuantityClaim, QuoteClaim, Report


def extract_claims(articles: list[Article]) -> list[Claim]:
    """Parse each article's body once and read its claims of every kind, in text order."""
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
    bodies = (article.text[article.body_start :] for article in articles)
    for article, doc in zip(articles, nlp.pipe(bodies, batch_size=32)):
        found = [claim for read in readers for claim in read(article, doc, article.body_start)]
        claims.extend(sorted(attribute_quoted_figures(found), key=lambda claim: (claim.start, claim.kind)))
    return claims


def attribute_quoted_figures(claims: list[Claim]) -> list[Claim]:
    """A figure inside a direct quote is the speaker's: it carries the speaker as its source."""
    quotes = [claim for claim in claims if isinstance(claim, QuoteClaim)]
    attributed = []
    for claim in claims:
        quote = next((q for q in quotes if q.start <= claim.start and claim.end <= q.end), None)
        if isinstance(claim, QuantityClaim) and quote is not None:
            claim = replace(claim, quoted=True, source=quote.speaker or claim.source)
        attributed.append(claim)
    return attributed


def check(
    paths: list[str],
    rules_dir: Path | None = None,
    stdin=None,
    drafts: list[str] | None = None,
    preferred: tuple[str, ...] = (),
) -> Report:
    """Check every article under `paths`; with `drafts`, keep only findings that involve a draft.

    `preferred` spellings are the house style: a draft using another spelling of one of those
    names gets a warning.
    """
    rules = load_rules(rules_dir)
    corpus = read_corpus([*(drafts or []), *paths], stdin)
    draft_ids = frozenset(article for article, origin in corpus.origins.items() if origin in (drafts or []))
    claims = extract_claims(corpus.articles)
    comparisons = align(corpus.articles, claims, HouseStyle(draft_ids, tuple(preferred)))
    findings = evaluate(rules, comparisons)
    if drafts is not None:
        findings = [f for f in findings if any(c.article in draft_ids for c in f.claims)]
    rank = {severity: number for number, severity in enumerate(SEVERITIES)}
    findings.sort(key=lambda f: (rank[f.severity], f.story, [(c.article, c.start) for c in f.claims], f.rule))
    return Report(
        articles=corpus.articles,
        findings=findings,
        errors=corpus.errors,
        claims=claims,
        comparisons=len(comparisons),
        undated=[a.id for a in corpus.articles if a.published is None],
        rules=[rule.id for rule in rules],
    )
