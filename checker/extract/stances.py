"""The `crosscheck_stances` spaCy component: who is reported as for or against which proposal.

Three shapes are read: a stance verb ("Putin accepted the idea of European peacekeepers",
"Moscow firmly rejects NATO troops"), a stance phrase ("open to European peacekeepers"), and a
stance adjective ("any plan to send troops would be unacceptable for Russia"). A negation flips
the stance; a speech verb above it ("Trump said that ...") is recorded as the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from checker.extract.speech import is_speech_verb, speaking_nouns
from checker.extract.syntax import RELATIVE_PRONOUNS, antecedent, entities, gendered_pronoun, past_dateline, personal_pronoun
from checker.lexicon.sides import SIDES, side_phrases, side_verbs
from checker.resources import load_data

if not Doc.has_extension("stances"):
    Doc.set_extension("stances", default=None)
if not Span.has_extension("stance"):
    Span.set_extension("stance", default=None)


@dataclass
class StanceMention:
    holders: list[str]
    polarity: str
    proposal: str
    proposal_words: list[str]
    source: str | None
    proposal_head: str = ""
    proposal_figures: list[str] = field(default_factory=list)
    proposal_version: str | None = None
    proposal_bare: bool = False


@Language.factory("crosscheck_stances")
def make_stance_component(nlp: Language, name: str) -> StanceMentions:
    return StanceMentions()


class StanceMentions:
    def __init__(self) -> None:
        data = load_data("stances.yaml")
        self.verbs = side_verbs()
        self.adjectives = {w: p for p in SIDES for w in data[p]["adjectives"] if " " not in w}
        self.phrases = [(list(words), side) for words, side in side_phrases()]
        self.filler = set(data["filler"])
        self.versions = {str(w).lower() for w in data["versions"]}
        self.hedges = {str(w).lower() for w in data["hedges"]}
        self.firm_modals = {str(w).lower() for w in data["firm_modals"]}
        self.earlier_times = {str(w).lower() for w in data["earlier_times"]}
        self.bodies = speaking_nouns()
        self.phrase_starts = {words[0] for words, _ in self.phrases}

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for token in doc:
            found = self._stance_at(doc, token)
            if found is not None:
                span, mention = found
                span._.stance = mention
                spans.append(span)
        doc._.stances = spans
        return doc

    def _stance_at(self, doc: Doc, token: Token) -> tuple[Span, StanceMention] | None:
        pos = token.pos_
        if pos == "VERB":
            lemma = token.lemma_.lower()
            particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
            if particle and f"{lemma} {particle}" in self.verbs:
                lemma = f"{lemma} {particle}"
            if lemma in self.verbs:
                agent = next((c for c in token.children if c.dep_ == "agent"), None)
                if agent is not None:
                    return self._passive(doc, token, agent, self.verbs[lemma])
                return self._mention(doc, token, token, self.verbs[lemma], _object(token))
        elif pos == "ADJ" and token.lemma_.lower() in self.adjectives:
            return self._adjective(doc, token, self.adjectives[token.lemma_.lower()])
        if token.lower_ not in self.phrase_starts:
            return None
        for words, polarity in self.phrases:
            if [t.lower_ for t in doc[token.i : token.i + len(words)]] == words:
                last = doc[token.i + len(words) - 1]
                target = _object(last) or (doc[last.i + 1] if last.i + 1 < len(doc) and doc[last.i + 1].pos_ in {"NOUN", "PROPN"} else None)
                return self._mention(doc, token, _clause_head(token), polarity, target)
        return None

    def _adjective(self, doc: Doc, adjective: Token, polarity: str) -> tuple[Span, StanceMention] | None:
        """ "X would be unacceptable for Russia"; "called the plan unacceptable"."""
        holder = next(
            (obj for prep in adjective.children if prep.dep_ == "prep" and prep.lower_ in {"to", "for"} for obj in prep.children if obj.dep_ == "pobj"),
            None,
        )
        head = adjective.head
        if adjective.dep_ == "amod" and adjective.i > head.i:
            # "called the revised offer (from Alder Crest) unacceptable", parsed as an adjective
            # after a noun of the object: the object's verb is the clause.
            node = head
            while node.dep_ in {"pobj", "prep"} and node.head.i != node.i:
                node = node.head
            if node.dep_ == "dobj":
                head = node.head
        proposal = next((c for c in head.children if c.dep_ == "dobj"), None) or next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        holders = [holder] if holder is not None else _subjects(head)
        if proposal is None or not holders:
            return None
        return self._build(doc, adjective, holders, polarity, proposal)

    def _passive(self, doc: Doc, verb: Token, agent: Token, polarity: str) -> tuple[Span, StanceMention] | None:
        """ "The scheme was opposed by local MP Rosalind Tarrant": the agent holds the position on
        the subject. A pronoun as that subject is what the sentence before was about ("The application
        attracted 2,000 objections. It was supported by ...")."""
        holders = [g for g in agent.children if g.dep_ == "pobj"]
        target = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if target is not None and target.pos_ == "PRON":
            target = _previous_subject(target)
        if target is None or not holders or self._not_firm(verb) or self._superseded(verb):
            return None
        return self._build(doc, verb, holders, polarity, target)

    def _mention(self, doc: Doc, trigger: Token, clause: Token, polarity: str, target: Token | None):
        if target is None or self._not_firm(clause) or self._superseded(clause):
            return None
        holders = _subjects(clause)
        if not holders:
            return None
        return self._build(doc, trigger, holders, polarity, target)

    def _superseded(self, clause: Token) -> bool:
        """ "initially rejected", "at first opposed", "who opposed it in 2023": a position the text
        says was held before — what it is now is told elsewhere, and that is what is compared."""
        for child in clause.children:
            words = [t.lower_ for t in child.subtree]
            if child.dep_ in {"advmod", "prep", "npadvmod"} and len(words) <= 2 and words[-1] in self.earlier_times:
                return True
        # "Kyle, who opposed the scheme when it first came to the council in 2023, said ...": a
        # past position a relative clause dates is the holder's history, not what they hold now.
        if clause.dep_ == "relcl" and clause.tag_ == "VBD":
            return any(t.ent_type_ == "DATE" or (t.dep_ == "advcl" and any(m.lower_ == "when" for m in t.children)) for t in clause.subtree)
        return False

    def _not_firm(self, clause: Token) -> bool:
        """ "did not reject", "would accept if ...", "is considering whether to back": no position
        taken yet, so nothing to compare with a firm one. The clause and those it hangs on are
        read ("voted to approve" is the vote's)."""
        node = clause
        for _ in range(3):
            for child in node.children:
                if child.dep_ == "neg" or (child.dep_ == "aux" and child.tag_ == "MD" and not self._firm_modal(child, node)) or child.lower_ in self.hedges:
                    return True
                if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.hedges for m in child.children):
                    return True
            if node.lemma_.lower() in self.hedges or node.dep_ not in {"xcomp", "conj"} or node.head.i == node.i:
                return node.lemma_.lower() in self.hedges
            node = node.head
        return False

    def _firm_modal(self, modal: Token, clause: Token) -> bool:
        """ "will back the plan", "said it would support the offer": a modal stating what the
        holder will do, not what it might ("would" only as the "will" of reported speech)."""
        if modal.lower_ not in self.firm_modals:
            return False
        return modal.lower_ != "would" or (clause.dep_ == "ccomp" and is_speech_verb(clause.head))

    def _build(self, doc: Doc, trigger: Token, holders: list[Token], polarity: str, target: Token):
        # "the offer the dockers rejected": the proposal is the noun without the clause telling the stance.
        clause = range(trigger.left_edge.i, trigger.right_edge.i + 1) if target.is_ancestor(trigger) else range(0)
        proposal_tokens = [t for t in target.subtree if not t.is_punct and t.i not in clause]
        proposal_tokens += _content_clause(target, trigger)
        proposal_words = [
            t.lemma_.lower() for t in proposal_tokens if t.pos_ in {"NOUN", "PROPN", "ADJ", "VERB"} and t.lemma_.lower() not in self.filler and t.is_alpha
        ]
        if not proposal_words:
            return None
        names = [n for n in (_holder_name(h, self.bodies) for h in holders) if n]
        if not names:
            return None
        # A proposal named in the sentence before ("It was supported by ...") is not cited with it.
        sentence = trigger.sent
        start = max(min(trigger.i, proposal_tokens[0].i), sentence.start)
        end = min(max(trigger.i, proposal_tokens[-1].i) + 1, sentence.end)
        mention = StanceMention(
            holders=names,
            polarity=polarity,
            proposal=" ".join(t.text for t in proposal_tokens),
            proposal_words=proposal_words,
            source=self._source(trigger, names),
            proposal_head=target.lemma_.lower(),
            proposal_figures=sorted({t.text.lower().replace(",", "") for t in proposal_tokens if any(ch.isdigit() for ch in t.text)}),
            proposal_version=next((t.lower_ for t in proposal_tokens if t.lower_ in self.versions), None),
            proposal_bare=[t.lower_ for t in proposal_tokens] == ["the", target.lower_],
        )
        return doc[start:end], mention

    def _source(self, trigger: Token, holders: list[str]) -> str | None:
        """Whose word the stance is: the subject of a speech verb above it (the normaliser drops
        it for a holder who is the speaker)."""
        for node in trigger.ancestors:
            if node.pos_ == "VERB" and is_speech_verb(node):
                speakers = [_holder_name(s) for s in _subjects(node)]
                return next((s for s in speakers if s), None)
        return None


