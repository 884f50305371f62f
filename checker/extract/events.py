"""The `crosscheck_events` spaCy component: events pinned to a date ("the quake struck on Monday").

Each date phrase is attached to what happened: the verb or event noun it modifies ("Monday's
earthquake", "talks in Riyadh on Tuesday"), with the words that say what the event is (its verb,
its subject and object nouns), its named participants and its place. A statement ("Lavrov said
this week that ...") keeps the content words of what was said, so two statements can be matched.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from checker.extract.speech import is_speech_verb, verb_lemma
from checker.extract.syntax import (
    RELATIVE_PRONOUNS,
    entities,
    in_dateline,
    looks_like_name,
    name,
    participants,
    past_dateline,
    record_date,
    record_mark,
    sentences_of,
)
from checker.extract.tense import planned, schedule_words
from checker.lexicon import numbers, units
from checker.lexicon.dates import date_words, time_clause_marks
from checker.lexicon.english import common_noun, happening_nouns, noun_class
from checker.model import format_number
from checker.resources import data_cache, load_data

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)
if not Span.has_extension("event"):
    Span.set_extension("event", default=None)

_CONTENT = {"NOUN", "PROPN", "VERB", "ADJ"}


@dataclass
class EventMention:
    expression: str
    trigger: str
    trigger_is_verb: bool
    anchors: list[str]
    participants: list[str]
    place: str | None
    future: bool = False
    instance: str | None = None
    speaker: str | None = None
    statement: list[str] = field(default_factory=list)
    quoted: bool = False
    said_on: str | None = None
    doers: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    acts_on: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    starts: bool = False
    expected: bool = False
    telling: bool = False


@Language.factory("crosscheck_events")
def make_event_component(nlp: Language, name: str) -> EventMentions:
    return EventMentions()


class EventMentions:
    def __init__(self) -> None:
        self.event_words = {str(w).lower() for group in load_data("synonyms.yaml")["events"] for w in group}

    def __call__(self, doc: Doc) -> Doc:
        spans, speech_dates = [], {}
        for entity in entities(doc):
            if (
                entity.label_ not in {"DATE", "TIME"}
                or _not_a_moment(entity)
                or _a_limit(entity)
                or in_dateline(entity.root)
                or record_date(entity)
                or _restates_a_date(entity)
                or _told_with_another_date(entity)
                or _ends_a_stretch(entity)
                or _inside_a_with_phrase(entity)
            ):
                # "MARSH END, England, April 9 (CWS) -": a dateline's date is when the story was filed.
                continue
            trigger = _trigger(entity)
            if trigger is None or _dates_a_state(trigger, entity) or _on_a_condition(trigger) or _repeated(trigger):
                continue
            span = _expression(entity)
            span._.event = self._mention(span, entity, trigger)
            quote = next((q for q in doc._.quotes or [] if q.start <= span.start and span.end <= q.end), None)
            span._.event.quoted = quote is not None
            if _reports_words(trigger) and quote is None:
                speech_dates[trigger.i] = span
            spans.append((span, trigger, quote))
        for span, trigger, quote in spans:
            said = _said_on(trigger, quote, speech_dates, span)
            span._.event.said_on = said.text if said is not None else None
        doc._.events = [span for span, _, _ in spans]
        return doc

    def _mention(self, span: Span, entity: Span, trigger: Token) -> EventMention:
        verb = trigger if trigger.pos_ == "AUX" or _acts_as_verb(trigger) else None
        dated = range(span.start, span.end)
        nouns = (
            [trigger]
            if verb is None
            else [
                c
                for c in [*verb.children, *(s for s in _subject_holders(verb) if s.dep_ in {"nsubj", "nsubjpass"} and s.head.i != verb.i)]
                if c.i not in dated
                and (
                    (c.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} and c.pos_ == "NOUN")
                    or (c.lemma_.lower() in self.event_words and c.pos_ in {"NOUN", "PROPN", "ADJ", "ADV", "ADP", "PART"})
                )
            ]
        )
        if verb is not None and verb.dep_ in {"acl", "relcl"} and verb.head.pos_ == "NOUN":
            nouns.append(verb.head)
        if verb is not None:
            # "the first strike day, set for 3 December": a day named after a happening is that happening.
            times = date_words()["time_words"]
            nouns += [
                g
                for n in (*verb.children, verb.head)
                if n.lemma_.lower() in times and n.i not in dated
                for g in n.children
                if g.dep_ == "compound" and g.lemma_.lower() in happening_nouns()
            ]
        if verb is not None:
            # "voted at an extraordinary meeting", "taken in the raid": the happening the act was part of.
            nouns += [
                g
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in date_words()["occasion_prepositions"]
                for g in c.children
                if g.dep_ == "pobj" and g.lemma_.lower() in happening_nouns() and g.i not in dated
            ]
        objects = [c for c in verb.children if c.dep_ in {"dobj", "attr", "npadvmod"} and c.i not in dated] if verb is not None else []
        # "walked out in September in a separate row": the occasion an act was part of marks its instance too.
        occasions = (
            [
                g
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in date_words()["occasion_prepositions"]
                for g in c.children
                if g.dep_ == "pobj" and g.i not in dated
            ]
            if verb is not None
            else []
        )
        names = (
            participants(verb, object_owners=True)
            if verb is not None
            else [name(t) for t in trigger.subtree if looks_like_name(t) and t.i not in range(entity.start, entity.end)]
        )
        clause = verb
        while clause is not None and clause.dep_ in {"xcomp", "acomp"} and clause.head.i != clause.i:
            clause = clause.head
        if clause is not None and clause.dep_ in {"acl", "relcl"} and clause.head.pos_ == "PROPN" and looks_like_name(clause.head):
            names.append(name(clause.head))  # "Calder General, which is due to open on 15 December"
        lemma = _lemma(trigger)
        # What happened as a noun: the trigger itself, or the common-noun subject of its verb ("the
        # avalanche killed four"), not what the verb was done to ("backed the merger").
        doers = (
            [lemma]
            if verb is None
            else [
                _lemma(s)
                for c in _subject_holders(verb)
                if c.dep_ in {"nsubj", "nsubjpass"}
                and c.tag_ not in RELATIVE_PRONOUNS
                and c.i not in dated
                and (s := past_dateline(c)) is not None
                # A name is a participant and a pronoun says nothing of its own: neither is what happened.
                and s.pos_ == "NOUN"
            ]
        )
        if verb is not None and verb.dep_ in {"acl", "relcl"} and verb.head.pos_ == "NOUN":
            doers.append(_lemma(verb.head))  # "the avalanche that killed three", "the quake felt in ..."
        # What the act was done to, as common nouns: "raised parking fees", "the footbridge was
        # inspected". Names are participants; a pronoun says nothing of its own.
        themes = (
            [
                _lemma(s)
                for c in verb.children
                if c.dep_ in {"dobj", "nsubjpass"} and c.i not in dated and (s := past_dateline(c)) is not None and s.pos_ == "NOUN"
            ]
            if verb is not None
            else []
        )
        mention = EventMention(
            expression=span.text,
            trigger=lemma,
            trigger_is_verb=verb is not None,
            anchors=sorted({lemma, *(_lemma(n) for n in nouns), *_kind_words(trigger if verb is None else None, dated), *_circumstances(verb, dated)}),
            participants=sorted(set(names)),
            place=_place(trigger) or next((p for p in map(_place, nouns) if p), None),
            doers=sorted(set(doers)),
            themes=sorted(set(themes)),
            figures=_figures(verb, dated) if verb is not None else [],
            acts_on=_acted_on(verb, dated),
            bodies=_bodies(trigger, verb, dated),
            future=_future(trigger),
            instance=_own_instance(entity, trigger)
            or next(
                (
                    m.lower_
                    for n in [*nouns, *objects, *occasions]
                    for m in n.subtree
                    # "the former director" is a person's past office, not another instance.
                    if _marks_instance(m)
                    and m.i != n.i
                    and _in_phrase(m, n)
                    and m.i not in dated
                    and (m.head.lemma_.lower() not in _people() or m.lower_ in date_words()["apart_words"])
                ),
                _doer_instance(verb, dated) or _instance_adverb(verb, dated) or _called_off(trigger, verb, span),
            ),
        )
        mention.starts = _starts(entity, verb)
        mention.expected = verb is not None and _expected(verb)
        mention.telling = verb is not None and is_speech_verb(verb)
        if mention.telling and _reports_something(verb):
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            mention.speaker = name(subject) if subject is not None and looks_like_name(subject) else None
            mention.statement = sorted(
                {
                    t.lemma_.lower()
                    for t in verb.subtree
                    if t.pos_ in _CONTENT
                    and t.is_alpha
                    and t.i not in range(entity.start, entity.end)
                    and (subject is None or t.i not in range(subject.left_edge.i, subject.right_edge.i + 1))
                    and t.i != verb.i
                }
            )
        return mention


REPORTED_DEPS = frozenset({"ccomp", "xcomp", "dobj", "parataxis", "attr"})
"""What a verb of speech reports: a clause, an object, words set beside it."""


def _subject_holders(verb: Token) -> list[Token]:
    """The words whose subject is the verb's: its own children, or, for a verb with no subject of
    its own that another governs ("construction is due to begin", "is expected to begin"), those
    of the verb or adjective above it."""
    node = verb
    for _ in range(3):
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children) or node.dep_ not in {"xcomp", "acomp"} or node.head.i == node.i:
            break
        node = node.head
    return list(node.children)


def _reports_something(verb: Token) -> bool:
    """ "said it had cancelled 420 flights", "announced the closure": a verb of speech with a
    clause, an object or words in quotes tells a statement; "conceded late Saturday in a brief
    statement" tells only the act of conceding, which is dated like any other act."""
    return any(c.dep_ in REPORTED_DEPS for c in verb.children) or any(t.is_quote for t in verb.sent)


