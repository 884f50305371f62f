"""Synonym sets and identifiers shared by every aligner."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from checker.resources import load_data


@dataclass(frozen=True)
class Lexicon:
    """Synonym sets from rules/data/synonyms.yaml, each word mapped to its set's first word."""

    nouns: dict[str, str]
    modifiers: dict[str, str]
    verbs: dict[str, str]
    contextual_nouns: tuple[tuple[frozenset[str], str, str], ...]
    part_of: frozenset[str]

    def noun(self, head: str, predicate: str | None) -> str:
        """A noun's set; some sets hold only in context ("workers" are "jobs" when cut)."""
        verb = self.verbs.get(predicate or "", predicate)
        for words, canonical, when_verb in self.contextual_nouns:
            if head in words and verb == self.verbs.get(when_verb, when_verb):
                return canonical
        return self.nouns.get(head, head)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load_data("synonyms.yaml")

    def canon(groups) -> dict[str, str]:
        return {str(word).lower(): str(group[0]).lower() for group in groups for word in group}

    plain = [group for group in data["nouns"] if isinstance(group, list)]
    contextual = tuple(
        (frozenset(str(w).lower() for w in group["words"]), str(group["words"][0]).lower(), str(group["when_verb"]).lower())
        for group in data["nouns"]
        if isinstance(group, dict)
    )
    part_of = frozenset(str(word).lower() for word in data["part_of"])
    return Lexicon(canon(plain), canon(data["modifiers"]), canon(data["verbs"]), contextual, part_of)


def digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:12]
