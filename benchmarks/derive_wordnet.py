"""Derive noun classes from WordNet 3.0 into rules/data/noun_classes.yaml.

crosscheck needs to know which nouns can say something: people and bodies ("the senator", "the
committee", "critics") and texts ("the letter", "the report", "the statement"). WordNet's
lexicographer files give that for every English noun, so the list is derived, not typed: a noun
is an agent when one of its three most frequent senses is in noun.person or noun.group, and a
text when its most frequent sense is in noun.communication. Users need nothing extra: the derived
file ships with crosscheck, under WordNet's licence.

    NLTK_DATA=<dir> python benchmarks/derive_wordnet.py

Needs nltk and WordNet 3.0 in an NLTK_DATA folder (see docs/lexicon.md).
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "rules" / "data" / "noun_classes.yaml"
STANCE_OUTPUT = ROOT / "rules" / "data" / "stance_verbs.yaml"
EVENT_OUTPUT = ROOT / "rules" / "data" / "event_kinds.yaml"
KINDS_OUTPUT = ROOT / "rules" / "data" / "noun_kinds.yaml"
KIND_SENSES_LOOKED_AT = 2
# Nouns of these kinds are kept even when WordNet's tagged texts never use them ("firefighter",
# "influenza"); other nouns are kept only when used there, which keeps the file small.
KIND_FILES = {"noun.person", "noun.animal", "noun.state", "noun.group"}
KINDS_HEADER = """\
# What nouns are kinds of, derived by benchmarks/derive_wordnet.py from WordNet 3.0 — do not edit
# by hand, run it again. senses: each noun's {senses} most frequent senses; parents: what each of
# those senses, and each sense above them, is a kind of (its hypernyms). "influenza" is a kind of
# "disease": a noun one of whose senses has the other's most frequent sense at most
# thresholds.yaml alignment.nouns.kind_depth steps above it may name the same thing.
# Kept: nouns WordNet's sense-tagged texts use in one of those senses, and every noun whose most
# frequent sense is a person, an animal, a state (a disease) or a group, used or not.
# Schema: {{senses: {{noun: "synset synset"}}, parents: {{synset: "synset ..."}}}}
"""
EVENT_SENSES_LOOKED_AT = 2
EVENT_WIDER_SENSES_LOOKED_AT = 5
SPECIFIC_KIND_AT_MOST = 40
EVENT_HEADER = """\
# Event words and the WordNet senses that tell which of them name one kind of event, derived by
# benchmarks/derive_wordnet.py from WordNet 3.0 — do not edit by hand, run it again.
# Each word (a verb, a phrasal verb, or a noun that names a happening) lists its {senses} most
# frequent senses, a noun also the senses of the verbs it is made from ("resignation" -> resign),
# and, marked ^, the sense each of those is a kind of, or causes ("kill" causes "die": what was
# killed died). Two words name one kind of event when they
# share a sense ("walk out" and "strike", "cave in" and "collapse"), or one word's sense is what
# the other's is a kind of ("walkout" is a kind of "strike"); sharing only what they are kinds of
# is not enough.
# Marked +, a word's less frequent senses up to the {wider}th, and marked +^ what those are kinds
# of: "storm" in "stormed the museum" is only its fifth sense, a kind of "attack". specific_kinds
# are senses with at most {specific} kinds below them in all; two words whose frequent senses are
# both kinds of one of them ("unveil" and "present", ways of showing) are distantly related. A distant relation is
# weaker evidence: it counts only with a named participant or place in common.
# called_off: the verbs of the senses in called_off_senses, which call a planned event off or move
# it ("cancel", "call off", "postpone", "put off", "reschedule"): "next Tuesday's launch was called
# off" dates the launch that will not happen, not the one that will.
# intention_verbs: verbs one of whose {senses} most frequent senses is, or is a kind of, a sense
# in intention_senses (meaning to do something, wanting it): "aims to vaccinate 14.6 lakh",
# "hoped to recover 80 per cent" tell a goal, not what was done.
# Only words related in one of these ways to another word are listed.
# Each word's senses are one line, separated by spaces, so the file loads fast on every run.
# Schema: {{senses: {{word: "synset ^synset +synset +^synset ..."}}, specific_kinds: [synset, ...],
#   called_off: [verb, ...], called_off_senses: [synset, ...], intention_verbs: [verb, ...],
#   intention_senses: [synset, ...]}}
"""
STANCE_SENSES = {
    # The senses of taking a side on a proposal; every verb WordNet puts in one of them is read
    # as that side ("turn down" is in refuse.v.02 with "reject" and "decline"). Finding fault
    # with a proposal, mildly or harshly ("criticised the strike", "blasted the ban"), takes the
    # side against it.
    "accept": ["accept.v.03", "approve.v.01", "back.v.01", "second.v.01", "espouse.v.03"],
    "reject": [
        "refuse.v.02",
        "reject.v.04",
        "reject.v.06",
        "rebuff.v.01",
        "disapprove.v.02",
        "oppose.v.01",
        "veto.v.01",
        "object.v.01",
        "object.v.02",
        "knock.v.06",
        "savage.v.02",
        "condemn.v.01",
    ],
}
CALLED_OFF_SENSES = ["cancel.v.01", "postpone.v.01", "reschedule.v.01"]
INTENTION_SENSES = ["intend.v.01", "desire.v.01"]
STANCE_HEADER = """\
# Verbs that take a side on a proposal, derived by benchmarks/derive_wordnet.py from WordNet 3.0
# — do not edit by hand, run it again. Each side is every verb of the WordNet senses named below
# (phrasal verbs with their particle, "turn down"); rules/data/stances.yaml adds phrases and
# adjectives. Schema: {{accept: [verb, ...], reject: [verb, ...], senses: {{accept: [synset, ...], reject: [...]}}}}
"""
AGENT_FILES = {"noun.person", "noun.group"}
EVENT_FILES = {"noun.event", "noun.phenomenon"}
HAPPENING_FILES = {"noun.event", "noun.phenomenon", "noun.act"}
TEXT_FILES = {"noun.communication"}
SITE_FILES = {"noun.artifact", "noun.location", "noun.object"}
COUNTED_FILES = {"noun.possession", "noun.person", "noun.group", "noun.artifact", "noun.act", "noun.event", "noun.quantity"}
SENSES_LOOKED_AT = 3
ACT_FILES = {"noun.act", "noun.event", "noun.state"}
CONCRETE_FILES = {
    "noun.person",
    "noun.group",
    "noun.artifact",
    "noun.object",
    "noun.substance",
    "noun.body",
    "noun.animal",
    "noun.plant",
    "noun.food",
    "noun.location",
    "noun.shape",
}
LICENCE = """\
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy,
# modify and distribute this software and database and its documentation for any purpose and
# without fee or royalty is hereby granted, provided that the copyright notice and these statements
# appear on all copies: THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES
# NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or Princeton
# may not be used in advertising or publicity pertaining to distribution of the software and/or
# database. See https://wordnet.princeton.edu/license-and-commercial-use.
"""
HEADER = """\
# Noun classes: which nouns name someone or something that can say things.
# Derived by benchmarks/derive_wordnet.py from WordNet 3.0 — do not edit by hand, run it again.
# agents: one of the noun's {senses} most frequent senses is a person or a group (noun.person,
#   noun.group): "senator", "critic", "committee", "police".
# groups: agents whose most frequent sense is a group (noun.group): "network", "committee",
#   "party" — never a "he" or a "she".
# persons: agents whose most frequent sense is a person (noun.person): "director", "miner" —
#   not "satellite", a person only in its third sense.
# sites: nouns whose most frequent sense is a structure, a place or a natural object
#   (noun.artifact, noun.location, noun.object): "weir", "bridge", "station", "moor" — the last
#   word of a name that is a place, whatever the recogniser calls it ("at Hallam Weir").
# texts: the noun's most frequent sense is a communication (noun.communication): "letter",
#   "report", "statement", "editorial".
# events: the noun names a happening — its most frequent sense is an event or a phenomenon
#   (noun.event, noun.phenomenon: "avalanche", "earthquake", "storm"), or its (up to) two most frequent
#   senses are acts or events ("raid", "strike", "shooting", "arson"). Two mentions of a story whose
#   clauses share such a noun ("the avalanche swept ...", "the avalanche killed ...") can be one
#   event.
# verb_nouns: nouns, not among events, made from a verb spelt otherwise that name no thing,
#   person or group ("resignation" from resign, "decision" from decide; not "building", whose
#   first sense is a thing). "The resignation on 12 September" dates the act of resigning, but the
#   noun is as vague as its verb: it does not name one happening the way "avalanche" does.
# same_thing: nouns whose most frequent senses are one synset, so a figure for one is a figure for
#   the other ("profit", "earnings", "net income"); only nouns for things news counts or prices
#   (people, groups, possessions, artefacts, acts, events, quantities), single words or two-word
#   compounds written with a space. Each group's first word stands for the group.
# acts: nouns for an act, event or state done to or undergone by someone, with the one verb
#   WordNet derives them from in a frequent sense ("detention": "detain", "death": "die"): "12
#   detentions" counts what "12 people were detained" counts. The noun's most frequent sense is
#   an act, event or state (noun.act, noun.event, noun.state) and the verb sense is one of its
#   verb's {senses} most frequent.
# code_words: the currency codes of units.txt that are English words in lower case ("try",
#   "cad"): after a number, "20 usd" is money, "2 try" is not.
# Schema: {{agents: [noun, ...], groups: [noun, ...], persons: [noun, ...], sites: [noun, ...], texts: [noun, ...], events: [noun, ...],
#   same_thing: [[noun, ...], ...], acts: {{noun: verb, ...}}, code_words: [word, ...]}},
#   lower-case, sorted.
"""


def classes() -> tuple[list[str], list[str], list[str], list[str], list[str], list[str]]:
    from nltk.corpus import wordnet

    agents, groups, persons, sites, texts, events = [], [], [], [], [], []
    for lemma in sorted(set(wordnet.all_lemma_names(pos=wordnet.NOUN))):
        if not lemma.isalpha() or not lemma.islower():
            continue
        senses = wordnet.synsets(lemma, pos=wordnet.NOUN)
        if any(s.lexname() in AGENT_FILES for s in senses[:SENSES_LOOKED_AT]):
            agents.append(lemma)
            if senses[0].lexname() == "noun.group":
                groups.append(lemma)
            elif senses[0].lexname() == "noun.person":
                persons.append(lemma)
        elif senses and senses[0].lexname() in TEXT_FILES:
            texts.append(lemma)
        if senses and senses[0].lexname() in SITE_FILES:
            sites.append(lemma)
        if senses and (senses[0].lexname() in EVENT_FILES or all(s.lexname() in HAPPENING_FILES for s in senses[:2])):
            events.append(lemma)
    return agents, groups, persons, sites, texts, events


def verb_nouns(events: list[str]) -> list[str]:
    """Nouns made from a verb that are not already event nouns (see nominal_verbs)."""
    from nltk.corpus import wordnet

    known = set(events)
    return [
        lemma
        for lemma in sorted(set(wordnet.all_lemma_names(pos=wordnet.NOUN)))
        if lemma.isalpha() and lemma.islower() and lemma not in known and nominal_verbs(lemma)
    ]


def nominal_verbs(noun: str) -> list:
    """The verb senses a noun is made from, when it is a verb's noun spelt otherwise that names no
    thing, person or group ("resignation" from resign); none otherwise ("building", "founder")."""
    from nltk.corpus import wordnet

    senses = wordnet.synsets(noun, pos=wordnet.NOUN)[:SENSES_LOOKED_AT]
    if not senses or senses[0].lexname() in CONCRETE_FILES:
        return []
    return [
        related.synset()
        for sense in senses
        if sense.lexname() not in CONCRETE_FILES
        for lemma in sense.lemmas()
        if lemma.name() == noun
        for related in lemma.derivationally_related_forms()
        if related.synset().pos() == "v" and related.name() != noun
    ]


def code_words() -> list[str]:
    """Currency codes that WordNet knows as English words, in lower case."""
    import re

    from nltk.corpus import wordnet

    text = (ROOT / "rules" / "data" / "units.txt").read_text(encoding="utf-8")
    codes = sorted(set(re.findall(r"^([A-Z]{3}) = \[currency_", text, flags=re.MULTILINE)))
    return [code.lower() for code in codes if wordnet.synsets(code.lower())]


def same_thing() -> list[list[str]]:
    """Groups of nouns whose first sense is one shared synset."""
    from nltk.corpus import wordnet

    groups: dict[str, set[str]] = {}
    for synset in wordnet.all_synsets(pos=wordnet.NOUN):
        if synset.lexname() not in COUNTED_FILES:
            continue
        for lemma in synset.lemma_names():
            parts = lemma.split("_")
            if len(parts) > 2 or not all(p.isalpha() and p.islower() for p in parts):
                continue
            senses = wordnet.synsets(lemma, pos=wordnet.NOUN)
            if senses and senses[0] == synset:
                groups.setdefault(synset.name(), set()).add(" ".join(parts))
    return sorted(sorted(words, key=lambda w: (" " in w, w)) for words in groups.values() if len(words) > 1)


def noun_kinds() -> dict[str, dict[str, str]]:
    """Common nouns' frequent senses and, for every sense reachable above them, its hypernyms."""
    from nltk.corpus import wordnet

    senses: dict[str, str] = {}
    parents: dict[str, str] = {}
    for lemma in sorted(set(wordnet.all_lemma_names(pos=wordnet.NOUN))):
        if not lemma.isalpha() or not lemma.islower():
            continue
        synsets = wordnet.synsets(lemma, pos=wordnet.NOUN)
        kept = synsets[:KIND_SENSES_LOOKED_AT]
        if not kept or not (
            any(name.count() > 0 for synset in kept for name in synset.lemmas() if name.name().lower() == lemma) or kept[0].lexname() in KIND_FILES
        ):
            continue
        senses[lemma] = " ".join(synset.name() for synset in kept)
        for synset in kept:
            for node in (synset, *synset.closure(lambda s: s.hypernyms() + s.instance_hypernyms())):
                above = node.hypernyms() + node.instance_hypernyms()
                if above:
                    parents[node.name()] = " ".join(sorted(h.name() for h in above))
    return {"senses": senses, "parents": dict(sorted(parents.items()))}


def acts() -> dict[str, str]:
    """Nouns for acts or states, each with the one verb WordNet derives it from."""
    from nltk.corpus import wordnet

    found = {}
    for lemma in sorted(set(wordnet.all_lemma_names(pos=wordnet.NOUN))):
        if not lemma.isalpha() or not lemma.islower():
            continue
        senses = wordnet.synsets(lemma, pos=wordnet.NOUN)
        if not senses or senses[0].lexname() not in ACT_FILES:
            continue
        verbs = {
            form.name().replace("_", " ")
            for own in senses[0].lemmas()
            if own.name() == lemma
            for form in own.derivationally_related_forms()
            if form.synset().pos() == wordnet.VERB and form.synset() in wordnet.synsets(form.name(), pos=wordnet.VERB)[:SENSES_LOOKED_AT]
        }
        if len(verbs) == 1:
            found[lemma] = verbs.pop()
    return found


def stance_verbs() -> dict[str, list[str]]:
    from nltk.corpus import wordnet

    sides = {}
    for side, senses in STANCE_SENSES.items():
        words = {
            lemma.replace("_", " ").lower()
            for sense in senses
            for lemma in wordnet.synset(sense).lemma_names()
            if all(part.isalpha() for part in lemma.split("_"))
        }
        sides[side] = sorted(words)
    shared = set(sides["accept"]) & set(sides["reject"])
    return {side: [w for w in words if w not in shared] for side, words in sides.items()}


