"""The `crosscheck_person_entities` spaCy component: people the recogniser did not see.

The English model's recogniser misses some names outright, more often those with letters it
rarely met ("Dr Siobhán Keary, a fire investigator, said ..." yields no entity at all). A run of
capitalised proper nouns that opens with a given name the census lists (rules/data/given_names.yaml,
compared without accents) and touches no entity is a person's name: every reader of names,
speakers and participants then sees it as the recogniser's other people.
"""

from __future__ import annotations

from anyascii import anyascii
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from checker.lexicon.english import noun_class
from checker.lexicon.names import given_names, title_abbreviations

LONGEST_NAME = 3
"""Words in a name found this way: a given name and at most two more ("Mary Ann Keary")."""


@Language.factory("crosscheck_person_entities")
def make_person_entities(nlp: Language, name: str) -> PersonEntities:
    return PersonEntities()


class PersonEntities:
    def __call__(self, doc: Doc) -> Doc:
        doc = _titled_people_inside(_halves_joined(doc))
        taken = {i for entity in doc.ents for i in range(entity.start, entity.end)}
        added: list[Span] = []
        i = 0
        while i < len(doc):
            end = i
            if i not in taken and _given_name(doc[i]):
                end = i + 1
                while end < len(doc) and end - i < LONGEST_NAME and end not in taken and _name_word(doc[end]):
                    end += 1
            if end - i >= 2:
                added.append(Span(doc, i, end, label="PERSON"))
                i = end
            else:
                i += 1
        if added:
            doc.ents = sorted([*doc.ents, *added], key=lambda span: span.start)
            doc.user_data.pop("crosscheck_entities", None)
        return doc


def _halves_joined(doc: Doc) -> Doc:
    """ "Chief Superintendent Dean Harrow", read as "Superintendent Dean" and "Harrow": a person's
    entity ending in a given name the census lists, right before a name of at most two
    capitalised words, is one person, the given name and the surname."""
    entities, changed = list(doc.ents), False
    for n in range(len(entities) - 1, 0, -1):
        first, second = entities[n - 1], entities[n]
        if (
            first.label_ == "PERSON"
            and first.end == second.start
            and _given_name(doc[first.end - 1])
            and len(second) <= 2
            and all(_name_word(t) for t in second)
        ):
            entities[n - 1 : n + 1] = [Span(doc, first.end - 1, second.end, label="PERSON")]
            changed = True
    if changed:
        doc.ents = entities
        doc.user_data.pop("crosscheck_entities", None)
    return doc


def _titled_people_inside(doc: Doc) -> Doc:
    """People inside names the recogniser labelled otherwise: a name right after a noun for a
    person; and, in "Callender Parish Sheriff Bo Thibodeaux" taken whole for a work of art or an
    organisation, a capitalised noun for a person (WordNet's `persons`, or its abbreviation)
    followed by a given name the census lists opens a person's name, which the entity is cut
    before."""
    entities, changed = [], False
    for entity in doc.ents:
        if entity.label_ != "PERSON" and _after_person_noun(entity):
            entities.append(Span(doc, entity.start, entity.end, label="PERSON"))
            changed = True
            continue
        title = next((t.i for t in entity[:-2] if entity.label_ != "PERSON" and t.is_title and _person_noun(t) and _given_name(doc[t.i + 1])), None)
        if title is None:
            entities.append(entity)
            continue
        end = title + 2
        while end < entity.end and end - title - 1 < LONGEST_NAME and _name_word(doc[end]):
            end += 1
        # "Det Chief Insp Miriam Oduya": titles alone before the name are no organisation.
        if not all(_person_noun(t) for t in doc[entity.start : title + 1]):
            entities.append(Span(doc, entity.start, title + 1, label=entity.label_))
        entities.append(Span(doc, title + 1, end, label="PERSON"))
        changed = True
    if changed:
        doc.ents = entities
        doc.user_data.pop("crosscheck_entities", None)
    return doc


def _after_person_noun(entity: Span) -> bool:
    """ "Finance boss Ravi Mistry", "Detective Inspector Siobhán Kearney": two or three
    capitalised words right after a noun for a person (WordNet's `persons`) name that person,
    whatever label the recogniser gave them."""
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    return before is not None and before.lower_ in noun_class("persons") and 2 <= len(entity) <= LONGEST_NAME and all(_name_word(t) for t in entity)


def _person_noun(token: Token) -> bool:
    """A noun for a person ("Sheriff", WordNet's `persons`) or its abbreviation ("Insp",
    speech.yaml `title_abbreviations`)."""
    return token.lower_ in noun_class("persons") or title_abbreviations().get(token.lower_.rstrip(".")) in noun_class("persons")


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha


def _given_name(token: Token) -> bool:
    return _name_word(token) and anyascii(token.text).lower() in given_names()
