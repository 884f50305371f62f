"""Name mentions as NameClaims, and the folding that tells spelling variants of one name apart."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from anyascii import anyascii

from checker.extract.names import person_roles
from checker.lexicon.names import given_names
from checker.model import Article, NameClaim
from checker.normalise.common import evidence
from checker.resources import data_cache, load_data, thresholds

if TYPE_CHECKING:
    from spacy.tokens import Doc


def claims_from_doc(article: Article, doc: Doc, offset: int) -> list[NameClaim]:
    return [NameClaim(**evidence(article, span, offset, "name"), name=span.text, label=span.label_, roles=person_roles(span)) for span in doc._.names or []]


@data_cache(maxsize=1)
def _rules() -> tuple[tuple[tuple[str, str], ...], bool]:
    data = load_data("transliteration.yaml")
    return tuple((str(a), str(b)) for a, b in data["replacements"]), bool(data["collapse_double_letters"])


@data_cache(maxsize=8192)
def fold(name: str) -> str:
    """A spelling reduced to what transliterations share: "Sergey" and "Sergei" both fold to "sergei"."""
    replacements, collapse = _rules()
    # Transliterated, not stripped: "Дмитрий Песков" is "dmitrii peskov", never "" (which would
    # make every Cyrillic name one name).
    text = anyascii(unicodedata.normalize("NFKC", name)).lower() or name.lower()
    text = re.sub(r"^the\s+", "", text)
    for pattern, replacement in replacements:
        text = re.sub(pattern, replacement, text)
    if collapse:
        text = re.sub(r"(\w)\1+", r"\1", text)
    return " ".join(text.split())


def different_given_names(first: str, second: str) -> bool:
    """ "Brian Walsh" and "Bryan Walsh": two given names a census lists apart are two people, however
    alike they fold; "Sergey"/"Sergei", which it does not list, may be one."""
    a, b = first.lower().split(), second.lower().split()
    if len(a) < 2 or len(b) < 2 or a[0] == b[0]:
        return False
    return a[0] in given_names() and b[0] in given_names()


def sound_alike(left: str, right: str) -> bool:
    """Two surnames a reporter could write for one ("Rundle" / "Rundell", "Creagh" / "Cregg",
    "Raman" / "Rahman"): they sound the same to Metaphone or to NYSIIS, and are a keystroke or two
    apart. Which of the two keys agrees differs from name to name; both are phonetic keys made
    for English surnames."""
    import jellyfish

    limits = thresholds("alignment", "names")
    a, b = anyascii(left).lower(), anyascii(right).lower()
    if a == b or min(len(a), len(b)) < int(limits["sound_alike_min_letters"]) or not (a.isalpha() and b.isalpha()):
        return False
    if jellyfish.damerau_levenshtein_distance(a, b) > int(limits["sound_alike_keystrokes"]):
        return False
    return jellyfish.metaphone(a) == jellyfish.metaphone(b) or jellyfish.nysiis(a) == jellyfish.nysiis(b)


@data_cache(maxsize=1)
def _actors() -> dict[str, str]:
    groups = load_data("aliases.yaml")["actors"]
    return {fold(str(member)): str(group[0]) for group in groups for member in group}


def actor(name: str) -> str:
    """The group a holder speaks for ("the Kremlin" -> Russian leadership), else the folded name."""
    folded = fold(name)
    return _actors().get(folded) or _actors().get(folded.split()[-1]) or folded


@data_cache(maxsize=1)
def spelling_groups() -> dict[str, str]:
    """Each listed spelling (rules/data/aliases.yaml), folded, mapped to the first spelling of its group."""
    return {fold(str(s)): str(group[0]) for group in load_data("aliases.yaml")["spellings"] for s in group}


def listed_spelling(name: str) -> tuple[str, str] | None:
    """(group, rest) when a name is, or ends with, a listed spelling: "Abdel Fattah al-Sisi" ->
    ("Al-Sisi", "abdel fattah")."""
    words = fold(name).split()
    groups = spelling_groups()
    for start in range(len(words)):
        group = groups.get(" ".join(words[start:]))
        if group is not None:
            return group, " ".join(words[:start])
    return None


def without_possessive(word: str) -> str:
    """ "Allard's" -> "Allard", "Poland’s" -> "Poland", "Harcastle Homes'" -> "Harcastle Homes":
    the name a possessive is made of."""
    word = word.removesuffix("'s").removesuffix("’s")
    return word[:-1] if word.endswith(("s'", "s’")) else word


ONE_LETTER = "one letter"
SWAPPED = "two letters swapped"
SOUND = "sound"
JOINED = "spacing and punctuation"


def surname_slip(left: str, right: str) -> str | None:
    """How two surnames under one given name are one surname mistyped, or None: a plural is
    another name ("Field" / "Fields")."""
    left_letters, right_letters = _letters_only(left), _letters_only(right)
    if left_letters == right_letters:
        # "Lang'at" / "Langat", "Van der Molen" / "Vandermolen": the letters are one name's.
        return JOINED if spelling_letters(left) != spelling_letters(right) else None
    if left_letters + "s" == right_letters or right_letters + "s" == left_letters:
        return None
    limits = thresholds("alignment", "names")
    shorter = min(len(left_letters), len(right_letters))
    if shorter >= int(limits["slip_min_letters"]) and _one_swap(left_letters, right_letters):
        # "Lansdell" / "Landsell": two neighbouring keys struck in the wrong order.
        return SWAPPED
    if edit_distance(left_letters, right_letters) == 1 and (
        shorter >= int(limits["slip_min_letters"])
        # "Haig" / "Haigh", "Mqhayi" / "Mqayi": a letter dropped from a shorter surname is a slip,
        # where one letter changed ("Bell" / "Ball") is as often another name.
        or (shorter >= int(limits["dropped_letter_min_letters"]) and len(left_letters) != len(right_letters))
    ):
        return ONE_LETTER
    return SOUND if sound_alike(left_letters, right_letters) else None


def _letters_only(name: str) -> str:
    """A surname's letters, without the apostrophes, hyphens and spaces some papers write in it."""
    return "".join(c for c in spelling_letters(name) if c.isalpha())


def _one_swap(left: str, right: str) -> bool:
    """Two spellings that differ only by two neighbouring letters in the other order."""
    if len(left) != len(right):
        return False
    apart = [i for i, (a, b) in enumerate(zip(left, right, strict=True)) if a != b]
    return len(apart) == 2 and apart[1] == apart[0] + 1 and left[apart[0]] == right[apart[1]] and left[apart[1]] == right[apart[0]]


def spelling_letters(name: str) -> str:
    """A spelling in plain lower-case letters: "Peña" is "pena", so an accent is no letter changed."""
    return anyascii(name).lower()


def edit_distance(left: str, right: str) -> int:
    """Levenshtein's distance: letters inserted, deleted or replaced to turn one into the other."""
    previous = list(range(len(right) + 1))
    for i, a in enumerate(left, 1):
        current = [i]
        for j, b in enumerate(right, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1]
