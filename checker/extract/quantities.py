"""The `crosscheck_quantities` spaCy component: numeric mentions and what they count.

Each mention becomes a Span in `doc._.quantities` whose `span._.quantity` holds the raw reading:
the number's words, its qualifier phrase, currency or unit, the counted concept, the verb it
hangs on and who holds it. Turning those words into values and intervals is normalisation's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from checker.normalise import numbers, units
from checker.normalise.qualifiers import Qualifier, qualifier_table
from checker.resources import load_data

Doc.set_extension("quantities", default=None, force=True)
Span.set_extension("quantity", default=None, force=True)

_SKIP_ENTITIES = {"DATE", "TIME", "ORDINAL", "PERSON", "ORG", "FAC", "PRODUCT", "LAW", "WORK_OF_ART", "EVENT"}
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.I)
_MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod"}
_PRONOUN_TAGS = {"PRP", "PRP$", "WP", "WDT", "EX", "DT"}
_HOLDER_DEPS = {"nsubj", "nsubjpass"}


@dataclass
class Mention:
    """What the text says about one number, still as words."""

    number_words: list[str]
    upper_words: list[str] | None = None
    qualifier: Qualifier | None = None
    currency: str | None = None
    unit_word: str | None = None
    percent: str | None = None
    concept_head: str | None = None
    concept_modifiers: list[str] = field(default_factory=list)
    concept_text: str = ""
    predicate: str | None = None
    holder: str | None = None
    restates: int | None = None


@Language.factory("crosscheck_quantities")
def make_quantity_component(nlp: Language, name: str) -> "QuantityMentions":
    return QuantityMentions()


class QuantityMentions:
    """Finds numeric mentions; a spaCy component so it runs inside `nlp.pipe` like any other."""

    def __init__(self) -> None:
        lexicon = load_data("numbers.yaml")
        self.qualifiers = qualifier_table()
        self.symbols = dict(lexicon["currency_symbols"])
        self.money_scales = dict(lexicon["money_scales"])
        self.percent = [phrase.split() for phrase in lexicon["percent"]]
        self.points = [phrase.split() for phrase in lexicon["percentage_points"]]

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        index = 0
        while index < len(doc):
            found = self._mention_at(doc, index, spans)
            if found is None:
                index += 1
                continue
            span, index = found
            spans.append(span)
        doc._.quantities = spans
        return doc

    def _mention_at(self, doc: Doc, index: int, earlier: list[Span]) -> tuple[Span, int] | None:
        token = doc[index]
        if not self._is_number(token):
            return None
        end = index + 1
        while end < len(doc) and (self._is_number(doc[end]) or units.scale_of(doc[end].text) is not None):
            end += 1
        run = doc[index:end]
        upper_end = self._range_end(doc, run)
        if upper_end is None and self._is_not_a_quantity(doc, run):
            return None
        mention = Mention(number_words=[t.text for t in run])
        start = self._read_currency_before(doc, index, mention)
        if upper_end is not None:
            mention.upper_words = [t.text for t in doc[end + 1 : upper_end]]
            end = upper_end
            run = doc[index:end]
            if start > 0 and doc[start - 1].lower_ == "between":
                start -= 1
        end = self._read_after(doc, end, mention)
        if mention.upper_words is None:
            start = self._read_qualifier_before(doc, start, mention)
            end = self._read_qualifier_after(doc, end, mention)
        if numbers.parse_words(mention.number_words, units.scale_of) is None:
            return None
        anchor = doc[end - 1]
        noun = self._counted_noun(run, anchor, end)
        if noun is not None and mention.unit_word is None and mention.currency is None and mention.percent is None:
            unit = units.lookup(noun.lemma_) or units.lookup(noun.text)
            if unit is not None and not unit.is_currency:
                mention.unit_word = noun.lemma_
        restated = self._restated(doc, start, earlier)
        if restated is not None:
            previous = earlier[restated]._.quantity
            mention.restates = restated
            mention.qualifier = mention.qualifier or previous.qualifier
            _copy_context(previous, mention)
        else:
            self._read_context(run, anchor, noun, mention)
        if noun is not None and noun.i >= end and set(doc[end : noun.i]) <= set(_modifiers(noun, run)):
            end = noun.i + 1
        span = Span(doc, start, end, label="QUANTITY")
        span._.quantity = mention
        return span, end

    def _range_end(self, doc: Doc, run: Span) -> int | None:
        """End of the upper bound in "between 200 and 260", "200 to 260" or "200-260", else None."""
        joiner = run.end
        if joiner + 1 >= len(doc) or not self._is_number(doc[joiner + 1]):
            return None
        word = doc[joiner].lower_
        before = doc[run.start - 1].lower_ if run.start > 0 else ""
        glued = not run[-1].whitespace_ and not doc[joiner].whitespace_
        if not (
            (word == "and" and before == "between")
            or (word == "to" and before not in {"from", "up"})
            or (word in {"-", "–"} and glued)
        ):
            return None
        end = joiner + 1
        while end < len(doc) and (self._is_number(doc[end]) or units.scale_of(doc[end].text) is not None):
            end += 1
        upper = doc[joiner + 1 : end]
        if any(t.ent_type_ in _SKIP_ENTITIES - {"DATE"} for t in [*run, *upper]) or (
            len(upper) == 1 and _YEAR.match(upper[0].text) and len(run) == 1 and _YEAR.match(run[0].text)
        ):
            return None
        return end

    def _is_number(self, token: Token) -> bool:
        if _ORDINAL.match(token.text):
            return False
        if token.like_num and (numbers.parse_digits(token.text) is not None or numbers.is_number_word(token.text)):
            return True
        return numbers.is_number_word(token.text)

    def _is_not_a_quantity(self, doc: Doc, run: Span) -> bool:
        """Dates, years, ordinals, names ("Boeing 737") and compounds ("60-day") are not claims here."""
        if any(t.ent_type_ in _SKIP_ENTITIES for t in run):
            return True
        first, last = run[0], run[-1]
        if len(run) == 1 and _YEAR.match(first.text) and not self._money_or_unit_near(doc, run):
            return True
        before = doc[first.i - 1] if first.i > 0 else None
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if before is not None and before.text in {"/", "#", "No.", "-"} and not before.whitespace_:
            return True
        if after is not None and after.text in {"/", "-", "–"} and not last.whitespace_:
            return True
        return all(t.lower_ in {"one", "a"} for t in run)

    def _money_or_unit_near(self, doc: Doc, run: Span) -> bool:
        before = doc[run.start - 1].text if run.start > 0 else ""
        after = doc[run.end].text if run.end < len(doc) else ""
        return before in self.symbols or units.currency_code(before) is not None or after == "%"

    def _read_currency_before(self, doc: Doc, start: int, mention: Mention) -> int:
        if start == 0:
            return start
        before = doc[start - 1]
        code = self.symbols.get(before.text)
        if code is None and before.text.isupper() and len(before.text) == 3:
            code = units.currency_code(before.text)
        if code is None:
            return start
        mention.currency = code
        if before.text == "$" and start >= 2 and doc[start - 2].text in {"US", "U.S."} and not doc[start - 2].whitespace_:
            return start - 2
        return start - 1

    def _read_after(self, doc: Doc, end: int, mention: Mention) -> int:
        """Scale abbreviations after money, currency words, percent signs and measurement units."""
        if end < len(doc) and mention.currency and doc[end].lower_ in self.money_scales:
            words = mention.number_words if mention.upper_words is None else mention.upper_words
            words.append(self.money_scales[doc[end].lower_])
            end += 1
        words = [t.lower_ for t in doc[end : end + 3]]
        for phrase in self.points:
            if words[: len(phrase)] == phrase:
                mention.percent = "percentage_point"
                return end + len(phrase)
        for phrase in self.percent:
            if words[: len(phrase)] == phrase:
                mention.percent = "percent"
                return end + len(phrase)
        if end < len(doc):
            word = doc[end]
            code = units.currency_code(word.text) or units.currency_code(word.lemma_)
            if code and mention.currency in (None, code):
                mention.currency = code
                return end + 1
            unit = units.lookup(word.text)
            if mention.currency is None and unit is not None and unit.dimension not in ("[personnel]", "[munition]"):
                mention.unit_word = word.text
                return end + 1
        return end

    def _read_qualifier_before(self, doc: Doc, start: int, mention: Mention) -> int:
        words = [t.text for t in doc[max(0, start - 4) : start]]
        qualifier = self.qualifiers.match_before(words)
        if qualifier is None:
            return start
        mention.qualifier = qualifier
        return start - len(qualifier.phrase.split())

    def _read_qualifier_after(self, doc: Doc, end: int, mention: Mention) -> int:
        if mention.qualifier is not None:
            return end
        qualifier = self.qualifiers.match_after([t.text for t in doc[end : end + 3]])
        if qualifier is None:
            return end
        mention.qualifier = qualifier
        return end + len(qualifier.phrase.split())

    @staticmethod
    def _counted_noun(run: Span, anchor: Token, end: int) -> Token | None:
        """The noun a number counts: "30,000 European troops" -> troops."""
        for token in (*reversed(run), anchor):
            head = token.head
            while head.i in range(run.start, end) and head.head is not head:
                head = head.head
            if token.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod"} and head.pos_ in {"NOUN", "PROPN"}:
                between = run.doc[token.i : head.i]
                if head.i not in range(run.start, end) and head.i > token.i and not any(t.is_space for t in between):
                    return head
        return None

    def _restated(self, doc: Doc, start: int, earlier: list[Span]) -> int | None:
        """A mention in brackets straight after another restates it: "€6 billion ($6.2 billion)"."""
        if not earlier or start == 0 or doc[start - 1].text != "(":
            return None
        previous = earlier[-1]
        if previous.end == start - 1:
            return len(earlier) - 1
        return None

    def _read_context(self, run: Span, anchor: Token, noun: Token | None, mention: Mention) -> None:
        concept = noun if noun is not None else _governing_noun(run[-1])
        if concept is not None:
            modifiers = _modifiers(concept, run)
            mention.concept_head = concept.lemma_.lower()
            mention.concept_modifiers = [t.lemma_.lower() for t in modifiers]
            mention.concept_text = " ".join(t.text for t in [*modifiers, concept])
            governor = _of_governor(concept)
            if governor is not None:
                extra = _modifiers(governor, run)
                mention.concept_modifiers += [t.lemma_.lower() for t in [*extra, governor]]
                mention.concept_text += " (" + " ".join(t.text for t in [*extra, governor]) + ")"
        verb = _governing_verb(concept if concept is not None else run[-1])
        if verb is not None:
            mention.predicate = verb.lemma_.lower()
            mention.holder = _holder(verb)


def _copy_context(source: Mention, target: Mention) -> None:
    target.concept_head = source.concept_head
    target.concept_modifiers = list(source.concept_modifiers)
    target.concept_text = source.concept_text
    target.predicate = source.predicate
    target.holder = source.holder


def _modifiers(noun: Token, run: Span) -> list[Token]:
    """Adjectives and compounds in front of a noun ("European", "military aid"), in text order."""
    found: list[Token] = []
    for child in noun.lefts:
        if child.dep_ in _MODIFIER_DEPS and child.i not in range(run.start, run.end) and not child.like_num:
            found.extend(t for t in child.subtree if t.is_alpha and t.i not in range(run.start, run.end))
    return sorted(set(found), key=lambda t: t.i)


def _governing_noun(token: Token) -> Token | None:
    """The noun a bare amount belongs to: "a package of €6 billion" -> package."""
    head = token.head
    if head.dep_ == "prep" and head.lower_ in {"of", "worth"} and head.head.pos_ in {"NOUN", "PROPN"}:
        return head.head
    return None


def _of_governor(noun: Token) -> Token | None:
    """"an army of 1.5 million soldiers": the soldiers belong to the army."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head
    return None


def _governing_verb(token: Token) -> Token | None:
    node = token
    for _ in range(8):
        if node.pos_ == "VERB":
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def _holder(verb: Token) -> str | None:
    """Whose number it is: the nearest named subject up the chain of verbs ("Starmer ... plan to send")."""
    node = verb
    for _ in range(6):
        for child in node.children:
            if child.dep_ in _HOLDER_DEPS and child.tag_ not in _PRONOUN_TAGS:
                if child.pos_ == "PROPN" or child.ent_type_ or child.text[:1].isupper():
                    return _name(child)
                return None
        if node.head is node:
            return None
        node = node.head
    return None


def _name(token: Token) -> str:
    if token.ent_type_:
        for entity in token.doc.ents:
            if entity.start <= token.i < entity.end:
                return entity.text
    parts = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return " ".join(t.text for t in [*parts, token])
