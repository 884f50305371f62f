"""Grouping claims that read the same, so work grows with distinct readings, not article pairs.

Ten articles giving "30,000 European troops" and two giving "fewer than 30,000 European
servicemen" are two readings: one comparison, one finding citing all twelve articles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations
from typing import Callable, Hashable, Iterable, TypeVar

from checker.model import Article, Claim

C = TypeVar("C", bound=Claim)


def readings(claims: Iterable[C], signature: Callable[[C], Hashable]) -> list[list[C]]:
    """Claims with the same signature, each group in text order, groups in order of first claim."""
    groups: dict[Hashable, list[C]] = defaultdict(list)
    for claim in claims:
        groups[signature(claim)].append(claim)
    ordered = [sorted(group, key=lambda c: (c.article, c.start)) for group in groups.values()]
    return sorted(ordered, key=lambda group: (group[0].article, group[0].start))


def reading_pairs(groups: list[list[C]]):
    """Pairs of readings that span at least two articles (an article is not checked against itself)."""
    for left, right in combinations(groups, 2):
        if len({c.article for c in left} | {c.article for c in right}) >= 2:
            yield left, right


def outlets(group: list[Claim], by_id: dict[str, Article]) -> str:
    """ "The Harbour Gazette", "A and B", "A, B and 3 others"."""
    names = list(dict.fromkeys(by_id[claim.article].label for claim in group))
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    return f"{names[0]}, {names[1]} and {len(names) - 2} other{'s' if len(names) > 3 else ''}"


def story_reasons(story: str) -> tuple[str, ...]:
    """Why two claims met: their story, when the articles name one (all of them unnamed are one
    story, not worth saying)."""
    return (f"same story '{story}'",) if story else ()


def lowercase_words(articles: list[Article]) -> dict[str, set[str]]:
    """Per story, the words its articles write in lower case somewhere."""
    words: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        words[article.story or ""].update(re.findall(r"[a-z][a-z'-]+", article.text))
    return words


def names_in_story(names: tuple[str, ...], common: set[str]) -> tuple[str, ...]:
    """The names that are names in this story: a capitalised word its articles also write in
    lower case ("Police" opening a sentence, "Turnout") is not one."""
    return tuple(n for n in names if " " in n or n.lower() not in common)
