"""The whole run, one way through: corpus -> extract -> normalise -> align -> rules -> report."""

from __future__ import annotations

from pathlib import Path

from checker.align import align
from checker.corpus import read_corpus
from checker.engine import evaluate, load_rules
from checker.model import SEVERITIES, Article, Claim, Report


def extract_claims(articles: list[Article]) -> list[Claim]:
    """Parse each article's body once and read its normalised claims, in text order."""
    from checker.nlp import pipeline
    from checker.normalise.quantities import quantity_claim

    nlp = pipeline()
    claims: list[Claim] = []
    bodies = (article.text[article.body_start :] for article in articles)
    for article, doc in zip(articles, nlp.pipe(bodies, batch_size=32)):
        found: list[Claim | None] = []
        main_place = dominant_place(doc, article.main_end - article.body_start)
        for span in doc._.quantities:
            restated = found[span._.quantity.restates] if span._.quantity.restates is not None else None
            found.append(quantity_claim(article, span, article.body_start, restated, main_place))
        claims.extend(claim for claim in found if claim is not None)
    return claims


def dominant_place(doc, main_end: int) -> str | None:
    """The place the main story is about: its most mentioned city, country or region."""
    counts: dict[str, int] = {}
    for entity in doc.ents:
        if entity.label_ in {"GPE", "LOC"} and entity.start_char < main_end:
            counts[entity.text] = counts.get(entity.text, 0) + 1
    if not counts:
        return None
    return min(counts, key=lambda name: (-counts[name], name))


def check(paths: list[str], rules_dir: Path | None = None, stdin=None, drafts: list[str] | None = None) -> Report:
    """Check every article under `paths`; with `drafts`, keep only findings that involve a draft."""
    rules = load_rules(rules_dir)
    corpus = read_corpus([*(drafts or []), *paths], stdin)
    claims = extract_claims(corpus.articles)
    comparisons = align(corpus.articles, claims)
    findings = evaluate(rules, comparisons)
    if drafts is not None:
        draft_ids = {article for article, origin in corpus.origins.items() if origin in drafts}
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
