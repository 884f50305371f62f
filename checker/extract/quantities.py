"""The `crosscheck_quantities` spaCy component: numeric mentions and what they count.

Each mention becomes a Span in `doc._.quantities` whose `span._.quantity` holds the raw reading
(`Mention`): the number's words (number_runs), its qualifier, currency or unit (measures), the
counted concept, the verb it hangs on, who holds it and the date words of its clause
(figure_context). Turning those words into values, intervals and periods is normalisation's job.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from checker.extract.figure_context import FigureContext, clause_dates, copy_context, counted_noun, governing_verb, holder, narrowing_modifiers
from checker.extract.measures import Measures
from checker.extract.number_runs import HYPHENS, NumberRuns
from checker.extract.quantity_mention import COUNTED_DIMENSIONS, Mention
from checker.extract.speech import verb_lemma
from checker.extract.syntax import gendered_pronoun, looks_like_name, name, participants
from checker.lexicon import numbers, units
from checker.lexicon.names import given_names
from checker.model import ATTRIBUTE, PER, TALLY
from checker.resources import load_data

if not Doc.has_extension("quantities"):
    Doc.set_extension("quantities", default=None)
if not Span.has_extension("quantity"):
    Span.set_extension("quantity", default=None)


@Language.factory("crosscheck_quantities")
def make_quantity_component(nlp: Language, name: str) -> QuantityMentions:
    return QuantityMentions(nlp)


class QuantityMentions:
    """Finds numeric mentions; a spaCy component so it runs inside `nlp.pipe` like any other."""

    def __init__(self, nlp: Language) -> None:
        scope = load_data("scope.yaml")
        self.numbers = NumberRuns()
        self.measures = Measures(self.numbers)
        self.context = FigureContext(nlp.vocab)
        self.tally_words = set(scope["tally_words"])
        self.tally_joiners = set(scope["tally_joiners"])
        self.negative_signs = {str(w).lower() for w in load_data("numbers.yaml")["negative_signs"]}
        self.age_matcher = Matcher(nlp.vocab)
        self.age_matcher.add("age", load_data("numbers.yaml")["age_patterns"])

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        tallies = {span.start: span for span in self._tallies(doc)}
        ages = {span.start: span for span in self._ages(doc) if span.start not in tallies}
        index = 0
        while index < len(doc):
            if index in tallies:
                spans.append(tallies[index])
                index += 1
                continue
            if index in ages:
                spans.append(ages[index])
                index = ages[index].end
                continue
            if not self.numbers.may_start(doc[index]):
                index += 1
                continue
            found = self._mention_at(doc, index, spans)
            if found is None:
                index += 1
                continue
            span, index = found
            spans.append(span)
        doc._.quantities = spans
        return doc

    def _mention_at(self, doc: Doc, index: int, earlier: list[Span]) -> tuple[Span, int] | None:
        magnitude = self.numbers.magnitude(doc, index)
        clock = numbers.stopwatch_seconds(doc[index].text)
        if clock is not None:
            # "won in 2:05:14": a stopwatch's reading is a length of time, the time it timed.
            mention = Mention(number_words=[clock], unit=units.lookup("seconds"), stopwatch=True)
            number_end = end = index + 1
            upper_end = None
        elif magnitude is not None:
            low, high, end = magnitude
            mention = Mention(number_words=[low], upper_words=[high], magnitude=True)
            number_end = end
            upper_end = None
        elif not self.numbers.starts_number(doc, index):
            return None
        else:
            end = self.numbers.run_end(doc, index)
            mention = Mention(number_words=[t.text for t in doc[index:end] if t.text not in HYPHENS])
            compound_end = self.numbers.read_compound(doc, end, mention)
            if compound_end is None:
                return None
            number_end, end = end, compound_end
            upper_end = self.numbers.range_end(doc, doc[index:number_end]) if end == number_end else None
        start = self.measures.read_currency_before(doc, index, mention)
        if start == index and index > 0 and doc[index - 1].lower_ in self.negative_signs and mention.number_words[0][:1].isdigit():
            # "minus 12 degrees": the sign belongs to the figure.
            mention.number_words[0] = f"-{mention.number_words[0]}"
            start -= 1
        if upper_end is not None:
            mention.upper_words = [t.text for t in doc[number_end + 1 : upper_end]]
            end = upper_end
            if start > 0 and doc[start - 1].lower_ == "between":
                start -= 1
        currency_before = mention.currency
        end = self.measures.read_after(doc, end, mention)
        if mention.currency and not currency_before and mention.upper_words is None:
            end = self.measures.read_subunits(doc, end, mention)
        elif mention.unit is not None and mention.upper_words is None:
            end = self.measures.read_smaller_unit(doc, end, mention)
        run = doc[index:number_end]
        if self.numbers.is_not_a_quantity(doc, run, mention, upper_end is not None):
            return None
        if mention.upper_words is None:
            start = self.measures.read_qualifier_before(doc, start, mention)
            end = self.measures.read_qualifier_after(doc, end, mention)
        if numbers.parse_words(mention.number_words, units.scale_of) is None:
            return None
        if magnitude is not None and doc[number_end - 1].lower_ == "of":
            # "millions of Americans": what is counted is what "of" takes.
            noun = next((c for c in doc[number_end - 1].children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)
        else:
            noun = counted_noun(doc[index:end], doc[end - 1], end)
        priced = self.measures.priced_item(doc, end) if noun is None and mention.currency else None
        if priced is not None:
            noun = priced
        if noun is not None and not mention.measured:
            unit = units.lookup(noun.lemma_) or units.lookup(noun.text)
            if unit is not None and unit.dimension in COUNTED_DIMENSIONS:
                mention.unit = unit
        restated = self.measures.restated(doc, start, end, mention, earlier)
        if restated is not None:
            mention.restates = restated
            copy_context(earlier[restated]._.quantity, mention)
            mention.qualifier = mention.qualifier or earlier[restated]._.quantity.qualifier
        else:
            self.context.read_context(doc[index:end], noun, mention, earlier)
            if mention.stopwatch and noun is None and (index == 0 or doc[index - 1].lower_ != "of"):
                # Not the runner or the race the verb names: the time ("a winning time of
                # 2:23:10" names it itself).
                mention.concept_head, mention.concept_modifiers, mention.concept_text = "time", [], "time"
        if priced is not None:
            # "410p a share" is the price of one share, never a sum spent on shares.
            mention.concept_modifiers.insert(0, PER)
            mention.concept_text = f"per {mention.concept_text}"
            end = priced.i + 1
        elif noun is not None and noun.i >= end and (per := self.measures.priced_item(doc, noun.i + 1)) is not None:
            # "12 sailings a day" is a rate, never the 36 sailings a strike cancelled in all.
            mention.concept_modifiers.append(f"{PER} {per.lemma_.lower()}")
            mention.concept_text = f"{mention.concept_text} a {per.text}"
            end = per.i + 1
        if noun is not None and noun.i >= end and all(t.text in {"-", "–"} or t in narrowing_modifiers(noun, run) for t in doc[end : noun.i]):
            end = noun.i + 1
        span = Span(doc, start, end, label="QUANTITY")
        span._.quantity = mention
        return span, end

    def _ages(self, doc: Doc) -> list[Span]:
        """A person's age ("Joseph Kiprono (29)", "Kiprono, 27,", "aged 52", "the 27-year-old"):
        years of the person it is told of, an attribute compared only with the same person's."""
        found: dict[int, Span] = {}
        matches = []
        # Ages told beside a name, by surname: a description with another age is someone else.
        told: dict[str, set[float]] = {}
        for _, start, end in self.age_matcher(doc):
            number = next(t for t in doc[start:end] if t.like_num)
            years = _count(number)
            person = _whose_age(doc[start:end], number) if years is not None else None
            if person is not None:
                told.setdefault(person.split()[-1], set()).add(years)
            matches.append((start, end, number, years, person))
        for start, end, number, years, named in matches:
            if years is None or years != int(years) or not 0 < years < 120 or number.i in found:
                continue
            person = named or _person_described(doc[start:end], years, told)
            if person is None and doc[start].is_title and not doc[start].like_num and doc[start].lower_ != "aged":
                continue  # "Clause (3)", "Table, 4,": a number beside a capitalised word that is no person
            last = number.i + 1
            if doc[end - 1].lower_ == "old":
                # "the 2-year-old boy": the noun described, when it follows, is cited with its age.
                described = doc[end - 1].head
                last = described.i + 1 if described.i == end and described.pos_ in {"NOUN", "PROPN"} else end
            span = Span(doc, number.i, last, label="QUANTITY")
            span._.quantity = Mention(
                number_words=[number.text],
                unit=units.lookup("year"),
                concept_head="age",
                concept_text="age",
                holder=person,
                participants=[person] if person else [],
                role=ATTRIBUTE,
            )
            found[number.i] = span
        return [found[i] for i in sorted(found)]

    def _tallies(self, doc: Doc) -> list[Span]:
        """ "voted 348-77", "by a vote of 97 to 1": the votes for and against, as two figures whose
        counted things are "votes for" and "votes against", with the clause's verb and people."""
        found: list[Span] = []
        for joiner in doc[1:-1]:
            if joiner.lower_ not in self.tally_joiners:
                continue
            first, second = doc[joiner.i - 1], doc[joiner.i + 1]
            if first.lemma_.lower() in self.tally_words and joiner.i >= 2:
                # "polled 18,442 votes to 15,525": the tally's word between its two counts.
                first = doc[joiner.i - 2]
            if first.is_alpha and second.is_alpha and not first.whitespace_ and not joiner.whitespace_:
                continue  # "Forty-one councillors": one number written with a hyphen, not a tally.
            votes_for, votes_against = _count(first), _count(second)
            if votes_for is None or votes_against is None or not votes_for == int(votes_for) or not votes_against == int(votes_against):
                continue
            if votes_for <= votes_against or not any(t.lemma_.lower() in self.tally_words for t in joiner.sent):
                continue
            verb = governing_verb(first) or governing_verb(second)
            for token, side in ((first, "for"), (second, "against")):
                span = Span(doc, token.i, token.i + 1, label="QUANTITY")
                span._.quantity = Mention(
                    number_words=[token.text],
                    concept_head="vote",
                    concept_modifiers=[side],
                    concept_text=f"votes {side}",
                    predicate=verb_lemma(verb) if verb is not None else None,
                    holder=holder(verb) if verb is not None else None,
                    participants=_voters(verb) if verb is not None else [],
                    time_words=clause_dates(doc[token.i : token.i + 1], verb),
                    role=TALLY,
                )
                found.append(span)
        return found


