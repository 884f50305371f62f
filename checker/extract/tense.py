"""Whether a clause tells of something ahead (a modal, a schedule, a plan) or done (a past or
perfect tense), read from spaCy's tags, scope.yaml's scheduling verbs and WordNet's verbs of
intention (event_kinds.yaml `intention_verbs`).

A figure planned ("aims to vaccinate 14.6 lakh children") and a figure reached ("have vaccinated
9.2 lakh children") are two facts about one campaign, not one fact told twice.
"""

from __future__ import annotations

from spacy.tokens import Token

from checker.extract.speech import is_speech_verb
from checker.model import AHEAD, DONE
from checker.resources import data_cache, load_data


@data_cache(maxsize=1)
def schedule_words() -> dict[str, frozenset[str]]:
    """scope.yaml's scheduling verbs and condition marks, lower-cased."""
    data = load_data("scope.yaml")
    return {key: frozenset(str(w).lower() for w in data[key]) for key in ("scheduling_verbs", "conditions")}


@data_cache(maxsize=1)
def _looking_ahead() -> frozenset[str]:
    """scope.yaml's scheduling verbs and WordNet's verbs of meaning or wanting to do something
    ("hope", "seek", "aim"; event_kinds.yaml `intention_verbs`)."""
    return schedule_words()["scheduling_verbs"] | frozenset(str(w) for w in load_data("event_kinds.yaml")["intention_verbs"])


def planned(verb: Token) -> bool:
    """ "will cut", "the vote scheduled for Thursday", "aims to vaccinate", "hoped to recover",
    "would advise councils to open": a modal, a scheduling participle, or what a scheduling verb,
    a verb of intention or a planned clause leads to."""
    scheduling = _looking_ahead()
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return True
    if verb.lemma_.lower() in scheduling and verb.tag_ == "VBN":
        return True
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return False
    governor = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    return bool(_stems(verb.head) & scheduling) or (governor.i != verb.i and governor.pos_ in {"VERB", "AUX"} and planned(governor))


def _stems(verb: Token) -> set[str]:
    """The verb's lemma and, for a regular inflection, the stems it may come from: the tagger's
    lemma of "hoped" is "hop"."""
    word, stems = verb.lower_, {verb.lemma_.lower()}
    for suffix in ("ed", "es", "s", "ing", "d"):
        if verb.tag_ in {"VBD", "VBN", "VBZ", "VBG"} and word.endswith(suffix) and len(word) > len(suffix) + 2:
            stems |= {word[: -len(suffix)], word[: -len(suffix)] + "e"}
    return stems


def outlook(verb: Token) -> str | None:
    """AHEAD for a planned clause; DONE for a past or perfect one ("vaccinated", "have died",
    "were hit"); None for the present, a copula and a verb of telling, whose past says when it
    was told rather than when the thing happened ("announced 12,400 job cuts")."""
    if planned(verb):
        return AHEAD
    if verb.lemma_.lower() == "be" or is_speech_verb(verb):
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD" or any(a.lemma_.lower() == "have" or a.tag_ == "VBD" for a in auxiliaries):
        return DONE
    return None
