"""What a number is about, read from the parse: the thing it counts ("30,000 European troops"),
the verb it hangs on, who holds it, its participants, place and dates, on whose word it is
reported, and its role — a part ("four of them"), a whole ("27 of the 60 seats"), a forecast, a
change ("lost 9 seats") or a level ("fell to 21 seats")."""

from __future__ import annotations

from spacy.tokens import Span, Token
from spacy.vocab import Vocab

from checker.extract.number_runs import HYPHENS, period_label_words
from checker.extract.quantity_mention import COUNTED_DIMENSIONS, Mention
from checker.extract.relations import Relations
from checker.extract.speech import is_speech_verb, verb_lemma
from checker.extract.syntax import (
    HOLDER_DEPS,
    PRONOUN_TAGS,
    RELATIVE_PRONOUNS,
    antecedent,
    entities,
    entities_in,
    entity_text,
    in_dateline,
    looks_like_name,
    name,
    participants,
    record_date,
)
from checker.extract.tense import outlook
from checker.lexicon import numbers, units
from checker.lexicon.dates import date_words, time_clause_marks
from checker.lexicon.english import noun_class
from checker.lexicon.names import given_names
from checker.lexicon.qualifiers import qualifier_table
from checker.lexicon.sides import side_phrases, side_verbs
from checker.resources import data_cache, load_data

_MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod"}
_NARROWING_PREPOSITIONS = {"at", "for", "of"}
_NOT_PLACES = frozenset({"PERSON", "DATE", "TIME", "ORDINAL", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
"""Entity labels that never name where a figure was counted."""
_SITES = frozenset({"GPE", "LOC", "FAC"})
"""Entity labels that name a place wherever they stand, not only after "in"."""
_PLACES = frozenset({"GPE", "LOC"})
"""Names of places, as opposed to sites: what an area after "in" is named after."""


class FigureContext:
    """Reads a figure's context with the change and forecast words of scope.yaml."""

    def __init__(self, vocab: Vocab) -> None:
        scope = load_data("scope.yaml")
        self.relations = Relations(vocab)
        self.earlier_prepositions = set(scope["earlier_value_prepositions"])
        self.change_verbs = set(scope["change_verbs"])
        self.hypothetical = set(scope["hypothetical"])
        self.conditions = set(scope["conditions"])

    def read_context(self, run: Span, noun: Token | None, mention: Mention, earlier: list[Span]) -> None:
        """Concept, verb, holder, participants and time of a figure; `run` is the whole mention."""
        gapped = _gapped_subject(run, earlier)
        if gapped:
            copy_context(earlier[-1]._.quantity, mention)
            mention.holder, mention.participants = gapped, [gapped]
            return
        # "orders of €3.4bn": the number, not a scale word after it, is what "of" takes.
        owner = next((found for token in reversed(run) if (found := self.relations.target(token, "owner_of_amount")) is not None), None)
        share_of = _of_object(run) if noun is None and owner is None else None
        concept = noun if noun is not None else owner or share_of or _amount_of(run)
        verb = governing_verb(concept if concept is not None else run.root)
        if verb is not None and verb.i in range(run.start, run.end):
            # "raised £48m": a scale letter the tagger calls a verb is part of the figure.
            verb = governing_verb(verb.head) if verb.head.i != verb.i else None
        if concept is None and verb is not None:
            concept = _topic(verb, run)
        if concept is not None and concept.i not in range(run.start, run.end):
            modifiers = narrowing_modifiers(concept, run)
            mention.concept_head = concept.lemma_.lower()
            mention.concept_modifiers = [t.lemma_.lower() for t in modifiers]
            mention.concept_text = " ".join(t.text for t in [*modifiers, concept])
            mention.noun_verbs = [] if _taken_from(concept, run) else _noun_verbs(concept)
            governor = self.relations.target(concept, "group_of_counted") if share_of is None else None
            if governor is not None and governor.i not in range(run.start, run.end):
                extra = narrowing_modifiers(governor, run)
                mention.concept_modifiers += [t.lemma_.lower() for t in [*extra, governor]]
                mention.concept_text += " (" + " ".join(t.text for t in [*extra, governor]) + ")"
        if verb is not None:
            mention.predicate = verb_lemma(verb) + _state_of(verb, run)
            # "remained trapped", "were left stranded": the participle says what happened to them.
            mention.noun_verbs += [c.lemma_.lower() for c in verb.children if c.dep_ in {"xcomp", "acomp", "oprd"} and c.tag_ == "VBN"]
            mention.holder = holder(verb)
            mention.subject = _common_subject(verb, run, concept)
            mention.subject_name = _subject_name(verb, mention.subject)
            mention.participants = sorted({*participants(verb), *([mention.holder] if mention.holder else [])})
            mention.side = side_taken(verb)
            mention.outlook = outlook(verb)
        if concept is not None and mention.side is None:
            # "two-thirds of members voting against it": the side the counted noun's own verb takes.
            mention.side = next((side for c in concept.children if c.dep_ in {"acl", "relcl"} and (side := side_taken(c))), None)
        named = _named_for(run)
        if named is not None:
            mention.holder, mention.participants = named, [named]
        if concept is not None:
            mention.own_verbs = [] if _taken_from(concept, run) else _own_verbs(concept, verb)
        mention.earlier_value = self._is_earlier_value(run, concept)
        mention.time_words = [] if mention.earlier_value else clause_dates(run, verb)
        mention.role = self._whole_of(run, noun) or self._part_of(run) or self._expected(run, verb) or self._change_or_level(run, noun, verb, mention)
        mention.place = _place(run, noun, verb, concept)
        mention.source = self._source(run, verb)

    def _whole_of(self, run: Span, noun: Token | None) -> str | None:
        """ "27 of the 60 seats", "34 of the assembly's 90 seats": the 60 is the whole the 27 is
        taken from, not a count of its own — by the parse (relation `whole_of_part`), or by the
        words when the parser hangs the 34 elsewhere; "the 81-seat council" gives a whole's size."""
        if any(self.relations.target(token, "whole_of_part") for token in ((noun, *run) if noun is not None else run)):
            return "total"
        doc, before = run.doc, run.start - 1
        while before > 0 and doc[before].dep_ in {"det", "poss", "case", "amod", "compound"} and not doc[before].like_num:
            before -= 1
        if before > 0 and doc[before].lower_ == "of" and doc[before - 1].like_num:
            return "total"
        if noun is not None and noun.i == run.end + 1 and doc[run.end].text in {"-", "–"} and noun.dep_ == "compound":
            # "the 81-seat council", "a 24,000-seat stadium": the size of what the noun modifies.
            return "total"
        return None

    def _part_of(self, run: Span) -> str | None:
        """ "11 people were hurt, four of them seriously": a figure taken from a group the text has
        just counted, named by a pronoun (relation `part_of_named_group`), is a part of it, never
        a count of the group, and meets only another part."""
        return "part" if any(self.relations.target(token, "part_of_named_group") for token in run) else None

    def _source(self, run: Span, verb: Token | None) -> str | None:
        """On whose word a figure is reported: "according to The Telegraph", "..., the paper reported"."""
        anchor = verb if verb is not None else run[-1]
        chain = [anchor, *anchor.ancestors]
        for node in chain:
            for child in node.children:
                if child.lower_ == "according":
                    named = [obj for prep in child.children for obj in prep.children if obj.dep_ == "pobj"]
                    if named:
                        return name(named[0])
        for node in chain:
            speech = [node] if node.i != anchor.i and self._is_speech(node) else []
            speech += [c for c in node.children if c.dep_ in {"parataxis", "advcl"} and self._is_speech(c)]
            for verb_ in speech:
                subject = next((c for c in verb_.children if c.dep_ in HOLDER_DEPS), None)
                if subject is not None and subject.tag_ not in PRONOUN_TAGS:
                    return name(subject) if looks_like_name(subject) else " ".join(t.text for t in subject.subtree if t.dep_ != "det")
        return None

    def _is_speech(self, token: Token) -> bool:
        return token.pos_ == "VERB" and is_speech_verb(token)

    def _expected(self, run: Span, verb: Token | None) -> str | None:
        """ "analysts' expectations of $17.9bn": the words between the figure and its verb make it a
        forecast; "would pay more than £30 if an inquiry found ...": a condition on its clause, or
        on a clause above it, makes it one."""
        for node in (run[-1], *run[-1].ancestors):
            if node.lemma_.lower() in self.hypothetical:
                return "expected"
            if verb is not None and node.i == verb.i:
                break
        for node in (verb, *verb.ancestors) if verb is not None else ():
            if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.conditions for m in c.children) for c in node.children):
                return "conditional"
        node = verb
        while node is not None and node.dep_ in {"ccomp", "xcomp"} and node.head.i != node.i:
            # "The trust forecasts that the list will fall to 63,000": what a verb of expectation
            # reports is a forecast.
            node = node.head
            if node.lemma_.lower() in self.hypothetical:
                return "expected"
        if verb is not None and _counterfactual(verb):
            return "conditional"
        return None

    def _change_or_level(self, run: Span, noun: Token | None, verb: Token | None, mention: Mention) -> str | None:
        """ "lost 9 seats", "rose by 4%" are changes; "slumped to 21 seats", "fell to €2.9bn" are
        levels. A figure "by" which any act went ("won by 2,814 votes", "beat them by 3 points",
        "the discharge was raised by 650 cubic metres a second": a measure is no doer) is a
        difference, a change too."""
        if verb is None:
            return None
        start = noun if noun is not None else next((t for t in run if t.like_num), run[0])
        path = [start, *start.ancestors]
        if verb.i not in {node.i for node in path}:
            return None
        if verb.lemma_.lower() not in self.change_verbs:
            # The parser may call such a "by" an agent; on a verb not in the passive, it is not one
            # ("a rally attended by 5,000 people" is).
            by_verb = next((node for node in path if node.head.i == verb.i), None)
            passive = verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children)
            measure = (mention.unit is not None and mention.unit.dimension not in COUNTED_DIMENSIONS) or bool(mention.currency)
            if by_verb is not None and by_verb.dep_ in {"prep", "agent"} and by_verb.lower_ == "by" and (not passive or measure):
                return "change"
            # "the margin widened to 12.1 per cent": an amount a verb with no object reached.
            reached = noun is None and run.start > 0 and run.doc[run.start - 1].lower_ == "to"
            return "level" if reached and by_verb is not None and by_verb.lower_ == "to" and not any(c.dep_ == "dobj" for c in verb.children) else None
        preposition, reached_by = None, None
        for node in path:
            if node.i == verb.i:
                break
            if node.dep_ == "pobj":
                preposition = node.head.lower_
            reached_by = node.dep_
        if reached_by in {"nsubj", "nsubjpass"}:
            # "38 turbines will rise on the moor": the things counted do the rising; no amount changed.
            return None
        before = run.doc[run.start - 1].lower_ if run.start > 0 else None
        if before in {"to", "at", "by"}:
            # "rose by 40,000 to 1.2 million", which the parser may read as one amount: the word
            # right before each figure says which it is.
            preposition = before
        if preposition in {"to", "at"}:
            return "level"
        return "change" if preposition in {None, "by"} else None

    def _is_earlier_value(self, run: Span, counted: Token | None) -> bool:
        """ "up from £120", "compared with 40", "from 22 seats to 31": the amount is the value
        before a change; so is the amount of a noun there ("down from its May forecast of 82
        billion yen")."""
        for token in (*run, counted) if counted is not None else run:
            while token.head.lower_ == "of" and token.head.head.pos_ == "NOUN" and token.head.head.i < token.head.i:
                token = token.head.head
            head = token.head
            if head.lower_ in self.earlier_prepositions and (head.head.lower_ in change_words() or _to_a_figure(head)):
                return True
        return False