def called_off() -> list[str]:
    """The verbs of CALLED_OFF_SENSES, phrasal verbs with their particle ("call off")."""
    from nltk.corpus import wordnet

    return sorted({lemma.replace("_", " ").lower() for sense in CALLED_OFF_SENSES for lemma in wordnet.synset(sense).lemma_names()})


def intention_verbs() -> list[str]:
    """Single-word verbs whose most frequent senses are, or are kinds of, INTENTION_SENSES."""
    from nltk.corpus import wordnet

    roots = {wordnet.synset(name) for name in INTENTION_SENSES}
    return [
        lemma
        for lemma in sorted(set(wordnet.all_lemma_names(pos=wordnet.VERB)))
        if lemma.isalpha()
        and any(
            sense in roots or roots & set(sense.closure(lambda s: s.hypernyms())) for sense in wordnet.synsets(lemma, pos=wordnet.VERB)[:EVENT_SENSES_LOOKED_AT]
        )
    ]


def event_senses() -> tuple[dict[str, list[str]], list[str]]:
    """Each event word's senses and, marked ^, what those are kinds of; marked + and +^ the same
    for its less frequent senses. Only words related to another word, closely or distantly, are
    kept. Also the kinds specific enough that two words under one are distantly related."""
    from nltk.corpus import wordnet

    *_, event_nouns = classes()
    found: dict[str, tuple[set[str], set[str], set[str], set[str]]] = {}

    def record(word: str, senses, wider) -> None:
        own = {sense.name() for sense in senses}
        kinds = {above.name() for sense in senses for above in sense.hypernyms() + sense.causes()}
        more = {sense.name() for sense in wider} - own
        more_kinds = {above.name() for sense in wider for above in sense.hypernyms() + sense.causes()} - kinds
        found[word] = (own, kinds, more, more_kinds)

    def made_from(noun: str, senses) -> list:
        return [
            related.synset()
            for sense in senses
            for lemma in sense.lemmas()
            if lemma.name() == noun
            for related in lemma.derivationally_related_forms()
            if related.synset().pos() == "v"
        ]

    for lemma in sorted(set(wordnet.all_lemma_names(pos=wordnet.VERB))):
        parts = lemma.split("_")
        if len(parts) <= 2 and all(p.isalpha() and p.islower() for p in parts):
            senses = wordnet.synsets(lemma, pos=wordnet.VERB)
            record(" ".join(parts), senses[:EVENT_SENSES_LOOKED_AT], senses[:EVENT_WIDER_SENSES_LOOKED_AT])
    for phrase, sense in verb_adjective_phrases():
        if phrase not in found:
            record(phrase, [sense], [sense])
    for noun in event_nouns + verb_nouns(event_nouns):
        senses = [s for s in wordnet.synsets(noun, pos=wordnet.NOUN)[:EVENT_WIDER_SENSES_LOOKED_AT] if s.lexname() in HAPPENING_FILES]
        frequent = [s for s in senses if s in wordnet.synsets(noun, pos=wordnet.NOUN)[:EVENT_SENSES_LOOKED_AT]]
        verbs = nominal_verbs(noun)
        record(noun, frequent + made_from(noun, frequent) + verbs, senses + made_from(noun, senses) + verbs)
    specific = set()
    kind_counts: dict[str, int] = {}
    for _, kinds, _, _ in found.values():
        for kind in kinds:
            kind_counts[kind] = kind_counts.get(kind, 0) + 1
    for kind, count in kind_counts.items():
        synset = wordnet.synset(kind)
        if count > 1 and len(set(synset.closure(lambda s: s.hyponyms()))) <= SPECIFIC_KIND_AT_MOST:
            specific.add(kind)
    owners: dict[str, set[str]] = {}
    for word, (own, _, more, _) in found.items():
        for sense in own | more:
            owners.setdefault(sense, set()).add(word)
    sharing: dict[str, set[str]] = {}
    for word, (_, kinds, _, _) in found.items():
        for kind in kinds & specific:
            sharing.setdefault(kind, set()).add(word)
    kept = {}
    for word, (own, kinds, more, more_kinds) in sorted(found.items()):
        senses = own | more
        related = (
            any(owners[sense] - {word} for sense in senses)
            or any(owners.get(kind, set()) - {word} for kind in kinds | more_kinds)
            or any(sharing[kind] - {word} for kind in kinds & specific)
        )
        if related:
            kept[word] = sorted(own) + sorted(f"^{k}" for k in kinds) + sorted(f"+{m}" for m in more) + sorted(f"+^{k}" for k in more_kinds)
    # A word whose sense others are kinds of ("strike" for "walkout") is related too.
    kinds_named = {kind for _, kinds, _, more_kinds in found.values() for kind in kinds | more_kinds}
    for word, (own, kinds, more, more_kinds) in sorted(found.items()):
        if word not in kept and (own | more) & kinds_named:
            kept[word] = sorted(own) + sorted(f"^{k}" for k in kinds) + sorted(f"+{m}" for m in more) + sorted(f"+^{k}" for k in more_kinds)
    used = {s.lstrip("+^") for marked in kept.values() for s in marked}
    return dict(sorted(kept.items())), sorted(specific & used)


def verb_adjective_phrases() -> list[tuple[str, object]]:
    """A verb and an adjective WordNet glosses a verb sense with ("convict": "find or declare
    guilty"): "found guilty" names that sense as the one word does."""
    import re

    from nltk.corpus import wordnet

    found = []
    for sense in wordnet.all_synsets(pos=wordnet.VERB):
        gloss = re.fullmatch(r"([a-z]+)(?: or ([a-z]+))? ([a-z]+)", sense.definition().split(";")[0].strip())
        if gloss is None:
            continue
        verbs = [word for word in gloss.group(1, 2) if word]
        adjective = gloss.group(3)
        if (
            all(wordnet.synsets(word, pos=wordnet.VERB) for word in verbs)
            and wordnet.synsets(adjective, pos=wordnet.ADJ)
            and not wordnet.synsets(adjective, pos=wordnet.NOUN)
        ):
            found += [(f"{wordnet.morphy(word, wordnet.VERB) or word} {adjective}", sense) for word in verbs]
    return sorted(found, key=lambda item: (item[0], item[1].name()))


def _flow(words: list[str]) -> str:
    """A list of words as JSON, wrapped at 100 characters."""
    lines, line = [], "  "
    for word in map(json.dumps, words):
        if len(line) + len(word) + 2 > 100:
            lines.append(line.rstrip())
            line = "  "
        line += word + ", "
    lines.append(line.rstrip().rstrip(","))
    return "\n".join(lines)


