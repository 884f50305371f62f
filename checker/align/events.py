"""Aligning events: the same happening in two articles, and whether their dates can agree.

Two event mentions are candidates when their named participants, places and instances do not
differ and either they name the same kind of event (the event sets of rules/data/synonyms.yaml:
"quake"/"earthquake", "talks"/"met"), or they share a verb and a word of what happened, or —
for statements — the same speaker said something with the same content words. How sure the
pairing is depends on what they share: a kind alone, above all a vague one (a vote, a
meeting), is weak evidence; a kind with a shared participant or place is strong.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from itertools import combinations
from typing import NamedTuple

from checker.align.confidence import weigh
from checker.align.groups import lowercase_words, names_in_story, outlets, readings, story_reasons
from checker.align.lexicon import digest, lexicon
from checker.lexicon.dates import date_words
from checker.lexicon.english import kind_of, noun_class
from checker.model import Article, Comparison, EventClaim, Evidence
from checker.normalise.dates import DateRange
from checker.normalise.names import fold, without_possessive
from checker.resources import data_cache, load_data, thresholds

EVENT_FIELDS = {
    "story": "the story both articles belong to",
    "event": "the words the two mentions share",
    "overlap": "true when the two resolved dates can be the same day",
    "days_apart": "days between the two resolved dates (0 when they overlap)",
    "apart": "how far apart, at the coarser grain of the two dates: '2 days', '3 months', 'one year'",
    "left_date": "the first article's date, resolved (a day, or a range start/end)",
    "right_date": "the second article's date, resolved",
    "left_expression": "the date as the first article writes it ('on Tuesday')",
    "right_expression": "the date as the second article writes it",
    "left_published": "the first article's publication date",
    "right_published": "the second article's publication date",
    "left_outlet": "the first article's outlet (or id)",
    "right_outlet": "the second article's outlet (or id)",
    "statement": "true when the event is something someone said",
}


@data_cache(maxsize=1)
def _events_lexicon() -> tuple[dict[str, str], frozenset[str]]:
    data = load_data("synonyms.yaml")
    classes = {str(w).lower(): str(group[0]).lower() for group in data["events"] for w in group}
    return classes, frozenset(str(w).lower() for w in data["generic_event_words"])


@data_cache(maxsize=1)
def _phases() -> dict[str, str]:
    return {str(w).lower(): str(group[0]).lower() for group in load_data("synonyms.yaml")["event_phases"] for w in group}


def phase(claim: EventClaim) -> str | None:
    """ "began", "ended": the phase of an event a verb names, if any; also a verb's "-ing" form
    the tagger took for a noun ("with the ballot closing on 13 June"), when WordNet makes it from
    the verb's most frequent sense."""
    if claim.trigger_is_verb:
        # "closed the Alder Street Bridge", "opened its doors": a phase verb done to a thing that is
        # no happening is an act on that thing ("launched a strike" is the strike's start).
        if claim.acts_on and not any(word in _happening_nouns() for word in claim.acts_on):
            return None
        return _phases().get(claim.trigger)
    return _gerund_phase(claim.trigger) if claim.trigger.endswith("ing") else None


@data_cache(maxsize=1024)
def _gerund_phase(noun: str) -> str | None:
    own = _senses_of(noun).own
    return next((name for verb, name in sorted(_phases().items()) if f"{verb}.v.01" in own), None)


def telling_words(claim: EventClaim) -> set[str]:
    classes, generic = _events_lexicon()
    return {classes.get(word, word) for word in claim.anchors if word not in generic}


