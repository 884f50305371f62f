"""Reading names and participants off a dependency parse, shared by the extractor components."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from checker.lexicon.dates import date_words
from checker.lexicon.names import given_names
from checker.lexicon.units import currency_of_sign

PARTY_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
TIME_ENTITIES = {"DATE", "TIME", "ORDINAL"}
AMOUNT_ENTITIES = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
HOLDER_DEPS = {"nsubj", "nsubjpass"}
PRONOUN_TAGS = {"PRP", "PRP$", "WP", "WDT", "EX", "DT"}


def looks_like_name(token: Token) -> bool:
    """A proper name, judged by the tagger and by how the document capitalises the word.

    Mid-sentence, a capital or a proper-noun tag is enough. At the start of a sentence the
    tagger decides for proper nouns; a capitalised common noun ("Turnout", "Starmer" when the
    tagger misses it) needs the document's own evidence. The entity recogniser alone is not
    trusted there: it calls "Turnout" a person.
    """
    if token.ent_type_ in TIME_ENTITIES | AMOUNT_ENTITIES or token.like_num or not token.is_alpha:
        return False
    if currency_of_sign(token.text) is not None:
        # "seized Rs 1.2 crore": a currency's sign the parser took for the object.
        return False
    single_word = " " not in name(token)
    if single_word and token.lower_ in _casing(token.doc)[0]:
        return False
    if token.i != token.sent.start:
        return token.pos_ == "PROPN" or token.ent_type_ in PARTY_ENTITIES or token.text[:1].isupper()
    return token.pos_ == "PROPN" or capitalised_elsewhere(token)


def capitalised_elsewhere(token: Token) -> bool:
    """Casing evidence for a sentence-initial word; with none, an uninflected word may be a name.

    The aligner later drops "names" that other articles of the story write in lower case.
    """
    lower, capitalised_mid_sentence, seen = _casing(token.doc)
    if token.lower_ in lower:
        return False
    if seen.get(token.lower_, 0) > 1:
        return token.lower_ in capitalised_mid_sentence
    return token.lemma_.lower() == token.lower_


def _casing(doc) -> tuple[set[str], set[str], dict[str, int]]:
    """Per document, computed once: words written in lower case somewhere, words capitalised
    somewhere other than a sentence start, and how often each word occurs."""
    cached = doc.user_data.get("crosscheck_casing")
    if cached is None:
        lower, capitalised, seen = set(), set(), {}
        starts = {sentence.start for sentence in doc.sents} if doc.has_annotation("SENT_START") else {0}
        for token in doc:
            seen[token.lower_] = seen.get(token.lower_, 0) + 1
            if token.text[:1].islower():
                lower.add(token.lower_)
            elif token.text[:1].isupper() and token.i not in starts:
                capitalised.add(token.lower_)
        cached = doc.user_data["crosscheck_casing"] = (lower, capitalised, seen)
    return cached


RELATIVE_PRONOUNS = frozenset({"WDT", "WP"})
"""Tags of "which", "that", "who" opening a relative clause."""


def personal_pronoun(token: Token, person: str | None = None) -> bool:
    """A personal pronoun ("he", "its", "them"), of the given person ("3") if one is given: read
    from spaCy's morphology, not from a word list."""
    return "Prs" in token.morph.get("PronType") and (person is None or person in token.morph.get("Person"))


def gendered_pronoun(token: Token) -> bool:
    """ "he", "she", "his": a personal pronoun that can only stand for a person."""
    return personal_pronoun(token) and bool({"Masc", "Fem"} & set(token.morph.get("Gender")))


