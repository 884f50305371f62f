"""Derive how news attributes words (rules/data/attribution.yaml) from data, not a hand list.

The verbs are those annotators marked as attribution cues in PolNeAR's training split (said,
told, wrote, tweeted, quipped, shot back, fumed ...). A verb is kept when it heads cues often
enough and either a good share of its uses in that news are cues ("add", "tweet") or a smaller
share are and WordNet says it is mostly a verb of communication ("quip"), so "have" or "make",
which also head some cues, are not taken for speech. Phrasal verbs keep their particle.

The source nouns are the common nouns heading annotated sources ("the campaign said", "the
survey found") at least MIN_COUNT times: with WordNet's people, bodies and texts
(rules/data/noun_classes.yaml) they say which descriptions can be a quote's speaker.

    NLTK_DATA=<dir> python benchmarks/derive_attribution.py [--data DIR]

Needs nltk and WordNet 3.0 in an NLTK_DATA folder (see docs/lexicon.md); users of crosscheck
need neither: the derived file ships with it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUTPUT = ROOT / "rules" / "data" / "attribution.yaml"
_QUOTE_MARK = re.compile("[\"“”]|''|``")
MIN_COUNT = 2
CUE_RATE = 0.15
QUOTE_RATE = 0.25
WEAK_CUE_RATE = 0.03
WEAK_QUOTE_RATE = 0.15
COMMUNICATION_SHARE = 0.5
HEADER = """\
# How news attributes words: the speech verbs ("X said", "X quipped", "X shot back") and the common
# nouns that head a source ("the campaign said"). Derived by benchmarks/derive_attribution.py — do not edit by hand, run it again — from the
# attribution cues annotated in PolNeAR's training split (Newell, Margolin and Ruths, LREC 2018;
# counts only, no text) and WordNet 3.0. A verb is kept when it introduces a direct quote at least
# {min_count} times and either at least {cue_rate:.0%} of its uses in that news are cues and at least
# {quote_rate:.0%} of those introduce a direct quote (so "seem", "want" or "believe", which attribute
# views rather than words, stay out), or at least {weak:.0%} of its uses are cues, at least
# {weak_quote:.0%} of those introduce a direct quote and WordNet gives communication senses to at
# least {share:.0%} of its uses (lexicographer file verb.communication, weighted by sense counts).
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy,
# modify and distribute this software and database and its documentation for any purpose and
# without fee or royalty is hereby granted, provided that the copyright notice and these
# statements appear on all copies; see https://wordnet.princeton.edu/license-and-commercial-use.
# Source nouns: common nouns heading an annotated source at least {min_count} times.
# Schema: verbs: {{<lemma or "lemma particle">: {{quotes: int, cue_rate: 0-1, quote_rate: 0-1, communication: 0-1}}}},
#         source_nouns: {{<lemma>: count}}
"""


def verb_counts(articles: list[dict]) -> tuple[Counter, Counter, Counter, Counter]:
    """(how often each verb heads an annotated cue, how often it heads the cue of a direct quote,
    how often it occurs at all), by lemma, with a particle when it has one ("shoot back"); and how
    often each common noun heads an annotated source."""
    from checker.extract.speech import phrasal_particle
    from checker.nlp import load_english

    nlp = load_english()
    cues: Counter = Counter()
    quoting: Counter = Counter()
    everywhere: Counter = Counter()
    sources: Counter = Counter()
    texts = (article["text"] for article in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=32, disable=["ner"])):
        cue_chars = {i for a in article["attributions"] for start, end in a["cue"] for i in range(start, end)}
        quote_chars = {i for a in article["attributions"] if _QUOTE_MARK.search(a["content_text"]) for start, end in a["cue"] for i in range(start, end)}
        for attribution in article["attributions"]:
            for start, end in attribution["source"][:1]:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None and len(span) and span.root.pos_ == "NOUN" and span.root.text.islower():
                    sources[span.root.lemma_.lower()] += 1
        for token in doc:
            if token.pos_ != "VERB":
                continue
            particle = phrasal_particle(token)
            lemma = token.lemma_.lower()
            # A marked particle makes a verb of its own ("point out"); an adverb after the verb
            # may ("shoot back") or may not ("say again"), so the verb is counted both ways.
            marked = any(c.dep_ == "prt" for c in token.children)
            keys = [f"{lemma} {particle}"] if marked else [lemma, f"{lemma} {particle}"] if particle else [lemma]
            for key in keys:
                everywhere[key] += 1
                if token.idx in cue_chars:
                    cues[key] += 1
                if token.idx in quote_chars:
                    quoting[key] += 1
    return cues, quoting, everywhere, sources


def communication_share(lemma: str) -> float:
    """The share of the verb's uses (WordNet's sense counts) that are communication senses."""
    from nltk.corpus import wordnet

    word = lemma.replace(" ", "_")
    total = communication = 0
    for synset in wordnet.synsets(word, pos=wordnet.VERB):
        for name in synset.lemmas():
            if name.name().lower() == word:
                weight = name.count() + 1
                total += weight
                communication += weight if synset.lexname() == "verb.communication" else 0
    return communication / total if total else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    train = args.data / "polnear" / "train.jsonl"
    if not train.is_file():
        raise SystemExit(f"{train} is not here (PolNeAR lives in ../shared/data)")
    articles = [json.loads(line) for line in train.read_text(encoding="utf-8").splitlines() if line.strip()]
    cues, quoting, everywhere, sources = verb_counts(articles)
    kept = {}
    for lemma, count in sorted(cues.items(), key=lambda item: (-item[1], item[0])):
        rate = count / everywhere[lemma]
        quotes = quoting[lemma] / count
        share = communication_share(lemma)
        strong = rate >= CUE_RATE and quotes >= QUOTE_RATE
        weak = rate >= WEAK_CUE_RATE and quotes >= WEAK_QUOTE_RATE and share >= COMMUNICATION_SHARE
        if quoting[lemma] >= MIN_COUNT and (strong or weak):
            kept[lemma] = (quoting[lemma], round(rate, 2), round(quotes, 2), round(share, 2))
    # "say then" or "call on" adds nothing when "say" or "call" is a speech verb on its own.
    kept = {lemma: counts for lemma, counts in kept.items() if " " not in lemma or lemma.split()[0] not in kept}
    lines = [
        HEADER.format(min_count=MIN_COUNT, cue_rate=CUE_RATE, quote_rate=QUOTE_RATE, weak=WEAK_CUE_RATE, weak_quote=WEAK_QUOTE_RATE, share=COMMUNICATION_SHARE),
        "verbs:",
    ]
    for lemma, (count, rate, quotes, share) in kept.items():
        key = f'"{lemma}"' if " " in lemma else lemma
        lines.append(f"  {key}: {{quotes: {count}, cue_rate: {rate}, quote_rate: {quotes}, communication: {share}}}")
    lines.append("source_nouns:")
    for noun, count in sorted(sources.items(), key=lambda item: (-item[1], item[0])):
        if count >= MIN_COUNT and noun.isalpha():
            lines.append(f"  {noun}: {count}")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(kept)} verbs from {len(cues)} verbs seen heading a cue")


if __name__ == "__main__":
    main()
