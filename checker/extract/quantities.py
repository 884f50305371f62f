"""The `crosscheck_quantities` spaCy component: numeric mentions and what they count.

Each mention becomes a Span in `doc._.quantities` whose `span._.quantity` holds the raw reading:
the number's words, its qualifier, currency or unit, the counted concept, the verb it hangs on,
who holds it and the date words of its clause. Turning those words into values, intervals and
periods is normalisation's job.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from checker.extract.speech import is_speech_verb, verb_lemma
from checker.extract.syntax import (
    HOLDER_DEPS,
    PRONOUN_TAGS,
    TIME_ENTITIES,
    antecedent,
    entity_text,
    looks_like_name,
    name,
    participants,
)
from checker.lexicon import numbers, units
from checker.lexicon.qualifiers import Qualifier, qualifier_table
from checker.lexicon.units import Unit
from checker.resources import load_data

if not Doc.has_extension("quantities"):
    Doc.set_extension("quantities", default=None)
if not Span.has_extension("quantity"):
    Span.set_extension("quantity", default=None)

_NAME_ENTITIES = {"PERSON", "ORG", "FAC", "PRODUCT", "LAW", "WORK_OF_ART", "EVENT"}
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.I)
_SWAP = re.compile(r"^for-([\d,]+)$", re.I)
_MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod"}
_NARROWING_PREPOSITIONS = {"at", "for"}
_PERIOD_LABEL_WORDS = {
    "first",
    "second",
    "third",
    "fourth",
    "final",
    "last",
    "next",
    "past",
    "previous",
    "coming",
    "following",
    "this",
    "same",
}
_COUNTED = ("[personnel]", "[munition]")


@dataclass
class Mention:
    """What the text says about one number, still as words."""

    number_words: list[str]
    upper_words: list[str] | None = None
    fraction: int | None = None
    qualifier: Qualifier | None = None
    currency: str | None = None
    unit: Unit | None = None
    percent: str | None = None
    concept_head: str | None = None
    concept_modifiers: list[str] = field(default_factory=list)
    concept_text: str = ""
    predicate: str | None = None
    noun_verbs: list[str] = field(default_factory=list)
    holder: str | None = None
    participants: list[str] = field(default_factory=list)
    time_words: list[str] = field(default_factory=list)
    earlier_value: bool = False
    role: str | None = None
    place: str | None = None
    source: str | None = None
    subject: str | None = None
    restates: int | None = None

    @property
    def measured(self) -> bool:
        return bool(self.currency or self.unit or self.percent or self.fraction)


@Language.factory("crosscheck_quantities")
def make_quantity_component(nlp: Language, name: str) -> QuantityMentions:
    return QuantityMentions()


class QuantityMentions:
    """Finds numeric mentions; a spaCy component so it runs inside `nlp.pipe` like any other."""

    def __init__(self) -> None:
        lexicon = load_data("numbers.yaml")
        scope = load_data("scope.yaml")
        self.qualifiers = qualifier_table()
        self.symbols = dict(lexicon["currency_symbols"])
        self.money_scales = dict(lexicon["money_scales"])
        self.glued_scales = dict(lexicon["glued_scales"])
        self.subunits = {str(word).lower() for word in lexicon["currency_subunits"]}
        self.money_or_measure = {str(word).lower(): sides for word, sides in lexicon["money_or_measure"].items()}
        self.percent = [phrase.split() for phrase in lexicon["percent"]]
        self.points = [phrase.split() for phrase in lexicon["percentage_points"]]
        self.currency_words = sorted(((name.split(), code) for name, code in lexicon["currency_words"].items()), key=lambda p: -len(p[0]))
        self.connectors = [list(c) for c in lexicon["restatement_connectors"]]
        self.indefinite = set(lexicon["indefinite"])
        self.indefinite_units = set(lexicon["indefinite_units"])
        self.fractions = dict(lexicon["fractions"])
        self.change_words = set(scope["change_words"])
        self.earlier_prepositions = set(scope["earlier_value_prepositions"])
        self.change_verbs = set(scope["change_verbs"])
        self.hypothetical = set(scope["hypothetical"])
        self.tally_words = set(scope["tally_words"])
        self.tally_joiners = set(scope["tally_joiners"])

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        tallies = {span.start: span for span in self._tallies(doc)}
        index = 0
        while index < len(doc):
            if index in tallies:
                spans.append(tallies[index])
                index += 1
                continue
            found = self._mention_at(doc, index, spans)
            if found is None:
                index += 1
                continue
            span, index = found
            spans.append(span)
        doc._.quantities = spans
        return doc

    # -- finding the number -------------------------------------------------------------

    def _mention_at(self, doc: Doc, index: int, earlier: list[Span]) -> tuple[Span, int] | None:
        magnitude = self._magnitude(doc, index)
        if magnitude is not None:
            low, high, end = magnitude
            mention = Mention(number_words=[low], upper_words=[high])
            number_end = end
            upper_end = None
        elif not self._starts_number(doc, index):
            return None
        else:
            end = self._run_end(doc, index)
            mention = Mention(number_words=[t.text for t in doc[index:end]])
            compound_end = self._read_compound(doc, end, mention)
            if compound_end is None:
                return None
            number_end, end = end, compound_end
            upper_end = self._range_end(doc, doc[index:number_end]) if end == number_end else None
        start = self._read_currency_before(doc, index, mention)
        if upper_end is not None:
            mention.upper_words = [t.text for t in doc[number_end + 1 : upper_end]]
            end = upper_end
            if start > 0 and doc[start - 1].lower_ == "between":
                start -= 1
        currency_before = mention.currency
        end = self._read_after(doc, end, mention)
        if mention.currency and not currency_before and mention.upper_words is None:
            end = self._read_subunits(doc, end, mention)
        run = doc[index:number_end]
        if self._is_not_a_quantity(doc, run, mention, upper_end is not None):
            return None
        if mention.upper_words is None:
            start = self._read_qualifier_before(doc, start, mention)
            end = self._read_qualifier_after(doc, end, mention)
        if numbers.parse_words(mention.number_words, units.scale_of) is None:
            return None
        if magnitude is not None and doc[number_end - 1].lower_ == "of":
            # "millions of Americans": what is counted is what "of" takes.
            noun = next((c for c in doc[number_end - 1].children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)
        else:
            noun = self._counted_noun(doc[index:end], doc[end - 1], end)
        if noun is not None and not mention.measured:
            unit = units.lookup(noun.lemma_) or units.lookup(noun.text)
            if unit is not None and unit.dimension in _COUNTED:
                mention.unit = unit
        restated = self._restated(doc, start, mention, earlier)
        if restated is not None:
            mention.restates = restated
            _copy_context(earlier[restated]._.quantity, mention)
            mention.qualifier = mention.qualifier or earlier[restated]._.quantity.qualifier
        else:
            self._read_context(doc[index:end], noun, mention, earlier)
        if noun is not None and noun.i >= end and set(doc[end : noun.i]) <= set(_modifiers(noun, run)):
            end = noun.i + 1
        span = Span(doc, start, end, label="QUANTITY")
        span._.quantity = mention
        return span, end

    def _read_subunits(self, doc: Doc, end: int, mention: Mention) -> int:
        """ "15 dollars 50", "3 dollars 50 cents", "thirteen dollars and forty-five cents": the
        whole units, then under a hundred of their subunit, is one amount."""
        whole = numbers.parse_words(mention.number_words, units.scale_of)
        start = end + 1 if end < len(doc) and doc[end].lower_ == "and" else end
        stop = start
        while stop < len(doc) and (
            self._is_number(doc[stop]) or (doc[stop].text == "-" and stop > start and stop + 1 < len(doc) and self._is_number(doc[stop + 1]))
        ):
            stop += 1
        if whole is None or whole != int(whole) or stop == start or any(units.scale_of(w) for w in mention.number_words):
            return end
        # "forty-five" comes as three tokens.
        words = "".join(t.text_with_ws for t in doc[start:stop]).replace(" - ", "-").split()
        part = numbers.parse_words(words, units.scale_of)
        named = stop < len(doc) and doc[stop].lower_ in self.subunits
        closed = stop >= len(doc) or doc[stop].is_punct or doc[stop].is_space
        if part is None or not 0 < part < 100 or part != int(part) or not (named or closed):
            return end
        mention.number_words = [f"{whole + part / 100:.2f}"]
        return stop + 1 if named else stop

    def _tallies(self, doc: Doc) -> list[Span]:
        """ "voted 348-77", "by a vote of 97 to 1": the votes for and against, as two figures whose
        counted things are "votes for" and "votes against", with the clause's verb and people."""
        found: list[Span] = []
        for joiner in doc[1:-1]:
            first, second = doc[joiner.i - 1], doc[joiner.i + 1]
            if joiner.text.lower() not in self.tally_joiners or not (first.text.isdigit() and second.text.isdigit()):
                continue
            if int(first.text) <= int(second.text) or not any(t.lemma_.lower() in self.tally_words for t in joiner.sent):
                continue
            verb = _governing_verb(first) or _governing_verb(second)
            for token, side in ((first, "for"), (second, "against")):
                span = Span(doc, token.i, token.i + 1, label="QUANTITY")
                span._.quantity = Mention(
                    number_words=[token.text],
                    concept_head="vote",
                    concept_modifiers=[side],
                    concept_text=f"votes {side}",
                    predicate=verb_lemma(verb) if verb is not None else None,
                    holder=_holder(verb) if verb is not None else None,
                    participants=sorted(participants(verb)) if verb is not None else [],
                    time_words=_clause_dates(doc[token.i : token.i + 1], verb),
                )
                found.append(span)
        return found

    def _magnitude(self, doc: Doc, index: int) -> tuple[str, str, int] | None:
        """ "thousands of dollars", "tens of thousands of people", "millions of Americans": a
        plural number word or scale, each a power of ten or a dozen, read as the interval from
        their product to ten times it. Returns the bounds as words and where the counted thing
        starts (after the last "of")."""
        size, end = 1.0, index
        while end < len(doc) and (value := self._plural_number(doc[end])):
            size *= value
            end += 1
            if end + 1 < len(doc) and doc[end].lower_ == "of" and self._plural_number(doc[end + 1]):
                end += 1
        if end == index or (index > 0 and (self._is_number(doc[index - 1]) or doc[index - 1].lower_ in self.indefinite)):
            return None
        if end < len(doc) and doc[end].lower_ == "of":
            end += 1
        elif end - index == 1:
            # "He has thousands" names no thing counted; "thousands of" and "tens of millions" do.
            return None
        return f"{size:.0f}", f"{size * 10:.0f}", end

    def _plural_number(self, token: Token) -> float | None:
        """The value of "thousands" (a thousand), "tens" (ten): a number word or scale in the plural."""
        word = token.lower_
        if not word.endswith("s") or len(word) < 4:
            return None
        singular = word[:-1]
        value = units.scale_of(singular) or units.scale_of(word)
        if value is None and numbers.is_number_word(singular):
            value = numbers.parse_words([singular], units.scale_of)
        return value if value and value >= 10 else None

    def _is_number(self, token: Token) -> bool:
        if _ORDINAL.match(token.text):
            return False
        if token.like_num and (numbers.parse_digits(token.text) is not None or numbers.is_number_word(token.text)):
            return True
        if numbers.parse_fraction(token.text) is not None:
            return True
        return numbers.is_number_word(token.text)

    def _is_scale(self, token: Token) -> bool:
        return units.scale_of(token.text) is not None

    def _starts_number(self, doc: Doc, index: int) -> bool:
        token = doc[index]
        if self._is_number(token):
            return True
        following = doc[index + 1] if index + 1 < len(doc) else None
        if following is None:
            return False
        if token.lower_ in self.indefinite:
            return (
                following.lemma_.lower() in self.indefinite_units
                or self._is_scale(following)
                or self._fraction_of_scale(doc, index + 1)
                or self._fraction_of_group(doc, index + 1)
            )
        return self._fraction_of_scale(doc, index)

    def _fraction_of_group(self, doc: Doc, index: int) -> bool:
        """ "a third of those screened", "one quarter of the budget": a fraction word, then "of"."""
        return doc[index].lower_ in self.fractions and index + 1 < len(doc) and doc[index + 1].lower_ == "of"

    def _fraction_of_scale(self, doc: Doc, index: int) -> bool:
        """ "half a million", "quarter million": a fraction word before a scale, "a" between or not."""
        if doc[index].lower_ not in self.fractions:
            return False
        after = doc[index + 1 : index + 3]
        if len(after) == 2 and after[0].lower_ in self.indefinite:
            after = after[1:]
        # A scale of tens ("million"), not any dimensionless unit: "a half turn" is no number.
        scale = units.scale_of(after[0].text) if len(after) else None
        return scale is not None and math.log10(scale).is_integer()

    def _run_end(self, doc: Doc, index: int) -> int:
        end = index + 1
        while end < len(doc):
            token = doc[end]
            if self._is_number(token) or self._is_scale(token):
                end += 1
            elif token.lower_ in self.indefinite and end + 1 < len(doc) and (self._is_scale(doc[end + 1]) or self._fraction_of_scale(doc, end + 1)):
                end += 1
            elif self._fraction_of_scale(doc, end):
                end += 1
            elif token.lower_ == "and" and end + 2 < len(doc) and doc[end + 1].lower_ in self.indefinite and self._fraction_of_scale(doc, end + 2):
                # "two and a half million"
                end += 1
            elif token.lower_ == "and" and end + 1 < len(doc) and numbers.is_number_word(doc[end + 1].text) and _scale_word(doc[end - 1]):
                end += 1
            else:
                break
        return end

    def _read_compound(self, doc: Doc, end: int, mention: Mention) -> int | None:
        """Hyphenated compounds: "60-day", "7.4-magnitude", "two-thirds", "1,000-for-1,000".

        Returns the new end, `end` itself when there is no compound, None when the compound is
        not a quantity ("C-17", "5-4 win" are read elsewhere or not at all).
        """
        if end < len(doc) and doc[end - 1].whitespace_ and self._fraction_of_group(doc, end):
            # "a third of", "one third of": the fraction written apart, as well as "one-third".
            mention.fraction = int(self.fractions[doc[end].lower_])
            return end + 1
        if end + 1 >= len(doc) or doc[end].text not in {"-", "–"} or doc[end - 1].whitespace_ or doc[end].whitespace_:
            return end
        word = doc[end + 1]
        if self._is_number(word):
            return end
        if _SWAP.match(word.text):
            return end + 2
        if word.lower_ in self.fractions:
            mention.fraction = int(self.fractions[word.lower_])
            return end + 2
        unit = units.lookup(word.lemma_, in_compound=True) or units.lookup(word.text, in_compound=True)
        if unit is not None and not unit.is_currency:
            mention.unit = unit
            after = end + 2
            if after + 1 < len(doc) and doc[after].text == "-" and doc[after + 1].lower_ == "old":
                after += 2
            return after
        return None

    def _range_end(self, doc: Doc, run: Span) -> int | None:
        """End of the upper bound in "between 200 and 260", "200 to 260" or "200-260", else None."""
        joiner = run.end
        if joiner + 1 >= len(doc) or not self._is_number(doc[joiner + 1]):
            return None
        word = doc[joiner].lower_
        before = doc[run.start - 1].lower_ if run.start > 0 else ""
        glued = not run[-1].whitespace_ and not doc[joiner].whitespace_
        if not ((word == "and" and before == "between") or (word == "to" and before not in {"from", "up"}) or (word in {"-", "–"} and glued)):
            return None
        end = self._run_end(doc, joiner + 1)
        upper = doc[joiner + 1 : end]
        if any(t.ent_type_ in _NAME_ENTITIES for t in [*run, *upper]):
            return None
        if len(upper) == 1 and len(run) == 1 and _YEAR.match(upper[0].text) and _YEAR.match(run[0].text):
            return None
        return end

    def _is_not_a_quantity(self, doc: Doc, run: Span, mention: Mention, is_range: bool) -> bool:
        """Dates, years, ordinals, ranks ("No. 2"), names ("Boeing 737") and bare "one" are not claims here."""
        if any(t.ent_type_ in _NAME_ENTITIES for t in run) and not mention.currency:
            return True
        if any(t.ent_type_ in TIME_ENTITIES for t in run) and _is_period_label(run):
            return True
        if mention.measured:
            return False
        if any(t.ent_type_ in TIME_ENTITIES for t in run) and not is_range and not _count_taken_for_a_year(run):
            return True
        first, last = run[0], run[-1]
        if _part_of_a_name(first):
            return True
        if len(run) == 1 and _YEAR.match(first.text):
            return True
        before = doc[first.i - 1] if first.i > 0 else None
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if before is not None and before.text in {"/", "#", "No."} and not before.whitespace_:
            return True
        label = doc[first.i - 2] if before is not None and before.text == "." and first.i >= 2 and not doc[first.i - 2].whitespace_ else before
        if label is not None and label.text in {"No.", "No", "Nos."}:
            # "the No. 2 Republican", "No 10": a rank or a label, not a count.
            return True
        if before is not None and before.text == "-" and not before.whitespace_ and first.i >= 2 and doc[first.i - 2].like_num:
            return True
        if after is not None and after.text == "/" and not last.whitespace_:
            return True
        return all(t.is_alpha and numbers.parse_words([t.lower_], units.scale_of) == 1 for t in run)

    # -- what surrounds the number ----------------------------------------------------

    def _read_currency_before(self, doc: Doc, start: int, mention: Mention) -> int:
        if start == 0:
            return start
        before = doc[start - 1]
        code = self.symbols.get(before.text)
        if code is None and before.text.isupper() and len(before.text) == 3:
            code = units.currency_code(before.text)
        if code is None:
            code = units.lowercase_code(before.text)
        scaled = self._scaled_code(before.text) if code is None else None
        if scaled is not None:
            # "MAUD 60": 60 million Australian dollars.
            code, scale = scaled
            words = mention.number_words if mention.upper_words is None else mention.upper_words
            words.append(scale)
        if code is None:
            return start
        mention.currency = code
        if before.text == "$" and start >= 2 and doc[start - 2].text in {"US", "U.S."} and not doc[start - 2].whitespace_:
            return start - 2
        return start - 1

    def _scaled_code(self, text: str) -> tuple[str, str] | None:
        """ "MUSD" -> ("USD", "million"): a currency code after a scale letter of `money_scales`."""
        code, letter = text[-3:], text[:-3].lower()
        if len(text) < 4 or not code.isupper() or letter not in self.money_scales or code not in units.currency_codes():
            return None
        return code, self.money_scales[letter]

    def _read_after(self, doc: Doc, end: int, mention: Mention) -> int:
        """Scale abbreviations, currency words, percent signs and measurement units after the number."""
        if end < len(doc) and doc[end].lower_ in self.money_scales and not doc[end - 1].whitespace_:
            following = doc[end + 1] if end + 1 < len(doc) else None
            glued = doc[end].lower_ in self.glued_scales
            if glued or mention.currency or (following is not None and following.pos_ in {"NOUN", "PROPN"}):
                words = mention.number_words if mention.upper_words is None else mention.upper_words
                words.append(self.money_scales[doc[end].lower_])
                end += 1
        lowered = [t.lower_ for t in doc[end : end + 4]]
        for phrase in self.points:
            if lowered[: len(phrase)] == phrase:
                mention.percent = "percentage_point"
                return end + len(phrase)
        for phrase in self.percent:
            if lowered[: len(phrase)] == phrase:
                mention.percent = "percent"
                return end + len(phrase)
        for words, code in self.currency_words:
            # "us dollar" as well as "us dollars".
            said = lowered[: len(words)]
            singular = len(said) == len(words) and said[:-1] == words[:-1] and said[-1] + "s" == words[-1]
            if (said == words or singular) and mention.currency in (None, code):
                mention.currency = code
                return end + len(words)
        if end >= len(doc):
            return end
        scaled = self._scaled_code(doc[end].text)
        if scaled and mention.currency is None:
            # "30 MUSD", "120 kEUR": a scale letter before the code, as finance tables write it.
            mention.currency, scale = scaled
            words = mention.number_words if mention.upper_words is None else mention.upper_words
            words.append(scale)
            return end + 1
        # "10 €", "250 $": a currency sign after the amount, as much of Europe writes it.
        code = (
            units.currency_code(doc[end].text)
            or units.currency_code(doc[end].lemma_)
            or (self.symbols.get(doc[end].text) if mention.currency is None else None)
            or (units.lowercase_code(doc[end].text) if mention.currency is None and not _number_follows(doc, end) else None)
        )
        if code and mention.currency in (None, code):
            mention.currency = code
            # "75 USD million": the scale may follow the code.
            following = doc[end + 1] if end + 1 < len(doc) else None
            if following is not None and following.is_alpha and (units.scale_of(following.lower_) or 0) > 1:
                words = mention.number_words if mention.upper_words is None else mention.upper_words
                words.append(following.lower_)
                return end + 2
            return end + 1
        if mention.currency or mention.unit:
            return end
        for size in (3, 2):
            phrase = doc[end : end + size]
            if len(phrase) == size:
                unit = units.lookup_phrase(phrase.text) or units.lookup_phrase(" ".join(t.text for t in phrase))
                if unit is not None:
                    mention.unit = unit
                    return end + size
        sides = self.money_or_measure.get(doc[end].lower_)
        if sides is not None:
            words = mention.number_words if mention.upper_words is None else mention.upper_words
            if any((units.scale_of(word) or 0) > 1 for word in words):
                mention.currency = sides["money"]
            else:
                mention.unit = units.unit_named(sides["measure"])
            return end + 1
        unit = units.lookup(doc[end].text)
        if unit is not None and unit.dimension not in _COUNTED:
            mention.unit = unit
            return end + 1
        # "20 (kg)", "20 [kg]": a unit in brackets, as tables and forms write it.
        if end + 2 < len(doc) and doc[end].is_bracket and doc[end + 2].is_bracket and doc[end].is_left_punct:
            unit = units.lookup(doc[end + 1].text)
            if unit is not None and unit.dimension not in _COUNTED:
                mention.unit = unit
                return end + 3
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
            while head.i in range(run.start, end) and head.head.i != head.i:
                head = head.head
            if token.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod"} and head.pos_ in {"NOUN", "PROPN"}:
                between = run.doc[token.i : head.i]
                if head.i not in range(run.start, end) and head.i > token.i and not any(t.is_space for t in between):
                    return head
        return None

    def _restated(self, doc: Doc, start: int, mention: Mention, earlier: list[Span]) -> int | None:
        """An amount straight after another, joined by "(" or ", or", restates it: "€6 billion ($6.2 billion)"."""
        if not earlier or not mention.measured:
            return None
        previous_span = earlier[-1]
        previous = previous_span._.quantity
        if not (
            (mention.currency and previous.currency)
            or (mention.unit and previous.unit and mention.unit.dimension == previous.unit.dimension)
            or (mention.percent and mention.percent == previous.percent)
        ):
            return None
        between = [t.lower_ for t in doc[previous_span.end : start]]
        return len(earlier) - 1 if between in self.connectors else None

    def _read_context(self, run: Span, noun: Token | None, mention: Mention, earlier: list[Span]) -> None:
        """Concept, verb, holder, participants and time of a figure; `run` is the whole mention."""
        gapped = _gapped_subject(run, earlier)
        if gapped:
            _copy_context(earlier[-1]._.quantity, mention)
            mention.holder, mention.participants = gapped, [gapped]
            return
        share_of = _of_object(run) if noun is None and _governing_noun(run[-1]) is None else None
        concept = noun if noun is not None else _governing_noun(run[-1]) or share_of or _amount_of(run)
        verb = _governing_verb(concept if concept is not None else run[-1])
        if concept is None and verb is not None:
            concept = _topic(verb, run)
        if concept is not None and concept.i not in range(run.start, run.end):
            modifiers = _modifiers(concept, run)
            mention.concept_head = concept.lemma_.lower()
            mention.concept_modifiers = [t.lemma_.lower() for t in modifiers]
            mention.concept_text = " ".join(t.text for t in [*modifiers, concept])
            mention.noun_verbs = _noun_verbs(concept)
            governor = _of_governor(concept) if share_of is None else None
            if governor is not None and governor.i not in range(run.start, run.end):
                extra = _modifiers(governor, run)
                mention.concept_modifiers += [t.lemma_.lower() for t in [*extra, governor]]
                mention.concept_text += " (" + " ".join(t.text for t in [*extra, governor]) + ")"
        if verb is not None:
            mention.predicate = verb_lemma(verb)
            # "remained trapped", "were left stranded": the participle says what happened to them.
            mention.noun_verbs += [c.lemma_.lower() for c in verb.children if c.dep_ in {"xcomp", "acomp", "oprd"} and c.tag_ == "VBN"]
            mention.holder = _holder(verb)
            mention.subject = _common_subject(verb, run, concept)
            mention.participants = sorted({*participants(verb), *([mention.holder] if mention.holder else [])})
        mention.earlier_value = self._is_earlier_value(run, concept)
        mention.time_words = [] if mention.earlier_value else _clause_dates(run, verb)
        mention.role = _whole_of(run, noun) or _part_of(run) or self._expected(run, verb) or self._change_or_level(run, noun, verb)
        mention.place = _place(run, noun, verb)
        mention.source = self._source(run, verb)

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
        """ "analysts' expectations of $17.9bn": the words between the figure and its verb make it a forecast."""
        node = run[-1]
        for _ in range(8):
            if node.lemma_.lower() in self.hypothetical:
                return "expected"
            if node.head.i == node.i or (verb is not None and node.i == verb.i):
                return None
            node = node.head
        return None

    def _change_or_level(self, run: Span, noun: Token | None, verb: Token | None) -> str | None:
        """ "lost 9 seats", "rose by 4%" are changes; "slumped to 21 seats", "fell to €2.9bn" are levels."""
        if verb is None or verb.lemma_.lower() not in self.change_verbs:
            return None
        node = noun if noun is not None else next((t for t in run if t.like_num), run[0])
        preposition, reached_by = None, None
        for _ in range(8):
            if node.i == verb.i:
                break
            if node.dep_ == "pobj":
                preposition = node.head.lower_
            if node.head.i == node.i:
                return None
            reached_by, node = node.dep_, node.head
        if node.i != verb.i:
            return None
        if reached_by in {"nsubj", "nsubjpass"}:
            # "38 turbines will rise on the moor": the things counted do the rising; no amount changed.
            return None
        if preposition in {"to", "at"}:
            return "level"
        return "change" if preposition in {None, "by"} else None

    def _is_earlier_value(self, run: Span, counted: Token | None) -> bool:
        """ "up from £120", "compared with 40", "from 22 seats to 31": the amount is the value
        before a change."""
        for token in (*run, counted) if counted is not None else run:
            head = token.head
            if head.lower_ in self.earlier_prepositions and (head.head.lower_ in self.change_words or _to_a_figure(head)):
                return True
        return False