def antecedent(pronoun: Token) -> Token | None:
    """What "it"/"its"/"they" most likely names: the nearest name earlier in the same sentence, or
    for a subject, the named subject of the sentence before;
    for "which"/"who" opening a relative clause, the noun the clause describes."""
    if pronoun.tag_ in RELATIVE_PRONOUNS and pronoun.head.dep_ == "relcl":
        return pronoun.head.head
    if not personal_pronoun(pronoun, "3"):
        return None
    start = pronoun.sent.start if pronoun.doc.has_annotation("SENT_START") else 0
    for token in reversed(pronoun.doc[start : pronoun.i]):
        if token.dep_ in HOLDER_DEPS and looks_like_name(token):
            return token
    if start == 0:
        return None
    # "St Brigid's ... cares for 900 patients a year. With the new wing, it will have 28 beds":
    # with no name before it in its sentence, a subject "it" or "they" is the last sentence's
    # named subject; "he" or "she" is, when that subject is a person whose given name has the
    # pronoun's gender ("Thomas Barraclough was struck ... He died on 20 January").
    previous = pronoun.doc[start - 1].sent
    subject = next((c for c in previous.root.children if c.dep_ in HOLDER_DEPS), None)
    if subject is None or not looks_like_name(subject) or pronoun.dep_ not in HOLDER_DEPS:
        return None
    if gendered_pronoun(pronoun):
        given = next((t for t in subject.lefts if t.dep_ == "compound"), None)
        gender = given_names().get(given.lower_) if given is not None else None
        return subject if gender is not None and gender in pronoun.morph.get("Gender") else None
    return subject


def participants(verb: Token, object_owners: bool = False) -> list[str]:
    """Named subjects, objects and their owners ("Poland's outlays", "fined Velox Pharma").

    The chain of verbs is followed up only while a verb borrows its subject ("plans to send");
    the speaker of a reported clause ("the ministry said ...") is not a participant. With
    `object_owners`, an event's object's owner after "of" is one too ("stormed the headquarters
    of Kestrel Mutual Bank"); a figure's is not ("spend 4.7% of Poland's GDP").
    """
    names = []
    node = verb
    for _ in range(4):
        children = list(node.children)
        for child in children:
            if child.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"}:
                candidates = [child, *(t for t in child.children if t.dep_ == "poss")]
                if child.dep_ == "dobj" and object_owners:
                    candidates += [g for t in child.children if t.dep_ == "prep" and t.lower_ == "of" for g in t.children if g.dep_ == "pobj"]
                candidates = [antecedent(t) if t.tag_ in PRONOUN_TAGS else t for t in candidates]
                # A dateline the parser took for a subject ("SAINT-ALBRAC, May 22 (CNS) - About
                # 30 riders were brought down") is where the story was filed, not who took part.
                candidates = [past_dateline(t) for t in candidates if t is not None]
                names += [name(t) for t in candidates if t is not None and looks_like_name(t)]
            if child.dep_ == "agent":
                names += [name(t) for t in child.children if looks_like_name(t)]
        has_subject = any(c.dep_ in HOLDER_DEPS for c in children)
        if has_subject or node.dep_ not in {"xcomp", "advcl", "conj"} or node.head.i == node.i:
            break
        node = node.head
    return names


def name(token: Token) -> str:
    """A name as it stands in the text, without a leading "the" or trailing punctuation."""
    if token.ent_type_:
        text = entity_text(token)
    else:
        parts = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        text = " ".join(t.text for t in [*parts, token])
    return re.sub(r"^[Tt]he\s+", "", text).strip(" ,.;:")


def entity_text(token: Token) -> str:
    for entity in entities(token.doc):
        if entity.start <= token.i < entity.end:
            return entity.text
    return token.text


_DATELINE = re.compile(
    r"(?P<place>[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){0,4})"
    r"(?: \([^)\n]{1,40}\))?"
    r"(?:, [^\n,()—–]{1,40}?){0,2}"
    r"(?: \((?P<agency>[^)\n]{1,40})\))?"
    r"\s*(?P<separator>[—–―-]+|:)(?![a-z])"
)


def doc_text(doc: Doc) -> str:
    """The document's text, built once: spaCy joins every token anew each time `Doc.text` is read."""
    text = doc.user_data.get("crosscheck_text")
    if text is None:
        text = doc.user_data["crosscheck_text"] = doc.text
    return text


