"""The `crosscheck_date_entities` spaCy component: calendar dates the recogniser missed or overran.

The English model's recogniser misses some calendar dates ("during the early hours of 3 February"
yields only "the early hours") and runs others into the next phrase ("began on 3 March after months
of talks" yields one date, "3 March after months", that reads as a stretch of time). This component
runs after the recogniser: it cuts a date or time entity before a preposition that the parser hangs
outside it or at a comma opening another phrase, reads a year before a happening as a date ("a 2014
blaze"), and adds a date for each day-and-month written out ("3 February", "February 3, 2025",
"Saturday, 15 March") where the recogniser saw only a number, nothing, or the weekday apart. Month names come from Python's `calendar`.
"""

from __future__ import annotations

import calendar

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from checker.lexicon.dates import week_lengths
from checker.lexicon.english import happening_nouns, kind_of
from checker.lexicon.numbers import number_words

_DATES = {"DATE", "TIME"}
# A number the recogniser labelled this way may be the day of a date it did not see; a date it
# found inside a longer one ("March" of "5 March") gives way to the longer.
_OVERRIDABLE = {"CARDINAL", "ORDINAL", "QUANTITY", ""}


def _month_names() -> list[str]:
    names = {name.lower() for name in calendar.month_name[1:]} | {abbr.lower() for abbr in calendar.month_abbr[1:]}
    return sorted(names | {f"{abbr}." for abbr in names if len(abbr) == 3})


def _patterns() -> list[list[dict]]:
    month = {"LOWER": {"IN": _month_names()}, "IS_TITLE": True}
    day = {"SHAPE": {"IN": ["d", "dd"]}}
    year = {"SHAPE": "dddd"}
    comma = {"TEXT": ",", "OP": "?"}
    return [
        [day, month, year],
        [day, month],
        [month, day, comma, year],
        [month, day],
    ]


WEEKDAYS = frozenset(name.lower() for name in calendar.day_name)
DAY_JOINERS = frozenset({"and", "to", "-", "–"})


def _widened(doc: Doc, start: int) -> int:
    """Where a matched date really starts: with the first of two days ("10 and 11 November") and
    a weekday before it ("Saturday, 15 March": the weekday says which year's 15 March)."""
    if start >= 2 and doc[start - 1].lower_ in DAY_JOINERS and doc[start - 2].shape_ in {"d", "dd"} and doc[start].shape_ in {"d", "dd"}:
        start -= 2
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].lower_ in WEEKDAYS and doc[start - 2].is_title:
        return start - 2
    if start >= 1 and doc[start - 1].lower_ in WEEKDAYS and doc[start - 1].is_title:
        return start - 1
    return start


def _weeks_from_patterns() -> list[list[dict]]:
    """ "a week tomorrow", "a fortnight on Monday", "two weeks today": whole weeks counted from a
    day, which the recogniser reads as two dates."""
    count = {"LOWER": {"IN": sorted(number_words()["indefinite"])}}
    weeks = {"LEMMA": {"IN": sorted(week_lengths())}}
    day = {"LOWER": {"IN": ["today", "tomorrow", *(name.lower() for name in calendar.day_name)]}}
    return [[count, weeks, {"LOWER": "on", "OP": "?"}, day], [{"LIKE_NUM": True}, weeks, {"LOWER": "on", "OP": "?"}, day]]


@Language.factory("crosscheck_date_entities")
def make_date_entities(nlp: Language, name: str) -> DateEntities:
    return DateEntities(nlp)


class DateEntities:
    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("CALENDAR_DATE", _patterns())
        self.matcher.add("WEEKS_FROM", _weeks_from_patterns())

    def __call__(self, doc: Doc) -> Doc:
        entities = [_clipped(entity) if entity.label_ in _DATES else entity for entity in map(_year_of_happening, map(_lone_number, doc.ents))]
        taken = {i: entity for entity in entities for i in range(entity.start, entity.end)}
        added = []
        for match, start, end in self.matcher(doc):
            day = next((token for token in doc[start:end] if token.shape_ in {"d", "dd"}), None)
            if doc.vocab.strings[match] == "CALENDAR_DATE":
                start = _widened(doc, start)
            inside = all(
                taken[i].label_ in _OVERRIDABLE or (taken[i].label_ in _DATES and start <= taken[i].start and taken[i].end <= end)
                for i in range(start, end)
                if i in taken
            )
            if inside and (_is_day(day) if day is not None else doc.vocab.strings[match] == "WEEKS_FROM"):
                added.append(Span(doc, start, end, label="DATE"))
        chosen = filter_spans(added)
        kept = [entity for entity in entities if not any(_overlaps(entity, span) for span in chosen)]
        doc.ents = sorted(kept + chosen, key=lambda span: span.start)
        doc.user_data.pop("crosscheck_entities", None)
        return doc


def _lone_number(entity: Span) -> Span:
    """A number of one to three digits standing alone is no date ("Kiprono, 27, won": an age),
    whatever the recogniser says; a year has four, and a day is written with its month."""
    if entity.label_ == "DATE" and len(entity) == 1 and entity[0].shape_ in {"d", "dd", "ddd"}:
        return Span(entity.doc, entity.start, entity.end, label="CARDINAL")
    return entity


def _year_of_happening(entity: Span) -> Span:
    """ "A 2014 blaze", "the 2019 election": a four-digit number before a noun naming a
    happening (WordNet's and synonyms.yaml's, `happening_nouns`, or a kind of event to WordNet:
    "blaze") is its year, whatever the recogniser says."""
    token = entity[0]
    if entity.label_ != "CARDINAL" or len(entity) != 1 or token.shape_ != "dddd" or not FIRST_YEAR <= int(token.text) <= LAST_YEAR:
        return entity
    noun = token.head
    happening = noun.pos_ == "NOUN" and noun.i > token.i and (noun.lemma_.lower() in happening_nouns() or kind_of(noun.lemma_.lower(), HAPPENING))
    return Span(entity.doc, entity.start, entity.end, label="DATE") if token.dep_ in {"nummod", "compound", "amod"} and happening else entity


HAPPENING = "event"
"""The WordNet noun whose kinds are happenings."""
FIRST_YEAR, LAST_YEAR = 1800, 2100
"""The years a bare four-digit number before a happening is read as."""


def _is_day(token) -> bool:
    return token.text.isdigit() and 1 <= int(token.text) <= 31


def _overlaps(left: Span, right: Span) -> bool:
    return left.start < right.end and right.start < left.end


def _clipped(entity: Span) -> Span:
    """The entity up to a preposition the parser attaches outside it ("3 March | after months"),
    or up to a comma that opens another phrase ("4 February |, days after"; a comma before a
    year, a day or a month's name stays: "May 22, 2025", "Saturday, 15 March")."""
    for token in entity[1:]:
        if token.pos_ == "ADP" and not entity.start <= token.head.i < entity.end:
            return Span(entity.doc, entity.start, token.i, label=entity.label_)
        following = entity.doc[token.i + 1] if token.i + 1 < len(entity.doc) else None
        if token.text == "," and following is not None and not (following.like_num or following.is_title):
            return Span(entity.doc, entity.start, token.i, label=entity.label_)
    return entity