def align_events(articles: list[Article], claims: list[EventClaim]) -> list[Comparison]:
    by_id = {article.id: article for article in articles}
    common = lowercase_words(articles)
    as_written = {claim.id: claim for claim in claims}
    stories: dict[str, list[EventClaim]] = defaultdict(list)
    for claim in claims:
        if claim.segment == "main" and claim.date_start:
            story = by_id[claim.article].story or ""
            # For aligning only: "Police stormed ..." names no one; the comparison cites the claim as written.
            stories[story].append(replace(claim, participants=names_in_story(claim.participants, common[story])))
    comparisons = []
    for story in sorted(stories):
        if len({claim.article for claim in stories[story]}) < 2:
            continue
        groups = readings(stories[story], _signature)
        _, specific = _event_senses()
        index: dict[str, list[int]] = defaultdict(list)
        kinds_of: dict[str, list[int]] = defaultdict(list)
        for number, group in enumerate(groups):
            claim = group[0]
            for word in telling_words(claim) | ({f"said:{_speaker(claim)}"} if claim.statement else set()):
                index[word].append(number)
            senses = _senses_of(event_kind(claim))
            for sense in senses.own | senses.more:
                index[f"sense:{sense}"].append(number)
            for sense in senses.kinds | senses.more_kinds:
                kinds_of[f"sense:{sense}"].append(number)
            for sense in senses.kinds & specific:
                if number not in index[f"sense:{sense}"]:
                    index[f"sense:{sense}"].append(number)
        pairs = {pair for numbers in index.values() for pair in combinations(numbers, 2)}
        # "walkout" is a kind of "strike": one's sense is what the other's is a kind of.
        pairs |= {tuple(sorted((a, b))) for key, numbers in kinds_of.items() for a in numbers for b in index.get(key, ()) if a != b}
        for a, b in sorted(pairs):
            left, right = groups[a], groups[b]
            if len({c.article for c in left + right}) < 2:
                continue
            identity = _identity(left[0], right[0]) if _within_reach(left[0], right[0]) else None
            if identity is not None and _now_and_before(left[0], right[0], by_id) and any(e.name == "event.nothing_else_shared" for e in identity[1]):
                continue
            if identity is not None and (_ahead_and_done(left[0], right[0], by_id) or _ahead_and_done(right[0], left[0], by_id)):
                continue
            if identity is not None:
                comparisons.append(_comparison(by_id, story, [as_written[c.id] for c in left], [as_written[c.id] for c in right], *identity))
    return comparisons


def _signature(claim: EventClaim) -> tuple:
    return (
        event_kind(claim),
        phase(claim),
        claim.instance,
        claim.date_start,
        claim.date_end,
        frozenset(_last_name(n) for n in claim.participants),
        claim.place and fold(claim.place),
        _speaker(claim),
        claim.statement,
        claim.expression.lower(),
    )


def _last_name(name: str) -> str:
    """The comparable last word of a name ("Derek Allard's resignation" is Allard's, as "Allard resigned" is)."""
    return fold(without_possessive(name.split()[-1]))


def _speaker(claim: EventClaim) -> str:
    return _last_name(claim.speaker) if claim.speaker else ""


