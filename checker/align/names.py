"""Name variants: one person or place spelled two ways in a story (Kyiv/Kiev, Sergey/Sergei).

Spellings are grouped by the spelling lists of rules/data/aliases.yaml, then by transliteration
folding (rules/data/transliteration.yaml). Each pair of spellings in a group is one comparison,
citing the first use of each, unless the fold links two given names a census lists apart ("Brian
Walsh" and "Bryan Walsh" are two people); a house-style preference marks drafts that use another spelling.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from checker.align.groups import story_reasons
from checker.align.lexicon import digest, lexicon
from checker.align.quotes import name_words
from checker.lexicon.english import noun_class
from checker.lexicon.names import given_names, title_abbreviations
from checker.model import Article, Comparison, NameClaim
from checker.normalise.names import (
    JOINED,
    SOUND,
    different_given_names,
    edit_distance,
    fold,
    listed_spelling,
    sound_alike,
    spelling_letters,
    surname_slip,
    without_possessive,
)

NAME_FIELDS = {
    "story": "the story the articles belong to",
    "left_name": "one spelling",
    "right_name": "the other spelling",
    "via": "how the spellings were linked: spelling list, transliteration, capitalisation, one letter (a surname one letter apart under one given name: changed in a long surname, dropped or added in a shorter one), two letters swapped (neighbours in a long surname), spacing and punctuation (the same letters with or without a space, hyphen or apostrophe) or sound (surnames that sound alike under one given name)",
    "same_article": "true when one article uses both spellings",
    "edit_distance": "how many letters must change to turn one spelling into the other (case, accents and titles aside)",
    "given_names_differ": "true when the two open with different given names a census lists (Brian / Bryan): two people",
    "preferred": "the house-style spelling of this name ('' when none is set)",
    "draft_uses_other": "true when a draft under review uses a spelling other than the preferred one",
    "left_outlet": "the outlet using the first spelling (or id)",
    "right_outlet": "the outlet using the second spelling",
}


@dataclass(frozen=True)
class HouseStyle:
    """Review context: which articles are drafts, and which spellings the newsroom prefers."""

    drafts: frozenset[str] = frozenset()
    preferred: tuple[str, ...] = ()


_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-"})
"""Curly and straight apostrophes, hyphens of several widths: the typesetter's, not a spelling."""


def spelling(name: str) -> str:
    """A name as written, less what only the typesetting changes ("O’Neill" is "O'Neill") and
    the possessive ("Niall Ogunbyi's" is a spelling of "Niall Ogunbyi")."""
    name = without_possessive(name.translate(_TYPOGRAPHY))
    return name[4:] if name.lower().startswith("the ") else name


def name_key(name: str) -> tuple[str, str]:
    """(group, how) for a spelling: its spelling-list group, else its transliteration fold."""
    plain = spelling(name)
    listed = listed_spelling(plain)
    if listed is not None:
        group, rest = listed
        return f"list:{rest}|{group}", "spelling list"
    return f"fold:{fold(plain)}", "transliteration"