def entities(doc: Doc) -> tuple[Span, ...]:
    """The document's named entities, built once: spaCy makes a new Span for every entity each
    time `Doc.ents` is read. Set after the recognisers (crosscheck_date_entities is the last to
    change them), so every later component reads the same list."""
    found = doc.user_data.get("crosscheck_entities")
    if found is None:
        found = doc.user_data["crosscheck_entities"] = tuple(doc.ents)
    return found


def sentences_of(span: Span) -> list[Span]:
    """The sentences `span` touches, in order, each found once (`Token.sent` walks the whole
    sentence every time it is read)."""
    found = [span[0].sent]
    while found[-1].end < span.end:
        found.append(span.doc[found[-1].end].sent)
    return found


def entities_in(span: Span) -> list[Span]:
    """The entities wholly inside `span`, as `Span.ents` gives them."""
    return [e for e in entities(span.doc) if span.start <= e.start and e.end <= span.end]


def in_dateline(token: Token) -> bool:
    """Whether `token` is part of a dateline: where and by whom the story was filed, known by its
    form — a paragraph opening with a place in capitals, or any place followed by an agency in
    brackets, then at most its region and a date, then a dash or a colon ("LONDON (Reuters) -",
    "Washington (AFP) –", "SAINT-AUREL, France (AP) —", "CARROW, April 3 —", "BRANNOCH (Kerrow), July 8 —", "MOSCOW:")."""
    text = doc_text(token.doc)
    paragraph = text.rfind("\n", 0, token.idx) + 1
    # Each paragraph's opening is matched once per document, however many of its words are asked about.
    datelines = token.doc.user_data.setdefault("crosscheck_datelines", {})
    if paragraph not in datelines:
        datelines[paragraph] = _dateline_end(text, paragraph)
    return token.idx < datelines[paragraph]


def past_dateline(token: Token) -> Token | None:
    """The word a subject stands for: itself, or for a dateline the parser took for the subject
    ("VAARALA, Finland (NPA) — The pilots' union ... turned down"), the noun in apposition after
    its dash, if any."""
    if not in_dateline(token):
        return token
    return next((c for c in token.children if c.dep_ == "appos" and not in_dateline(c)), None)


def _dateline_end(text: str, paragraph: int) -> int:
    """Where the dateline opening the paragraph ends, or the paragraph's start when it has none."""
    match = _DATELINE.match(text, paragraph)
    if match is None:
        return paragraph
    # "Rep. Trey Gowdy (R-S.C.):" introduces a quote; an agency's dateline ends with a dash.
    if match.group("place").isupper() or (match.group("agency") is not None and match.group("separator") != ":"):
        return match.end()
    return paragraph


def record_mark(word: Token) -> bool:
    """ "first" in "the zoo's first elephant birth since 2011", "worst" in "the worst since 1998":
    an ordinal or superlative whose phrase goes on with a record preposition (dates.yaml
    `record_prepositions`) compares the happening with the past rather than counting it among
    the story's own."""
    if word.ent_type_ != "ORDINAL" and word.tag_ not in {"JJS", "RBS"}:
        return False
    phrase = word if any(c.dep_ == "prep" for c in word.children) or word.dep_ != "amod" else word.head
    return any(c.dep_ == "prep" and c.lower_ in date_words()["record_prepositions"] for c in phrase.children)


def record_date(entity: Span) -> bool:
    """The date of such a comparison ("since 2011" after "the first elephant birth"): the past the
    happening is measured against, not when anything the sentence tells happened."""
    preposition = entity.root.head
    if entity.root.dep_ != "pobj" or preposition.lower_ not in date_words()["record_prepositions"]:
        return False
    phrase = preposition.head
    return record_mark(phrase) or any(record_mark(c) for c in phrase.children if c.dep_ == "amod")