def _identity(left: EventClaim, right: EventClaim) -> tuple[str, list[Evidence]] | None:
    """What makes the two mentions one event, with the evidence weighed; None when something
    proves them apart (other participants, another place, another instance or phase) or nothing
    but a vague word joins them."""
    left_names = {_last_name(n) for n in left.participants}
    right_names = {_last_name(n) for n in right.participants}
    if left_names and right_names and not left_names & right_names and not (_named_as(left, right) or _named_as(right, left)):
        # "The Federal Court ordered" / "an Australian court ordered Southgate Power": a name and
        # the common noun it ends with are one participant, so the names do not set them apart.
        return None
    if left.place and right.place and fold(left.place) != fold(right.place):
        return None
    if left.instance != right.instance and not _first_begins(left, right):
        return None
    if left.bodies and right.bodies and not set(left.bodies) & set(right.bodies):
        # "the council's vote" / "the County Commission vote": two bodies, two votes.
        return None
    if _counted_apart(left, right):
        return None
    if _forecast_and_outcome(left, right) or _forecast_and_outcome(right, left):
        return None
    evidence = [
        weigh("event", "date_said_on", f"'{c.expression}' counted from when it was said ({c.said_on})")
        if c.said_on
        else weigh("event", "date_inside_quote", f"'{c.expression}' stands inside a quote")
        for c in (left, right)
        if c.quoted or c.said_on
    ]
    onset = _same_onset(left, right)
    if onset is not None:
        return f"start of the {onset}", [*evidence, weigh("event", "same_onset", f"both date when the {onset} begins to hold")]
    if _done_to_different_things(left, right):
        return None
    if left.starts != right.starts and not any(phase(c) == "begin" for c in (left, right)) and (right if left.starts else left).trigger_is_verb:
        # "carried out from late September" dates when the count began to run, "completed on
        # 24 November" an act within it: two points. A happening named by a noun ("the fire on
        # Wednesday night") is dated by when it began ("the fire broke out late on Tuesday").
        return None
    if (left.statement or right.statement) and not _one_thing_told(left, right):
        shared = set(left.statement) & set(right.statement)
        if not (left.statement and right.statement and _speaker(left) and _speaker(left) == _speaker(right)):
            return None
        if len(shared) < thresholds("alignment", "events")["min_shared_statement_words"]:
            return None
        alike = len(shared) / min(len(left.statement), len(right.statement)) >= 0.5
        evidence.append(
            weigh("event", "same_statement" if alike else "similar_statement", f"{left.speaker} said something with the words {', '.join(sorted(shared))}")
        )
        return f"{left.speaker} saying {', '.join(sorted(shared))}", evidence
    left_kind, right_kind = event_kind(left), event_kind(right)
    verb = {left_kind.split()[0], right_kind.split()[0]}
    if len(verb) == 1 and verb & {left_kind, right_kind}:
        # "walked out" and "walked off the job": one verb, with its particle or without.
        left_kind = right_kind = verb.pop()
    if (phase(left) or phase(right)) and phase(left) != phase(right):
        # "The strike began on 3 March" dates what "crews walked out on 4 March" dates: an act
        # told by its own verb is the start of what it sets going. Other phases never meet.
        if not _onset(left, right):
            return None
        evidence.append(weigh("event", "onset", "one mention dates the start of the event, the other the act that starts it"))
    if left_kind != right_kind and all(c.telling and not c.statement for c in (left, right)):
        # "a notice issued Thursday" / "a notice published Friday in the Federal Register": bare
        # acts of telling follow one another (announced, issued, published, filed), so only the
        # same verb makes two of them one act.
        return None
    classes, generic = _events_lexicon()
    verbs = {c.trigger for c in (left, right) if c.trigger_is_verb}
    named_by_noun = left_kind in noun_class("events") and left_kind not in verbs
    sense = related_kind(left_kind, right_kind) if left_kind != right_kind else None
    distant = distantly_related_kind(left_kind, right_kind) if left_kind != right_kind and sense is None else None
    if sense is not None:
        vague = bool({left_kind, right_kind} & _vague_kinds())
        kin = f"'{left_kind}' and '{right_kind}' name one kind of event to WordNet ({sense})"
    elif distant is not None:
        # A rarer sense, or two kinds of one specific act, joins two mentions only with a named
        # participant or place in common: "thieves stormed the Kvernes Museum" / "the raid on
        # the Kvernes Museum".
        if not (left_names & right_names or (left.place and right.place)) or {left_kind, right_kind} & _vague_kinds():
            return None
    elif left_kind != right_kind:
        # Told with other verbs, the same happening is often the same noun ("the avalanche swept
        # the slope" / "the avalanche killed four"): a noun that names a happening (WordNet), as
        # what happened in both — not what two different acts were about ("backed the merger" /
        # "will discuss the merger").
        shared_events = sorted((set(left.doers) & set(right.doers) & noun_class("events")) - generic - verbs)
        if not shared_events:
            return None
        left_kind = classes.get(shared_events[0], shared_events[0])
        named_by_noun = True
    as_written = {_last_name(n): without_possessive(n.split()[-1]) for n in left.participants}
    shared_names = sorted(as_written[n] for n in left_names & right_names) + ([left.place] if left.place and right.place else [])
    shared_words = sorted(word for word in (set(left.anchors) & set(right.anchors)) - generic - {left.trigger} if classes.get(word, word) != left_kind)
    shared_words += sorted(word for word in _happenings_of(left) & _happenings_of(right) - set(shared_words) if classes.get(word, word) != left_kind)
    # "closed the Alder Street Bridge" / "the bridge was shut": a name and the common noun it ends
    # with are one thing.
    shared_words += sorted((_named_as(left, right) | _named_as(right, left)) - set(shared_words) - {n.lower() for n in shared_names})
    # "avian influenza was confirmed" / "the disease was confirmed": what was done to is one thing
    # told by a word and a broader one.
    shared_words += sorted(f"{a}/{b}" for a in set(left.themes) - set(right.themes) for b in set(right.themes) - set(left.themes) if _one_thing(a, b))
    if sense is not None and not vague:
        # "made his debut" is as vague as "debuted": a light verb's noun counts as its verb.
        named_by_verbs = all(c.trigger_is_verb and (event_kind(c) == c.trigger or _light(c.trigger)) for c in (left, right))
        verb_noun = any(event_kind(c) in noun_class("verb_nouns") for c in (left, right))
        if not (shared_names or shared_words) and (named_by_verbs or verb_noun):
            # Two related verbs and nothing else in common are two events as often as one; a
            # dated noun ("Thursday's cave-in") names the happening itself, but not a noun made
            # from a verb ("the June decision"), which is as vague as the verb.
            return None
        evidence.append(weigh("event", "related_kind", kin))
        left_kind = f"{left_kind}/{right_kind}"
    elif distant is not None:
        evidence.append(weigh("event", "distant_kind", f"'{left_kind}' and '{right_kind}' are related to WordNet less surely ({distant})"))
        left_kind = f"{left_kind}/{right_kind}"
    elif left_kind in _vague_kinds() and _same_telling_verb(left, right):
        # "talks broke down on 27 February" / "talks broke down on 4 March": talks happen many
        # times in a story, their breaking down once.
        told = phase(left) or left.trigger
        evidence.append(weigh("event", "same_kind", f"both the '{told}' of a '{left_kind}'" if phase(left) else f"both '{left_kind}' that '{told}'"))
        left_kind = f"{left_kind} ({told})"
    elif left_kind in _vague_kinds() or sense is not None:
        evidence.append(weigh("event", "vague_kind", f"'{left_kind}' happens many times in one story"))
    elif left_kind in classes.values() or named_by_noun:
        evidence.append(weigh("event", "same_kind", f"both a '{left_kind}'"))
    elif shared_names or shared_words or _one_instance(left, right):
        evidence.append(weigh("event", "same_verb", f"both '{left_kind}'"))
    elif left_kind == right_kind and left.trigger_is_verb and right.trigger_is_verb and _specific(left_kind):
        evidence.append(weigh("event", "specific_verb", f"both '{left_kind}', which WordNet gives at most two senses"))
    else:
        return None
    if shared_names:
        evidence.append(weigh("event", "shared_participant", f"both with {', '.join(shared_names)}"))
    elif shared_words:
        evidence.append(weigh("event", "shared_words", f"both about {', '.join(shared_words)}, with no named participant in common"))
    elif _one_instance(left, right):
        evidence.append(weigh("event", "same_instance", f"both the '{left.instance}' time, and neither about anything the other is not"))
    else:
        evidence.append(weigh("event", "nothing_else_shared", "nothing but the kind of event in common"))
    return f"{left_kind} with {', '.join(shared_names + shared_words)}" if shared_names or shared_words else left_kind, evidence


