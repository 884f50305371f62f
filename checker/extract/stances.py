"""The `crosscheck_stances` spaCy component: who is reported as for or against which proposal.

Three shapes are read: a stance verb ("Putin accepted the idea of European peacekeepers",
"Moscow firmly rejects NATO troops"), a stance phrase ("open to European peacekeepers"), and a
stance adjective ("any plan to send troops would be unacceptable for Russia"). A negation flips
the stance; a speech verb above it ("Trump said that ...") is recorded as the source.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from checker.extract.speech import is_speech_verb
from checker.resources import load_data

Doc.set_extension("stances", default=None, force=True)
Span.set_extension("stance", default=None, force=True)

_PRONOUNS = {"he", "she", "they", "it", "we"}


@dataclass
class StanceMention:
    holders: list[str]
    polarity: str
    proposal: str
    proposal_words: list[str]
    source: str | None


@Language.factory("crosscheck_stances")
def make_stance_component(nlp: Language, name: str) -> "StanceMentions":
    return StanceMentions()


class StanceMentions:
    def __init__(self) -> None:
        data = load_data("stances.yaml")
        self.verbs = {w: p for p in ("accept", "reject") for w in data[p]["verbs"]}
        self.adjectives = {w: p for p in ("accept", "reject") for w in data[p]["adjectives"] if " " not in w}
        self.phrases = sorted(
            ((w.split(), p) for p in ("accept", "reject") for w in data[p]["phrases"]), key=lambda item: -len(item[0])
        )
        self.filler = set(data["filler"])
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
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in self.verbs:
            target = _object(token)
            return self._mention(doc, token, token, self.verbs[lemma], target)
        if token.pos_ == "ADJ" and lemma in self.adjectives:
            return self._adjective(doc, token, self.adjectives[lemma])
        if token.lower_ not in self.phrase_starts:
            return None
        for words, polarity in self.phrases:
            if [t.lower_ for t in doc[token.i : token.i + len(words)]] == words:
                last = doc[token.i + len(words) - 1]
                target = _object(last) or (doc[last.i + 1] if last.i + 1 < len(doc) and doc[last.i + 1].pos_ in {"NOUN", "PROPN"} else None)
                return self._mention(doc, token, _clause_head(token), polarity, target)
        return None

    def _adjective(self, doc: Doc, adjective: Token, polarity: str) -> tuple[Span, StanceMention] | None:
        """"X would be unacceptable for Russia"; "called the plan unacceptable"."""
        holder = next(
            (obj for prep in adjective.children if prep.dep_ == "prep" and prep.lower_ in {"to", "for"}
             for obj in prep.children if obj.dep_ == "pobj"),
            None,
        )
        head = adjective.head
        proposal = next((c for c in head.children if c.dep_ == "dobj"), None) or next(
            (c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None
        )
        holders = [holder] if holder is not None else _subjects(head)
        if proposal is None or not holders:
            return None
        return self._build(doc, adjective, holders, polarity, proposal)

    def _mention(self, doc: Doc, trigger: Token, clause: Token, polarity: str, target: Token | None):
        if target is None:
            return None
        holders = _subjects(clause)
        if not holders:
            return None
        if any(c.dep_ == "neg" for c in clause.children):
            polarity = "reject" if polarity == "accept" else "accept"
        return self._build(doc, trigger, holders, polarity, target)

    def _build(self, doc: Doc, trigger: Token, holders: list[Token], polarity: str, target: Token):
        proposal_tokens = [t for t in target.subtree if not t.is_punct]
        proposal_words = [
            t.lemma_.lower() for t in proposal_tokens
            if t.pos_ in {"NOUN", "PROPN", "ADJ", "VERB"} and t.lemma_.lower() not in self.filler and t.is_alpha
        ]
        if not proposal_words:
            return None
        names = [n for n in (_holder_name(h) for h in holders) if n]
        if not names:
            return None
        start = min(trigger.i, proposal_tokens[0].i)
        end = max(trigger.i, proposal_tokens[-1].i) + 1
        mention = StanceMention(
            holders=names,
            polarity=polarity,
            proposal=" ".join(t.text for t in proposal_tokens),
            proposal_words=proposal_words,
            source=self._source(trigger, names),
        )
        return doc[start:end], mention

    def _source(self, trigger: Token, holders: list[str]) -> str | None:
        """Whose word the stance is: the subject of a speech verb above it (the normaliser drops
        it for a holder who is the speaker)."""
        node = trigger
        for _ in range(8):
            if node.head.i == node.i:
                return None
            node = node.head
            if node.pos_ == "VERB" and is_speech_verb(node):
                speakers = [_holder_name(s) for s in _subjects(node)]
                return next((s for s in speakers if s), None)
        return None


def _object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in {"dobj", "attr", "oprd"}:
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "with", "of", "on"}:
            objects = [c for c in child.children if c.dep_ == "pobj"]
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


def _subjects(verb: Token) -> list[Token]:
    """The subject of a clause and any subject joined to it ("both he and Putin")."""
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return [subjects[0], *[c for c in subjects[0].children if c.dep_ == "conj"]]
        if node.dep_ not in {"xcomp", "conj", "advcl"} or node.head.i == node.i:
            return []
        node = node.head
    return []


def _holder_name(token: Token) -> str | None:
    """A holder's name: an entity, a proper noun, or "he"/"she" resolved to the last person named."""
    if token.lower_ in _PRONOUNS:
        people = [e for e in token.doc.ents if e.label_ == "PERSON" and e.end <= token.i]
        subjects = [e for e in people if e.root.dep_ in {"nsubj", "nsubjpass"}] or people
        return subjects[-1].text if subjects and token.lower_ in {"he", "she"} else None
    for entity in token.doc.ents:
        if entity.start <= token.i < entity.end and entity.label_ in {"PERSON", "ORG", "GPE", "NORP"}:
            return entity.text
    if token.pos_ == "PROPN":
        parts = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        return " ".join(t.text for t in [*parts, token])
    return None