def _expected(verb: Token) -> bool:
    """ "said it expected house prices to rise by 2% next year": an act a verb of expectation
    (scope.yaml `hypothetical`) leads to is a forecast, not a report of the act."""
    hypothetical = _hypothetical_words()
    node = verb
    for _ in range(2):
        if node.dep_ not in {"xcomp", "ccomp"} or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in hypothetical:
            return True
    return False


@data_cache(maxsize=1)
def _hypothetical_words() -> frozenset[str]:
    return frozenset(map(str, load_data("scope.yaml")["hypothetical"]))


def _own_instance(entity: Span, trigger: Token) -> str | None:
    """ "set for Friday, with a second on Monday", "will hit on Friday, with another on Monday": a
    date told of an instance word standing for another of the happenings is that one's date, on
    the parse's path up to the trigger or, where the parser hangs it on the verb, right before
    the date's preposition."""
    node = entity.root
    while node.head.i != node.i and node.head.i != trigger.i:
        node = node.head
        if node.i not in range(entity.start, entity.end) and node.pos_ in {"NOUN", "PRON"} and node.lower_ in date_words()["instance_words"]:
            return node.lower_
    doc = entity.doc
    if entity.start >= 2 and doc[entity.start - 1].pos_ == "ADP":
        before = doc[entity.start - 2]
        if before.pos_ in {"NOUN", "PRON"} and before.lower_ in date_words()["instance_words"]:
            return before.lower_
    return None