def _voters(verb: Token) -> list[str]:
    """Who cast the votes: the names in the clause's subject ("Members of Brenmoor District
    Council's planning committee backed ..."), not whose plan was voted on ("backed Harcastle
    Homes' plan"). With no name there, the clause's named participants."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    subjects += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    found = {name(t) for subject in subjects for t in subject.subtree if t.dep_ != "compound" and looks_like_name(t)}
    return sorted(found) or sorted(participants(verb))


def _count(token: Token) -> float | None:
    """A tally's side as digits ("8") or a word ("seven")."""
    if not token.like_num:
        return None
    return numbers.parse_words([token.text], units.scale_of)


def _person_described(match: Span, years: float, told: dict[str, set[float]]) -> str | None:
    """ "Jonas Verhaegen's overall win came by 28 seconds over Iker Aramburu. The 25-year-old went
    clear ...": an age told with "the" and no name describes a person the article has named, one
    of those named in the last sentence that names any, the first of them that fits: not someone
    whose age the article gives otherwise ("Callum Reaney, 34, stabbed Jason Thorley. The
    29-year-old scaffolder died" is Thorley), nor someone of the other sex than a pronoun right
    after it says. "A 34-year-old man" is someone not yet named."""
    doc = match.doc
    if match.start == 0 or doc[match.start - 1].lower_ != "the" or not doc.has_annotation("SENT_START"):
        return None
    sentence = doc[match.start].sent
    gender = next((g for t in sentence if t.i >= match.start and gendered_pronoun(t) for g in t.morph.get("Gender")), None)
    while sentence.start > 0:
        sentence = doc[sentence.start - 1].sent
        people = [t for t in sentence if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and looks_like_name(t)]
        if not people:
            continue
        for first in people:
            person = name(first).removesuffix("'s").removesuffix("’s")
            known = given_names().get(first.lower_)
            if years in told.get(person.split()[-1], {years}) and (gender is None or known is None or known == gender):
                return person
        return None
    return None


