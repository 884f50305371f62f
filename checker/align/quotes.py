"""Aligning quotes: the same words in two articles, and who each article says spoke them.

Quotes of one story are paired when they share a run of three words (as compared: numbers as
digits, contractions expanded, one spelling, editors' brackets and fillers left out). Each pair
is compared word by word over the stretch both quote, so a partial quote or one cut with "..."
is measured against the part it keeps:
- where one quote simply starts later or stops sooner, that is where the reporter cut it;
- where both go on in different words, they are two sentences that share a phrase (doubt);
- a change inside the shared stretch is what an editor wants to see, and what it touches — a
  negation, number, modal or pronoun — says how much it matters.
A pair whose difference the other article prints too (it quotes both wordings) is no conflict.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import combinations

from checker.align.confidence import weigh
from checker.align.groups import outlets, readings, story_reasons
from checker.align.lexicon import digest
from checker.extract.quote_words import CONTENT, CUT, FUNCTION, MATERIAL, NAME, NEGATION, NUMBER, PRONOUN
from checker.lexicon.names import title_abbreviations
from checker.model import Article, Comparison, Evidence, Focus, QuoteClaim
from checker.normalise.names import edit_distance, fold, sound_alike, spelling_letters, surname_slip
from checker.resources import data_cache, load_data, thresholds

QUOTE_FIELDS = {
    "story": "the story both articles belong to",
    "similarity": "share of words the two quotes have in common over the stretch they share (0 to 1)",
    "shared_words": "how many words the two quotes have in common",
    "same_speaker": "true when both name the same person, or an unnamed speaker of the named one's organisation",
    "speaker_fits": "true when the speakers are the same, or a quote has no speaker at all (its words alone tell the remark)",
    "both_named": "true when both articles name a person as the speaker",
    "speakers_differ": "true when the articles name two different people",
    "negation_changed": "true when a negation (not, never, no ...) is in one quote and not the other",
    "number_changed": "true when the quotes give different numbers (words and digits read alike)",
    "modal_changed": "true when a modal verb differs (will / would, must / may)",
    "pronoun_changed": "true when a personal pronoun differs (they / it)",
    "material_change": "true when a negation, number, modal or pronoun changed: what was said is different",
    "words_changed": "how many words differ, other than punctuation, case, spelling and function words",
    "minor": "true when the only change is a function word put in another's place ('to' / 'of', 'or' / 'and')",
    "trivial": "true when the quotes differ only in punctuation, case, spelling, function words dropped or added, or a marked cut",
    "diff": "the word-level difference: [-removed-] {+added+}",
    "left_text": "the first quote as printed",
    "right_text": "the second quote as printed",
    "speaker": "who spoke, as the first article says or, when it names nobody, the second",
    "left_speaker": "who the first article says spoke",
    "right_speaker": "who the second article says spoke",
    "left_outlet": "the first article's outlet (or id)",
    "right_outlet": "the second article's outlet (or id)",
    "left_article": "the first article's id",
    "right_article": "the second article's id",
}


def _limits() -> dict:
    """How long a quote and its shared runs must be (rules/data/thresholds.yaml `alignment.quotes`)."""
    return thresholds("alignment", "quotes")


SWAPPED = "function word swapped"
"""A change class of its own: one function word in another's place, a changed word of little weight."""


@dataclass
class QuoteChange:
    """How two quotes differ over the stretch both quote."""

    similarity: float
    shared: int
    longest_run: int
    diverging: bool
    left_region: tuple[str, ...]
    right_region: tuple[str, ...]
    changed: set[str] = field(default_factory=set)
    words_changed: int = 0
    pieces: list[str] = field(default_factory=list)
    left_changed: list[tuple[int, int]] = field(default_factory=list)
    """First and last position (in the first quote's words) of each stretch that changed."""
    right_changed: list[tuple[int, int]] = field(default_factory=list)

    @property
    def trivial(self) -> bool:
        return not self.changed

    @property
    def material(self) -> bool:
        return bool(self.changed & MATERIAL)

    @property
    def diff(self) -> str:
        return " ".join(self.pieces)


