"""English function words, from spaCy's own list: never a unit, never a word that tells a story."""

from __future__ import annotations

from checker.resources import data_cache


@data_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """ "us", "in", "at", "am", "the": spaCy's English stop words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