def _one_thing_told(left: EventClaim, right: EventClaim) -> bool:
    """ "released the results on Sunday" / "the results were released on Monday": a verb of
    telling done to one named thing in both is one act of issuing it, whoever did it, not a
    remark whose words must match."""
    if left.trigger != right.trigger or not (left.trigger_is_verb and right.trigger_is_verb):
        return False
    generic = _events_lexicon()[1]
    return bool((set(left.themes) & set(right.themes)) - generic)


def _named_as(named: EventClaim, other: EventClaim) -> set[str]:
    """The common nouns of one mention that end a name the other mention gives ("the bridge" of
    "the Alder Street Bridge", "the council" of "Kesterby Borough Council")."""
    heads = {without_possessive(name.split()[-1].lower()) for name in named.participants if " " in name}
    return heads & (set(other.doers) | set(other.themes) | set(other.acts_on))


def _same_telling_verb(left: EventClaim, right: EventClaim) -> bool:
    """Both mentions tell what happened to a vague happening with one verb that is neither light
    nor vague itself ("talks broke down"), or name one phase of it ("the ballot closes on 16 June"
    / "with the ballot closing on 13 June")."""
    verb = left.trigger
    if phase(left) is not None and phase(left) == phase(right):
        return True
    return left.trigger_is_verb and right.trigger_is_verb and verb == right.trigger and not _light(verb) and verb not in _vague_kinds()


