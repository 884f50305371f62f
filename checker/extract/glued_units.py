"""The `crosscheck_glued_units` spaCy component: "200lbs" is two tokens, a number and a unit.

spaCy's tokenizer splits a unit glued to its number only for the units it lists ("5km", "10kg");
"75ml", "200lbs" or "10kph" stay one token, and no number is read. This component splits such a
token when its letters name a unit pint defines and crosscheck measures, before the tagger and
the parser see it; a scale letter that kept the sentence's full stop ("£5.1m.") gives it back. Ordinals ("3rd"), decades ("1990s") and times ("2pm") are left whole: their
letters are not units (numbers.yaml `not_units`, spaCy's stop words).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from checker.lexicon import units

_GLUED = re.compile(r"^(\d+(?:[.,]\d+)*)([A-Za-z]+)$")


@Language.component("crosscheck_glued_units")
def split_glued_units(doc: Doc) -> Doc:
    with doc.retokenize() as retokenizer:
        for token in doc:
            text = token.text
            if text.endswith(".") and _scale_with_full_stop(token):
                retokenizer.split(token, [text[:-1], "."], heads=[(token, 0), (token, 0)])
                continue
            match = _GLUED.match(text)
            if match is None or token.like_num:
                continue
            unit = units.lookup(match.group(2))
            # A currency's subunit glued to its number ("410p") is split; a code is not ("20USD"
            # is read whole by the currency reader).
            if unit is None or (unit.is_currency and unit.name == units.currency_in(unit.dimension)):
                continue
            retokenizer.split(token, [match.group(1), match.group(2)], heads=[(token, 1), (token, 1)])
    return doc


def _scale_with_full_stop(token) -> bool:
    """ "was £5.1m. The sale ...": the tokenizer keeps the sentence's full stop on a scale or
    unit letter glued to a number as if it were an abbreviation ("m."), and the amount loses
    its scale."""
    if len(token.text) < 2 or token.i == 0 or not token.doc[token.i - 1].like_num or token.doc[token.i - 1].whitespace_:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    letters = token.text[:-1]
    known = letters.isalpha() and (units.scale_of(letters) is not None or units.lookup(letters) is not None)
    return known and (following is None or following.text[:1].isupper() or following.is_space)