def align_names(articles: list[Article], claims: list[NameClaim], style: HouseStyle) -> list[Comparison]:
    by_id = {article.id: article for article in articles}
    groups: dict[tuple[str, str], dict[str, list[NameClaim]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        name = spelling(claim.name)
        if claim.segment != "main" or len(name) < 3:
            continue
        key, _ = name_key(name)
        groups[(by_id[claim.article].story or "", key)][name].append(claim)
    pairs = []
    for (story, key), spellings in sorted(groups.items()):
        for left_name, right_name in combinations(sorted(spellings), 2):
            pairs.append((story, key, spellings, left_name, right_name, None))
    pairs += _one_letter_apart(groups)
    # "Orlovsky" / "Orlovskiy" is the surname of "Dmitri Orlovsky" / "Dmitry Orlovskiy": the full
    # names are the one comparison an editor needs.
    # So is "Mrs Delaney" / "Mrs Delany" for "Joan Delaney" / "Joan Delany": an honorific names no one.
    surnames = {
        (story, frozenset({left.split()[-1], right.split()[-1]})) for story, _, _, left, right, _ in pairs if " " in _bare(left) and " " in _bare(right)
    }
    return [
        _comparison(by_id, story, key, spellings, left, right, style, via)
        for story, key, spellings, left, right, via in pairs
        if " " in _bare(left) or " " in _bare(right) or (story, frozenset({_bare(left), _bare(right)})) not in surnames
    ]


def _bare(name: str) -> str:
    """A name without its honorifics and titles ("Mrs Delaney" is "Delaney")."""
    return " ".join(name_words(name))


def _one_letter_apart(groups: dict[tuple[str, str], dict[str, list[NameClaim]]]) -> list[tuple]:
    """Full names with one given name whose surnames are a slip apart: surnames one letter
    apart ("Sanne Vliegenthart" / "Sanne Vliegenhart"), two letters swapped, the same letters
    written with or without a space, hyphen or apostrophe ("Joseph Langat" / "Joseph Lang'at"),
    or surnames that sound alike ("Peter Rundle" / "Peter Rundell"), which no transliteration
    explains; or one surname under given names that sound alike ("Lawrence" / "Laurence"). A
    title before the name is no part of it, and one of the two spellings taken for a person's
    name makes both a person's."""
    people: dict[str, list[tuple[str, str, list[str], list[NameClaim]]]] = defaultdict(list)
    for (story, key), spellings in sorted(groups.items()):
        for name, uses in sorted(spellings.items()):
            words = _person_words(name)
            if words is not None:
                people[story].append((key, name, words, uses))
    found = []
    for story, names in sorted(people.items()):
        for (left_key, left, left_words, left_uses), (right_key, right, right_words, right_uses) in combinations(names, 2):
            # People's names only: "North America" / "North American" are a place and its people.
            if left_key == right_key or not any(use.label == "PERSON" for use in (*left_uses, *right_uses)):
                continue
            if fold(left_words[0]) == fold(right_words[0]):
                via = surname_slip(" ".join(left_words[1:]), " ".join(right_words[1:]))
                if via not in (JOINED, None) and len(left_words) != len(right_words):
                    via = None
            elif fold(left_words[-1]) == fold(right_words[-1]) and len(left_words) == len(right_words) == 2:
                # "Lawrence Teague" / "Laurence Teague": one surname, a given name spelled two ways;
                # "DOC ranger Hana Tupaea" / "DOC ranger Hannah Tupaea": one role held.
                via = SOUND if sound_alike(left_words[0], right_words[0]) else _one_role(left_words[0], right_words[0], left_uses, right_uses)
            else:
                continue
            if via is not None:
                found.append((story, f"letter:{left_key}|{right_key}", {left: left_uses, right: right_uses}, left, right, via))
    return found


def _one_role(left: str, right: str, left_uses: list[NameClaim], right_uses: list[NameClaim]) -> str | None:
    """ "Sara Pemberton" / "Sarah Pemberton", both the hospice's chief executive: given names that
    sound alike (one Metaphone or NYSIIS key) under one surname, given one role by the articles,
    are one person's spelled two ways; without a shared role they may be two ("Brian Walsh
    chaired" / "Bryan Walsh, a ferry captain"), and a short form is another name, not a
    misspelling ("Dave" / "David")."""
    import jellyfish

    words = lexicon()
    roles = {words.noun(role, None) for use in left_uses for role in use.roles} & {words.noun(role, None) for use in right_uses for role in use.roles}
    a, b = spelling_letters(left), spelling_letters(right)
    if not roles or not (jellyfish.metaphone(a) == jellyfish.metaphone(b) or jellyfish.nysiis(a) == jellyfish.nysiis(b)):
        return None
    return f"one role: {', '.join(sorted(roles))}"


def _person_words(name: str) -> list[str] | None:
    """The words of what may be a person's full name, less the honorifics and titles before it
    ("Commodore Arnel Villanueva" is "Arnel Villanueva"), or None when it cannot be one: a
    single word, an initial, a figure, or a name opening or ending in lower case (particles
    between, "Van der Molen", are a surname's)."""
    words = name_words(name)
    titles = noun_class("persons") | set(title_abbreviations())
    while len(words) > 2 and words[0].lower().rstrip(".") in titles and words[0].lower() not in given_names():
        words = words[1:]
    if len(words) < 2 or not (words[0][0].isupper() and words[-1][0].isupper()):
        return None
    if not all(word.replace("-", "").replace("'", "").isalpha() for word in words):
        return None
    return words


def _comparison(by_id, story, key, spellings, left_name, right_name, style: HouseStyle, via: str | None = None) -> Comparison:
    left, right = _first_uses(spellings[left_name], spellings[right_name], style.drafts)
    via = via or ("capitalisation" if left_name.lower() == right_name.lower() else name_key(left_name)[1])
    preferred = next((p for p in style.preferred if name_key(p)[0] == key), "")
    draft_uses_other = bool(preferred) and any(claim.article in style.drafts for name, uses in spellings.items() if name != preferred for claim in uses)
    facts = {
        "story": story,
        "left_name": left_name,
        "right_name": right_name,
        "via": via,
        "same_article": left.article == right.article,
        "edit_distance": edit_distance(*(spelling_letters(" ".join(_person_words(name) or [name])) for name in (left_name, right_name))),
        "given_names_differ": key.startswith("fold:") and different_given_names(left_name, right_name),
        "preferred": preferred,
        "draft_uses_other": draft_uses_other,
        "left_outlet": by_id[left.article].label,
        "right_outlet": by_id[right.article].label,
    }
    reasons = (*story_reasons(story), f"'{left_name}' and '{right_name}' are linked by {via}")
    conflict = f"one name, two spellings: {left_name} / {right_name}"
    return Comparison(digest("name", story, left_name, right_name), "name", story, (left, right), facts, reasons, conflict)


def _first_uses(left_uses: list[NameClaim], right_uses: list[NameClaim], drafts: frozenset[str] = frozenset()) -> tuple[NameClaim, NameClaim]:
    """The first use of each spelling, from two different articles when the story allows; a
    draft's own use comes first, whatever the articles are called, so a review always cites it."""

    def order(claim: NameClaim) -> tuple:
        return (claim.article not in drafts, claim.article, claim.start)

    for left in sorted(left_uses, key=order):
        for right in sorted(right_uses, key=order):
            if left.article != right.article:
                return left, right
    return min(left_uses, key=order), min(right_uses, key=order)