def _content_clause(target: Token, trigger: Token) -> list[Token]:
    """ "resisted calls to close the spit to vehicles": an infinitive right after the proposal's
    noun says what the proposal is, even where the parser hangs it on the stance's verb."""
    after = target.right_edge.i + 1
    doc = target.doc
    if after + 1 >= len(doc) or doc[after].lower_ != "to" or doc[after].dep_ != "aux":
        return []
    verb = doc[after].head
    if verb.head.i != trigger.i or verb.dep_ not in {"advcl", "xcomp"}:
        return []
    return [t for t in verb.subtree if not t.is_punct]


def _object(token: Token) -> Token | None:
    """What a position is taken on: the object, an act named by a gerund ("backed reopening the
    line", "voted against closing the schools"), or the object after a preposition; for a
    particle ("ruled out a footbridge"), its verb's object."""
    if token.dep_ == "prt":
        return _object(token.head)
    found = _written_object(token)
    if found is not None and found.ent_type_ in {"DATE", "TIME"}:
        found = None
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in RELATIVE_PRONOUNS for c in token.children)
    if found is None and token.dep_ == "relcl" and token.head.pos_ == "NOUN" and own_subject:
        # "the offer pilots rejected": the noun the clause describes is what it took a side on.
        return token.head
    return found


def _written_object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in {"dobj", "attr", "oprd"} or (child.dep_ in {"xcomp", "pcomp"} and child.tag_ == "VBG"):
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "with", "of", "on"}:
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objects:
                return objects[0]
    for child in token.children:
        if child.dep_ == "pobj":
            return child
    return None


def _clause_head(token: Token) -> Token:
    node = token
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.head.i == node.i:
            return node
        node = node.head
    return node


def _previous_subject(pronoun: Token) -> Token | None:
    """The common-noun subject of the sentence before a pronoun's, if it has one."""
    sentence = pronoun.sent
    if sentence.start == 0:
        return None
    before = pronoun.doc[sentence.start - 1].sent.root
    return next((c for c in before.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"), None)


def _subjects(verb: Token) -> list[Token]:
    """The subject of a clause and any subject joined to it ("both he and Putin"); for a
    relative clause, the noun it describes."""
    node = verb
    for _ in range(3):
        # The subject nearest the verb: a dateline the parser also took for one ("CARROW, April
        # 10 - The union rebuffed ...") stands further off.
        subjects = sorted(
            (s for c in node.children if c.dep_ in {"nsubj", "nsubjpass"} and (s := past_dateline(c)) is not None and not (s.is_upper and len(s.text) > 1)),
            key=lambda c: abs(node.i - c.i),
        )
        if subjects:
            # "the Trust, which opposes the scheme": the holder is the noun the "which" stands for.
            subject = antecedent(subjects[0]) if subjects[0].tag_ in RELATIVE_PRONOUNS else subjects[0]
            return [subject, *[c for c in subject.children if c.dep_ == "conj"]] if subject is not None else []
        if node.dep_ == "acl" and node.head.pos_ == "NOUN" and node.head.head.i != node.head.i:
            # "signed undertakings to accept the terms": the undertakings' signers accept.
            node = node.head.head
            continue
        if node.dep_ not in {"xcomp", "conj", "advcl"} or node.head.i == node.i:
            return []
        node = node.head
    return []


def _holder_name(token: Token, bodies: frozenset[str] = frozenset()) -> str | None:
    """A holder's name: an entity, a proper noun, "he"/"she" resolved to the last person named,
    or a body or office named by a noun ("the board", "Tessaly's board", "the union's
    executive") with whose it is."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in bodies:
        # "the housing minister, Tobias Renvik," is Tobias Renvik.
        apposed = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if apposed is not None:
            return _holder_name(apposed, bodies)
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        owner = owner or next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
        named = [t.text for t in token.lefts if t.dep_ == "compound"]
        owner_name = (_holder_name(owner, bodies) if owner is not None and not personal_pronoun(owner) else None) or ""
        return " ".join(filter(None, [owner_name, *named, token.lemma_.lower()]))
    if personal_pronoun(token, "3"):
        # "The alliance said it had signed ...", "Councillor Meulen said he had voted against":
        # the speaker of the reporting verb.
        reporting = next((a for a in token.ancestors if a.pos_ == "VERB" and is_speech_verb(a)), None)
        subject = next((c for c in reporting.children if c.dep_ == "nsubj"), None) if reporting is not None else None
        speaker = _holder_name(subject, bodies) if subject is not None and not personal_pronoun(subject) else None
        if speaker is not None or not gendered_pronoun(token):
            return speaker
    if personal_pronoun(token):
        people = [e for e in entities(token.doc) if e.label_ == "PERSON" and e.end <= token.i]
        subjects = [e for e in people if e.root.dep_ in {"nsubj", "nsubjpass"}] or people
        return subjects[-1].text if subjects and gendered_pronoun(token) else None
    for entity in entities(token.doc):
        if entity.start <= token.i < entity.end and entity.label_ in {"PERSON", "ORG", "GPE", "NORP"}:
            return entity.text
    if token.pos_ == "PROPN":
        parts = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        return " ".join(t.text for t in [*parts, token])
    return None