def counted_noun(run: Span, anchor: Token, end: int) -> Token | None:
    """The noun a number counts: "30,000 European troops" -> troops."""
    for token in (*reversed(run), anchor):
        head = token.head
        while head.i in range(run.start, end) and head.head.i != head.i:
            head = head.head
        if token.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod"} and head.pos_ in {"NOUN", "PROPN"}:
            between = run.doc[token.i : head.i]
            if head.i not in range(run.start, end) and head.i > token.i and not any(t.is_space for t in between):
                # "a 10km control zone", "2.3 million loyalty card holders": a noun that only
                # modifies the next is not what is counted; "24,000-seat stadium" counts seats.
                while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i == head.i + 1 and run.doc[head.i - 1].text not in {"-", "–"}:
                    head = head.head
                return head
    return None


def _common_subject(verb: Token, run: Span, concept: Token | None) -> str | None:
    """The common noun doing the verb ("the plant employs", "the group employs"): it tells whose figure it is."""
    subject = _subject_of(verb)
    if subject is not None and (subject.like_num or numbers.parse_words([subject.lemma_.lower()], units.scale_of) is not None):
        # "Hundreds of porters will walk out": the porters, not the hundreds, do it.
        subject = next((g for c in subject.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), subject)
    if subject is None or subject.pos_ != "NOUN" or subject.i in range(run.start, run.end):
        return None
    if concept is not None and subject.i == concept.i:
        return None
    # "Varrick's second plant employs 90", "the wealthiest district spends": which one of several
    # it is belongs to the holder.
    instance = [c.lower_ for c in subject.children if c.dep_ == "amod" and (c.lower_ in date_words()["instance_words"] or c.tag_ == "JJS")]
    return " ".join([*instance, subject.lemma_.lower()])


def _named_for(run: Span) -> str | None:
    """ "14,906 votes to 12,092 for Colin Radley": a name right after the figure, after "for",
    is whose figure it is, whatever the clause's subject; so is a name owning the figure itself
    ("86,319 votes against Ms Mishra's 67,577")."""
    doc = run.doc
    owner = next((c for token in run for c in token.children if c.dep_ == "poss" and c.i < run.start), None)
    if owner is not None and looks_like_name(owner):
        return name(owner)
    if run.end < len(doc) and doc[run.end].lower_ == "for":
        owner = next((c for c in doc[run.end].children if c.dep_ == "pobj"), None)
        return name(owner) if owner is not None and looks_like_name(owner) else None
    return _rival_after_to(run)


def _rival_after_to(run: Span) -> str | None:
    """ "received 31,482 votes, or 52.6%, to 28,371 votes, or 47.4%, for Halloway": a figure
    after "to" set against the subject's, with "for" a name later in the clause, is that name's,
    however far the parser hangs the "for"."""
    for node in (run[-1], *run[-1].ancestors):
        if node.pos_ in {"VERB", "AUX"}:
            return None
        if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.dep_ == "prep":
            verb = node.head.head
            rival = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > node.i for o in c.children if o.dep_ == "pobj"), None)
            return name(rival) if rival is not None and looks_like_name(rival) else None
    return None


def _state_of(verb: Token, run: Span) -> str:
    """ "450 homes were under the evacuation order" / "130 homes were under water": what a copula
    says of the counted things is the phrase after it, so "be" alone tells two states apart no
    more than it names one. A phrase holding the figure, a date or a place is not such a state."""
    if verb.lemma_.lower() != "be":
        return ""
    for prep in verb.children:
        if prep.dep_ != "prep" or any(run.start <= t.i < run.end for t in prep.subtree):
            continue
        target = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and not c.ent_type_), None)
        if target is not None:
            return f" {prep.lower_} {target.lemma_.lower()}"
    return ""


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject; in a relative clause, the noun a "which" or "who" stands for ("the
    company, which employs 1,150 people")."""
    subject = next((c for c in verb.children if c.dep_ in HOLDER_DEPS), None)
    if subject is not None and subject.tag_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subject


def _subject_name(verb: Token, subject: str | None) -> str | None:
    """The name a common-noun subject is called by ("the Harrowgate plant"): that plant, not
    another body the other article names."""
    noun = _subject_of(verb)
    if subject is None or noun is None:
        return None
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(t.text for t in names) if names else None


def _amount_of(run: Span) -> Token | None:
    """ "$250,000 in prize money": what the amount is in."""
    for token in run:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.ent_type_ != "DATE"]
                if objects:
                    return objects[0]
    return None


def _topic(verb: Token, run: Span) -> Token | None:
    """What a bare amount measures when the clause says it.

    "operating profit dropped to €2.9bn", "Turnout was 67%": the subject, when the verb has no
    object, or the noun a "which" stands for ("Inflation, which eased to 29.5%"); "put turnout at
    68.3%": the object. An agent ("the court fined Velox €410m") is not it.
    """

    def eligible(child: Token) -> bool:
        common = child.pos_ == "NOUN" or (child.pos_ == "PROPN" and child.i == child.sent.start and " " not in name(child))
        return common and not child.like_num and child.i not in range(run.start, run.end)

    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i not in range(run.start, run.end)]
    if objects:
        return next((c for c in objects if eligible(c)), None)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and eligible(c)), None)
    relative = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ == "WDT"), None)
    if subject is None and relative is not None and verb.dep_ == "relcl" and eligible(verb.head):
        # "Inflation, which eased to 29.5%": a "which", not a "who" ("people who sleep less than six hours").
        return verb.head
    return subject