def _acted_on(verb: Token | None, dated: range) -> list[str]:
    """What a verb was done to, common noun or name, by its last word: "closed the Alder Street
    Bridge" and "the bridge was shut" act on a bridge."""
    if verb is None:
        return []
    targets = [t for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and (t := past_dateline(c)) is not None]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        targets.append(verb.head)  # "figures released yesterday"
    # A name counts by its last word only where that is a common noun ("the Alder Street Bridge"),
    # not a name's own word ("the Passerelle Saint Roch").
    return sorted(
        {_lemma(t) for t in targets if t.pos_ == "NOUN" and t.i not in dated}
        | {t.lower_ for t in targets if t.pos_ == "PROPN" and t.i not in dated and common_noun(t.lower_)}
    )


def _bodies(trigger: Token, verb: Token | None, dated: range) -> list[str]:
    """The bodies that did the act, by a WordNet group noun (noun_classes.yaml `groups`): the
    verb's subject ("the council voted"), or the owner of a happening named by a noun ("the
    council's vote", "the County Commission vote is Monday", "the House's vote"), a name by its
    last word."""
    happenings = [trigger] if verb is None else [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in happening_nouns()]
    doers = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    doers += [c for h in happenings for c in h.children if c.dep_ in {"poss", "compound"}]
    return sorted({d.lower_ if d.pos_ == "PROPN" else d.lemma_.lower() for d in doers if d.i not in dated and _body_word(d)})


def _body_word(word: Token) -> bool:
    """A group noun ("council"), or a name's word that names a group in one of its frequent
    senses and no person ("the House", not "Domestics")."""
    if word.pos_ != "PROPN":
        return word.lemma_.lower() in noun_class("groups")
    return word.lower_ in noun_class("groups") or (word.lower_ in noun_class("agents") and word.lower_ not in noun_class("persons"))


def _circumstances(verb: Token | None, dated: range) -> list[str]:
    """ "died when a tree fell on his car": the common nouns of a clause saying when the act
    happened (scope.yaml `time_clause_marks`) tell what happened as much as its own words."""
    if verb is None:
        return []
    marks = time_clause_marks()
    clauses = [c for c in verb.children if c.dep_ == "advcl" and any(m.dep_ in {"mark", "advmod"} and m.lower_ in marks for m in c.children)]
    return [_lemma(t) for clause in clauses for t in clause.subtree if t.pos_ == "NOUN" and t.i not in dated]


def _doer_instance(verb: Token | None, dated: range) -> str | None:
    """ "the firm's first satellite launched on Wednesday": an ordinal or a word setting apart
    ("another", `apart_words`) on the thing that did the act makes the act that thing's, one
    instance of it; "the new department opened" is the department the story is about. A person
    marked so ("the former director") is a person's office, not an instance."""
    if verb is None:
        return None
    doers = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"]
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ == "NOUN":
        doers.append(verb.head)
    return next(
        (
            m.lower_
            for doer in doers
            if doer.lemma_.lower() not in _people()
            for m in doer.children
            # "its first satellite", "another tanker" say which one; "the new department" is the one.
            if m.dep_ == "amod" and m.i not in dated and (m.ent_type_ == "ORDINAL" or m.lower_ in date_words()["apart_words"])
        ),
        None,
    )


def _in_phrase(word: Token, noun: Token) -> bool:
    """Whether the word belongs to the noun's own phrase, not to a clause inside it: "new" in
    "the House's vote to create a program financed by a new payroll tax" marks the tax."""
    node = word.head
    while node.i != noun.i:
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return False
        node = node.head
    return True


def _marks_instance(word: Token) -> bool:
    """ "the second strike", "last year's vote", "a smaller fire": a word that makes a happening
    one of several — an instance word, or an adjective comparing it with another."""
    return (word.lower_ in date_words()["instance_words"] or (word.dep_ == "amod" and word.tag_ == "JJR")) and not record_mark(word)


CALLED_OFF = "called off"
NEW_DATE_PREPOSITIONS = frozenset({"to", "until", "till", "for"})


def _called_off(trigger: Token, verb: Token | None, span: Span) -> str | None:
    """A date of a plan called off or moved ("next Tuesday's launch was called off", "postponed
    the vote on Monday") is another instance than the date it was moved to ("rescheduled the
    launch for 14 November"), which is the one that stands."""
    called_off = _called_off_verbs()
    if verb is None:
        governor = trigger.head if trigger.dep_ in {"nsubj", "nsubjpass", "dobj"} else None
        return CALLED_OFF if governor is not None and verb_lemma(governor) in called_off else None
    if verb_lemma(verb) not in called_off:
        return None
    preposition = span.root.head if span.root.dep_ == "pobj" else None
    return None if preposition is not None and preposition.lower_ in NEW_DATE_PREPOSITIONS else CALLED_OFF


@data_cache(maxsize=1)
def _people() -> frozenset[str]:
    """Nouns for persons (WordNet's nouns whose most frequent sense is a person): a word marking
    one of them ("former", "second") says which person, not which instance of an event."""
    return noun_class("persons")


@data_cache(maxsize=1)
def _called_off_verbs() -> frozenset[str]:
    """Verbs that call a plan off or move it (rules/data/event_kinds.yaml `called_off`)."""
    return frozenset(str(w) for w in load_data("event_kinds.yaml")["called_off"])


def _figures(verb: Token, dated: range) -> list[str]:
    """The figures the clause counts its subject, object or where it happened in, with the noun
    counted ("carried about 210,000 passengers" -> "210,000 passenger", "breached limits at 12
    sites" -> "12 site"); one for a single thing told with "a" ("a man arrested near the museum"
    is not the "two men arrested in Leipzig")."""
    counted = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.i not in dated]
    counted += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.i not in dated]
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ == "NOUN":
        counted.append(verb.head)
    found = set()
    for noun in counted:
        written = [
            " ".join(t.text.replace(",", "").lower() for t in number.subtree if t.like_num)
            for number in noun.children
            if number.dep_ == "nummod" and number.like_num
        ]
        for words in written:
            value = numbers.parse_words(words.split(), units.scale_of)
            found.add(f"{format_number(value) if value is not None else words} {noun.lemma_.lower()}")
        if not written and noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in numbers.number_words()["indefinite"] for c in noun.children):
            found.add(f"1 {noun.lemma_.lower()}")
    return sorted(found)


def _kind_words(noun: Token | None, dated: range) -> list[str]:
    """What sort of happening a dated noun is ("an extraordinary general meeting", "the planning
    committee meeting"): its describing words, which tell one meeting from another."""
    if noun is None:
        return []
    return [
        c.lemma_.lower()
        for c in noun.children
        if c.dep_ in {"amod", "compound"} and c.is_alpha and c.i not in dated and c.lower_ not in date_words()["instance_words"]
    ]


