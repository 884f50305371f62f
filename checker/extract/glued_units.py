"""The `crosscheck_glued_units` spaCy component: "200lbs" is two tokens, a number and a unit.

spaCy's tokenizer splits a unit glued to its number only for the units it lists ("5km", "10kg");
"75ml", "200lbs" or "10kph" stay one token, and no number is read. This component splits such a
token when its letters name a unit pint defines and crosscheck measures, before the tagger and
the parser see it. Ordinals ("3rd"), decades ("1990s") and times ("2pm") are left whole: their
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
            match = _GLUED.match(token.text)
            if match is None or token.like_num:
                continue
            unit = units.lookup(match.group(2))
            # A currency's subunit glued to its number ("410p") is split; a code is not ("20USD"
            # is read whole by the currency reader).
            if unit is None or (unit.is_currency and unit.name == units.currency_in(unit.dimension)):
                continue
            retokenizer.split(token, [match.group(1), match.group(2)], heads=[(token, 1), (token, 1)])
    return doc
