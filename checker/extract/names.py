"""The `crosscheck_names` spaCy component: every mention of a named person, place or organisation.

Names come from the entity recogniser, plus every spelling listed in rules/data/aliases.yaml
(the recogniser misses some transliterations: it calls "Nikolaev" a language). A name in a
dateline ("CAIRO —") or in a line set in capitals (a headline) is typography, not a spelling:
"NATO" in a sentence is one, "MOSCOW" opening a dispatch is not, nor is "ASHCOMBE Rovers"
opening a paragraph in the capitals of a lead-in.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from checker.extract.syntax import doc_text, entities, in_dateline
from checker.lexicon.english import noun_class
from checker.lexicon.names import given_names, honorifics, title_abbreviations
from checker.resources import load_data

NAME_LABELS = ("PERSON", "GPE", "LOC", "ORG", "NORP", "FAC")

if not Doc.has_extension("names"):
    Doc.set_extension("names", default=None)


@Language.factory("crosscheck_names")
def make_name_component(nlp: Language, name: str, shouted_share: float) -> NameMentions:
    return NameMentions(nlp, shouted_share)


class NameMentions:
    def __init__(self, nlp: Language, shouted_share: float) -> None:
        self.shouted_share = shouted_share
        self.matcher = PhraseMatcher(nlp.vocab)
        spellings = [str(s) for group in load_data("aliases.yaml")["spellings"] for s in group]
        self.matcher.add("LISTED_NAME", [nlp.make_doc(s) for s in spellings])

    def __call__(self, doc: Doc) -> Doc:
        found = [e for e in entities(doc) if e.label_ in NAME_LABELS and e.text[:1].isupper()]
        found += [Span(doc, start, end, label="NAME") for _, start, end in self.matcher(doc)]
        kept = [
            span for span in filter_spans(found) if not in_dateline(span.root) and not _in_capitals(span, self.shouted_share) and not _opening_capitals(span)
        ]
        doc._.names = sorted((_without_honorific(span) for span in kept), key=lambda span: span.start)
        return doc


def _without_honorific(span: Span) -> Span:
    """ "Dr Eilidh MacAulay" is spelled "Eilidh MacAulay": an honorific the recogniser took into
    the name (rules/data/speech.yaml `honorifics`) is no part of its spelling, nor is a noun for a
    person opening a person's name ("Grandmother Joan Delany", WordNet's `persons`, when no
    census lists it as a given name), nor the abbreviation of one ("Insp Miriam Oduya",
    speech.yaml `title_abbreviations`)."""
    start = span.start
    while span.end - start > 2 and (
        span.doc[start].lower_.rstrip(".") in honorifics()
        or (span.label_ == "PERSON" and title_abbreviations().get(span.doc[start].lower_.rstrip(".")) in noun_class("persons"))
        or (span.label_ == "PERSON" and span.doc[start].lower_ in noun_class("persons") and span.doc[start].lower_ not in given_names())
    ):
        start += 1
    return Span(span.doc, start, span.end, label=span.label_) if start != span.start else span


def _in_capitals(span: Span, shouted_share: float) -> bool:
    """A name written in capitals inside a line whose letters are at least `shouted_share`
    capitals: a headline's emphasis."""
    if not span.text.isupper():
        return False
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    others = [c for c in line[: span.start_char - line_start] + line[span.end_char - line_start :] if c.isalpha()]
    return bool(others) and sum(c.isupper() for c in others) >= shouted_share * len(others)


def _opening_capitals(span: Span) -> bool:
    """ "ASHCOMBE Rovers were left reeling ...": a paragraph whose first words are set in
    capitals, the lead-in some papers print, and a name among them spelled in mixed case."""
    opens_paragraph = span.start == 0 or "\n" in span.doc[span.start - 1].whitespace_ + span.doc[span.start - 1].text
    shouted = [token.text.isupper() and len(token.text) > 1 for token in span]
    return opens_paragraph and shouted[0] and not all(shouted)


def person_roles(span: Span) -> tuple[str, ...]:
    """The nouns for a person (WordNet's `persons`) a mention of a name gives it: right before it
    ("Plant manager Reese Aldana", "Mayor Giorgos Papadimitriou") or set beside it ("Eileen
    Brodie, chief executive of the trust", "its chief executive, Aileen Brodie"); an honorific or
    an abbreviated title ("Dr", "Prof") says nothing of the role."""
    if span.label_ != "PERSON":
        return ()
    before = span.doc[span.start - 1] if span.start > 0 else None
    found = [before] if before is not None and before.pos_ in {"NOUN", "PROPN"} else []
    found += [child for child in span.root.children if child.dep_ == "appos"]
    if span.root.dep_ == "appos":
        found.append(span.root.head)  # "Its chief executive, Aileen Brodie, said"
    titles = {*honorifics(), *title_abbreviations()}
    return tuple(sorted({t.lemma_.lower() for t in found if t.lemma_.lower() in noun_class("persons") and t.lower_.rstrip(".") not in titles}))