def _reports_words(verb: Token) -> bool:
    """A verb of speech used for speech: with a reported clause or beside a quote ("says the
    plan failed", "'It failed,' she said"); "the race continues on Friday" reports nothing."""
    if not is_speech_verb(verb):
        return False
    if any(c.dep_ in _REPORTED_CLAUSES for c in verb.children):
        return True
    sentence = verb.sent
    return any(q.start < sentence.end and sentence.start < q.end for q in verb.doc._.quotes or [])


_REPORTED_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})
"""How a reported clause hangs from its verb of speech ("said on Monday that ..."); a date in the
speech verb's own clause ("the race continues on Friday before the weekend's stages") is not
reported words."""


def _said_on(trigger: Token, quote: Span | None, speech_dates: dict[int, Span], span: Span) -> Span | None:
    """When the words holding a date were said, if the text dates the saying: a quote whose
    attribution has a date ("'We vote tomorrow,' she said on Monday") or a reported clause under a
    dated speech verb ("said on Monday that the vote would be held tomorrow"). A relative date
    there counts from that day, not from the paper's."""
    below = trigger
    for verb in trigger.ancestors:
        if verb.i in speech_dates and speech_dates[verb.i] is not span and below.dep_ in _REPORTED_CLAUSES:
            return speech_dates[verb.i]
        below = verb
    if quote is not None:
        sentences = sentences_of(quote)
        for sentence in sentences:
            for token in sentence:
                if token.i in speech_dates and not quote.start <= token.i < quote.end:
                    return speech_dates[token.i]
    return None


def _instance_adverb(verb: Token | None, dated: range) -> str | None:
    """ "last inspected in April", "first met in 2019": an adverb that makes the act one instance
    among several of its kind."""
    if verb is None:
        return None
    # "was originally due to open", "was first scheduled to open": the adverb of the plan the act hangs on.
    holders = [verb, *([verb.head, verb.head.head] if verb.dep_ == "xcomp" else [])]
    return next(
        (c.lower_ for v in holders for c in v.children if c.dep_ == "advmod" and c.lower_ in date_words()["instance_adverbs"] and c.i not in dated),
        None,
    )


def _lemma(token: Token) -> str:
    """A word as the event lexicon knows it: with its particle ("walk out") or its hyphenated
    parts ("cave-in")."""
    doc = token.doc
    phrasal = verb_lemma(token)
    if " " in phrasal:
        return phrasal
    start, end = token.i, token.i + 1
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    if end - start > 1:
        return "".join(t.text_with_ws for t in doc[start:end]).strip().lower()
    return token.lemma_.lower()


@data_cache(maxsize=1)
def _stretch_words() -> dict[str, frozenset[str]]:
    data = load_data("scope.yaml")
    return {key: frozenset(str(w).lower() for w in data[key]) for key in ("time_units", "anchoring_words")}


def _a_limit(entity: Span) -> bool:
    """ "last until 7am on Wednesday", "open till Friday": how long something lasts, not when
    anything happened (`limit_prepositions` in dates.yaml), found below any verb, or beside
    the limit where the parser hangs the day apart from it ("until 7am | on Wednesday"); "by
    Wednesday" right before it: the latest it had happened by (`bound_prepositions`); "for 2026"
    right before it: the period a thing is for (`period_prepositions`), unless it dates a happening.
    Negated, it is when the thing happens: "did not reopen until Sunday", "is not expected to
    reopen until 17 November"."""
    limits = date_words()["limit_prepositions"]
    node = entity.root
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in date_words()["bound_prepositions"]:
        return True
    if node.dep_ == "pobj" and node.head.lower_ in date_words()["period_prepositions"] and not _for_a_happening(node.head.head):
        return True
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return False
        beside = node.dep_ == "prep" and any(c.dep_ == "prep" and c.lower_ in limits and c.i < node.i for c in head.children)
        if (node.dep_ == "pobj" and head.lower_ in limits) or beside:
            verbs = [t for t in (head, *head.ancestors) if t.pos_ in {"VERB", "AUX"}][:3]
            return not any(c.dep_ == "neg" for verb in verbs for c in verb.children)
        if head.pos_ in {"VERB", "AUX"}:
            return False
        node = head
    return False


