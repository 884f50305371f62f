"""The `crosscheck_line_breaks` spaCy component: a line break always ends a sentence.

Scraped pages put captions, credits and headlines on lines of their own without final
punctuation; without this the parser reads "Photo: Reuters" and the next line as one sentence.
Runs before the parser, which keeps boundaries already set.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("crosscheck_line_breaks")
def mark_line_breaks(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc
