"""Where a number is and how far it runs: digits and number words, scales ("2.5 million"),
fractions ("half a million", "a third of"), vague magnitudes ("tens of thousands of"), ranges
("between 200 and 260"), hyphenated compounds ("60-day") — and the numbers that are no claim
(dates, ranks, names such as "Boeing 737")."""

from __future__ import annotations

import math
import re

from spacy.tokens import Doc, Span, Token

from checker.extract.quantity_mention import COUNTED_DIMENSIONS, Mention
from checker.extract.syntax import TIME_ENTITIES, entities
from checker.lexicon import numbers, units
from checker.resources import load_data

_NAME_ENTITIES = {"PERSON", "ORG", "FAC", "PRODUCT", "LAW", "WORK_OF_ART", "EVENT"}
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.I)
_SWAP = re.compile(r"^for-([\d,]+)$", re.I)
HYPHENS = frozenset({"-", "–"})


def period_label_words() -> frozenset[str]:
    """Words that make a stretch of time a labelled period ("the first nine months", "the past
    two weeks"): a date, not a measured duration."""
    return numbers.number_words()["period_label_words"]


WORDS_REMEMBERED = 200_000


class NumberRuns:
    """Reads the number itself; `Measures` reads what is written around it."""

    def __init__(self) -> None:
        lexicon = load_data("numbers.yaml")
        self.indefinite = set(lexicon["indefinite"])
        self.indefinite_units = set(lexicon["indefinite_units"])
        self.fractions = dict(lexicon["fractions"])
        self.change_openers = set(lexicon["change_openers"])
        self._may_start: dict[str, bool] = {}

    def may_start(self, token: Token) -> bool:
        """Whether a figure can begin at this word, judged from the word alone and remembered per
        word: a number, a plural number or scale ("thousands"), an indefinite article or a
        fraction word. Most words of a text are none of these, and are passed over at once."""
        text = token.text
        known = self._may_start.get(text)
        if known is None:
            if len(self._may_start) >= WORDS_REMEMBERED:
                self._may_start.clear()
            word = token.lower_
            known = (
                self.is_number(token)
                or word in self.indefinite
                or word in self.fractions
                or self._plural_number(token) is not None
                or numbers.stopwatch_seconds(text) is not None
            )
            self._may_start[text] = known
        return known

    def magnitude(self, doc: Doc, index: int) -> tuple[str, str, int] | None:
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
        if end == index or (index > 0 and (self.is_number(doc[index - 1]) or doc[index - 1].lower_ in self.indefinite)):
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

    def is_number(self, token: Token) -> bool:
        if _ORDINAL.match(token.text):
            return False
        if token.like_num and (numbers.parse_digits(token.text) is not None or numbers.is_number_word(token.text)):
            return True
        if numbers.parse_fraction(token.text) is not None:
            return True
        return numbers.is_number_word(token.text)

    def _is_scale(self, token: Token) -> bool:
        return units.scale_of(token.text) is not None

    def starts_number(self, doc: Doc, index: int) -> bool:
        token = doc[index]
        if self.is_number(token):
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

    def run_end(self, doc: Doc, index: int) -> int:
        end = index + 1
        while end < len(doc):
            token = doc[end]
            if self.is_number(token) or self._is_scale(token):
                end += 1
            elif token.text in HYPHENS and not doc[end - 1].whitespace_ and not token.whitespace_ and end + 1 < len(doc) and self._is_scale(doc[end + 1]):
                # "a $1.2-billion fund", "a $594-million deficit": a scale joined by a hyphen.
                end += 1
            elif token.lower_ in self.indefinite and end + 1 < len(doc) and (self._is_scale(doc[end + 1]) or self._fraction_of_scale(doc, end + 1)):
                end += 1
            elif self._fraction_of_scale(doc, end):
                end += 1
            elif token.lower_ == "and" and end + 2 < len(doc) and doc[end + 1].lower_ in self.indefinite and self._fraction_of_scale(doc, end + 2):
                # "two and a half million"
                end += 1
            elif token.lower_ == "and" and end + 1 < len(doc) and numbers.is_number_word(doc[end + 1].text) and scale_word(doc[end - 1]):
                end += 1
            else:
                break
        return end

    def _ratio(self, doc: Doc, end: int) -> int | None:
        """The M of "N in M" ("one in five children"), a share of a group, when M is a whole
        number above N; not "3 in 10 minutes" (a unit follows) nor "5 in 2024" (a date)."""
        if end + 1 >= len(doc) or end < 1 or doc[end].lower_ != "in" or not self.is_number(doc[end + 1]) or doc[end + 1].ent_type_ in {"DATE", "TIME"}:
            return None
        whole = numbers.parse_words([doc[end + 1].text], units.scale_of)
        part = numbers.parse_words([doc[end - 1].text], units.scale_of)
        if whole is None or part is None or not whole.is_integer() or not 0 < part < whole:
            return None
        after = doc[end + 2] if end + 2 < len(doc) else None
        unit = units.lookup(after.lemma_) if after is not None and after.is_alpha else None
        if after is not None and (self.is_number(after) or (unit is not None and unit.dimension not in COUNTED_DIMENSIONS)):
            return None
        return int(whole)

    def read_compound(self, doc: Doc, end: int, mention: Mention) -> int | None:
        """Hyphenated compounds: "60-day", "7.4-magnitude", "two-thirds", "1,000-for-1,000".

        Returns the new end, `end` itself when there is no compound, None when the compound is
        not a quantity ("C-17", "5-4 win" are read elsewhere or not at all).
        """
        ratio = self._ratio(doc, end)
        if ratio is not None:
            # "one in five children", "nine in 10 members": a share of a group.
            mention.fraction = ratio
            return end + 2
        if end < len(doc) and doc[end - 1].whitespace_ and self._fraction_of_group(doc, end):
            # "a third of", "one third of": the fraction written apart, as well as "one-third".
            mention.fraction = int(self.fractions[doc[end].lower_])
            return end + 1
        if end + 1 >= len(doc) or doc[end].text not in {"-", "–"} or doc[end - 1].whitespace_ or doc[end].whitespace_:
            return end
        word = doc[end + 1]
        if self.is_number(word):
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
        if word.pos_ == "NOUN" and word.is_alpha and word.is_lower and doc[end - 1].text[:1].isdigit():
            # "a 24,000-seat stadium", "the 120-bed wing": a count of the noun after the hyphen,
            # which the figure's context reads as its counted thing.
            return end
        return None

    def range_end(self, doc: Doc, run: Span) -> int | None:
        """End of the upper bound in "between 200 and 260", "200 to 260" or "200-260", else None;
        "rose by 40,000 to 1.2 million" and "from 1.1 million to 1.2 million" are a change and a
        level, or two levels (`change_openers`), not a range."""
        joiner = run.end
        if joiner + 1 >= len(doc) or not self.is_number(doc[joiner + 1]):
            return None
        word = doc[joiner].lower_
        before = doc[run.start - 1].lower_ if run.start > 0 else ""
        glued = not run[-1].whitespace_ and not doc[joiner].whitespace_
        if not ((word == "and" and before == "between") or (word == "to" and before not in self.change_openers) or (word in {"-", "–"} and glued)):
            return None
        end = self.run_end(doc, joiner + 1)
        upper = doc[joiner + 1 : end]
        if any(t.ent_type_ in _NAME_ENTITIES for t in [*run, *upper]):
            return None
        if len(upper) == 1 and len(run) == 1 and _YEAR.match(upper[0].text) and _YEAR.match(run[0].text):
            return None
        return end

    def is_not_a_quantity(self, doc: Doc, run: Span, mention: Mention, is_range: bool) -> bool:
        """Dates, years, ordinals, ranks ("No. 2"), names ("Boeing 737") and bare "one" are not claims here."""
        if any(t.ent_type_ in _NAME_ENTITIES for t in run) and not mention.currency and not _shouted_number(run):
            return True
        if any(t.ent_type_ in TIME_ENTITIES for t in run) and is_period_label(run):
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
        if before is not None and before.text in {"/", "#"} and not before.whitespace_:
            return True
        label = doc[first.i - 2] if before is not None and before.text == "." and first.i >= 2 and not doc[first.i - 2].whitespace_ else before
        if label is not None and label.text in numbers.number_words()["rank_markers"]:
            # "the No. 2 Republican", "No 10": a rank or a label, not a count.
            return True
        if before is not None and before.text == "-" and not before.whitespace_ and first.i >= 2 and doc[first.i - 2].like_num:
            return True
        if after is not None and after.text == "/" and not last.whitespace_:
            return True
        return all(t.is_alpha and numbers.parse_words([t.lower_], units.scale_of) == 1 for t in run)


def number_follows(doc: Doc, index: int) -> bool:
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


def is_period_label(run: Span) -> bool:
    """ "the first nine months of the year", "the past two weeks": a date, not a measured duration."""
    entity = next((e for e in entities(run.doc) if e.start <= run.start < e.end), None)
    return entity is not None and any(t.lower_ in period_label_words() for t in entity)


def scale_word(token: Token) -> bool:
    """ "hundred", "million": a number word worth a power of ten from a hundred up, after which
    "and" goes on with the same number ("two hundred and fifty")."""
    value = numbers.parse_words([token.lower_], units.scale_of) if token.is_alpha else None
    return value is not None and value >= 100 and math.log10(value).is_integer()


def _shouted_number(run: Span) -> bool:
    """ "SEVENTEEN festival-goers were rushed to hospital": a number word in capitals, as a
    tabloid opens a story, that the recogniser took for a name on its own."""
    if not all(t.is_upper and t.is_alpha and numbers.is_number_word(t.text) for t in run):
        return False
    named = [e for e in run.doc.ents if e.start < run.end and run.start < e.end]
    return all(run.start <= e.start and e.end <= run.end for e in named)