def _gapped_subject(run: Span, earlier: list[Span]) -> str | None:
    """ "The Liberal Party took 24.8%, the Greens 11.2%": the verb is left out, the name before the figure holds it."""
    doc = run.doc
    previous = [s for s in earlier if s.end <= run.start]
    sentence_start = run.sent.start if doc.has_annotation("SENT_START") else 0
    gap_start = max([s.end for s in previous if s.end > sentence_start] or [run.start])
    gap = doc[gap_start : run.start]
    if gap_start == run.start or any(t.pos_ in {"VERB", "AUX"} for t in gap) or not any(t.text == "," or t.lower_ == "and" for t in gap):
        return None
    # The left-out verb's subject stands between the last comma or "and" and the figure: a name
    # before them belongs to the first clause ("23 cases in Hallowmere since July, 19 of them
    # ...": no verb is left out of "19 of them").
    last_separator = max(t.i for t in gap if t.text == "," or t.lower_ == "and")
    names = [t for t in doc[last_separator + 1 : run.start] if looks_like_name(t)]
    return name(names[-1]) if names else None


def _to_a_figure(preposition: Token) -> bool:
    """ "from 25 seats to 34": a value the text says changed into another is the earlier one."""
    around = [*preposition.children, *preposition.head.children]
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(t.like_num for t in c.subtree) for c in around)


