"""Aligning stances: one holder, one proposal, two articles; the rules judge opposite stances.

Holders are compared through the actor groups of rules/data/aliases.yaml (a Kremlin spokesman,
the Kremlin, Moscow and Putin speak for one another) or as one name written more or less fully;
proposals match by their head noun and what they share, and are told apart by their figures and
versions.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from checker.align.confidence import weigh
from checker.align.events import related_kind
from checker.align.groups import story_reasons
from checker.align.lexicon import digest
from checker.align.quotes import name_affixes
from checker.lexicon.english import kind_of
from checker.model import Article, Comparison, Evidence, StanceClaim
from checker.normalise.names import actor, fold
from checker.resources import data_cache, load_data, thresholds

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


def _same_head(left: str | None, right: str | None) -> bool:
    """Two head nouns for one kind of proposal: the same word, or one a kind of the other to
    WordNet ("walkout" is a kind of "strike")."""
    if not left or not right:
        return False
    return left == right or related_kind(left, right) is not None or kind_of(left, right) or kind_of(right, left)


def same_proposal(left: StanceClaim, right: StanceClaim) -> tuple[str, list[Evidence]] | None:
    """What makes two proposals one, with how sure; None when something tells them apart: other
    figures ("the 3.2% offer" / "the 4.8% offer") or another version ("the first approach" / "the
    revised offer"). The same head noun ("offer", "bid" ~ "offer") in one story is one proposal
    with some doubt; shared details (a figure, a name, a word of what it is) make it sure."""
    if left.proposal_figures and right.proposal_figures and not set(left.proposal_figures) & set(right.proposal_figures):
        return None
    if left.proposal_version != right.proposal_version and (
        (left.proposal_version and right.proposal_version) or {left.proposal_version, right.proposal_version} & _earlier_versions()
    ):
        # "the first approach" / "the revised offer"; and "the original scheme" implies a later
        # one, which an unmarked mention more likely is.
        return None
    shared = sorted((set(left.proposal_words) & set(right.proposal_words)) - {left.proposal_head, right.proposal_head})
    figures = sorted(set(left.proposal_figures) & set(right.proposal_figures))
    smaller, larger = sorted((set(left.proposal_words), set(right.proposal_words)), key=len)
    if len(smaller) >= 2 and smaller <= larger:
        return ", ".join(sorted(smaller)), [
            weigh("stance", "same_proposal_words", f"every word of the shorter proposal is in the other ({', '.join(sorted(smaller))})")
        ]
    what = left.proposal_head or right.proposal_head
    same_head = _same_head(left.proposal_head, right.proposal_head)
    if not same_head:
        heads = {left.proposal_head, right.proposal_head}
        if heads & set(left.proposal_words) & set(right.proposal_words):
            pass
        elif (figures and shared) or len(shared) >= thresholds("alignment", "stances")["min_shared_details"] or _named_alike(left, right, shared):
            details = ", ".join([*figures, *shared])
            return f"{left.proposal_head} / {right.proposal_head} ({details})", [
                weigh("stance", "other_heads_same_details", f"'{left.proposal_head}' and '{right.proposal_head}', both with {details}")
            ]
        else:
            return None
    if not (figures or shared):
        # "an invitation to meet senators" / "an invitation to address Congress": a head noun
        # alone does not make one proposal — unless one article names it by the noun alone ("has
        # rejected the offer"), which points at the story's proposal of that kind.
        if same_head and (left.proposal_bare or right.proposal_bare):
            bare = left.proposal_head if left.proposal_bare else right.proposal_head
            if left.proposal_head != right.proposal_head:
                what = f"{left.proposal_head} / {right.proposal_head}"
            return what, [weigh("stance", "same_proposal_referred", f"one article says just 'the {bare}'")]
        return None
    details = ", ".join([*figures, *shared])
    return f"{what} ({details})", [weigh("stance", "same_proposal_details", f"the same {what}, both with {details}")]


def _named_alike(left: StanceClaim, right: StanceClaim, shared: list[str]) -> bool:
    """Both proposals carry one name of two words or more ("the Ferris Meadow scheme" / "the
    Ferris Meadow development"): the named project, whatever noun each article calls it by."""

    def capitalised(claim: StanceClaim) -> set[str]:
        return {word.lower() for word in claim.proposal.split() if word[:1].isupper() and word.lower() != "the"}

    return len(capitalised(left) & capitalised(right) & set(shared)) >= 2


@data_cache(maxsize=1)
def _earlier_versions() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("stances.yaml")["earlier_versions"])


def same_holder(left: str, right: str) -> bool:
    """One holder: one actor group (rules/data/aliases.yaml), or one name written more or less
    fully ("the Water Standards Commission" / "Standards Commission"), the same body of the same
    owner ("Tessaly Shipping's board" / "the board")."""
    if actor(left) == actor(right):
        return True
    left_words, right_words = _holder_words(left), _holder_words(right)
    smaller, larger = sorted((left_words, right_words), key=len)
    if len(smaller) == 1 and len(larger) > 1:
        # "the board" / "Halvard Systems board": the same body, its owner left to the context.
        (word,) = smaller
        return fold(left if len(left_words) > 1 else right).split()[-1] == word
    return bool(smaller) and smaller <= larger


def _holder_words(holder: str) -> frozenset[str]:
    """The words that name a holder: no article, no possessive, no title ("Ms Dunmore" is
    "Harriet Dunmore")."""
    _, honorifics = name_affixes()
    words = (w.strip("'’") for w in fold(holder).replace("'s", " ").replace("’s", " ").split())
    return frozenset(w for w in words if w and w not in {"the", "a", "an"} and w.rstrip(".") not in honorifics)


def align_stances(articles: list[Article], claims: list[StanceClaim]) -> list[Comparison]:
    by_id = {article.id: article for article in articles}
    stories: dict[str, list[StanceClaim]] = defaultdict(list)
    for claim in claims:
        if claim.segment == "main":
            stories[by_id[claim.article].story or ""].append(claim)
    comparisons = []
    for story, members in sorted(stories.items()):
        found = []
        for left, right in combinations(sorted(members, key=lambda c: (c.article, c.start)), 2):
            if left.article == right.article or not same_holder(left.holder, right.holder):
                continue
            proposal = same_proposal(left, right)
            if proposal is not None:
                found.append(_comparison(by_id, story, actor(left.holder), left, right, *proposal))
        comparisons += _best_per_claim(found)
    return comparisons


def _best_per_claim(found: list[Comparison]) -> list[Comparison]:
    """A stance meets each other article once: where it could be paired with several of that
    article's stances, the surest pairing stands for them (one disagreement, one finding)."""
    best: dict[tuple[str, str], Comparison] = {}
    for comparison in found:
        left, right = comparison.claims
        for claim, other in ((left, right), (right, left)):
            key = (claim.id, other.article)
            if key not in best or comparison.confidence > best[key].confidence:
                best[key] = comparison
    return [
        comparison
        for comparison in found
        if best[(comparison.claims[0].id, comparison.claims[1].article)] is comparison
        and best[(comparison.claims[1].id, comparison.claims[0].article)] is comparison
    ]


def _comparison(by_id, story: str, holder: str, left: StanceClaim, right: StanceClaim, shared: str, evidence: list[Evidence]) -> Comparison:
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
    reasons = (
        *story_reasons(story),
        f"same holder: {left.holder} / {right.holder} ({holder})",
        f"same proposal: {shared}",
    )
    conflict = f"{left.holder} {left.polarity}s in one, {right.holder} {right.polarity}s in the other"
    return Comparison(digest("stance", left.id, right.id), "stance", story, (left, right), facts, reasons, conflict, tuple(evidence))