def align_quotes(articles: list[Article], claims: list[QuoteClaim]) -> list[Comparison]:
    by_id = {article.id: article for article in articles}
    stories: dict[str, list[QuoteClaim]] = defaultdict(list)
    for claim in claims:
        if claim.segment == "main" and len(_plain(claim.words)) >= _limits()["min_words"]:
            stories[by_id[claim.article].story or ""].append(claim)
    printed = _printed_wordings(claims)
    comparisons = []
    for story in sorted(stories):
        groups = readings(stories[story], _signature)
        for left, right in _candidates(groups):
            comparison = _compare(by_id, story, left, right, printed)
            if comparison is not None:
                comparisons.append(comparison)
    return comparisons


def _plain(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w != CUT)


def _printed_wordings(claims: list[QuoteClaim]) -> dict[str, list[str]]:
    """Per article, every quote's words as one padded string, to ask "does it print this wording?"."""
    wordings: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        wordings[claim.article].append(" " + " ".join(_plain(claim.words)) + " ")
    return wordings


def _prints(wordings: list[str], region: tuple[str, ...]) -> bool:
    needle = " " + " ".join(region) + " "
    return any(needle in wording for wording in wordings)


def _signature(claim: QuoteClaim) -> tuple:
    """One reading: the same words given to the same speaker, found the same way."""
    return (claim.words, speaker_key(claim), claim.organisation and fold(claim.organisation), claim.speaker_kind, claim.attribution)


GAP = "\x00"
"""The open word of a run that pairs short quotes."""