def _counterfactual(verb: Token) -> bool:
    """ "the fine would have been £11.7 million": a modal with a perfect "have" tells what did not
    happen."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(a.tag_ == "MD" for a in auxiliaries) and any(a.lemma_.lower() == "have" and a.tag_ == "VB" for a in auxiliaries)


def _place(run: Span, noun: Token | None, verb: Token | None, concept: Token | None = None) -> str | None:
    """A place the clause names for the figure: "In neighbouring Ossington, ... won 14 seats",
    "Rents in Lindvale rose 9.4%", "rents in the Port Ellery metro area"."""
    if verb is not None and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        return name(verb.head)
    anchors = {t.i for t in (noun, verb, concept) if t is not None} | {t.i for t in run}
    # "the 1,800 people employed at Dunmarsh": the noun's own participle names its site too.
    own = {c.i for c in noun.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"} if noun is not None else set()
    for entity in entities_in(run.sent) if run.doc.has_annotation("SENT_START") else entities(run.doc):
        # "In neighbouring Osterhaven, turnout was 49 per cent": a name after "in" on the
        # figure's clause is where it was counted, whatever the recogniser calls the name.
        if entity.label_ in _NOT_PLACES and not _lone_name(entity) and not _named_site(entity) and not _names_a_site(entity):
            continue
        root = entity.root
        if _names_a_site(entity) and root.head.dep_ in {"nsubj", "nsubjpass"} and verb is not None and root.head.head.i == verb.i:
            # "The Oregon site will lose 640 positions": the site doing the figure's verb is where.
            return entity.text
        if root.dep_ == "compound" and root.head.dep_ == "pobj" and (entity.label_ in _PLACES or _names_a_site(entity)):
            # "in the Port Ellery metro area", "at its Dunmore Falls plant": a place naming the
            # area or the site after the preposition.
            root = root.head
        elif root.dep_ != "pobj" or root.pos_ != "PROPN":
            continue
        # "At Dunvarrow General Hospital, 41,200 people are waiting": a site put before the
        # figure's clause is where it was counted too.
        fronted = verb is not None and root.head.head.i == verb.i and root.head.i < min(run.start, verb.i)
        after = {root.head.head, root.doc[root.head.i - 1]}
        at_site = (
            root.head.lower_ == "at"
            and (entity.label_ in _SITES or _named_site(entity) or _names_a_site(entity))
            and not any(t.lemma_.lower() in noun_class("agents") for t in after)
        )
        # "2mg per litre at Hallam Weir" is where it was measured; "members at Northbrook Rail"
        # are the company's staff, wherever they work.
        if (root.head.lower_ == "in" or at_site) and root.head.head.i in anchors | own or (root.head.lower_ == "at" and (root.head.head.i in own or fronted)):
            # "sold in the UK and Ireland": the places named together are the figure's place.
            return " and ".join([entity.text, *(name(c) for c in root.conjuncts if c.pos_ == "PROPN")])
    return None


def _names_a_site(entity: Span) -> bool:
    """A name in front of a noun for a structure or a place (WordNet's sites): "the Oregon site",
    "its Dunmore Falls plant" — where the site is, whatever the recogniser calls the name."""
    root = entity.root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in noun_class("sites") and entity.label_ not in {"ORG", "NORP"}


def _named_site(entity: Span) -> bool:
    """A name the recogniser calls a person whose last word is a common noun for a structure or a
    place (WordNet's sites): "at Hallam Weir", "on Sedge Bridge" name a site, not a person."""
    last = entity[-1]
    return entity.label_ == "PERSON" and len(entity) > 1 and last.lower_ in noun_class("sites") and last.lower_ not in given_names()


def _lone_name(entity: Span) -> bool:
    """One capitalised word the recogniser calls a person, which no census lists as a given name:
    after "in" on the figure's clause ("18 branches in Ardlow"), a place it does not know."""
    return entity.label_ == "PERSON" and len(entity) == 1 and entity.text.lower() not in given_names()


def _taken_from(noun: Token, run: Span) -> bool:
    """ "Four of the six boats used in the rescue": the noun names the group the figure is taken
    from, so what is told on the noun (the boats used) is told of the whole, not of the four.
    A group named without an article ("72% of members who voted") is the base of a share, and
    what is told on it is told of the share."""
    definite = any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)
    return definite and noun.head.lower_ == "of" and noun.head.head.i in range(run.start, run.end)


def _noun_verbs(noun: Token) -> list[str]:
    """What the counted things did or underwent, told on the noun itself rather than by the
    main verb: "reached 47 miners trapped underground", "the two climbers, who were rescued on
    Friday": participles and relative clauses hanging on the noun."""
    return sorted({verb_lemma(c) for c in noun.children if c.dep_ in {"acl", "relcl"} and c.pos_ in {"VERB", "AUX"}})


def _own_verbs(noun: Token, verb: Token | None) -> list[str]:
    """What happened to each counted thing, once per thing: the verb the noun is the object or
    the passive subject of ("detained 12 people", "12 people were detained"), the subject of when
    nothing else is done to ("12 people died"), or a passive participle on it ("12 people
    detained", "who were detained"). Not what they did to something else ("12 people attacked
    the station")."""
    found = [c.lemma_.lower() for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    found += [c.lemma_.lower() for c in noun.children if c.dep_ == "relcl" and any(a.dep_ == "auxpass" for a in c.children)]
    if verb is not None and noun.head.i == verb.i:
        intransitive = noun.dep_ == "nsubj" and not any(c.dep_ in {"dobj", "attr", "ccomp", "xcomp"} for c in verb.children)
        if noun.dep_ in {"dobj", "nsubjpass"} or intransitive:
            found.append(verb_lemma(verb))
    return sorted(set(found))


def side_taken(verb: Token) -> str | None:
    """ "voted in favour", "voting against it", "was backed by 72% of members": the side of a
    proposal a figure's verb takes, when it takes one (stances.yaml, stance_verbs.yaml)."""
    lemma = verb_lemma(verb)
    if lemma in side_verbs():
        return side_verbs()[lemma]
    doc = verb.doc
    for start in [verb.i, *(c.i for c in verb.children if c.dep_ in {"prep", "advmod", "prt"})]:
        for words, side in side_phrases():
            written = doc[start : start + len(words)]
            if len(written) == len(words) and all(t.lower_ == w or (t.i == verb.i and t.lemma_.lower() == w) for t, w in zip(written, words)):
                return side
    return None


def copy_context(source: Mention, target: Mention) -> None:
    target.concept_head = source.concept_head
    target.concept_modifiers = list(source.concept_modifiers)
    target.concept_text = source.concept_text
    target.predicate = source.predicate
    target.noun_verbs = list(source.noun_verbs)
    target.own_verbs = list(source.own_verbs)
    target.holder = source.holder
    target.participants = list(source.participants)
    target.time_words = list(source.time_words)
    target.earlier_value = source.earlier_value
    target.role = source.role
    target.place = source.place
    target.subject_name = source.subject_name
    target.source = source.source
    target.subject = source.subject
    target.side = source.side


@data_cache(maxsize=1)
def change_words() -> frozenset[str]:
    """Words of change (scope.yaml `change_words`): "up from £120", "a rise in sales"."""
    return frozenset(map(str, load_data("scope.yaml")["change_words"]))


def narrowing_modifiers(noun: Token, run: Span) -> list[Token]:
    """What narrows a noun: adjectives and compounds in front ("European", "military aid") and a
    unit it belongs to or a kind it is of after it ("sales at the cloud unit", "sales at
    Novalink", "letters of support"), in text order."""
    found: list[Token] = []
    # "An estimated 3,200 fish": the hedge before the figure says how exact it is, not which fish.
    hedge = qualifier_table().match_before([t.text for t in run.doc[max(0, run.start - 4) : run.start]])
    hedged = range(run.start - len(hedge.phrase.split()), run.start) if hedge is not None else range(0)
    for child in noun.lefts:
        if child.dep_ in _MODIFIER_DEPS and child.i not in range(run.start, run.end) and child.i not in hedged and not child.like_num:
            found.extend(t for t in child.subtree if t.is_alpha and t.i not in range(run.start, run.end) and t.ent_type_ != "DATE")
    found.extend(t for t in _hyphened_before(noun) if t.i not in range(run.start, run.end))
    # "a 3% rise in like-for-like sales": what a change is in is what changed.
    narrowing = _NARROWING_PREPOSITIONS | ({"in"} if noun.lemma_.lower() in change_words() else set())
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in narrowing:
            for target in child.children:
                if child.lower_ == "of" and not _says_what_for(target, run):
                    continue
                if target.dep_ == "pobj" and target.ent_type_ not in {"DATE", "GPE", "LOC"} and not target.like_num:
                    found.extend(t for t in _phrase_core(target) if t.is_alpha and t.dep_ not in {"det", "prep", "pobj"} or t == target)
    # "at its flagship mine": a possessive pronoun narrows nothing.
    return sorted({t for t in found if t.tag_ not in {"PRP$", "WP$"}}, key=lambda t: t.i)


_ASIDES = frozenset({"appos", "relcl", "acl", "conj", "cc", "punct", "advcl", "parataxis"})
"""Dependents that say more about a noun than which one it is: "the Las Lengas pass, a project
that critics say the country cannot afford"."""


def _phrase_core(noun: Token) -> list[Token]:
    """A noun with the words that narrow it, less the asides hung on it."""
    return [noun, *(t for child in noun.children if child.dep_ not in _ASIDES for t in _phrase_core(child))]


def _hyphened_before(noun: Token) -> list[Token]:
    """The words of a hyphened modifier right before a noun ("like-for-like sales", "hourly-paid
    staff"), which the parser may hang anywhere; none when no hyphen joins them."""
    doc, words, at = noun.doc, [], noun.i - 1
    while at >= 0 and doc[at].is_alpha and (at == noun.i - 1 or not doc[at].whitespace_):
        words.append(doc[at])
        if at < 1 or doc[at - 1].text not in HYPHENS or doc[at - 1].whitespace_ or at < 2 or doc[at - 2].whitespace_:
            break
        at -= 2
    return words if len(words) > 1 and not any(t.like_num for t in words) else []


def _says_what_for(target: Token, run: Span) -> bool:
    """ "letters of support", "letters of objection": an "of" that names an act or a text says
    what the things are for; "batches of tablets", "a turnout of 61 per cent" only say what they
    hold or how much."""
    if any(t.i in range(run.start, run.end) for t in target.subtree):
        return False
    lemma = target.lemma_.lower()
    return any(lemma in noun_class(name) for name in ("texts", "events", "verb_nouns", "acts"))


def _of_object(run: Span) -> Token | None:
    """ "4.1% of GDP": a share is of something."""
    for token in run.doc[run.start : min(len(run.doc), run.end + 2)]:
        for child in token.children:
            if child.lower_ == "of" and child.dep_ == "prep":
                objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}]
                if objects:
                    return objects[0]
    return None