def _common_subject(verb: Token, run: Span, concept: Token | None) -> str | None:
    """The common noun doing the verb ("the plant employs", "the group employs"): it tells whose figure it is."""
    subject = next((c for c in verb.children if c.dep_ in HOLDER_DEPS), None)
    if subject is None or subject.pos_ != "NOUN" or subject.i in range(run.start, run.end):
        return None
    if concept is not None and subject.i == concept.i:
        return None
    return subject.lemma_.lower()


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
    object; "put turnout at 68.3%": the object. An agent ("the court fined Velox €410m") is not it.
    """

    def eligible(child: Token) -> bool:
        common = child.pos_ == "NOUN" or (child.pos_ == "PROPN" and child.i == child.sent.start and " " not in name(child))
        return common and not child.like_num and child.i not in range(run.start, run.end)

    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i not in range(run.start, run.end)]
    if objects:
        return next((c for c in objects if eligible(c)), None)
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and eligible(c)), None)


def _gapped_subject(run: Span, earlier: list[Span]) -> str | None:
    """ "The Liberal Party took 24.8%, the Greens 11.2%": the verb is left out, the name before the figure holds it."""
    doc = run.doc
    previous = [s for s in earlier if s.end <= run.start]
    sentence_start = run.sent.start if doc.has_annotation("SENT_START") else 0
    gap_start = max([s.end for s in previous if s.end > sentence_start] or [run.start])
    gap = doc[gap_start : run.start]
    if gap_start == run.start or any(t.pos_ in {"VERB", "AUX"} for t in gap) or not any(t.text == "," or t.lower_ == "and" for t in gap):
        return None
    names = [t for t in gap if looks_like_name(t)]
    return name(names[-1]) if names else None


def _whole_of(run: Span, noun: Token | None) -> str | None:
    """ "27 of the 60 seats", "34 of the assembly's 90 seats": the 60 is the whole the 27 is taken
    from, not a count of its own — by the parse, or by the words when the parser hangs the 34
    elsewhere."""
    for token in (noun, *run) if noun is not None else run:
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "of" and (head.head.like_num or head.head.pos_ == "NUM"):
            return "total"
    doc, before = run.doc, run.start - 1
    while before > 0 and doc[before].dep_ in {"det", "poss", "case", "amod", "compound"} and not doc[before].like_num:
        before -= 1
    if before > 0 and doc[before].lower_ == "of" and doc[before - 1].like_num:
        return "total"
    return None


def _part_of(run: Span) -> str | None:
    """ "11 people were hurt, four of them seriously": a figure taken from a group the text has
    just counted, named by a pronoun ("of them", "of whom"), is a part of it, never a count of
    the group, and meets only another part. ("27 of the 60 seats" is the count of seats won.)"""
    for token in run:
        for preposition in token.children:
            if preposition.dep_ != "prep" or preposition.lower_ != "of":
                continue
            if any(group.dep_ == "pobj" and group.tag_ in {"PRP", "WP"} for group in preposition.children):
                return "part"
    return None


def _to_a_figure(preposition: Token) -> bool:
    """ "from 25 seats to 34": a value the text says changed into another is the earlier one."""
    around = [*preposition.children, *preposition.head.children]
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(t.like_num for t in c.subtree) for c in around)


_NOT_PLACES = frozenset({"PERSON", "DATE", "TIME", "ORDINAL", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
"""Entity labels that never name where a figure was counted."""


def _place(run: Span, noun: Token | None, verb: Token | None) -> str | None:
    """A place the clause names for the figure: "In neighbouring Ossington, ... won 14 seats"."""
    if verb is not None and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        return name(verb.head)
    anchors = {t.i for t in (noun, verb) if t is not None} | {t.i for t in run}
    for entity in run.sent.ents if run.doc.has_annotation("SENT_START") else run.doc.ents:
        # "In neighbouring Osterhaven, turnout was 49 per cent": a name after "in" on the
        # figure's clause is where it was counted, whatever the recogniser calls the name.
        if entity.label_ in _NOT_PLACES:
            continue
        root = entity.root
        if root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.i in anchors and root.pos_ == "PROPN":
            return entity.text
    return None


def _is_period_label(run: Span) -> bool:
    """ "the first nine months of the year", "the past two weeks": a date, not a measured duration."""
    entity = next((e for e in run.doc.ents if e.start <= run.start < e.end), None)
    return entity is not None and any(t.lower_ in _PERIOD_LABEL_WORDS for t in entity)


def _noun_verbs(noun: Token) -> list[str]:
    """What the counted things did or underwent, told on the noun itself rather than by the
    main verb: "reached 47 miners trapped underground", "the two climbers, who were rescued on
    Friday": participles and relative clauses hanging on the noun."""
    return sorted({c.lemma_.lower() for c in noun.children if c.dep_ in {"acl", "relcl"} and c.pos_ in {"VERB", "AUX"}})