def _same_onset(left: EventClaim, right: EventClaim) -> str | None:
    """The one thing both mentions date the start of ("the ban takes effect on Friday" / "the
    ban, which will run from 21 July"), when neither verb names a phase of it: "the strike
    began" is the strike's own phase, weighed as the strike."""
    if not (left.starts and right.starts) or any(phase(c) is not None for c in (left, right)):
        return None
    shared = sorted(_started(left) & _started(right))
    return shared[0] if shared else None


def _started(claim: EventClaim) -> set[str]:
    """What a mention dates the start of: the noun dated itself ("a ban from Monday"), else its
    verb's subject ("the restrictions apply from 18 July"), or for a verb of telling its object
    ("announced a ban from Monday")."""
    words = lexicon()
    if not claim.trigger_is_verb:
        return {words.noun(claim.trigger, None)}
    held = claim.themes if event_kind(claim) in _vague_kinds() else claim.doers
    return {words.noun(noun, None) for noun in held}


class Senses(NamedTuple):
    """An event word's WordNet senses (rules/data/event_kinds.yaml): its most frequent ones and
    what they are kinds of, then the same for its less frequent ones."""

    own: frozenset[str]
    kinds: frozenset[str]
    more: frozenset[str]
    more_kinds: frozenset[str]


NO_SENSES = Senses(frozenset(), frozenset(), frozenset(), frozenset())


@data_cache(maxsize=1)
def _event_senses() -> tuple[dict[str, str], frozenset[str]]:
    """Each event word's senses as written (read into `Senses` only when a word is asked about),
    and the kinds specific enough that two words under one are distantly related
    (rules/data/event_kinds.yaml)."""
    data = load_data("event_kinds.yaml")
    return {str(word): str(marked) for word, marked in data["senses"].items()}, frozenset(map(str, data.get("specific_kinds", ())))


@data_cache(maxsize=8192)
def _senses_of(word: str) -> Senses:
    """A kind of event's senses; none for words too general to tell one event from another."""
    _, generic = _events_lexicon()
    if word in generic:
        return NO_SENSES
    table, _ = _event_senses()
    # "cave-in" is the noun of "cave in".
    marked = table.get(word, table.get(word.replace("-", " ")))
    if marked is None:
        return NO_SENSES
    tiers: dict[str, set[str]] = {"": set(), "^": set(), "+": set(), "+^": set()}
    for sense in marked.split():
        mark = sense[: len(sense) - len(sense.lstrip("+^"))]
        tiers[mark].add(sense[len(mark) :])
    return Senses(*(frozenset(tiers[mark]) for mark in ("", "^", "+", "+^")))


