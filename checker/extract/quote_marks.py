"""Where quotes start and end, from their marks, as newspapers print them.

Double quotes open with “ " '' or `` and close with ” " or '' — in any mix, since copy passed
through several systems often pairs a curly opening with a straight closing, or even closes with
an opening curly mark; single quotes
(‘ ' … ’ ') are quotes of their own only outside a double one (a headline, or a quote inside a
quote, which belongs to the outer quote). A straight mark opens after a space, a bracket or a
dash and before a word; it closes after a word. A quote runs over paragraphs when the next
paragraph opens with the same kind of mark and the first never closed; a double quote whose
closing mark was forgotten ends with its paragraph when that ends a sentence.
"""

from __future__ import annotations

import re

DOUBLE_OPENING = ("''", "``", "“", '"')
DOUBLE_CLOSING = ("''", "”", '"', "“")
SINGLE_OPENING = ("‘", "'")
SINGLE_CLOSING = ("’", "'")
_BEFORE_OPENING = "([{—–-:/"


def quote_offsets(text: str, max_single_quote_words: int) -> list[tuple[int, int]]:
    """(start, end) of every outermost quote, marks included; a single-quoted stretch longer
    than `max_single_quote_words` is apostrophes, not a quote."""
    found: list[tuple[int, int]] = []
    position = 0
    while position < len(text):
        opening = _next_opening(text, position)
        if opening is None:
            break
        start, mark = opening
        end = _closing(text, start, mark, max_single_quote_words)
        if end is None:
            position = start + len(mark)
            continue
        found.append((start, end))
        position = end
    return found


def _marks_starting(marks) -> re.Pattern:
    """A pattern finding any character a mark begins with, to jump from one to the next."""
    return re.compile("[" + re.escape("".join(sorted({mark[0] for mark in marks}))) + "]")


_OPENING_CHARACTERS = _marks_starting((*DOUBLE_OPENING, *SINGLE_OPENING))
_DOUBLE_CLOSING_OR_BREAK = re.compile(_marks_starting(DOUBLE_CLOSING).pattern[:-1] + "\n]")
_SINGLE_CLOSING_OR_BREAK = re.compile(_marks_starting(SINGLE_CLOSING).pattern[:-1] + "\n]")


def _next_opening(text: str, position: int) -> tuple[int, str] | None:
    for candidate in _OPENING_CHARACTERS.finditer(text, position):
        mark = _opening_at(text, candidate.start())
        if mark is not None:
            return candidate.start(), mark
    return None


def _opening_at(text: str, index: int) -> str | None:
    for mark in (*DOUBLE_OPENING, *SINGLE_OPENING):
        if text.startswith(mark, index) and _opens(text, index, mark):
            return mark
    return None


def _opens(text: str, index: int, mark: str) -> bool:
    before = text[index - 1] if index > 0 else " "
    after = text[index + len(mark)] if index + len(mark) < len(text) else " "
    if mark in {"“", "‘"}:
        return not after.isspace()
    starts_word = after.isalpha() if mark == "'" else after.isalnum() or after in "‘'.…“$£€[("
    return (before.isspace() or before in _BEFORE_OPENING) and starts_word


def _closing(text: str, start: int, opening: str, max_single_quote_words: int) -> int | None:
    """End of the quote opened at `start` (after its closing mark), following it over paragraphs."""
    single = opening in SINGLE_OPENING
    closings = SINGLE_CLOSING if single else DOUBLE_CLOSING
    index = start + len(opening)
    stops = _SINGLE_CLOSING_OR_BREAK if single else _DOUBLE_CLOSING_OR_BREAK
    while index < len(text):
        stop = stops.search(text, index)
        if stop is None:
            return None
        index = stop.start()
        if text[index] == "\n":
            reopened = _reopened_after_break(text, index, single)
            if reopened is not None:
                index = reopened
                continue
            if single:
                return None
            if text.startswith("\n\n", index):
                # A quote whose closing mark was forgotten ends with its paragraph, when that
                # paragraph ends a sentence ("... like he's running his business? God help us.").
                return index if text[start:index].rstrip()[-1:] in {".", "?", "!"} else None
        mark = next((m for m in closings if text.startswith(m, index)), None)
        if mark is not None and _closes(text, index, mark, single):
            if single and len(text[start:index].split()) > max_single_quote_words:
                return None
            return index + len(mark)
        index += 1
    return None


def _reopened_after_break(text: str, index: int, single: bool) -> int | None:
    """Where the next paragraph's words start when it opens with a mark of the same kind."""
    rest = text[index:]
    stripped = rest.lstrip("\n \t")
    offset = index + len(rest) - len(stripped)
    for mark in SINGLE_OPENING if single else DOUBLE_OPENING:
        if stripped.startswith(mark):
            return offset + len(mark)
    return None


def _closes(text: str, index: int, mark: str, single: bool) -> bool:
    after = text[index + len(mark)] if index + len(mark) < len(text) else " "
    before = text[index - 1]
    if single:
        # An apostrophe inside a word ("can't") or opening one ("'90s") is not a closing mark.
        return not after.isalnum() and not before.isspace()
    if mark == "''" and text.startswith("'" * 3, index):
        return False
    if mark == "“":
        # An opening curly mark typed where a closing one belongs ("unusual,“ said Noble"):
        # after a word and before a space or punctuation, it cannot open anything.
        return not before.isspace() and (after.isspace() or after in ".,;:!?)")
    return not before.isspace() or after.isspace() or after in ".,;:!?)"


def strip_marks(quote: str) -> str:
    """The quoted words without their marks; a quote over paragraphs loses its re-opening marks."""
    inner = quote
    for mark in (*DOUBLE_OPENING, *SINGLE_OPENING):
        if inner.startswith(mark):
            inner = inner[len(mark) :]
            break
    for mark in (*DOUBLE_CLOSING, *SINGLE_CLOSING):
        if inner.endswith(mark):
            inner = inner[: -len(mark)]
            break
    lines = inner.split("\n")
    for number in range(1, len(lines)):
        stripped = lines[number].lstrip()
        for mark in (*DOUBLE_OPENING, *SINGLE_OPENING):
            if stripped.startswith(mark):
                lines[number] = stripped[len(mark) :]
                break
    return " ".join(" ".join(lines).split())