def _copy_context(source: Mention, target: Mention) -> None:
    target.concept_head = source.concept_head
    target.concept_modifiers = list(source.concept_modifiers)
    target.concept_text = source.concept_text
    target.predicate = source.predicate
    target.noun_verbs = list(source.noun_verbs)
    target.holder = source.holder
    target.participants = list(source.participants)
    target.time_words = list(source.time_words)
    target.earlier_value = source.earlier_value
    target.role = source.role
    target.place = source.place
    target.source = source.source
    target.subject = source.subject


def _number_follows(doc: Doc, index: int) -> bool:
    """ "rmb 10 usd 20": a lower-case code with a number after it is that number's currency."""
    return index + 1 < len(doc) and doc[index + 1].like_num


def _count_taken_for_a_year(run: Span) -> bool:
    """ "sales of 5835 units": a lone four-digit number no calendar uses, followed by what it
    counts, is a count the recogniser took for a year; "two and a half million people": a
    number with a scale of a million or more, followed by what it counts, is no date either."""
    token = run[0]
    following = token.doc[run.end] if run.end < len(token.doc) else None
    if following is None or following.pos_ != "NOUN":
        return False
    if any((units.scale_of(t.text) or 0) >= 1e6 for t in run if t.is_alpha):
        return True
    return len(run) == 1 and token.text.isdigit() and len(token.text) == 4 and not _YEAR.match(token.text) and token.head == following