def _on_a_condition(trigger: Token) -> bool:
    """ "If the court rules tomorrow, we're ready", "if temperatures stayed above 32C into
    Thursday": a clause opened by a condition word (scope.yaml `conditions`) tells what may
    happen, not when anything did or will."""
    verb = next((t for t in (trigger, *trigger.ancestors) if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(c.dep_ == "mark" and c.lower_ in schedule_words()["conditions"] for c in verb.children)


def _restates_a_date(entity: Span) -> bool:
    """ "at 11.30pm on Thursday (0430 GMT Friday)": a date in brackets opened right after another
    date or time is that moment told again, in another time zone or calendar, not an event."""
    doc = entity.doc
    for i in range(entity.start - 1, entity.sent.start, -1):
        if doc[i].text == ")":
            return False
        if doc[i].text == "(":
            return doc[i - 1].ent_type_ in {"DATE", "TIME"}
    return False


def _for_a_happening(head: Token) -> bool:
    """Whether "for" a date says when a happening is to be ("the vote set for Thursday", "a
    second strike has been called for 3 July", "the hearing for Monday") rather than the period
    a thing is for ("adopted a budget for 2026"): a scheduling verb, a happening noun, or a verb
    done to one."""
    if head.lemma_.lower() in schedule_words()["scheduling_verbs"] or head.lemma_.lower() in happening_nouns():
        return True
    return head.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in happening_nouns() for c in head.children)


def _repeated(trigger: Token) -> bool:
    """ "was called out 143 times last year", "met twice this month": an act done many times is
    dated by the period the acts fell in, which is no one event's date."""
    words = date_words()
    return any(
        (c.lemma_.lower() in words["repetition_nouns"] and c.tag_ == "NNS") or c.lower_ in words["repetition_adverbs"]
        for c in trigger.children
        if c.dep_ in {"npadvmod", "advmod", "dobj"}
    )


def _inside_a_with_phrase(entity: Span) -> bool:
    """ "construction is scheduled to begin in 2027, with first power in 2029": a date on the noun
    of a "with" phrase dates what that noun names, another thing than the clause's act."""
    root = entity.root
    if root.dep_ != "pobj":
        return False
    noun = root.head.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "with" or noun.i in range(entity.start, entity.end):
        return False
    # "with the ballot closing on 13 June": a happening, or a noun with its own verb, is dated itself.
    return noun.lemma_.lower() not in happening_nouns() and not any(c.dep_ in {"acl", "relcl"} for c in noun.children)


def _ends_a_stretch(entity: Span) -> bool:
    """ "profit for the year to March 1", "sales in the nine weeks to January 4": the last day of
    a stretch of time a figure covers (a span closer of dates.yaml after a unit of time), not
    the date of anything that happened."""
    closer = entity.root.head
    if entity.root.dep_ != "pobj" or closer.lower_ not in date_words()["span_closers"] or closer.i >= entity.start:
        return False
    # The parser hangs "to" on the stretch or on the verb; the stretch stands right before it.
    units = _stretch_words()["time_units"]
    return any(t.i < closer.i and t.lemma_.lower() in units for t in (closer.head, entity.doc[closer.i - 1]))


def _told_with_another_date(entity: Span) -> bool:
    """ "the emergency of 2023 and 2024", "strikes on Monday and Tuesday": dates joined by "and"
    date one thing together, so neither alone is its date ("between May and June" is a span the
    date reader takes whole)."""
    root = entity.root
    joined = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    if any(t.lower_ == "between" for t in (root.head, root.head.head)):
        return False
    return any(t.ent_type_ in {"DATE", "TIME"} and t.i not in range(entity.start, entity.end) for t in joined)


def _not_a_moment(entity: Span) -> bool:
    """What the recogniser calls a date but is no point in time: an age ("the 76-year-old"), a
    decade of someone's life ("in his 80s") or a stretch of time ("after 12 years in office",
    "four days"), as opposed to a moment counted back from one ("three days ago")."""
    words = [t.lower_ for t in entity]
    if any("year-old" in w or w in date_words()["age_words"] for w in words):
        return True
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    if before is not None and before.tag_ == "PRP$" and any(w.endswith("s") and w[:-1].isdigit() for w in words):
        return True
    if _baseline(entity):
        return True
    has_number = any(t.like_num for t in entity)
    stretches = _stretch_words()
    unit = any(t.lemma_.lower() in stretches["time_units"] for t in entity)
    anchored = any(w in stretches["anchoring_words"] for w in words)
    return has_number and unit and not anchored


def _baseline(entity: Span) -> bool:
    """ "a fall of 41,000 from February", "up 3% from January": the date a change in a figure is
    measured from, not its date. "From Monday to Wednesday" is a span, and "closed from Monday"
    (no figure) a start; both stay."""
    words = date_words()
    preposition = entity.root.head
    dated = range(entity.start, entity.end)
    node = entity.root
    for _ in range(4):
        # "cooled to 2.6% from 3.1% in August", "fallen to 2,350 from 4,100 in the fall of 2023",
        # "fell 43 per cent from its 2023 peak": the date of the figure the change is measured from.
        if node.head.i == node.i or node.dep_ not in {"pobj", "prep", "compound", "nmod", "nummod", "poss", "amod"}:
            break
        node = node.head
        if node.i != preposition.i and node.dep_ == "prep" and node.lower_ in words["baseline_prepositions"]:
            return any(t.like_num and t.i not in dated for t in (*node.subtree, *node.head.subtree))
    opening = preposition if entity.root.dep_ == "pobj" else entity[0]
    before = entity.doc[opening.i - 1] if opening.i > 0 else None
    if before is not None and before.like_num and before.head.lower_ in words["baseline_prepositions"] and before.head.i < before.i:
        # "from 4,100 in the fall of 2023": a date right after the figure a change starts from.
        return True
    if preposition.lower_ not in words["baseline_prepositions"] or entity.root.dep_ != "pobj":
        return False
    closers = words["span_closers"]
    around = [*preposition.head.children, *entity.root.children, *entity]
    if any(t.lower_ in closers for t in around):
        return False
    return any(t.like_num and t.i not in dated for t in preposition.head.subtree)


def _starts(entity: Span, verb: Token | None) -> bool:
    """Whether the date is when something begins to hold rather than a moment it happened: a
    date opened by "from" and closed by nothing ("restrictions apply from 18 July") or by "since"
    ("convicted since 2015"), a verb of
    coming into effect (WordNet senses `onset_senses` in synonyms.yaml: "takes effect", "kicks
    in") or a verb into a state named by a bare noun ("comes into force", "went into
    administration")."""
    words = date_words()
    preposition = entity.root.head
    if entity.root.dep_ == "pobj" and preposition.lower_ in words["running_prepositions"]:
        # "officials convicted since 2015": the start of a stretch running to the time of writing.
        return True
    if entity.root.dep_ == "pobj" and preposition.lower_ in words["baseline_prepositions"]:
        around = [*preposition.head.children, *entity.root.children, *entity]
        return not any(t.lower_ in words["span_closers"] for t in around)
    if verb is None:
        return False
    if _onset_verb(verb_lemma(verb)):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "into"
        and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.tag_ == "NN" and not any(d.dep_ in {"det", "poss"} for d in g.children) for g in c.children)
        for c in verb.children
    )


