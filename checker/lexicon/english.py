"""English words by class: function words, from spaCy's own list (never a unit, never a word
that tells a story), and the classes of nouns WordNet gives."""

from __future__ import annotations

from checker.resources import data_cache, load_data


@data_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """ "us", "in", "at", "am", "the": spaCy's English stop words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@data_cache(maxsize=16)
def noun_class(name: str) -> frozenset[str]:
    """One class of nouns WordNet gives (rules/data/noun_classes.yaml): "texts", "events", "acts" ..."""
    words = load_data("noun_classes.yaml")[name]
    return frozenset(str(word) for word in words)