def related_kind(left: str, right: str) -> str | None:
    """The WordNet sense that makes two event words one kind of event: a sense both have ("walk
    out", "strike"; "cave in", "collapse"), or the sense one is and the other is a kind of
    ("strike", "walkout"), among their most frequent senses. Two words that are only kinds of one
    thing (two ways of changing) are not related."""
    a, b = _senses_of(left), _senses_of(right)
    shared = sorted(a.own & b.own) or sorted((a.own & b.kinds) | (b.own & a.kinds))
    return shared[0] if shared else None


def distantly_related_kind(left: str, right: str) -> str | None:
    """The WordNet sense that relates two event words less surely: through a less frequent sense
    ("stormed" the museum is a kind of attack only in its fifth sense), or, in their frequent
    senses, as two kinds of one specific thing ("unveil" and "present", two ways of showing)."""
    a, b = _senses_of(left), _senses_of(right)
    a_senses, b_senses = a.own | a.more, b.own | b.more
    a_kinds, b_kinds = a.kinds | a.more_kinds, b.kinds | b.more_kinds
    shared = sorted(a_senses & b_senses) or sorted((a_senses & b_kinds) | (b_senses & a_kinds))
    if shared:
        return shared[0]
    _, specific = _event_senses()
    siblings = sorted(a.kinds & b.kinds & specific)
    return f"both kinds of {siblings[0]}" if siblings else None


def _done_to_different_things(left: EventClaim, right: EventClaim) -> bool:
    """Two acts told by their verbs, each done to something the other is not ("raised parking
    fees" / "raised rents"): two acts, whatever else they share. A happening named by a noun ("the
    quake struck the city" / "the earthquake killed 40") is not told apart by what it touched."""
    if any(event_kind(c) in noun_class("events") or not c.trigger_is_verb for c in (left, right)):
        return False
    # "made a site visit": the visit is the act, not what it was done to.
    # "took effect" is done to nothing: a verb's own words ("take effect") are not what it was done to.
    left_themes, right_themes = ((set(c.themes) | set(c.acts_on)) - {event_kind(c), *c.trigger.split()} for c in (left, right))
    if not (left_themes and right_themes):
        return False
    return not any(_one_thing(a, b) for a in left_themes for b in right_themes)


def _forecast_and_outcome(forecast: EventClaim, other: EventClaim) -> bool:
    """ "expected prices to rise by 2% next year" / "prices rose 0.4% in September": what is
    forecast is not what was reported; a forecast meets another forecast or a plan ahead."""
    return forecast.expected and not other.expected and not other.ahead


def _counted_apart(left: EventClaim, right: EventClaim) -> bool:
    """Two clauses that count one thing in different figures ("carried 210,000 passengers last
    year" / "to carry 230,000 passengers this year"; "two men" / "a man" arrested) are two
    periods' figures, or two acts, not one event on two dates; the figures are the quantity
    rules' to compare."""
    counts: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for side, claim in enumerate((left, right)):
        for figure in claim.figures:
            count, _, noun = figure.partition(" ")
            counts[noun][side].add(count)
    return any(mine and theirs and not mine & theirs for mine, theirs in counts.values())


def _one_thing(left: str, right: str) -> bool:
    """Two nouns for what an act was done to that may be one thing: the same noun, one WordNet
    sense, a compound and its head ("smartphone" is a phone, "footbridge" a bridge), or one a kind
    of the other to WordNet ("avian influenza was confirmed" / "the disease was confirmed")."""
    words = lexicon()
    left, right = words.noun(left, None), words.noun(right, None)
    shorter, longer = sorted((left, right), key=len)
    return shorter == longer or (len(shorter) >= 3 and longer.endswith(shorter)) or kind_of(left, right) or kind_of(right, left)


def _one_instance(left: EventClaim, right: EventClaim) -> bool:
    """Both mentions mark the same one of several ("last inspected in April" / "last inspected in
    June"), and what one is about the other does not contradict: its words include the other's."""
    if left.instance is None or left.instance != right.instance:
        return False
    left_words, right_words = set(left.anchors) - {left.trigger}, set(right.anchors) - {right.trigger}
    return left_words <= right_words or right_words <= left_words


