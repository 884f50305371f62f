"""Synonym sets and identifiers shared by every aligner."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from checker.resources import data_cache, load_data


@dataclass(frozen=True)
class Lexicon:
    """Synonym sets from rules/data/synonyms.yaml, each word mapped to its set's first word;
    WordNet's nouns for one thing (noun_classes.yaml `same_thing`) where the sets are silent, and
    its nouns for acts (`acts`)."""

    nouns: dict[str, str]
    modifiers: dict[str, str]
    verbs: dict[str, str]
    contextual_nouns: tuple[tuple[frozenset[str], str, str], ...]
    part_of: frozenset[str]
    same_thing: dict[str, str]
    acts: dict[str, str]
    """Nouns for an act or state, with the verb WordNet derives them from ("detention": "detain")."""

    def noun(self, head: str, predicate: str | None, modifier: str | None = None) -> str:
        """A noun's set; some sets hold only in context ("workers" are "jobs" when cut); a
        compound WordNet knows ("net income") is read whole."""
        verb = self.verbs.get(predicate or "", predicate)
        for words, canonical, when_verb in self.contextual_nouns:
            if head in words and verb == self.verbs.get(when_verb, when_verb):
                return canonical
        if self.is_compound(modifier, head):
            return self.same_thing[f"{modifier} {head}"]
        word = self.nouns.get(head, head)
        return self.same_thing.get(word, word)

    def is_compound(self, modifier: str | None, head: str) -> bool:
        """ "net income": a modifier and head that WordNet knows as one noun."""
        return modifier is not None and f"{modifier} {head}" in self.same_thing


@data_cache(maxsize=1)
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
    classes = load_data("noun_classes.yaml")
    same_thing = canon(classes.get("same_thing", []))
    acts = {str(noun): str(verb) for noun, verb in classes.get("acts", {}).items()}
    return Lexicon(canon(plain), canon(data["modifiers"]), canon(data["verbs"]), contextual, part_of, same_thing, acts)


def digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:12]
