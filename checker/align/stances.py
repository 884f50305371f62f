"""Aligning stances: one holder, one proposal, two articles; the rules judge opposite stances.

Holders are compared through the actor groups of rules/data/aliases.yaml (a Kremlin spokesman,
the Kremlin, Moscow and Putin speak for one another); proposals match when the smaller one's
telling words are all in the larger one's.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from checker.align.lexicon import digest
from checker.model import Article, Comparison, StanceClaim
from checker.normalise.names import actor

STANCE_FIELDS = {
    "story": "the story both articles belong to",
    "holder": "who holds the stance, as the actor group of rules/data/aliases.yaml or the name",
    "opposite": "true when one article reports acceptance and the other rejection",
    "left_polarity": "accept or reject, in the first article",
    "right_polarity": "accept or reject, in the second article",
    "left_holder": "the holder as the first article names it",
    "right_holder": "the holder as the second article names it",
    "left_proposal": "the proposal as the first article words it",
    "right_proposal": "the proposal as the second article words it",
    "left_source": "on whose word the first article reports it, as ' (according to X)'; '' when the holder's own",
    "right_source": "as left_source, for the second article",
    "left_text": "the first article's stance clause",
    "right_text": "the second article's stance clause",
    "left_outlet": "the first article's outlet (or id)",
    "right_outlet": "the second article's outlet (or id)",
}


def same_proposal(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    smaller, larger = sorted((set(left), set(right)), key=len)
    return len(smaller) >= 2 and smaller <= larger


def align_stances(articles: list[Article], claims: list[StanceClaim]) -> list[Comparison]:
    by_id = {article.id: article for article in articles}
    blocks: dict[tuple[str, str], list[StanceClaim]] = defaultdict(list)
    for claim in claims:
        if claim.segment == "main":
            blocks[(by_id[claim.article].story or "", actor(claim.holder))].append(claim)
    comparisons = []
    for (story, holder), members in sorted(blocks.items()):
        for left, right in combinations(members, 2):
            if left.article == right.article or not same_proposal(left.proposal_words, right.proposal_words):
                continue
            comparisons.append(_comparison(by_id, story, holder, *sorted((left, right), key=lambda c: (c.article, c.start))))
    return comparisons


def _comparison(by_id, story: str, holder: str, left: StanceClaim, right: StanceClaim) -> Comparison:
    facts = {
        "story": story,
        "holder": holder,
        "opposite": left.polarity != right.polarity,
        "left_polarity": left.polarity,
        "right_polarity": right.polarity,
        "left_holder": left.holder,
        "right_holder": right.holder,
        "left_proposal": left.proposal,
        "right_proposal": right.proposal,
        "left_source": f" (according to {left.source})" if left.source else "",
        "right_source": f" (according to {right.source})" if right.source else "",
        "left_text": left.text,
        "right_text": right.text,
        "left_outlet": by_id[left.article].label,
        "right_outlet": by_id[right.article].label,
    }
    shared = sorted(set(left.proposal_words) & set(right.proposal_words))
    reasons = (
        f"same story '{story or 'default'}'",
        f"same holder: {left.holder} / {right.holder} ({holder})",
        f"same proposal: {', '.join(shared)}",
    )
    conflict = f"{left.holder} {left.polarity}s in one, {right.holder} {right.polarity}s in the other"
    return Comparison(digest("stance", left.id, right.id), "stance", story, (left, right), facts, reasons, conflict)