def _now_and_before(left: EventClaim, right: EventClaim, by_id: dict[str, Article]) -> bool:
    """One happening dated in the days its article reports ("walked out on Monday") and one
    dated well before its own article ("a one-day stoppage in March"): when nothing but the kind
    of event joins them, the story's event and an earlier one of its kind (thresholds.yaml)."""
    days = int(thresholds("scope")["earlier_after_days"])
    recent = int(thresholds("alignment", "events")["recent_days"])

    def before(claim: EventClaim, middle: bool) -> int | None:
        """Days from the happening to its article: from its last day, or from the middle of a
        coarse date ("in 2024" in a paper of 16 January 2025 is most of a year back)."""
        published = by_id[claim.article].published
        if published is None:
            return None
        span = _range(claim)
        return (published - (span.start + (span.end - span.start) / 2 if middle else span.end)).days

    for now, earlier in ((left, right), (right, left)):
        since_now, since_earlier = before(now, middle=False), before(earlier, middle=True)
        if since_now is not None and since_earlier is not None and since_now <= recent and since_earlier > days:
            return True
    return False


def _first_begins(left: EventClaim, right: EventClaim) -> bool:
    """ "the first strike starting on Tuesday 25 March" / "the walkout would begin on Monday 24
    March": the start of the first of a series is the start of the series."""
    marked = left.instance or right.instance
    return (left.instance is None) != (right.instance is None) and marked in date_words()["series_openers"] and phase(left) == phase(right) == "begin"


def _ahead_and_done(ahead: EventClaim, done: EventClaim, by_id: dict[str, Article]) -> bool:
    """ "Day tickets go on sale next month" / "tickets went on sale on Wednesday": a happening one
    paper still has ahead of it and one the other tells as done before that paper came out are
    two happenings of a kind, not one told with two dates."""
    published = by_id[ahead.article].published
    if published is None or done.ahead:
        return False
    return _range(ahead).start > published > _range(done).end


def _within_reach(left: EventClaim, right: EventClaim) -> bool:
    """Dates further apart than `max_apart` of the finer grain of the two (thresholds.yaml: half a
    year of days, a few years of years) are more likely two events than one misdated, unless
    they are one calendar day in two years."""
    left_range, right_range = _range(left), _range(right)
    count, grain = left_range.steps_apart(right_range, finer=True)
    limits = thresholds("alignment", "events")["max_apart"]
    if count <= int(limits[grain]):
        return True
    # "14 March 2024" / "14 March 2023": one calendar day in two years is a slip of the year.
    first, second = left_range.start, right_range.start
    one_day = left_range.grain == right_range.grain == "day" and (first.month, first.day) == (second.month, second.day)
    return one_day and abs(first.year - second.year) <= int(limits["year"])


def _specific(kind: str) -> bool:
    """A word for one specific act ("run aground", "derail"): WordNet gives it at most two
    senses, and it is not a kind that recurs within a story."""
    senses = _senses_of(kind)
    return bool(senses.own) and not senses.more and kind not in _vague_kinds()


@data_cache(maxsize=1)
def _happening_nouns() -> frozenset[str]:
    """Nouns that name a happening or an act: WordNet's (noun_classes.yaml `events`, `verb_nouns`)
    and the event words of synonyms.yaml."""
    classes, _ = _events_lexicon()
    return noun_class("events") | noun_class("verb_nouns") | frozenset(classes)


def _happenings_of(claim: EventClaim) -> set[str]:
    """What happened as the mention's subject, when a synonym set or WordNet makes it a happening
    ("the blaze that started" and "the fire broke out" are both about a fire)."""
    words = lexicon()
    return {noun for noun in (words.noun(doer, None) for doer in claim.doers) if noun in noun_class("events")}


def _onset(left: EventClaim, right: EventClaim) -> bool:
    """One mention is an event's beginning and the other an act told by its verb, with no phase
    of its own: what began is named by a noun ("the strike began" / "crews walked out"), or the
    two share a named participant ("the wing was opened by the minister" / "the minister
    unveiled the wing")."""
    begun, act = (left, right) if phase(left) else (right, left)
    if phase(begun) != "begin" or phase(act) is not None or not act.trigger_is_verb:
        return False
    named_by_noun = event_kind(begun) != begun.trigger or bool(_happenings_of(begun))
    return named_by_noun or bool({_last_name(n) for n in begun.participants} & {_last_name(n) for n in act.participants})


@data_cache(maxsize=1)
def _vague_kinds() -> frozenset[str]:
    classes, _ = _events_lexicon()
    return frozenset(classes.get(str(w).lower(), str(w).lower()) for w in load_data("synonyms.yaml")["vague_events"])


def event_kind(claim: EventClaim) -> str:
    """What happened, in one word: an event word of the clause ("derailment", "landfall",
    "talks") wins over its verb ("was caused", "made"); so does a noun for an act that a verb
    saying only that something was done or happened carries ("made a site visit", "the
    closures took place"); otherwise the verb itself."""
    classes, _ = _events_lexicon()
    nouns = [classes[word] for word in claim.anchors if word in classes and word != claim.trigger]
    if nouns:
        return nouns[0]
    if claim.trigger_is_verb and _light(claim.trigger):
        acts = sorted(word for word in (*claim.doers, *claim.themes) if any(word in noun_class(kind) for kind in ("events", "verb_nouns", "acts")))
        if acts:
            return classes.get(acts[0], acts[0])
    return classes.get(claim.trigger, claim.trigger)


@data_cache(maxsize=1024)
def _light(verb: str) -> bool:
    """A verb too general to name an act ("make", "take"), or one whose frequent senses say only
    that something happened ("take place", "occur"; synonyms.yaml `occurrence_senses`)."""
    _, generic = _events_lexicon()
    if verb in generic:
        return True
    table, _ = _event_senses()
    occurrence = frozenset(map(str, load_data("synonyms.yaml").get("occurrence_senses", ())))
    return bool(set(table.get(verb, "").split()) & occurrence)


def _range(claim: EventClaim) -> DateRange:
    return DateRange(date.fromisoformat(claim.date_start), date.fromisoformat(claim.date_end))


def _comparison(by_id, story: str, left_group: list, right_group: list, shared: str, evidence: list[Evidence]) -> Comparison:
    left, right = left_group[0], right_group[0]
    left_range, right_range = _range(left), _range(right)
    left_article, right_article = by_id[left.article], by_id[right.article]
    facts = {
        "story": story,
        "event": shared,
        "overlap": left_range.overlaps(right_range),
        "days_apart": left_range.days_apart(right_range),
        "apart": left_range.apart(right_range),
        "left_date": left_range.describe(),
        "right_date": right_range.describe(),
        "left_expression": left.expression,
        "right_expression": right.expression,
        "left_published": left_article.published.isoformat(),
        "right_published": right_article.published.isoformat(),
        "left_outlet": outlets(left_group, by_id),
        "right_outlet": outlets(right_group, by_id),
        "statement": bool(left.statement),
    }
    reasons = (*story_reasons(story), f"same event: {shared}")
    conflict = f"{_as_read(left, facts['left_published'])} is {facts['left_date']}; {_as_read(right, facts['right_published'])} is {facts['right_date']}"
    claims = tuple(left_group + right_group)
    return Comparison(digest("event", *(c.id for c in claims)), "event", story, claims, facts, reasons, conflict, tuple(evidence))


def _as_read(claim: EventClaim, published: str) -> str:
    """Where a date was counted from: the paper's date, or the day its words were said."""
    said = f", words said {claim.said_on}," if claim.said_on else ""
    return f"'{claim.expression}' in a paper of {published}{said}"
