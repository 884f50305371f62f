"""English words by class: function words, from spaCy's own list (never a unit, never a word
that tells a story), and the classes of nouns WordNet gives."""

from __future__ import annotations

from checker.resources import data_cache, load_data, thresholds


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


@data_cache(maxsize=1)
def _noun_kinds() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    data = load_data("noun_kinds.yaml")
    return (
        {noun: tuple(senses.split()) for noun, senses in data["senses"].items()},
        {sense: tuple(above.split()) for sense, above in data["parents"].items()},
    )


@data_cache(maxsize=8192)
def kind_of(narrow: str, broad: str) -> bool:
    """Whether one of the narrower noun's frequent senses is, within `kind_depth` steps up
    WordNet's hypernyms, the broader noun's most frequent sense: "influenza" is a kind of
    "disease", "walkout" of "strike" (rules/data/noun_kinds.yaml)."""
    senses, parents = _noun_kinds()
    if narrow not in senses or broad not in senses:
        return False
    target = senses[broad][0]
    level = set(senses[narrow])
    for _ in range(int(thresholds("alignment", "nouns")["kind_depth"]) + 1):
        if target in level:
            return True
        level = {above for sense in level for above in parents.get(sense, ())}
    return False


def common_noun(word: str) -> bool:
    """Whether WordNet knows the word as a common noun ("bridge", not "roch")."""
    return word in _noun_kinds()[0]


@data_cache(maxsize=1)
def happening_nouns() -> frozenset[str]:
    """Nouns that name a happening or an act: WordNet's (noun_classes.yaml `events`, and the nouns
    it makes from verbs, `verb_nouns`) and the event sets of synonyms.yaml ("blaze", "raid")."""
    words = {str(w).lower() for group in load_data("synonyms.yaml")["events"] for w in group}
    return frozenset(words | noun_class("events") | noun_class("verb_nouns"))
