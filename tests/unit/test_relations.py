"""The dependency relations of rules/data/relations.yaml, asked of real parses."""

import pytest

from checker.extract.relations import Relations
from checker.nlp import load_english


@pytest.fixture(scope="module")
def english():
    return load_english()


@pytest.mark.parametrize(
    "text, word, relation, expected",
    [
        ("Eleven people were hurt, four of them seriously.", "four", "part_of_named_group", "them"),
        ("The EU approved a package of €6 billion on Monday.", "billion", "owner_of_amount", "package"),
        ("The party won 27 of the 60 seats.", "seats", "whole_of_part", "27"),
        ("They sent an army of 1.5 million soldiers.", "soldiers", "group_of_counted", "army"),
    ],
)
def test_a_relation_leads_from_a_word_to_the_word_it_names(english, text, word, relation, expected):
    doc = english(text)
    token = next(t for t in doc if t.text == word)
    found = Relations(english.vocab).target(token, relation)
    assert found is not None and found.text == expected


def test_a_word_outside_the_relation_leads_nowhere(english):
    doc = english("Eleven people were hurt on Monday.")
    assert Relations(english.vocab).target(doc[0], "part_of_named_group") is None