def _part_of_a_name(number: Token) -> bool:
    """ "S&P 500", "A.D. 1000", "iPhone 11 Pro", "Windows 10": a number after a proper noun it
    belongs to is part of a name; "5 Democrats" (the number before) counts them."""
    head = number.head
    doc = number.doc
    before = doc[number.i - 1] if number.i > 0 else None
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if (
        before is not None
        and after is not None
        and not before.is_sent_start
        and before.is_alpha
        and any(c.isupper() for c in before.text)
        and after.is_title
        and after.is_alpha
    ):
        # Between two capitalised words, whatever the parse: "iPhone 11 Pro camera".
        return True
    if number.dep_ != "nummod" or not any(c.isalpha() for c in head.text) or not (head.pos_ == "PROPN" or (head.is_title and not head.is_sent_start)):
        return False
    named_before = before is not None and before.head == head and (before.pos_ == "PROPN" or any(c.isupper() for c in before.text))
    return head.i < number.i or named_before


def _modifiers(noun: Token, run: Span) -> list[Token]:
    """What narrows a noun: adjectives and compounds in front ("European", "military aid") and a
    unit it belongs to after it ("sales at the cloud unit", "sales at Novalink"), in text order."""
    found: list[Token] = []
    for child in noun.lefts:
        if child.dep_ in _MODIFIER_DEPS and child.i not in range(run.start, run.end) and not child.like_num:
            found.extend(t for t in child.subtree if t.is_alpha and t.i not in range(run.start, run.end) and t.ent_type_ != "DATE")
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in _NARROWING_PREPOSITIONS:
            for target in child.children:
                if target.dep_ == "pobj" and target.ent_type_ not in {"DATE", "GPE", "LOC"} and not target.like_num:
                    found.extend(t for t in target.subtree if t.is_alpha and t.dep_ not in {"det", "prep", "pobj"} or t == target)
    return sorted(set(found), key=lambda t: t.i)