@data_cache(maxsize=1024)
def _onset_verb(lemma: str) -> bool:
    """A verb whose frequent senses are, or are kinds of, coming into effect (rules/data/event_kinds.yaml)."""
    onsets = frozenset(map(str, load_data("synonyms.yaml")["onset_senses"]))
    senses = str(load_data("event_kinds.yaml")["senses"].get(lemma, "")).split()
    return any(sense.lstrip("^") in onsets for sense in senses if not sense.startswith("+"))


def _trigger(entity: Span) -> Token | None:
    """What the date is the date of: the nearest verb or event noun above the date phrase
    ("Sunday night" is a time, not an event: the search goes on above it)."""
    found = _nearest_trigger(entity)
    return _speech_before_clause(entity, found) or found


def _speech_before_clause(entity: Span, verb: Token | None) -> Token | None:
    """ "Lusavia said on Wednesday it had cancelled 420 flights": a date between a verb of speech
    and the subject of the clause it reports dates the saying, wherever the parser hangs it;
    after "that" it is the reported clause's ("said that on Wednesday it had ...")."""
    if verb is None or verb.dep_ != "ccomp" or not is_speech_verb(verb.head) or not verb.head.i < entity.start:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.left_edge.i < entity.end:
        return None
    if any(c.dep_ == "mark" and c.i < entity.start for c in verb.children):
        return None
    return verb.head


def _nearest_trigger(entity: Span) -> Token | None:
    root = entity.root
    times = date_words()["parts_of_day"] | date_words()["time_words"]
    while root.head.i != root.i and root.head.lemma_.lower() in times and root.head.i not in range(entity.start, entity.end):
        root = root.head
    if root.dep_ == "poss" and root.head.pos_ == "NOUN":
        return root.head
    owned = _owned_noun(entity)
    if owned is not None:
        return owned
    node = root
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return head if head.pos_ in {"VERB", "AUX"} else None
        if head.i not in range(entity.start, entity.end):
            if head.pos_ == "NOUN" and node.dep_ in {"nmod", "compound"} and node.i < head.i:
                # "the court's June 30 deadline", "after the May 31 derailment": a date written
                # before a noun dates that noun, as a possessive one does.
                return head
            if _acts_as_verb(head) or (head.pos_ == "NOUN" and node.dep_ in {"pobj", "npadvmod", "compound"} and head.dep_ != "pobj"):
                return head
            if head.pos_ == "AUX" and head.dep_ in {"ccomp", "conj", "advcl", "relcl"}:
                return head  # "said first pictures are due in July": the date is the reported clause's
            if head.pos_ == "NOUN" and node.head.dep_ == "prep":
                return head
            if head.pos_ == "NOUN" and node.dep_ == "prep" and head.lemma_.lower() in happening_nouns():
                return head  # "the raid on 1 February": the date of the raid, not of what it is part of
        node = head
    return None


