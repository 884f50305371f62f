"""The `crosscheck_names` spaCy component: every mention of a named person, place or organisation.

Names come from the entity recogniser, plus every spelling listed in rules/data/aliases.yaml
(the recogniser misses some transliterations: it calls "Nikolaev" a language).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from checker.resources import load_data

NAME_LABELS = ("PERSON", "GPE", "LOC", "ORG", "NORP", "FAC")

Doc.set_extension("names", default=None, force=True)


@Language.factory("crosscheck_names")
def make_name_component(nlp: Language, name: str) -> "NameMentions":
    return NameMentions(nlp)


class NameMentions:
    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab)
        spellings = [str(s) for group in load_data("aliases.yaml")["spellings"] for s in group]
        self.matcher.add("LISTED_NAME", [nlp.make_doc(s) for s in spellings])

    def __call__(self, doc: Doc) -> Doc:
        found = [e for e in doc.ents if e.label_ in NAME_LABELS and e.text[:1].isupper()]
        found += [Span(doc, start, end, label="NAME") for _, start, end in self.matcher(doc)]
        doc._.names = sorted(filter_spans(found), key=lambda span: span.start)
        return doc