def _nationality(token: Token) -> bool:
    """ "the 24-year-old Croatian", "the Croatian international": a people, not a person's name."""
    return token.ent_type_ == "NORP" or (not token.ent_type_ and any(c.dep_ == "compound" and c.ent_type_ == "NORP" for c in token.children))


def _whose_age(match: Span, number: Token) -> str | None:
    """The person an age is told of: the name it stands beside ("Kiprono, 27,"), the name "aged"
    describes, or the noun "-year-old" describes when it is a name or stands beside one
    ("Kiprono, the 27-year-old Kenyan")."""
    doc = match.doc
    if match[-1].lower_ == "old":
        noun = match[-1].head
        for candidate in (noun, noun.head if noun.dep_ == "appos" else None, *(c for c in noun.children if c.dep_ == "appos")):
            if candidate is not None and candidate.pos_ == "PROPN" and not _nationality(candidate) and looks_like_name(candidate):
                return name(candidate)
        return None
    if match[0].lower_ == "aged":
        before = [t for t in doc[max(match.start - 3, 0) : match.start] if t.text not in {",", "("}]
        candidate = match[0].head if looks_like_name(match[0].head) else (before[-1] if before else None)
    else:
        candidate = match[0]
    return name(candidate) if candidate is not None and candidate.pos_ == "PROPN" and looks_like_name(candidate) else None