def governing_verb(token: Token) -> Token | None:
    """The verb a claim hangs on; a copula ("Turnout was 67%") counts as its clause's verb."""
    return next(
        (
            node
            for node in (token, *token.ancestors)
            if node.pos_ == "VERB" or (node.pos_ == "AUX" and node.dep_ in {"ROOT", "ccomp", "conj", "advcl", "relcl"})
        ),
        None,
    )


def holder(verb: Token) -> str | None:
    """Whose number it is: the nearest named subject up the chain of verbs ("Starmer ... plan to
    send"), or the name a described subject is given beside it ("Its candidate, haulage boss
    Darren Fitch, took ...")."""
    for node in (verb, *verb.ancestors):
        for child in node.children:
            if child.dep_ in HOLDER_DEPS:
                named = antecedent(child) if child.tag_ in PRONOUN_TAGS else child
                if named is not None and not looks_like_name(named):
                    named = next((c for c in named.children if c.dep_ == "appos" and looks_like_name(c)), named)
                return name(named) if named is not None and looks_like_name(named) and not in_dateline(named) else None
    return None


def _date_before_when(verb: Token) -> Token | None:
    """ "compared with last year, when the council withheld 178,300": a clause opened by a
    relative adverb right after a date describes that date, however the parser hangs the clause
    ("while", a time mark too, more often sets a contrast: "up on last year, while exports fell")."""
    opener = next((c for c in verb.children if c.dep_ in {"advmod", "mark"} and c.tag_ == "WRB" and c.i < verb.i), None)
    if opener is None or opener.i < 2 or opener.doc[opener.i - 1].text != ",":
        return None
    before = opener.doc[opener.i - 2]
    return before if before.ent_type_ == "DATE" else None


