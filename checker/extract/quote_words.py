"""The words of a quote as an editor compares them, read from the parse.

Two outlets printing one remark differ in ways that do not change it: "one-in-three" and "1 in
3", "don't" and "do not", "colour" and "color", "O.K." and "OK", "Gen." and "General", an
editor's insertion in brackets, a filler "Oh". spaCy already knows most of this — a token's
`norm_` expands contractions and unifies spellings, `like_num` finds numbers, the tagger marks
interjections, modals and pronouns — so each word is kept as (form, class), where the class says
what a change of that word means: a negation, number, modal or pronoun changes what was said;
a function word alone does not.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from checker.extract.quantity_mention import COUNTED_DIMENSIONS
from checker.lexicon import units
from checker.lexicon.names import title_abbreviations
from checker.lexicon.numbers import number_words, parse_words
from checker.resources import data_cache, load_data

NEGATION, NUMBER, MODAL, PRONOUN, NAME, FUNCTION, CONTENT = "negation", "number", "modal", "pronoun", "name", "function", "content"
"""Word classes; MATERIAL ones change the meaning of a quote when they change."""
MATERIAL = frozenset({NEGATION, NUMBER, MODAL, PRONOUN})
CUT = "…"
_FUNCTION_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX"})
_BRACKETS = {"(": ")", "[": "]"}
_COPULAS = frozenset({"'s", "is", "are", "am", "'m", "'re", "was", "were", "be", "been"})


@data_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], dict[str, str]]:
    speech = load_data("speech.yaml")
    negations = frozenset(str(w).lower().replace("’", "'") for w in speech["negations"])
    return negations, title_abbreviations()


def quote_words(span: Span) -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[int, int], ...]]:
    """(forms, classes, places) of the words inside a quote span, marks excluded; "…" where a cut
    is marked. A word's place is its (start, end) in the document's text, so a change between two
    quotes can be shown at the words as printed."""
    negations, abbreviations = _lexicon()
    forms: list[str] = []
    classes: list[str] = []
    places: list[tuple[int, int]] = []
    closing: str | None = None
    number: list[Token] = []

    def keep(form: str, word_class: str, first: Token, last: Token) -> None:
        forms.append(form)
        classes.append(word_class)
        places.append((first.idx, last.idx + len(last.text)))

    def flush_number() -> None:
        if number:
            value = parse_words([t.text for t in number], lambda word: None)
            keep(_number_form(value) if value is not None else " ".join(t.lower_ for t in number), NUMBER, number[0], number[-1])
            number.clear()

    asides = _asides(span)
    for token in span:
        if token.i in asides:
            flush_number()
            continue
        if closing is not None:
            closing = None if token.text == closing else closing
            continue
        if token.text in _BRACKETS:
            # An editor's insertion may stand for words the speaker said ("[the team] watched"
            # for "the team watched", "[Smith]" for "he"): the place is a cut, as "..." is.
            flush_number()
            closing = _BRACKETS[token.text]
            if forms and forms[-1] != CUT:
                keep(CUT, FUNCTION, token, token)
            continue
        if token.is_sent_start and token.is_alpha and forms and forms[-1] != CUT and token.i > span.start:
            # Where a quoted sentence ends is where an outlet may stop or go on with another
            # sentence of the remark: a join, as a cut marked "..." is.
            flush_number()
            keep(CUT, FUNCTION, token, token)
        if token.like_num and not token.text.startswith("."):
            number.append(token)
            continue
        if (
            token.text == "-"
            and number
            and not number[-1].whitespace_
            and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].like_num
            and not token.whitespace_
        ):
            # "forty-eight", "twenty-one-year": one number written with a hyphen.
            continue
        flush_number()
        if token.text in {"…", "..."}:
            keep(CUT, FUNCTION, token, token)
            continue
        if _masking(token) and forms:
            # "d***" is one word printed with letters starred out, however it was tokenised.
            forms[-1] += token.lower_
            places[-1] = (places[-1][0], token.idx + len(token.text))
            continue
        form = token.norm_.lower().replace("’", "'")
        if token.tag_ == "VBD" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].norm_ == "not" and not token.whitespace_:
            # "didn't" is normed "do not", losing the tense "did not" keeps.
            form = token.lower_
        word = form.replace(".", "") if any(ch.isalnum() for ch in form) else ""
        if not word or token.is_punct or token.is_space:
            continue
        word = abbreviations.get(word, word)
        if classes and classes[-1] == NUMBER and token.i > 0 and token.doc[token.i - 1].like_num:
            # "after 35 kilometres" / "after 35km": one measure, however its unit is written; one
            # of it or several, as the number says.
            name = _unit_name(token.text)
            word = word if name is None else name if forms[-1] == "1" else f"{name}s"
        if token.text in number_words()["rank_markers"] and token.i + 1 < len(token.doc) and token.doc[token.i + 1].like_num:
            # "the No 12" is how "the number 12" is printed (numbers.yaml `rank_markers`).
            word = "number"
        if word == "'s" and token.tag_ != "POS":
            # Not a possessive: the verb, however the tagger reads it (a curly "he’s" is
            # sometimes taken for a gerund), so both apostrophes read alike; before "been" it is
            # "has" ("he's been checked").
            following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            word = "has" if following is not None and following.lower_ == "been" else "is"
        if word == "'d":
            # "we'd urge" is "we would urge", "we'd seen" is "we had seen": the verb after it says which.
            following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            word = "had" if following is not None and following.tag_ == "VBN" else "would"
        if word in negations or form in negations:
            keep("not" if word in {"n't", "not"} else word, NEGATION, token, token)
        elif token.pos_ != "INTJ":
            keep(word, _word_class(token), token, token)
    flush_number()
    return tuple(forms), tuple(classes), tuple(places)


def _asides(span: Span) -> set[int]:
    """Tokens of a spoken aside set off by commas or dashes — "we are, you know, trying", "we
    are, frankly, lucky", "we will, of course, prioritise" — at most two words hanging loose
    from the sentence (a clause, an adverb or a phrase): a filler, not part of the remark. A
    negation, a number or a name is never one."""
    negations, _ = _lexicon()
    found = set()
    for token in span:
        if token.dep_ not in {"parataxis", "advmod", "prep"}:
            continue
        subtree = list(token.subtree)
        words = [t for t in subtree if not t.is_punct]
        edges = (
            token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None,
            token.doc[token.right_edge.i + 1] if token.right_edge.i + 1 < len(token.doc) else None,
        )
        if len(words) > 2 or not all(e is not None and e.text in {",", "—", "-"} for e in edges):
            continue
        if len(subtree) != token.right_edge.i - token.left_edge.i + 1:
            # "whoever they voted for": a phrase with the clause between its words is no aside.
            continue
        if any(t.lower_ in negations or t.like_num or t.ent_type_ or t.pos_ == "PROPN" for t in words):
            continue
        found.update(t.i for t in subtree)
    return found


def _masking(token: Token) -> bool:
    """Stars (or a run of dashes) glued to the word before, or letters glued to the mask before
    ("d", "***", "ed"; "c", "---", "sucker")."""
    if token.i == 0 or token.doc[token.i - 1].whitespace_:
        return False
    before = token.doc[token.i - 1]
    return _mask(token.text) and (before.is_alpha or _mask(before.text)) or token.is_alpha and _mask(before.text)


def _mask(text: str) -> bool:
    """Stars, or two or more dashes (one dash joins a compound: "son-of-a-bitch")."""
    return set(text) == {"*"} or (set(text) == {"-"} and len(text) > 1)


def _unit_name(word: str) -> str | None:
    """The unit a word after a number names, as pint names it ("km", "kilometres" -> kilometer):
    measures only, never counted things ("35 people", "35 children") nor money."""
    unit = units.lookup(word)
    if unit is None or unit.dimension in COUNTED_DIMENSIONS or unit.dimension.startswith("[currency_"):
        return None
    return unit.name


def _word_class(token: Token) -> str:
    if token.tag_ == "MD":
        return MODAL
    if token.tag_ in {"PRP", "PRP$"}:
        return PRONOUN
    if token.pos_ == "PROPN":
        return NAME
    if token.pos_ in _FUNCTION_POS or token.tag_ in {"EX", "POS"} or token.lemma_ == "be" or token.norm_ in _COPULAS:
        return FUNCTION
    if token.dep_ == "mark":
        return FUNCTION  # "a miracle that more people ...": "that" opening a clause, whatever its tag
    return CONTENT


def _number_form(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)