def derived_text(header: str, data: dict) -> str:
    """A derived data file: its comment header, then its content as JSON laid out for reading and
    diffing. JSON is YAML too, so the file is read like any other, but crosscheck's loader parses
    it as JSON, which is many times faster on files this large."""
    parts = []
    for key, value in data.items():
        if isinstance(value, dict):
            inner = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in value.items())
            parts.append(f"{json.dumps(key)}: {{\n{inner}\n}}")
        elif value and all(isinstance(v, list) for v in value):
            inner = ",\n".join(f"  {json.dumps(v)}" for v in value)
            parts.append(f"{json.dumps(key)}: [\n{inner}\n]")
        else:
            parts.append(f"{json.dumps(key)}: [\n{_flow(value)}\n]")
    return header + "{\n" + ",\n".join(parts) + "\n}\n"


def main() -> None:
    agents, bodies, persons, sites, texts, events = classes()
    nouns = {
        "agents": agents,
        "groups": bodies,
        "persons": persons,
        "sites": sites,
        "texts": texts,
        "events": events,
        "verb_nouns": verb_nouns(events),
        "same_thing": same_thing(),
        "acts": acts(),
        "code_words": code_words(),
    }
    OUTPUT.write_text(derived_text(HEADER.format(senses=SENSES_LOOKED_AT) + LICENCE, nouns), encoding="utf-8")
    sides = stance_verbs()
    STANCE_OUTPUT.write_text(derived_text(STANCE_HEADER + LICENCE, {**sides, "senses": STANCE_SENSES}), encoding="utf-8")
    kinds, specific = event_senses()
    senses = {word: " ".join(marked) for word, marked in kinds.items()}
    header = EVENT_HEADER.format(senses=EVENT_SENSES_LOOKED_AT, wider=EVENT_WIDER_SENSES_LOOKED_AT, specific=SPECIFIC_KIND_AT_MOST)
    EVENT_OUTPUT.write_text(
        derived_text(
            header + LICENCE,
            {
                "senses": senses,
                "specific_kinds": specific,
                "called_off": called_off(),
                "called_off_senses": CALLED_OFF_SENSES,
                "intention_verbs": intention_verbs(),
                "intention_senses": INTENTION_SENSES,
            },
        ),
        encoding="utf-8",
    )
    print(f"wrote {EVENT_OUTPUT.relative_to(ROOT)}: {len(kinds)} event words")
    noun_tree = noun_kinds()
    KINDS_OUTPUT.write_text(derived_text(KINDS_HEADER.format(senses=KIND_SENSES_LOOKED_AT) + LICENCE, noun_tree), encoding="utf-8")
    print(f"wrote {KINDS_OUTPUT.relative_to(ROOT)}: {len(noun_tree['senses'])} nouns, {len(noun_tree['parents'])} senses with parents")
    print(f"wrote {STANCE_OUTPUT.relative_to(ROOT)}: {len(sides['accept'])} accepting and {len(sides['reject'])} rejecting verbs")
    print(
        f"wrote {OUTPUT.relative_to(ROOT)}: {len(agents)} agents ({len(bodies)} groups), {len(texts)} texts, {len(events)} events, {len(nouns['same_thing'])} same-thing groups, {len(nouns['acts'])} acts"
    )


if __name__ == "__main__":
    main()