def clause_dates(run: Span, verb: Token | None) -> list[str]:
    """Date phrases of the number's own clause ("In 2001, 145 people died"; "last year's edition drew").

    A conjoined clause shares its first clause's dates, as does a participle that tells what came
    with its clause ("closed the plant in 2019, shedding 280 jobs"); a clause that describes a
    date ("since 1997, when it rose by 6.9 metres") takes that date, and a clause saying when
    ("When the storm hit last January, 130,000 homes lost power") gives its dates.
    """
    if verb is None:
        return []
    clause_verbs = {verb.i}
    node = verb
    while (node.dep_ == "conj" or (node.dep_ == "advcl" and node.tag_ == "VBG" and node.i > node.head.i)) and node.head.i != node.i:
        node = node.head
        clause_verbs.add(node.i)
    found = []
    if node.dep_ == "relcl" and node.head.ent_type_ == "DATE":
        found.append(entity_text(node.head))
    elif (described := _date_before_when(node)) is not None:
        found.append(entity_text(described))
    for token in run:
        clause_verbs.update(child.i for child in token.children if child.dep_ == "relcl")
    # "When Storm Nyall hit the region last January, 130,000 homes lost power": a clause saying when.
    marks = time_clause_marks()
    clause_verbs.update(
        child.i
        for i in list(clause_verbs)
        for child in run.doc[i].children
        if child.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in marks or c.dep_ == "mark" and c.lower_ in marks for c in child.children)
    )
    dated = []
    for entity in entities_in(run.sent) if run.doc.has_annotation("SENT_START") else entities(run.doc):
        if entity.label_ != "DATE" or entity.start in range(run.start, run.end) or record_date(entity):
            continue
        clause = _clause_verb(entity.root)
        if clause is not None and clause.i in clause_verbs and not _is_duration(entity):
            root = entity.root
            preposition = root.head.lower_ if root.dep_ == "pobj" and root.head.i < entity.start else ""
            dated.append((entity.start, f"{preposition} {entity.text}".strip()))
    start, end = _own_stretch(run)
    own = [text for at, text in dated if start <= at < end]
    # "gave 341 doses on Saturday and 271 on Sunday": figures listed with a date each take their own.
    return found + (own if own and len(own) < len(dated) else [text for _, text in dated])


def _own_stretch(run: Span) -> tuple[int, int]:
    """The stretch of its sentence a figure has to itself among the figures listed in it: from the
    last separator after the figure before it to the last separator before the figure after it."""
    sentence = run.sent if run.doc.has_annotation("SENT_START") else run.doc[:]
    others = [t.i for t in sentence if t.pos_ == "NUM" and t.like_num and t.ent_type_ not in {"DATE", "TIME"} and t.i not in range(run.start, run.end)]
    before = max((i for i in others if i < run.start), default=None)
    after = min((i for i in others if i >= run.end), default=None)
    doc = run.doc
    start = sentence.start if before is None else max((t.i + 1 for t in doc[before : run.start] if _separates(t)), default=sentence.start)
    end = sentence.end if after is None else max((t.i for t in doc[run.end : after] if _separates(t)), default=sentence.end)
    return start, end


def _separates(token: Token) -> bool:
    """A coordinating conjunction, a comma or a semicolon: where one listed item ends."""
    return token.pos_ == "CCONJ" or token.text in {",", ";"}


def _is_duration(entity: Span) -> bool:
    """ "two decades", "three days", "monthly", "a five-year deal": a length or frequency, not a moment.

    Labelled stretches ("the first nine months") stay: they name the period a figure covers.
    """
    if entity.root.pos_ == "ADJ" or entity.root.dep_ == "amod":
        return True
    if any(t.lower_ in period_label_words() for t in entity):
        return False
    return any(t.like_num for t in entity) and units.lookup(entity.root.lemma_.lower(), in_compound=True) is not None


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause a token belongs to; None inside a comparison ("up from £120 last year")."""
    for node in (token, *token.ancestors):
        if node.lower_ in {"from", "than"} or node.lower_ == "with" and node.head.lower_ == "compared":
            return None
        if node.pos_ in {"VERB", "AUX"} and node.i != token.i:
            return node
    return token if token.head.i == token.i and token.pos_ in {"VERB", "AUX"} else None