def _owned_noun(entity: Span) -> Token | None:
    """ "winning Thursday's by-election": a date with a possessive dates the noun it owns, however
    the parser hangs it (here on "winning", with the hyphenated noun split)."""
    doc = entity.doc
    if entity.end >= len(doc) or doc[entity.end].lower_ not in {"'s", "’s"}:
        return None
    for token in doc[entity.end + 1 : min(entity.end + 5, len(doc))]:
        if token.pos_ == "NOUN":
            return token
        if token.pos_ in {"VERB", "AUX"} or token.is_sent_start:
            return None
    return None


def _acts_as_verb(token: Token) -> bool:
    """A verb, or a word the tagger took for a noun that "to" makes a verb ("is due to finish")."""
    return token.pos_ == "VERB" or (token.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children))


def _dates_a_state(trigger: Token, entity: Span) -> bool:
    """ "The fire was under control by the morning of 10 March": "be" with a phrase that is not
    the date as its predicate dates a state of the happening its subject names, not the
    happening. "The election is on Thursday" dates the election."""
    if trigger.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "prep" and not any(entity.start <= t.i < entity.end for t in c.subtree) for c in trigger.children)


def _expression(entity: Span) -> Span:
    """The date phrase with the words that sharpen it: "early on Monday", "last Thursday"."""
    doc = entity.doc
    start = entity.start
    while start > 0 and doc[start - 1].lower_ in date_words()["sharpeners"]:
        start -= 1
    while start < entity.start and doc[start].lower_ == "on":
        start += 1
    if start == entity.start and start >= 2 and doc[start - 1].lower_ == "from" and doc[start - 2].ent_type_ == "DATE":
        # "takes effect a week from today": the length counted from the day is part of the date.
        start -= 2
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
    return doc[start : entity.end]


def _future(trigger: Token) -> bool:
    """Whether the event's own clause looks ahead, read from its tense and modals: "talks will
    begin on Tuesday", "the talks on Monday should not go ahead", "is due to visit on Monday", "the vote scheduled for Thursday", and the
    present tense of a timetable ("the election is Thursday", "the strike begins on Monday") —
    except a verb of speech, whose present tense in news reports the past ("Trump says")."""
    verb = next((t for t in (trigger, *trigger.ancestors) if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    if planned(verb):
        return True
    governor = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    if verb.dep_ == "xcomp" and governor.i != verb.i and governor.pos_ in {"VERB", "AUX"} and _future(governor):
        # "will be able to put": what a look ahead leads to is ahead.
        return True
    if verb.tag_ == "VBG" and verb.dep_ in {"acl", "advcl"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        # "walk out in a 72-hour strike starting on Monday": a participle has its clause's tense.
        ruling = next((t for t in verb.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if ruling is not None:
            return _future(ruling)
    if trigger.pos_ in {"NOUN", "PROPN"} and _behind(trigger):
        # "faces weeks of disruption after Monday night's explosion": what the present follows is past.
        return False
    has_past_auxiliary = any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBN"} for c in verb.children)
    return verb.tag_ in {"VBZ", "VBP"} and not has_past_auxiliary and not _reports_words(verb)


def _behind(noun: Token) -> bool:
    """Whether a behind preposition ("after", "since") governs the noun's phrase within its
    clause, however the parser hangs the words between ("after Monday night's explosion at the
    Varrick works", with "works" read as a verb)."""
    node = noun
    while node.head.i != node.i and node.dep_ not in {"ROOT", "ccomp", "advcl", "relcl", "conj", "xcomp"}:
        if node.dep_ in {"pobj", "pcomp"} and node.head.lower_ in date_words()["behind_prepositions"]:
            return True
        node = node.head
    return False


def _place(trigger: Token) -> str | None:
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "at"}:
            for target in child.children:
                if target.ent_type_ in {"GPE", "LOC", "FAC"}:
                    return name(target)
    return None
