"""Aligning quotes: the same words in two articles, and who each article says spoke them.

Quotes of one story are paired when they share a run of three words; each pair is compared
word by word over the stretch they have in common, so a partial quote or one cut with "..." is
measured against the part it keeps. The facts say what changed: negations, numbers, other words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations

from checker.align.groups import outlets, readings
from checker.align.lexicon import digest, lexicon
from checker.model import Article, Comparison, QuoteClaim
from checker.normalise.names import fold
from checker.resources import load_data

QUOTE_FIELDS = {
    "story": "the story both articles belong to",
    "similarity": "share of words the two quotes have in common over the stretch they share (0 to 1)",
    "same_speaker": "true when both name the same person, or an unnamed speaker of the named one's organisation",
    "both_named": "true when both articles name a person as the speaker",
    "speakers_differ": "true when the articles name two different people",
    "negation_changed": "true when a negation (not, never, no ...) is in one quote and not the other",
    "number_changed": "true when the quotes give different numbers",
    "words_changed": "how many words differ, other than punctuation and case",
    "trivial": "true when the quotes differ only in punctuation, case or a cut marked with '...'",
    "diff": "the word-level difference: [-removed-] {+added+}",
    "left_text": "the first quote as printed",
    "right_text": "the second quote as printed",
    "left_speaker": "who the first article says spoke",
    "right_speaker": "who the second article says spoke",
    "left_outlet": "the first article's outlet (or id)",
    "right_outlet": "the second article's outlet (or id)",
    "left_article": "the first article's id",
    "right_article": "the second article's id",
}
MIN_WORDS = 4
_WORDS = re.compile(r"[\w’']+|…|\.\.\.")
_STOPWORDS = frozenset(
    "a an the this that these those of to in on at for by with and or but is are was were be been it its we our us "
    "i me my you your he him his she her they them their as so".split()
)


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    return frozenset(str(word).lower().replace("’", "'") for word in load_data("speech.yaml")["negations"])


def words(quote: str) -> list[str]:
    """Lower-case words of a quote, with "…" where the writer cut something."""
    found = [w.replace("’", "'") for w in _WORDS.findall(quote.lower())]
    return ["…" if w in {"…", "..."} else w for w in found]


def align_quotes(articles: list[Article], claims: list[QuoteClaim]) -> list[Comparison]:
    by_id = {article.id: article for article in articles}
    stories: dict[str, list[QuoteClaim]] = defaultdict(list)
    for claim in claims:
        if claim.segment == "main" and len([w for w in words(claim.quote) if w != "…"]) >= MIN_WORDS:
            stories[by_id[claim.article].story or ""].append(claim)
    comparisons = []
    for story in sorted(stories):
        groups = readings(stories[story], _signature)
        for left, right in _candidates(groups):
            comparison = _compare(by_id, story, left, right)
            if comparison is not None:
                comparisons.append(comparison)
    return comparisons


def _signature(claim: QuoteClaim) -> tuple:
    """One reading: the same words given to the same speaker."""
    return (tuple(words(claim.quote)), speaker_key(claim), claim.organisation and fold(claim.organisation), claim.speaker_kind)


def _candidates(groups: list[list[QuoteClaim]]):
    """Pairs of readings spanning two articles and sharing a run of three words (an index, not every pair)."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for number, group in enumerate(groups):
        plain = [w for w in words(group[0].quote) if w != "…"]
        for shingle in {tuple(plain[i : i + 3]) for i in range(len(plain) - 2)}:
            index[shingle].append(number)
    pairs = {pair for members in index.values() for pair in combinations(members, 2)}
    for a, b in sorted(pairs):
        if len({c.article for c in groups[a] + groups[b]}) >= 2:
            yield groups[a], groups[b]


def _compare(by_id: dict[str, Article], story: str, left_group: list, right_group: list) -> Comparison | None:
    left, right = left_group[0], right_group[0]
    change = word_change(left.quote, right.quote)
    if change is None:
        return None
    same, both_named, differ = _speakers(left, right)
    facts = {
        "story": story,
        "similarity": change["similarity"],
        "same_speaker": same,
        "both_named": both_named,
        "speakers_differ": differ,
        "negation_changed": change["negation_changed"],
        "number_changed": change["number_changed"],
        "words_changed": change["words_changed"],
        "trivial": change["trivial"],
        "diff": change["diff"],
        "left_text": left.quote,
        "right_text": right.quote,
        "left_speaker": left.speaker or "an unnamed speaker",
        "right_speaker": right.speaker or "an unnamed speaker",
        "left_outlet": outlets(left_group, by_id),
        "right_outlet": outlets(right_group, by_id),
        "left_article": left.article,
        "right_article": right.article,
    }
    reasons = (
        f"same story '{story or 'default'}'",
        f"the quotes share {change['similarity']:.0%} of their words over the stretch they have in common",
        f"speakers: {facts['left_speaker']} / {facts['right_speaker']}",
    )
    conflict = f"word-level difference: {change['diff']}" if not change["trivial"] else "no difference in wording"
    claims = tuple(left_group + right_group)
    return Comparison(digest("quote", *(c.id for c in claims)), "quote", story, claims, facts, reasons, conflict)


