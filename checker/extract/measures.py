"""What is written around a number: a currency before or after it ("$", "USD", "C$", "MUSD"),
a scale ("bn"), a percent sign, a unit ("640 bhp", "km/h"), a qualifier ("fewer than", "about"),
a subunit ("3 dollars 50 cents"), and a restatement ("€6 billion ($6.2 billion)")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from checker.extract.number_runs import HYPHENS, NumberRuns, number_follows
from checker.extract.quantity_mention import COUNTED_DIMENSIONS, Mention
from checker.lexicon import numbers, units
from checker.lexicon.dates import date_words
from checker.lexicon.qualifiers import qualifier_table
from checker.resources import load_data


class Measures:
    """Reads currencies, units, percentages and qualifiers with the lexicon of numbers.yaml."""

    def __init__(self, numbers_reader: NumberRuns) -> None:
        lexicon = load_data("numbers.yaml")
        self.numbers = numbers_reader
        self.qualifiers = qualifier_table()
        self.money_scales = dict(lexicon["money_scales"])
        self.glued_scales = dict(lexicon["glued_scales"])
        self.subunits = {str(word).lower() for word in lexicon["currency_subunits"]}
        self.money_or_measure = {str(word).lower(): sides for word, sides in lexicon["money_or_measure"].items()}
        self.percent = [phrase.split() for phrase in lexicon["percent"]]
        self.points = [phrase.split() for phrase in lexicon["percentage_points"]]
        self.currency_words = sorted(((name.split(), code) for name, code in lexicon["currency_words"].items()), key=lambda p: -len(p[0]))
        self.connectors = [list(c) for c in lexicon["restatement_connectors"]]
        self.conversion_connectors = [list(c) for c in lexicon["conversion_connectors"]]
        self.rate_words = {str(word) for word in lexicon["rate_words"]}

    def read_currency_before(self, doc: Doc, start: int, mention: Mention) -> int:
        if start == 0:
            return start
        before = doc[start - 1]
        code = units.currency_of_sign(before.text)
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

    def read_after(self, doc: Doc, end: int, mention: Mention) -> int:
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
            or (units.currency_of_sign(doc[end].text) if mention.currency is None else None)
            or (units.lowercase_code(doc[end].text) if mention.currency is None and not number_follows(doc, end) else None)
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
        if unit is not None and unit.dimension not in COUNTED_DIMENSIONS:
            mention.unit = unit
            return end + 1
        # "20 (kg)", "20 [kg]": a unit in brackets, as tables and forms write it.
        if end + 2 < len(doc) and doc[end].is_bracket and doc[end + 2].is_bracket and doc[end].is_left_punct:
            unit = units.lookup(doc[end + 1].text)
            if unit is not None and unit.dimension not in COUNTED_DIMENSIONS:
                mention.unit = unit
                return end + 3
        return end

    def priced_item(self, doc: Doc, end: int) -> Token | None:
        """ "410p a share", "£30 per household", "315,000 pesos per 12.5-kg arroba": the one thing
        an amount is the price of, after a measure joined to it by a hyphen."""
        if end + 1 >= len(doc) or doc[end].lower_ not in self.rate_words:
            return None
        item = end + 1
        if item + 3 < len(doc) and doc[item].like_num and doc[item + 1].text in HYPHENS and not doc[item + 1].whitespace_:
            item += 3
        if doc[item].pos_ == "NOUN" and doc[item].tag_ == "NN":
            after = doc[item + 1] if item + 1 < len(doc) else None
            if after is None or after.lower_ not in date_words()["offset_words"]:
                return doc[item]
        return None

    def read_smaller_unit(self, doc: Doc, end: int, mention: Mention) -> int:
        """ "two years and nine months", "5 feet 11 inches", "13ft 9in": a measure and then more
        of a smaller unit of its dimension is one amount, in the first unit."""
        if mention.unit is None or mention.unit.dimension in COUNTED_DIMENSIONS:
            return end
        start = end + 1 if end < len(doc) and doc[end].lower_ == "and" else end
        stop = start
        while stop < len(doc) and self.numbers.is_number(doc[stop]):
            stop += 1
        if stop == start or stop >= len(doc):
            return end
        # "13ft 9in": glued to its number, "in" is the inch, as it is inside a compound.
        smaller = units.lookup(doc[stop].text, in_compound=not doc[stop - 1].whitespace_)
        whole = numbers.parse_words(mention.number_words, units.scale_of)
        part = numbers.parse_words([t.text for t in doc[start:stop]], units.scale_of)
        if smaller is None or smaller.dimension != mention.unit.dimension or whole is None or part is None:
            return end
        if units.convert(1, smaller.name, mention.unit.name) >= 1:
            return end
        mention.number_words = [f"{whole + units.convert(part, smaller.name, mention.unit.name):.6g}"]
        return stop + 1

    def read_subunits(self, doc: Doc, end: int, mention: Mention) -> int:
        """ "15 dollars 50", "3 dollars 50 cents", "thirteen dollars and forty-five cents": the
        whole units, then under a hundred of their subunit, is one amount."""
        whole = numbers.parse_words(mention.number_words, units.scale_of)
        start = end + 1 if end < len(doc) and doc[end].lower_ == "and" else end
        stop = start
        while stop < len(doc) and (
            self.numbers.is_number(doc[stop]) or (doc[stop].text == "-" and stop > start and stop + 1 < len(doc) and self.numbers.is_number(doc[stop + 1]))
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

    def read_qualifier_before(self, doc: Doc, start: int, mention: Mention) -> int:
        words = [t.text for t in doc[max(0, start - 4) : start]]
        qualifier = self.qualifiers.match_before(words)
        if qualifier is None:
            return start
        mention.qualifier = qualifier
        return start - len(qualifier.phrase.split())

    def read_qualifier_after(self, doc: Doc, end: int, mention: Mention) -> int:
        if mention.qualifier is not None:
            return end
        qualifier = self.qualifiers.match_after([t.text for t in doc[end : end + 3]])
        if qualifier is None:
            return end
        mention.qualifier = qualifier
        return end + len(qualifier.phrase.split())

    def restated(self, doc: Doc, start: int, end: int, mention: Mention, earlier: list[Span]) -> int | None:
        """An amount straight after another, joined by "(" or ", or", restates it: "€6 billion ($6.2
        billion)", "£30 per household (about €45)"; so does a count after a count written with a
        scale word ("14.6 lakh (1.46 million) children"). An amount for each of something ("A$31.4m,
        or about A$148 for each customer") is a share of the first, not the first again."""
        if not earlier or self._for_each(doc, end):
            return None
        previous_span = earlier[-1]
        previous = previous_span._.quantity
        if not mention.measured:
            scaled = not previous.measured and any(units.scale_of(word) for word in previous.number_words)
            between = [t.lower_ for t in doc[previous_span.end : start]]
            return len(earlier) - 1 if scaled and between in self.connectors else None
        if not (
            (mention.currency and previous.currency)
            or (mention.unit and previous.unit and mention.unit.dimension == previous.unit.dimension)
            or (mention.percent and mention.percent == previous.percent)
        ):
            return None
        between = [t.lower_ for t in doc[previous_span.end : start]]
        if len(between) > 2 and between[0] in self.rate_words and between[2:] in self.connectors:
            between = between[2:]  # "£30 per household (about €45)": the rate's unit comes first
        scaled = any(units.scale_of(word) for m in (mention, previous) for word in m.number_words)
        if between in self.conversion_connectors and _same_unit(mention, previous) and not scaled:
            # "55% or 60%": alternatives; "Rs 1.2 crore, or Rs 12 million" restates in other scale words.
            return None
        if between in self.connectors:
            return self._range_end_restated(doc, earlier, start)
        if between in RANGE_JOINERS and previous.restates is not None and previous.restates + 2 == len(earlier) - 1:
            # "$240 million to $280 million (€209 million to €243 million)": the bracket's upper
            # end restates the upper end before it.
            source = earlier[previous.restates + 1]
            return previous.restates + 1 if [t.lower_ for t in doc[earlier[previous.restates].end : source.start]] in RANGE_JOINERS else None
        return None

    def _for_each(self, doc: Doc, end: int) -> bool:
        """ "about A$148 for each of the customers", "$5 each", "£40 per head": the words after an
        amount that make it a rate."""
        after = [t.lower_ for t in doc[end : end + 2]]
        # "a" and "an" are left out: "£38 a month (about €45 a month)" restates one rate as another.
        return bool(after) and (after[0] in self.rate_words - {"a", "an"} or (after[0] == "for" and after[1:] and after[1] in self.rate_words))

    @staticmethod
    def _range_end_restated(doc: Doc, earlier: list[Span], start: int) -> int:
        """The amount a bracket restates: the one just before it, or, where a range ends there and
        the bracket opens another ("$240 million to $280 million (€209 million to ..."), the
        range's lower end."""
        last = len(earlier) - 1
        if last == 0:
            return last
        joined = [t.lower_ for t in doc[earlier[last - 1].end : earlier[last].start]] in RANGE_JOINERS
        closing = next((t.i for t in doc[start:] if t.text == ")"), len(doc))
        inside = list(doc[start:closing])
        opens_range = any([t.lower_] in RANGE_JOINERS and (n.like_num or n.is_currency) for t, n in zip(inside, inside[1:]))
        return last - 1 if joined and opens_range else last


RANGE_JOINERS = [["to"], *([hyphen] for hyphen in sorted(HYPHENS))]
"""Words between the two ends of a range written with an amount at each end ("$240 million to $280 million")."""


def _same_unit(mention: Mention, previous: Mention) -> bool:
    """Whether two amounts are written in one unit, currency or share."""
    if mention.percent or previous.percent:
        return mention.percent == previous.percent
    if mention.currency or previous.currency:
        return mention.currency == previous.currency
    return mention.unit is not None and previous.unit is not None and mention.unit.name == previous.unit.name