def _candidates(groups: list[list[QuoteClaim]]):
    """Pairs of readings spanning two articles and sharing a run of words (an index, not every pair)."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    run = _limits()["shared_run"]
    for number, group in enumerate(groups):
        # A number stands as its class, so a changed figure ("save around £12 million a year" /
        # "£21 million") does not break the run that pairs the quotes.
        plain = tuple(NUMBER if word_class == NUMBER else word for word, word_class in zip(group[0].words, group[0].word_classes) if word != CUT)
        for shingle in {plain[i : i + run] for i in range(len(plain) - run + 1)}:
            index[shingle].append(number)
        if len(plain) < _limits()["long_run"]:
            # "has nearly doubled since 2008" / "has nearly tripled since 2008": in a short quote
            # one changed word leaves no run of three, so a run with one word open pairs it.
            for gapped in {(*plain[i : i + 2], GAP, *plain[i + 3 : i + run + 1]) for i in range(len(plain) - run)}:
                index[gapped].append(number)
    pairs = {pair for members in index.values() for pair in combinations(members, 2)}
    for a, b in sorted(pairs):
        if len({c.article for c in groups[a] + groups[b]}) >= 2:
            yield groups[a], groups[b]


def _compare(by_id: dict[str, Article], story: str, left_group: list, right_group: list, printed) -> Comparison | None:
    left, right = left_group[0], right_group[0]
    change = word_change(left.words, left.word_classes, right.words, right.word_classes, _printed(left), _printed(right))
    if change is None:
        return None
    if not change.trivial and (_prints(printed[right.article], change.left_region) or _prints(printed[left.article], change.right_region)):
        return None
    same, both_named, differ = _speakers(left, right)
    by_role = not same and not both_named and (_role_of(by_id, left, right) or _role_of(by_id, right, left))
    same = same or by_role
    if differ and {c.article for c in left_group} & {c.article for c in right_group}:
        # One article gives these words to both people: one of its speakers was misread, or
        # it quotes both; either way no outlet gives them to someone else.
        return None
    left_outlets, right_outlets = outlets(left_group, by_id), outlets(right_group, by_id)
    if left_outlets == right_outlets:
        # Two articles of one outlet: name them by article, or the message names one outlet twice.
        left_outlets, right_outlets = (f"{left_outlets} ({group[0].article})" for group in (left_group, right_group))
    facts = {
        "story": story,
        "similarity": change.similarity,
        "shared_words": change.shared,
        "same_speaker": same,
        "speaker_fits": same or left.speaker is None or right.speaker is None,
        "both_named": both_named,
        "speakers_differ": differ,
        "negation_changed": NEGATION in change.changed,
        "number_changed": NUMBER in change.changed,
        "modal_changed": "modal" in change.changed,
        "pronoun_changed": "pronoun" in change.changed,
        "material_change": change.material,
        "words_changed": change.words_changed,
        "minor": change.changed == {SWAPPED},
        "trivial": change.trivial,
        "diff": change.diff,
        "left_text": left.quote,
        "right_text": right.quote,
        "speaker": left.speaker or right.speaker or "an unnamed speaker",
        "left_speaker": left.speaker or "an unnamed speaker",
        "right_speaker": right.speaker or "an unnamed speaker",
        "left_outlet": left_outlets,
        "right_outlet": right_outlets,
        "left_article": left.article,
        "right_article": right.article,
    }
    reasons = (
        *story_reasons(story),
        f"the quotes share {change.shared} words ({change.similarity:.0%} of the stretch both quote)",
        f"speakers: {facts['left_speaker']} ({left.attribution}) / {facts['right_speaker']} ({right.attribution})",
    )
    conflict = f"word-level difference: {change.diff}" if not change.trivial else "no difference in wording"
    claims = tuple(left_group + right_group)
    evidence = _evidence(left, right, change, same)
    if by_role:
        role, person = (left.speaker, right.speaker) if left.speaker_kind == "role" else (right.speaker, left.speaker)
        evidence += (weigh("quote", "speaker_by_role", f"'the {role}' is what its article calls {person}"),)
    focus = (*_focus(by_id[left.article], left, change.left_changed), *_focus(by_id[right.article], right, change.right_changed))
    return Comparison(digest("quote", *(c.id for c in claims)), "quote", story, claims, facts, reasons, conflict, evidence, focus)


def _printed(claim: QuoteClaim) -> list[str] | None:
    """Each compared word as the article prints it ("two", not the "2" it is compared as)."""
    if len(claim.word_places) != len(claim.words):
        return None
    return [" ".join(claim.text[start - claim.start : end - claim.start].split()) for start, end in claim.word_places]


def _focus(article: Article, claim: QuoteClaim, changed: list[tuple[int, int]]) -> tuple[Focus, ...]:
    """The changed words of one quote, as places in its article a report can point at."""
    if len(claim.word_places) != len(claim.words):
        return ()
    spots = []
    for first, last in changed:
        start, end = claim.word_places[first][0], claim.word_places[last][1]
        line, column = article.position(start)
        spots.append(Focus(claim.id, start, end, line, column, article.text[start:end]))
    return tuple(spots)


def _evidence(left: QuoteClaim, right: QuoteClaim, change: QuoteChange, same: bool) -> tuple[Evidence, ...]:
    """How sure the pairing is: how much the quotes share, whether they part ways at an edge, and
    how the speakers were found — two speakers who agree confirm each other even when one was
    read from a pronoun; two who differ are only trusted when both were named outright."""
    evidence = []
    if change.longest_run >= _limits()["long_run"]:
        evidence.append(weigh("quote", "long_shared_run", f"{change.longest_run} words in a row are the same"))
    else:
        evidence.append(weigh("quote", "short_shared_run", f"only {change.longest_run} words in a row are the same"))
    if change.diverging:
        evidence.append(weigh("quote", "diverging_edges", "the quotes go on in different words at an edge: two sentences may share a phrase"))
    found = {left.attribution, right.attribution}
    if "none" in found:
        evidence.append(weigh("quote", "speaker_missing", "a quote has no speaker"))
    elif found == {"explicit"}:
        evidence.append(weigh("quote", "speakers_named", "both attributions name the speaker"))
    elif found == {"explicit", "antecedent"} or found == {"antecedent"}:
        evidence.append(weigh("quote", "speaker_antecedent", "a speaker is a pronoun whose antecedent is the only person named just before it"))
    elif same:
        how = " and ".join(_attribution_words[kind] for kind in sorted(found - {"explicit"}))
        evidence.append(weigh("quote", "speakers_agree_resolved", f"the speakers agree, one read from {how}"))
    else:
        evidence.append(weigh("quote", "speakers_differ_resolved", "the speakers differ, but one was not named by its own attribution"))
    return tuple(evidence)


_attribution_words = {
    "antecedent": "a pronoun",
    "pronoun": "a pronoun",
    "carried": "the quote before",
    "introduced": "the sentence before",
    "clause": "the subject of the clause around it",
}


def word_change(a_all, a_classes, b_all, b_classes, a_printed=None, b_printed=None) -> QuoteChange | None:
    """How two quotes differ over the stretch they share; None when they share too little.

    Edges: where only one quote goes on, the reporter cut it there (no change); where both
    open or close with a few different words, the words changed; where both go on further,
    the quotes diverge. Inside the shared stretch every difference counts, by its class. The
    difference is written with the words as printed (`a_printed`, `b_printed`, one per word)
    when given, and the changed words' positions in `a_all`/`b_all` are kept to point at them.
    """
    a, a_cls, a_cuts, a_at = _without_cuts(a_all, a_classes)
    b, b_cls, b_cuts, b_at = _without_cuts(b_all, b_classes)
    a_shown = [a_printed[i] for i in a_at] if a_printed else a
    b_shown = [b_printed[i] for i in b_at] if b_printed else b
    bounds = _shared_stretch(a, b, a_cls, b_cls, a_cuts, b_cuts)
    if bounds is None:
        return None
    (a_lo, a_hi), (b_lo, b_hi), longest = bounds
    change = QuoteChange(0.0, 0, longest, False, tuple(a[a_lo:a_hi]), tuple(b[b_lo:b_hi]))
    spans = []
    # An edge reaches only to the nearest join: words past it are another sentence, left out or
    # not ("... within the hour." then "We will not restart ..." / "... within two hours.").
    leading = ((max((c for c in a_cuts if c <= a_lo), default=0), a_lo), (max((c for c in b_cuts if c <= b_lo), default=0), b_lo), (a_lo, b_lo))
    trailing = ((a_hi, min((c for c in a_cuts if c >= a_hi), default=len(a))), (b_hi, min((c for c in b_cuts if c >= b_hi), default=len(b))), (a_hi, b_hi))
    for (a_from, a_to), (b_from, b_to), (a_edge, b_edge) in (leading, trailing):
        if a_edge in a_cuts and b_edge in b_cuts:
            # Both quotes are joined there ("... nobody panicked," he said. "The crew ..."):
            # each outlet went on with another sentence, as a cut, not other words.
            continue
        if a_to > a_from and b_to > b_from:
            if a_to - a_from <= _limits()["edge_words"] and b_to - b_from <= _limits()["edge_words"]:
                spans.append(("edge", a_from, a_to, b_from, b_to))
            else:
                change.diverging = True
    region = SequenceMatcher(None, a[a_lo:a_hi], b[b_lo:b_hi], autojunk=False)
    matched = sum(block.size for block in region.get_matching_blocks())
    change.shared = matched
    change.similarity = round(2 * matched / ((a_hi - a_lo) + (b_hi - b_lo)), 4)
    opcodes = [(tag, a_lo + i1, a_lo + i2, b_lo + j1, b_lo + j2) for tag, i1, i2, j1, j2 in region.get_opcodes()]
    if spans and spans[0][1] == 0:
        opcodes.insert(0, spans.pop(0))
    opcodes += spans
    # What each quote says over the compared stretch, edges that count included: the wording the
    # other article must not print for this to be a conflict.
    change.left_region = tuple(a[min(op[1] for op in opcodes) : max(op[2] for op in opcodes)])
    change.right_region = tuple(b[min(op[3] for op in opcodes) : max(op[4] for op in opcodes)])
    for tag, i1, i2, j1, j2 in opcodes:
        old, new = a[i1:i2], b[j1:j2]
        if tag == "equal":
            shown = a_shown[i1:i2]
            change.pieces.append(" ".join(shown) if len(shown) <= 6 else " ".join([*shown[:3], "…", *shown[-3:]]))
            continue
        if (not old and (_at_cut_shifted(b, j1, j2, i1, a_cuts, a_cls) or _spans_cut(j1, j2, b_cuts))) or (
            not new and (_at_cut_shifted(a, i1, i2, j1, b_cuts, b_cls) or _spans_cut(i1, i2, a_cuts))
        ):
            continue
        if old and new and (any(i1 < cut < i2 for cut in a_cuts) or any(j1 < cut < j2 for cut in b_cuts)):
            # Other words across a join ("... then be sued. Then we'll end up" / "... win"): one
            # outlet went on with another sentence there, not other words for the same one.
            change.diverging = True
            continue
        if len(old) == len(new) and all(x == y or _masked(x, y) for x, y in zip(old, new)):
            change.pieces.append(" ".join(b_shown[j1:j2]))
            continue
        classes = _classes_changed(old, a_cls[i1:i2], new, b_cls[j1:j2])
        change.changed |= classes
        if classes:
            change.words_changed += sum(1 for c in (*a_cls[i1:i2], *b_cls[j1:j2]) if c != FUNCTION)
            if old:
                change.left_changed.append((a_at[i1], a_at[i2 - 1]))
            if new:
                change.right_changed.append((b_at[j1], b_at[j2 - 1]))
        removed, added = " ".join(a_shown[i1:i2]), " ".join(b_shown[j1:j2])
        change.pieces.append(" ".join(filter(None, [f"[-{removed}-]" if old else "", f"{{+{added}+}}" if new else ""])))
    return change


def _at_cut(position: int, cuts: set[int], classes: list[str]) -> bool:
    """Words missing at `position` were cut there on purpose: a cut is marked at that point, or
    within a couple of words of it, or only function words stand between ("water ... and I
    will": the words either side of a cut match the other quote by chance as often as not)."""
    return any(abs(cut - position) <= _limits()["edge_words"] or all(c == FUNCTION for c in classes[min(cut, position) : max(cut, position)]) for cut in cuts)


def _at_cut_shifted(words: list[str], start: int, end: int, position: int, cuts: set[int], classes: list[str]) -> bool:
    """Words one quote has at `position` of the other, where that other was cut — or at any
    place the same gap could be drawn: "we do not like him, we do not want him" against "we do
    not want him" lacks "like him, we do not" or, as well, "we do not like him"."""
    shift = 0
    while start - shift - 1 >= 0 and words[start - shift - 1] == words[end - shift - 1]:
        shift += 1
    later = 0
    while end + later < len(words) and words[start + later] == words[end + later]:
        later += 1
    return any(_at_cut(position + offset, cuts, classes) for offset in range(-shift, later + 1))


def _spans_cut(start: int, end: int, cuts: set[int]) -> bool:
    """Words one quote has and the other lacks run across or up to a join of the first ("A," he
    said. "B."): the other outlet quoted one half, not different words."""
    return any(start <= cut <= end for cut in cuts)


def _masked(left: str, right: str) -> bool:
    """A word printed with letters starred or dashed out ("f***", "c---sucker") is the word it masks."""
    if not (_MASK.search(left) or _MASK.search(right)):
        return False
    masked, plain = (left, right) if _MASK.search(left) else (right, left)
    pattern = "".join(r"\w+" if _MASK.fullmatch(piece) else re.escape(piece) for piece in re.split(r"(\*+|-{2,})", masked) if piece)
    return re.fullmatch(pattern, plain) is not None


_MASK = re.compile(r"\*+|-{2,}")


def _shared_stretch(a: list[str], b: list[str], a_classes: list[str], b_classes: list[str], a_cuts: set[int], b_cuts: set[int]):
    """((a_lo, a_hi), (b_lo, b_hi), longest run) of the stretch both quotes share: from the runs
    of `min_anchor` words or more that hold a word of substance ("it is" alone anchors nothing),
    widened by single matching words that stand within a few words of it on both sides ("this
    president and Putin" / "President Trump and Vladimir Putin"), never across a join of either
    quote. A run broken only by a negation or a number one quote has and the other lacks or
    words differently ("we can [not] rule out") is one run: the same words, one of them changed."""
    blocks = [block for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks() if block.size]
    anchors = [
        n
        for n, block in enumerate(blocks)
        if block.size >= _limits()["min_anchor"] and any(c not in {FUNCTION, PRONOUN} for c in a_classes[block.a : block.a + block.size])
    ]
    if not anchors:
        return None
    first, last = anchors[0], anchors[-1]
    while first > 0 and _near(blocks[first - 1], blocks[first]) and not _joined_between(blocks[first - 1], blocks[first], a_cuts, b_cuts):
        first -= 1
    while last + 1 < len(blocks) and _near(blocks[last], blocks[last + 1]) and not _joined_between(blocks[last], blocks[last + 1], a_cuts, b_cuts):
        last += 1
    start, end = blocks[first], blocks[last]
    longest, run = 0, 0
    for n in range(first, last + 1):
        block = blocks[n]
        run = run + block.size if n > first and _one_material_word_between(blocks[n - 1], block, a_classes, b_classes) else block.size
        longest = max(longest, run)
    return (start.a, end.a + end.size), (start.b, end.b + end.size), longest


def _joined_between(before, after, a_cuts: set[int], b_cuts: set[int]) -> bool:
    """Whether a join of either quote falls between two matching runs."""
    return any(before.a + before.size <= cut <= after.a for cut in a_cuts) or any(before.b + before.size <= cut <= after.b for cut in b_cuts)


def _one_material_word_between(before, after, a_classes: list[str], b_classes: list[str]) -> bool:
    """Two matching runs apart by a single negation or number on one side or both."""
    gap_a = a_classes[before.a + before.size : after.a]
    gap_b = b_classes[before.b + before.size : after.b]
    return 0 < len(gap_a) + len(gap_b) <= 2 and len(gap_a) <= 1 and len(gap_b) <= 1 and all(c in {NEGATION, NUMBER} for c in (*gap_a, *gap_b))


def _near(before, after) -> bool:
    """Two matching runs close enough to be one stretch: a lone word within `edge_words` of the
    other run, a run of several words within twice that ("has been, in many cases, a race")."""
    reach = _limits()["edge_words"] * (2 if min(before.size, after.size) > 1 else 1)
    return after.a - (before.a + before.size) <= reach and after.b - (before.b + before.size) <= reach


def _without_cuts(words, classes) -> tuple[list[str], list[str], set[int], list[int]]:
    """Words and classes without the cut marks, the positions where a cut was marked (words the
    other quote has there were left out on purpose), and where each kept word was in `words`."""
    kept, cuts = [], set()
    for position, (word, word_class) in enumerate(zip(words, classes)):
        if word == CUT:
            cuts.add(len(kept))
        else:
            kept.append((word, word_class, position))
    return [w for w, _, _ in kept], [c for _, c, _ in kept], cuts, [p for _, _, p in kept]


def _classes_changed(old, old_classes, new, new_classes) -> set[str]:
    """What one replaced stretch changes: the classes whose words differ between the two sides;
    nothing when function words are only dropped or added, a name is spelled another way, or a
    pronoun is written out as a name."""
    if old and new and set(old_classes) == set(new_classes) == {NAME} and _spelling_of(" ".join(old), " ".join(new)):
        return set()
    if old and new and {frozenset(old_classes), frozenset(new_classes)} == {frozenset({PRONOUN}), frozenset({NAME})}:
        # "He did everything right" / "Tom did everything right": a pronoun written out as the
        # name it stands for is the reporter's clarification, not other words.
        return set()
    if old and new and set(old_classes) == set(new_classes) == {FUNCTION}:
        # A function word dropped or added is an editor's trim; one put in another's place
        # ("rules or regulations" / "rules and regulations") is a changed word, if a minor one.
        return {SWAPPED}
    changed = set()
    for word_class in set(old_classes) | set(new_classes):
        if word_class == FUNCTION:
            continue
        removed = sorted(w for w, c in zip(old, old_classes) if c == word_class)
        added = sorted(w for w, c in zip(new, new_classes) if c == word_class)
        if removed != added:
            # A pronoun matters when one replaces another ("they" / "it"); one added ("pay your
            # taxes") is a changed word like any other.
            changed.add(word_class if word_class != PRONOUN or (removed and added) else CONTENT)
    return changed


def _spelling_of(left: str, right: str) -> bool:
    return SequenceMatcher(None, fold(left).replace(" ", ""), fold(right).replace(" ", "")).ratio() >= _limits()["name_spelling"]


def surname(name: str) -> str:
    """The comparable last name: "Donald Trump Jr." and "Mr. Trump" both give "trump"."""
    suffixes, _ = name_affixes()
    parts = [p for p in name.replace(",", " ").split() if p.lower().rstrip(".") not in suffixes]
    return fold((parts or name.split())[-1])


def speaker_key(claim: QuoteClaim) -> str | None:
    return surname(claim.speaker) if claim.speaker_kind == "named" and claim.speaker else None


@data_cache(maxsize=1)
def name_affixes() -> tuple[frozenset[str], frozenset[str]]:
    """(suffixes such as Jr., honorifics such as Mr.) from rules/data/speech.yaml."""
    speech = load_data("speech.yaml")
    return frozenset(str(s).lower() for s in speech["name_suffixes"]), frozenset(str(h).lower() for h in speech["honorifics"])


def name_parts(name: str) -> frozenset[str]:
    """The words of a person's name that identify them, folded: no titles, no Jr. or Sr.; the
    halves of a hyphened surname each ("Tremblay-Hale" is what "Tremblay Hale" names)."""
    return frozenset(fold(half) for part in name_words(name) for half in part.split("-") if half)


def same_person(left: str, right: str) -> bool:
    """The same surname ("Mike Thibodeau" / "Michael Thibodeau", "Mr. Trump" / "Donald Trump
    Jr."), one name part of the other ("Ferrán" / "Lucía Ferrán Ortiz"), or one given name with
    surnames a slip apart, as name variants are found ("Peter Rundle" / "Peter Rundell",
    "Margaret Ellingsworth" / "Margaret Ellingworth": one person, spelled two ways), or a
    surname alone a slip from the other's ("Rangihuna" / "Tamati Rangihuana")."""
    a, b = name_parts(left), name_parts(right)
    if surname(left) == surname(right) or (bool(a and b) and (a <= b or b <= a)):
        return True
    left_words, right_words = name_words(left), name_words(right)
    if not left_words or not right_words:
        return False
    if len(left_words) == 1 or len(right_words) == 1:
        # "Rangihuna said" / "Tamati Rangihuana said": a surname alone a slip from the other's.
        return _speaker_slip(left_words[-1], right_words[-1])
    return fold(left_words[0]) == fold(right_words[0]) and (sound_alike(left_words[-1], right_words[-1]) or _speaker_slip(left_words[-1], right_words[-1]))


def _speaker_slip(left: str, right: str) -> bool:
    """Two surnames of a speaker one slip apart; for the speakers of one quote also a short surname
    with a letter changed ("Yalu said" / "Yalo said"): two people giving the same words is rarer
    than a letter mistyped."""
    if surname_slip(left, right) is not None:
        return True
    a, b = spelling_letters(left), spelling_letters(right)
    return min(len(a), len(b)) >= int(thresholds("alignment", "names")["dropped_letter_min_letters"]) and edit_distance(a, b) == 1


def name_words(name: str) -> list[str]:
    """A name's words as written, without honorifics, leading titles ("Rep.", "Senator") or Jr.
    and Sr.: sounds are read from spellings, not folds."""
    suffixes, honorifics = name_affixes()
    words = [p for p in name.replace(",", " ").split() if p.lower().rstrip(".") not in suffixes | honorifics]
    titles = {word for pair in title_abbreviations().items() for word in pair}
    while len(words) > 1 and words[0].lower().rstrip(".") in titles:
        words = words[1:]
    return words


def _role_of(by_id: dict[str, Article], described: QuoteClaim, named: QuoteClaim) -> bool:
    """ "the judge told him" is Anwen Tolliver when the same article calls her "Judge Anwen
    Tolliver" (or "the judge, Anwen Tolliver", "Anwen Tolliver, the judge"): a speaker named by
    a role the article itself gives the other article's speaker."""
    if described.speaker_kind != "role" or not described.speaker or named.speaker_kind != "named" or not named.speaker:
        return False
    # "the governor" is "Gov. Harriet Calloway" as much as "Governor Harriet Calloway".
    written = [described.speaker, *(short for short, full in title_abbreviations().items() if full == described.speaker.lower())]
    role, person = "(?:" + "|".join(rf"{re.escape(w)}\.?" for w in written) + ")", re.escape(named.speaker.split()[-1])
    text = by_id[described.article].text
    pattern = rf"\b{role}\s+(?:[A-Z][\w'’-]*\s+){{0,3}}{person}\b|\b{role},\s+(?:[A-Z][\w'’-]*\s+){{0,3}}{person}\b|\b{person},\s+(?:the\s+)?{role}\b"
    return re.search(pattern, text, flags=re.IGNORECASE) is not None


def _speakers(left: QuoteClaim, right: QuoteClaim) -> tuple[bool, bool, bool]:
    """(same speaker, both named, named speakers differ); an unnamed speaker of the named one's
    organisation is the same speaker."""
    both_named = speaker_key(left) is not None and speaker_key(right) is not None
    if both_named:
        same = same_person(left.speaker, right.speaker)
        return same, True, not same
    organisations = {fold(o) for o in (left.organisation, right.organisation) if o}
    same = len(organisations) == 1 and all(c.organisation for c in (left, right))
    return same, False, False