def _governing_noun(token: Token) -> Token | None:
    """The noun a bare amount belongs to: "a package of €6 billion", "a deal worth $162 billion"."""
    head = token.head
    if head.dep_ == "prep" and head.lower_ in {"of", "worth"} and head.head.pos_ in {"NOUN", "PROPN"}:
        return head.head
    if head.lower_ == "worth" and head.head.pos_ in {"NOUN", "PROPN"}:
        return head.head
    return None


def _of_object(run: Span) -> Token | None:
    """ "4.1% of GDP": a share is of something."""
    for token in run.doc[run.start : min(len(run.doc), run.end + 2)]:
        for child in token.children:
            if child.lower_ == "of" and child.dep_ == "prep":
                objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}]
                if objects:
                    return objects[0]
    return None


def _of_governor(noun: Token) -> Token | None:
    """ "an army of 1.5 million soldiers": the soldiers belong to the army."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head
    return None


def _governing_verb(token: Token) -> Token | None:
    """The verb a claim hangs on; a copula ("Turnout was 67%") counts as its clause's verb."""
    node = token
    for _ in range(8):
        if node.pos_ == "VERB" or (node.pos_ == "AUX" and node.dep_ in {"ROOT", "ccomp", "conj", "advcl", "relcl"}):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _holder(verb: Token) -> str | None:
    """Whose number it is: the nearest named subject up the chain of verbs ("Starmer ... plan to send")."""
    node = verb
    for _ in range(6):
        for child in node.children:
            if child.dep_ in HOLDER_DEPS:
                named = antecedent(child) if child.tag_ in PRONOUN_TAGS else child
                return name(named) if named is not None and looks_like_name(named) else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _clause_dates(run: Span, verb: Token | None) -> list[str]:
    """Date phrases of the number's own clause ("In 2001, 145 people died"; "last year's edition drew").

    A conjoined clause shares its first clause's dates, and a clause that describes a date
    ("since 1997, when it rose by 6.9 metres") takes that date.
    """
    if verb is None:
        return []
    clause_verbs = {verb.i}
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
        clause_verbs.add(node.i)
    found = []
    if node.dep_ == "relcl" and node.head.ent_type_ == "DATE":
        found.append(entity_text(node.head))
    for token in run:
        clause_verbs.update(child.i for child in token.children if child.dep_ == "relcl")
    for entity in run.sent.ents if run.doc.has_annotation("SENT_START") else run.doc.ents:
        if entity.label_ != "DATE" or entity.start in range(run.start, run.end):
            continue
        clause = _clause_verb(entity.root)
        if clause is not None and clause.i in clause_verbs and not _is_duration(entity):
            root = entity.root
            preposition = root.head.lower_ if root.dep_ == "pobj" and root.head.i < entity.start else ""
            found.append(f"{preposition} {entity.text}".strip())
    return found


