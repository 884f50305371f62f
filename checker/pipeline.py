"""The whole run, one way through: corpus -> extract -> normalise -> align -> rules -> report."""

from __future__ import annotations

import hashlib
import itertools
import time
from dataclasses import replace
from pathlib import Path

from checker.align import HouseStyle, align
from checker.cache import cached_claims
from checker.corpus import read_corpus
from checker.engine import evaluate, load_rules
from checker.extraction import extract_claims
from checker.model import SEVERITIES, Article, Claim, Comparison, Finding, InputError, QuoteClaim, Report


def use_data_of(rules_dir: Path | None) -> None:
    """Read the data of `rules_dir/data/` where it has a file (bundled data elsewhere); a bad
    override stops the run before anything is read with it."""
    from checker.data_schema import validate_data
    from checker.resources import overrides_dir, use_rules_dir

    use_rules_dir(rules_dir)
    if overrides_dir() is None:
        return
    problems = validate_data(only_overrides=True)
    if problems:
        path, _, problem = problems[0].partition(": ")
        raise InputError(path, problem)


def check(
    paths: list[str],
    rules_dir: Path | None = None,
    stdin=None,
    drafts: list[str] | None = None,
    preferred: tuple[str, ...] = (),
    disable: tuple[str, ...] = (),
    min_severity: str = "info",
    cache: Path | None = None,
    progress: bool = False,
    jobs: int = 1,
    stories: str | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> Report:
    """Check every article under `paths`; with `drafts`, keep only findings that involve a draft.

    `preferred` spellings are the house style; `disable` removes rules; findings in suppressed
    regions and below `min_severity` are counted but not listed; `cache` keeps extracted claims
    of unchanged articles between runs; `stories` is "auto" or "given" (see `with_stories`);
    `engine` "dask" parses and aligns on a Dask cluster (`scheduler`, else a local one of `jobs`
    worker processes), with the same report.
    """
    if engine not in ENGINES:
        raise InputError("--engine", f"unknown engine {engine!r} (one of: {', '.join(ENGINES)})")
    if engine == "dask":
        from checker.distributed import DaskEngine

        with DaskEngine(scheduler, jobs) as cluster:
            return _check(paths, stdin, rules_dir, drafts, preferred, disable, min_severity, cache, stories, cluster.extract, cluster.align)
    return _check(
        paths, stdin, rules_dir, drafts, preferred, disable, min_severity, cache, stories, lambda articles: extract_claims(articles, progress, jobs), align
    )


ENGINES = ("local", "dask")


def _check(paths, stdin, rules_dir, drafts, preferred, disable, min_severity, cache, stories, extract, aligner) -> Report:
    """The run itself, given how claims are extracted and aligned (in this process or on a cluster)."""
    clock = Stopwatch()
    all_rules = load_rules(rules_dir)
    use_data_of(rules_dir)
    known = {rule.id for rule in all_rules}
    unknown = sorted(set(disable) - known)
    if unknown:
        raise InputError("disable", f"unknown rule id {', '.join(repr(r) for r in unknown)} (known: {', '.join(sorted(known))})")
    rules = [rule for rule in all_rules if rule.id not in set(disable)]
    corpus = read_corpus([*(drafts or []), *paths], stdin)
    clock.lap("read")
    draft_ids = frozenset(article for article, origin in corpus.origins.items() if origin in (drafts or []))
    errors = list(corpus.errors)
    if drafts is not None and not [a for a in corpus.articles if a.id not in draft_ids]:
        # Reviewing against nothing would pass every draft unchecked.
        errors.append(InputError(", ".join(paths), "no reference article could be read here, so the draft was checked against nothing"))
    for article in corpus.articles:
        strange = sorted({s.rule for s in article.suppressions} - known - {"all"})
        if strange:
            errors.append(InputError(article.path, f"suppression names unknown rule id {', '.join(repr(r) for r in strange)}, so it suppresses nothing"))
    if cache:
        claims, cache_hits = cached_claims(corpus.articles, cache, extract)
    else:
        claims, cache_hits = extract(corpus.articles), 0
    articles = with_stories(corpus.articles, claims, stories or ("given" if drafts is not None else None))
    clock.lap("extract")
    comparisons = aligner(articles, claims, HouseStyle(draft_ids, tuple(preferred)))
    clock.lap("align")
    findings = told_by_quotes(evaluate(rules, comparisons))
    clock.lap("rules")
    if drafts is None:
        findings = one_per_odd_side(findings, comparisons, {article.id: article for article in articles})
    if drafts is not None:
        disputed = {c.id for f in findings if not any(c.article in draft_ids for c in f.claims) for c in f.claims}
        findings = [f for f in findings if any(c.article in draft_ids for c in f.claims)]
        findings = one_per_draft_claim(with_suggestions(findings, draft_ids, preferred, disputed), draft_ids)
    by_id = {article.id: article for article in articles}
    kept = [f for f in findings if not any(by_id[c.article].suppresses(f.rule, c.start) for c in f.claims)]
    rank = {severity: number for number, severity in enumerate(SEVERITIES)}
    shown = [f for f in kept if rank[f.severity] <= rank[min_severity]]
    shown.sort(key=lambda f: (rank[f.severity], f.story, [(c.article, c.start) for c in f.claims], f.rule))
    return Report(
        articles=articles,
        findings=shown,
        errors=errors,
        claims=claims,
        comparisons=len(comparisons),
        undated=[a.id for a in corpus.articles if a.published is None],
        rules=[rule.id for rule in rules],
        rule_descriptions={rule.id: " ".join(rule.description.split()) for rule in rules},
        suppressed=len(findings) - len(kept),
        below_min_severity=len(kept) - len(shown),
        drafts=sorted(draft_ids),
        failing=[f.severity for f in kept],
        cache_hits=cache_hits,
        timings=clock.laps,
    )


STORY_MODES = ("auto", "given")


def with_stories(articles: list[Article], claims: list[Claim], mode: str | None) -> list[Article]:
    """The articles with their stories: "given" keeps what the articles say (those that say
    nothing form one story); "auto" finds a story from content for each article that gives none.
    Without a mode, "auto" when no article gives a story, else "given"."""
    if mode not in (None, *STORY_MODES):
        raise InputError("--stories", f"unknown mode {mode!r} (one of: {', '.join(STORY_MODES)})")
    if mode == "given" or (mode is None and any(article.story for article in articles)):
        return articles
    from checker.align.stories import assign_stories

    return assign_stories(articles, claims)


class Stopwatch:
    """Seconds spent in each stage, for the benchmarks."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps[stage] = self.laps.get(stage, 0.0) + now - self._last
        self._last = now


def with_suggestions(findings: list[Finding], drafts: frozenset[str], preferred: tuple[str, ...], disputed: set[str]) -> list[Finding]:
    """The obvious correction for a draft claim: the references' wording, when every reference
    it disagrees with says the same thing and no reference is disputed by another
    (`disputed`: claims in findings between references); the house-style spelling for a name."""
    references: dict[str, set[str]] = {}
    for finding in findings:
        draft_sides = [c for c in finding.claims if c.article in drafts]
        if finding.rule in SUGGESTING_RULES and len(draft_sides) == 1:
            sides = [c for c in finding.claims if c.article not in drafts]
            wording = {_wording(c) if c.id not in disputed else f"disputed:{c.id}" for c in sides}
            references.setdefault(draft_sides[0].id, set()).update(wording)
    suggested = []
    for finding in findings:
        draft_sides = [c for c in finding.claims if c.article in drafts]
        text = None
        if finding.rule == "name_variant" and draft_sides:
            text = next((p for p in preferred if p != draft_sides[0].text and p in {c.text for c in finding.claims}), None)
        elif len(draft_sides) == 1 and len(references.get(draft_sides[0].id, ())) == 1:
            text = next(iter(references[draft_sides[0].id]))
            text = None if text.startswith("disputed:") else text
        draft_first = tuple(sorted(finding.claims, key=lambda c: c.article not in drafts))
        suggested.append(replace(finding, suggestion=text, claims=draft_first))
    return suggested


def one_per_draft_claim(findings: list[Finding], drafts: frozenset[str]) -> list[Finding]:
    """One finding per error in a draft: a draft claim contradicted by several references (or by
    references that disagree among themselves) is one finding citing every one of them."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for finding in findings:
        draft_sides = [c for c in finding.claims if c.article in drafts]
        key = (finding.rule, draft_sides[0].id) if len(draft_sides) == 1 else (finding.rule, finding.id)
        groups.setdefault(key, []).append(finding)

    def tell(group: list[Finding], base: Finding, claims: list[Claim]) -> tuple[str, tuple[Claim, ...]]:
        draft_first = tuple(sorted(claims, key=lambda c: (c.article not in drafts, c.article, c.start)))
        wordings = sorted({_wording(c) for c in draft_first if c.article not in drafts})
        among = f" The references disagree among themselves: {' / '.join(wordings)}." if len(wordings) > 1 else ""
        return f"{base.message}{among}", draft_first

    return _told_once(list(groups.values()), tell)


QUOTE_RULES = frozenset({"quote_mismatch", "quote_misattribution"})


def told_by_quotes(findings: list[Finding]) -> list[Finding]:
    """One disagreement, one finding: a date or figure whose every side stands inside the quotes
    a quote finding cites ("restored by Wednesday evening" / "by Thursday evening" in one
    mayor's remark) is that finding's changed words, not a second finding."""
    quoted = [(c.article, c.start, c.end) for f in findings if f.rule in QUOTE_RULES for c in f.claims]

    def inside(claim) -> bool:
        return any(article == claim.article and start <= claim.start and claim.end <= end for article, start, end in quoted)

    return [f for f in findings if f.rule in QUOTE_RULES or not all(inside(c) for c in f.claims)]


def one_per_odd_side(findings: list[Finding], comparisons: list[Comparison], articles: dict[str, Article]) -> list[Finding]:
    """One finding per discrepancy: when one article differs from two others that agree with
    each other (a comparison between them raised nothing), the two pairwise findings are one,
    citing all three."""
    fired = {frozenset(c.id for c in f.claims) for f in findings}
    # Comparisons that raised nothing, per story: only pairs of findings within one story and
    # rule are looked at, so a feed of many stories never pairs every finding with every other.
    agreeing: dict[str, list[frozenset[str]]] = {}
    for comparison in comparisons:
        claim_ids = frozenset(c.id for c in comparison.claims)
        if claim_ids not in fired:
            agreeing.setdefault(comparison.story, []).append(claim_ids)
    parent = list(range(len(findings)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    ids = [frozenset(c.id for c in f.claims) for f in findings]
    same_rule_and_story: dict[tuple[str, str], list[int]] = {}
    for n, finding in enumerate(findings):
        same_rule_and_story.setdefault((finding.rule, finding.story), []).append(n)
    for (_, story), numbers in same_rule_and_story.items():
        for one, two in itertools.combinations(numbers, 2):
            shared = ids[one] & ids[two]
            rest_one, rest_two = ids[one] - shared, ids[two] - shared
            if (
                shared
                and rest_one
                and rest_two
                and any(pair <= rest_one | rest_two and pair & rest_one and pair & rest_two for pair in agreeing.get(story, ()))
            ):
                parent[root(two)] = root(one)
    groups: dict[int, list[Finding]] = {}
    for n, finding in enumerate(findings):
        groups.setdefault(root(n), []).append(finding)

    def tell(group: list[Finding], base: Finding, claims: list[Claim]) -> tuple[str, tuple[Claim, ...]]:
        odd = {c.article for c in claims if all(c.id in {d.id for d in f.claims} for f in group)}
        cited = {c.article for c in base.claims}
        agree = sorted({articles[c.article].label for c in claims if c.article not in cited})
        sided = sorted({articles[c.article].label for c in base.claims if c.article not in odd})
        verb = "agrees" if len(agree) == 1 else "agree"
        message = f"{base.message.rstrip('.')}. {' and '.join(agree)} {verb} with {' and '.join(sided)}."
        return message, tuple(sorted(claims, key=lambda c: (c.article, c.start)))

    return _told_once(list(groups.values()), tell)


def _told_once(groups: list[list[Finding]], tell) -> list[Finding]:
    """Each group of findings as one: the strongest, citing every claim of the group, with the
    message and claim order `tell(group, strongest, claims)` gives and every explanation."""
    rank = {severity: number for number, severity in enumerate(SEVERITIES)}
    merged = []
    for group in groups:
        if len(group) == 1:
            merged.append(group[0])
            continue
        base = min(group, key=lambda f: (rank[f.severity], -f.confidence, f.id))
        message, claims = tell(group, base, list({c.id: c for f in group for c in f.claims}.values()))
        merged.append(
            replace(
                base,
                id=f"{base.rule}-{hashlib.sha1(' '.join(sorted(f.id for f in group)).encode()).hexdigest()[:10]}",
                message=message,
                explanation=" | ".join(f.explanation for f in sorted(group, key=lambda f: f.id)),
                claims=claims,
            )
        )
    return merged


def _wording(claim: Claim) -> str:
    return claim.quote if isinstance(claim, QuoteClaim) else claim.text


SUGGESTING_RULES = {"quantity_mismatch", "quote_mismatch", "date_mismatch"}
