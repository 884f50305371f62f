"""Speech verbs: the verbs that attribute words to a speaker, derived from data
(rules/data/attribution.yaml, see benchmarks/derive_attribution.py), shared by every component
that asks "did someone say this?"."""

from __future__ import annotations

from spacy.tokens import Token

from checker.resources import data_cache, load_data


@data_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Lemmas, with a particle for phrasal verbs ("go on", "point out")."""
    return frozenset(str(verb).lower() for verb in load_data("attribution.yaml")["verbs"])


@data_cache(maxsize=1)
def speaking_nouns() -> frozenset[str]:
    """Common nouns that can be a quote's speaker: WordNet's people, bodies and texts
    (noun_classes.yaml) and the nouns heading sources in annotated news (attribution.yaml)."""
    classes = load_data("noun_classes.yaml")
    observed = load_data("attribution.yaml")["source_nouns"]
    return frozenset(classes["agents"]) | frozenset(classes["texts"]) | frozenset(str(n) for n in observed)


def phrasal_particle(token: Token) -> str | None:
    """The particle of a phrasal verb: one the parser marks as such ("pointed out"), or an adverb
    right after the verb, which is how it often reads "shot back" or "fired back"."""
    for child in token.children:
        if child.dep_ == "prt" or (child.dep_ == "advmod" and child.i == token.i + 1 and child.is_alpha and child.is_lower):
            return child.lower_
    return None


def verb_lemma(token: Token) -> str:
    """A verb as the lexicons know it: with its particle when the parser marks one ("called off"),
    or when an adverb right after it makes a phrasal verb WordNet knows ("walked out"), or with a
    bare object or adjective WordNet reads as part of the verb ("gave way", "found guilty"); "rose
    sharply" stays "rise"."""
    lemma = token.lemma_.lower()
    particle = phrasal_particle(token)
    phrasal = f"{lemma} {particle}" if particle else None
    if phrasal and (any(c.dep_ == "prt" for c in token.children) or phrasal in _phrasal_verbs()):
        return phrasal
    # "gave way", "took effect", "took office": a verb and a bare noun WordNet knows as one verb;
    # "was found guilty": a verb and the adjective WordNet glosses a verb with ("convict").
    idioms = [
        f"{lemma} {c.lower_}"
        for c in token.children
        if ((c.dep_ == "dobj" and c.pos_ == "NOUN") or (c.dep_ in {"oprd", "acomp"} and c.pos_ == "ADJ")) and not any(c.children)
    ]
    return next((idiom for idiom in idioms if idiom in _phrasal_verbs()), lemma)


@data_cache(maxsize=1)
def _phrasal_verbs() -> frozenset[str]:
    """Phrasal verbs WordNet knows (rules/data/event_kinds.yaml)."""
    return frozenset(str(word) for word in load_data("event_kinds.yaml")["senses"] if " " in str(word))


def is_speech_verb(token: Token) -> bool:
    """A verb that attributes words: "said", "tweeted", "went on", "pointed out"."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_.lower()
    particle = phrasal_particle(token)
    verbs = speech_verbs()
    return (particle is not None and f"{lemma} {particle}" in verbs) or lemma in verbs