def _is_duration(entity: Span) -> bool:
    """ "two decades", "three days", "monthly", "a five-year deal": a length or frequency, not a moment.

    Labelled stretches ("the first nine months") stay: they name the period a figure covers.
    """
    if entity.root.pos_ == "ADJ" or entity.root.dep_ == "amod":
        return True
    if any(t.lower_ in _PERIOD_LABEL_WORDS for t in entity):
        return False
    return any(t.like_num for t in entity) and units.lookup(entity.root.lemma_.lower(), in_compound=True) is not None


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause a token belongs to; None inside a comparison ("up from £120 last year")."""
    node = token
    for _ in range(10):
        if node.lower_ in {"from", "than"} or node.lower_ == "with" and node.head.lower_ == "compared":
            return None
        if node.pos_ in {"VERB", "AUX"} and node.i != token.i:
            return node
        if node.head.i == node.i:
            return node if node.pos_ in {"VERB", "AUX"} else None
        node = node.head
    return None


def _scale_word(token: Token) -> bool:
    """ "hundred", "million": a number word worth a power of ten from a hundred up, after which
    "and" goes on with the same number ("two hundred and fifty")."""
    value = numbers.parse_words([token.lower_], units.scale_of) if token.is_alpha else None
    return value is not None and value >= 100 and math.log10(value).is_integer()