def word_change(left: str, right: str) -> dict | None:
    """How two quotes differ over the stretch they share; None when they share too little."""
    a_all, b_all = words(left), words(right)
    a, b = [w for w in a_all if w != "…"], [w for w in b_all if w != "…"]
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    blocks = [block for block in matcher.get_matching_blocks() if block.size]
    if not blocks:
        return None
    a_lo, a_hi = blocks[0].a, blocks[-1].a + blocks[-1].size
    b_lo, b_hi = blocks[0].b, blocks[-1].b + blocks[-1].size
    if len(a) <= len(b):
        a_lo, a_hi = 0, len(a)
        b_lo, b_hi = _widen(b_lo, b_hi, a_lo - blocks[0].a, len(a) - (blocks[-1].a + blocks[-1].size), len(b))
    else:
        b_lo, b_hi = 0, len(b)
        a_lo, a_hi = _widen(a_lo, a_hi, b_lo - blocks[0].b, len(b) - (blocks[-1].b + blocks[-1].size), len(a))
    region = SequenceMatcher(None, a[a_lo:a_hi], b[b_lo:b_hi], autojunk=False)
    matched = sum(block.size for block in region.get_matching_blocks())
    similarity = round(2 * matched / ((a_hi - a_lo) + (b_hi - b_lo)), 4)
    removed, added, pieces = [], [], []
    cuts = "…" in a_all or "…" in b_all
    for tag, i1, i2, j1, j2 in region.get_opcodes():
        old, new = a[a_lo + i1 : a_lo + i2], b[b_lo + j1 : b_lo + j2]
        if tag == "equal":
            pieces.append(" ".join(old) if len(old) <= 6 else " ".join([*old[:3], "…", *old[-3:]]))
            continue
        if cuts and not (old and new):
            continue
        removed += old
        added += new
        pieces.append(" ".join(filter(None, [f"[-{' '.join(old)}-]" if old else "", f"{{+{' '.join(new)}+}}" if new else ""])))
    negations = _negations()
    content = [w for w in removed + added if w not in _STOPWORDS and not _synonym_pair(w, removed, added)]
    return {
        "similarity": similarity,
        "negation_changed": sorted(w for w in removed if w in negations) != sorted(w for w in added if w in negations),
        "number_changed": sorted(w for w in removed if _is_number(w)) != sorted(w for w in added if _is_number(w)),
        "words_changed": len(content),
        "trivial": not content and not (set(removed) | set(added)) & negations,
        "diff": " ".join(pieces),
    }


def _widen(lo: int, hi: int, before: int, after: int, size: int) -> tuple[int, int]:
    """Stretch the longer quote's window by the shorter one's unmatched ends, so swapped words at
    the edges are compared rather than cut off."""
    return max(0, lo - max(0, before)), min(size, hi + max(0, after))


def _synonym_pair(word: str, removed: list[str], added: list[str]) -> bool:
    """A word swapped for its synonym or another form of itself ("said"/"says") is no change."""
    words_ = lexicon()
    other_side = added if word in removed else removed
    canonical = words_.verbs.get(word) or words_.nouns.get(word)
    for other in other_side:
        if other[:4] == word[:4] and min(len(other), len(word)) >= 4:
            return True
        if canonical and canonical == (words_.verbs.get(other) or words_.nouns.get(other)):
            return True
    return False


def _is_number(word: str) -> bool:
    return any(ch.isdigit() for ch in word) or word in {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand", "million", "billion",
    }


def speaker_key(claim: QuoteClaim) -> str | None:
    return fold(claim.speaker.split()[-1]) if claim.speaker_kind == "named" and claim.speaker else None


def _speakers(left: QuoteClaim, right: QuoteClaim) -> tuple[bool, bool, bool]:
    """(same speaker, both named, named speakers differ); an unnamed speaker of the named one's
    organisation is the same speaker."""
    left_key, right_key = speaker_key(left), speaker_key(right)
    both_named = left_key is not None and right_key is not None
    if both_named:
        return left_key == right_key, True, left_key != right_key
    organisations = {fold(o) for o in (left.organisation, right.organisation) if o}
    same = len(organisations) == 1 and all(c.organisation for c in (left, right))
    return same, False, False
