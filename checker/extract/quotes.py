"""The `crosscheck_quotes` spaCy component: direct quotes and who they are attributed to.

Quotes are found from their marks (straight or curly, double or single, running over several
paragraphs); the speaker from the parse: the subject of a speech verb in the quote's sentence,
the sentence that introduces it with a colon, or the short sentence after it; "according to X".
Each quote is a Span in `doc._.quotes` with its reading in `span._.quote`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from checker.extract.quote_marks import quote_offsets, strip_marks
from checker.extract.quote_words import CUT, FUNCTION, quote_words
from checker.extract.speech import is_speech_verb, speaking_nouns
from checker.extract.syntax import RELATIVE_PRONOUNS, doc_text, entities, entity_text, in_dateline, sentences_of
from checker.lexicon.english import noun_class
from checker.lexicon.names import given_names, honorifics
from checker.resources import data_cache, load_data

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)
if not Span.has_extension("quote"):
    Span.set_extension("quote", default=None)

_WORD = re.compile(r"\w")
_SIGNING_DASHES = frozenset({"—", "―", "–", "-", "--"})
_NOT_PEOPLE = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "EVENT", "LAW", "LANGUAGE"})
"""Entity labels that are never a person; a name the recogniser calls a work of art or a product,
as it sometimes does with "Rear Admiral Petros Lianos", may still be one."""
ATTRIBUTIONS = ("explicit", "antecedent", "pronoun", "carried", "introduced", "clause", "none")
"""How a speaker was found: named (or described) by the attribution itself; a pronoun whose
antecedent is the only person named in the sentence before it; a pronoun resolved to an earlier
person by a guess; carried over from the quote before; the subject of the sentence before, which
speaks without quoting ("Bystrom agreed."); the subject of the clause a quoted phrase stands in,
with no speech verb ("Ryan worried that the net was becoming 'a hammock'"); or not at all."""


@dataclass
class QuoteMention:
    """A quote's words and what the text says about who spoke them."""

    content: str
    speaker: str | None = None
    speaker_kind: str = "unknown"
    organisation: str | None = None
    verb: str | None = None
    attribution: str = "none"
    words: tuple[str, ...] = ()
    word_classes: tuple[str, ...] = ()
    word_places: tuple[tuple[int, int], ...] = ()
    """Each word's (start, end) in the document's text."""


@dataclass(frozen=True)
class QuoteLimits:
    """How far the quote component looks, in words, sentences and heads (rules/data/thresholds.yaml
    `components.crosscheck_quotes`, passed in as the component's config)."""

    max_attribution_words: int
    attribution_opening: int
    max_carry_words: int
    title_words: int
    scare_quote_words: int
    max_sentences_back: int
    max_climb: int
    max_single_quote_words: int


@Language.factory("crosscheck_quotes")
def make_quote_component(
    nlp: Language,
    name: str,
    max_attribution_words: int,
    attribution_opening: int,
    max_carry_words: int,
    title_words: int,
    scare_quote_words: int,
    max_sentences_back: int,
    max_climb: int,
    max_single_quote_words: int,
) -> QuoteMentions:
    return QuoteMentions(
        QuoteLimits(
            max_attribution_words, attribution_opening, max_carry_words, title_words, scare_quote_words, max_sentences_back, max_climb, max_single_quote_words
        )
    )


class QuoteMentions:
    def __init__(self, limits: QuoteLimits) -> None:
        self.limits = limits
        speech = load_data("speech.yaml")
        self.role_nouns = {str(r).lower() for r in speech["role_nouns"]}
        self.speaking_nouns = speaking_nouns()
        self.titles = {str(k).lower() for k in speech["title_abbreviations"]}

    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[Span, str]] = []
        text = doc_text(doc)
        for start, end in quote_offsets(text, self.limits.max_single_quote_words):
            span = doc.char_span(start, end, alignment_mode="expand")
            content = strip_marks(text[start:end])
            if span is not None and len(span) and _WORD.search(content):
                found.append((span, content))
        # Every quote is known before any is attributed: a name inside a quote is never a speaker.
        doc._.quotes = [span for span, _ in found]
        spans: list[Span] = []
        for span, content in found:
            mention = self._attribute(doc, span, content, spans[-1] if spans else None)
            if _names_something(span, mention, self.limits):
                continue
            mention.words, mention.word_classes, mention.word_places = quote_words(span)
            span._.quote = mention
            spans.append(span)
        doc._.quotes = self._join_split_quotes(doc, spans)
        return doc

    def _join_split_quotes(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """`"A," he said. "B."` is one quote: a quote carried on after a short attribution that
        names its speaker is joined to the quote before, so it is compared (and reported) once.
        The join is a cut: what another outlet prints between the halves is not a change."""
        joined: list[Span] = []
        for span in spans:
            previous = joined[-1] if joined else None
            if previous is not None and self._goes_on(doc, previous, span):
                first, second = previous._.quote, span._.quote
                whole = doc[previous.start : span.end]
                whole._.quote = QuoteMention(
                    content=f"{first.content} {second.content}",
                    speaker=first.speaker,
                    speaker_kind=first.speaker_kind,
                    organisation=first.organisation,
                    verb=first.verb,
                    attribution=first.attribution,
                    words=(*first.words, CUT, *second.words),
                    word_classes=(*first.word_classes, FUNCTION, *second.word_classes),
                    word_places=(*first.word_places, (previous.end_char, span.start_char), *second.word_places),
                )
                joined[-1] = whole
            else:
                joined.append(span)
        return joined

    def _goes_on(self, doc: Doc, previous: Span, span: Span) -> bool:
        """The quote goes on in `span`: split by its attribution (`"A," he said. "B."`), or carried
        over to the next paragraph with no attribution of its own. A paragraph that opens with a
        quote of no one, right after a paragraph closed by the attribution of a quote, goes on in
        that quote's voice: the newspaper convention for a quote running over paragraphs."""
        between = doc[previous.end : span.start]
        if span._.quote.attribution == "carried" and not any(not t.is_space and not t.is_punct for t in between):
            return True
        opens_paragraph = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws or doc[span.start - 1].is_space
        over_paragraphs = span._.quote.attribution == "carried" or (span._.quote.attribution == "none" and opens_paragraph)
        attributing = {previous._.quote.verb, span._.quote.verb}
        return (
            _breaks_off(previous) and _same_voice(previous._.quote, span._.quote) and self._interrupts(between, attributing, across_paragraphs=over_paragraphs)
        )

    def _interrupts(self, between: Span, attributing: set[str | None], across_paragraphs: bool = False) -> bool:
        """An attribution and nothing else: one sentence with one speech verb, the one that
        attributes either quote, ending with its punctuation ("he said,", "said Ms. Lerner, who
        leads the division."). "Bush interjected." between two quotes of Trump's is not one."""
        words = [t for t in between if not t.is_punct and not t.is_space]
        if not words:
            return False
        # A participle adds to the attribution ("Clark said, noting he would ...") unless it
        # introduces the next quote itself ("she said, adding: ...").
        verbs = [t for t in between if self._is_speech_verb(t) and not (t.tag_ == "VBG" and t.dep_ == "advcl" and t.i != words[-1].i)]
        tokens = [t for t in between if not t.is_space]
        one_clause = not any(t.is_sent_start for t in tokens[1:]) and tokens[-1].text in {",", ".", ":", ";"}
        new_paragraph = "\n\n" in between.text
        return (
            len(words) <= self.limits.max_attribution_words
            and len(verbs) == 1
            and verbs[0].lemma_.lower() in attributing
            and one_clause
            and (across_paragraphs or not new_paragraph)
        )

    def _attribute(self, doc: Doc, quote: Span, content: str, previous: Span | None) -> QuoteMention:
        mention = QuoteMention(content=content)
        candidate_verbs = list(self._speech_verb_candidates(doc, quote))
        if self._continues(doc, quote, previous, attributed=any(candidate_verbs)):
            source = previous._.quote
            mention.speaker, mention.speaker_kind = source.speaker, source.speaker_kind
            mention.organisation, mention.verb = source.organisation, source.verb
            mention.attribution = "carried"
            return mention
        introducing = _colon_clause_root(doc, quote)
        for candidates in candidate_verbs:
            # `Clinton famously responded: "..." Her critics cited it`: the verb before the colon
            # that opens the quote comes before any other.
            for verb in sorted(candidates, key=lambda t: (t != introducing, *_closeness(t, quote))):
                reporting = _reporting_verb(verb, quote)
                subject = _speech_subject(reporting)
                if subject is None and reporting is not verb:
                    # "Asked whether ..., Trump boasted, '...'": an outer verb with no subject of
                    # its own does not report the inner one.
                    subject = _speech_subject(verb)
                else:
                    verb = reporting
                if subject is not None and quote.start <= subject.i < quote.end:
                    subject = _subject_between(quote, verb)
                if subject is None:
                    subject = _subject_after(quote, verb, self.limits) or _subject_misparsed(verb)
                if subject is None:
                    continue
                mention.verb = verb.lemma_.lower()
                self._read_speaker(subject, mention)
                if mention.speaker is None:
                    mention.attribution = "none"
                return mention
        # `Ryan shot back: "..."`, then `"..." — Pamela Reyes`.
        for find, cue in ((_introduced_by_colon, ":"), (_signed, "—")):
            source = find(doc, quote)
            if source is not None:
                mention.verb = cue
                self._read_speaker(source, mention)
                if mention.speaker is not None:
                    return mention
        source = _according_to(doc, quote)
        if source is not None:
            mention.verb = "according to"
            self._read_speaker(source, mention)
            if mention.speaker is None:
                mention.attribution = "none"
            return mention
        verb = _introducing_sentence(doc, quote)
        if verb is not None:
            # "Bystrom agreed. "...": the sentence before speaks, and the quote is what it said.
            mention.verb = verb.lemma_.lower()
            self._read_speaker(_speech_subject(verb), mention)
            if mention.speaker is not None:
                mention.attribution = "introduced"
                return mention
        verb = _clause_around(quote, self.limits)
        while verb is not None:
            subject = _speech_subject(verb)
            if subject is not None and subject.pos_ in {"PROPN", "PRON"}:
                mention.verb = verb.lemma_.lower()
                self._read_speaker(subject, mention)
                mention.attribution = "clause" if mention.speaker is not None else "none"
                break
            verb = verb.head if verb.dep_ == "ccomp" else None
        return mention

    def _continues(self, doc: Doc, quote: Span, previous: Span | None, attributed: bool) -> bool:
        """A quote standing alone right after an attributed one goes on in the same voice."""
        if previous is None or previous._.quote.speaker is None:
            return False
        if attributed:
            # A speech verb of its own around it ("... she said."): not carried over.
            return False
        between = doc[previous.end : quote.start]
        if len(between) <= 8 and not any(t.is_alpha and t.pos_ in {"NOUN", "PROPN"} for t in between):
            return True
        # Further on in the same paragraph, with nobody else named or speaking in between, and the
        # quote opening its own sentence: the paragraph's speaker goes on.
        opens_sentence = quote[0].is_sent_start or doc[quote.start - 1].is_sent_start
        if opens_sentence and "\n" not in between.text.rstrip() and _ends_sentence_of(between, previous):
            # `"A," Lieberman told the paper in July, after the mayor spoke. "B."`: the rest of
            # the sentence that attributed the quote before, however long, gives no new voice,
            # nor does the paragraph it ends, when the next one opens with the quote.
            return True
        others = any(e.label_ in {"PERSON", "ORG"} for e in entities(doc) if between.start <= e.start < between.end)
        speaks = any(self._is_speech_verb(t) or t.tag_ == "PRP" and t.dep_ == "nsubj" for t in between)
        return len(between) <= self.limits.max_carry_words and "\n" not in between.text and opens_sentence and not others and not speaks

    def _speech_verb_candidates(self, doc: Doc, quote: Span):
        """Speech verbs outside the quote: in its own sentences, then the sentence before (a colon
        introduces the quote), then the sentence after ("he said.")."""
        inside = range(quote.start, quote.end)
        sentences = sentences_of(quote)
        own = [t for s in sentences for t in s if t.i not in inside and (self._is_speech_verb(t) or _attribution_tail(t, quote, self.limits))]
        yield own
        first = sentences[0]
        if first.start > 0:
            before = doc[first.start - 1].sent
            if before.text.rstrip().endswith(":"):
                yield [t for t in before if self._is_speech_verb(t)]
        last = sentences[-1]
        if last.end < len(doc):
            after = doc[last.end].sent
            if len(after) <= 6:
                yield [t for t in after if self._is_speech_verb(t)]
            elif after.start == quote.end and "\n" not in doc[quote.end - 1].whitespace_ and quote.text.rstrip("\"'”’ ")[-1:] in {"?", "!"}:
                # `"Who knows?" Trump told the station in an interview.`: the parser ends the
                # sentence at the question mark, and the attribution's verb has no words of its own.
                yield [
                    t
                    for t in after[: self.limits.attribution_opening]
                    if self._is_speech_verb(t) and t.dep_ == "ROOT" and not any(c.dep_ == "ccomp" for c in t.children)
                ]

    def _is_speech_verb(self, token: Token) -> bool:
        return is_speech_verb(token)

    def _without_title(self, name: str) -> str:
        """ "Mayor Elena Varga" -> "Elena Varga": leading words that name an office (a person noun
        such as mayor, senator or admiral, or an abbreviated title) are not part of the name."""
        words = name.split()
        while len(words) > 2 and (words[0].lower().rstrip(".") in self.speaking_nouns or words[0].lower().rstrip(".") in self.titles):
            words = words[1:]
        return " ".join(words)

    def _read_speaker(self, subject: Token, mention: QuoteMention) -> None:
        """Named person, office ("the minister"), unnamed ("a spokesman for the ministry"), or a
        description of someone or something that can speak ("the senator", "the letter"). A word
        in capitals ("LONDON (Reuters) -") is a dateline or a headline, never a speaker."""
        if (subject.is_upper and len(subject.text) > 1 and subject.tag_ != "PRP") or in_dateline(subject):
            return
        if subject.tag_ in {"PRP"}:
            only = _only_person_before(subject)
            named = only or _previous_person(subject, self.limits)
            if named is not None:
                mention.speaker, mention.speaker_kind = named, "named"
                mention.attribution = "antecedent" if only else "pronoun"
            return
        mention.attribution = "explicit"
        if _described_as_thing(subject):
            mention.speaker = _compound_name(subject)
            mention.speaker_kind, mention.organisation = "organisation", mention.speaker
            return
        person = _person_in(subject)
        office = [t for t in subject.subtree if t.lower_ in self.role_nouns]
        organisation = _organisation(subject, office[0] if office else None)
        mention.organisation = organisation
        if person is None and office:
            person = _name_after_office(subject, office[0])
        if person is not None:
            mention.speaker, mention.speaker_kind = self._without_title(person), "named"
        elif office:
            determiner = next((t.lower_ for t in subject.children if t.dep_ == "det"), "")
            # "the 54-year-old governor": an age says how old the speaker is, not who.
            mention.speaker = " ".join(t.text for t in subject.subtree if t.dep_ != "det" and not t.is_punct and t.ent_type_ != "DATE").strip()
            mention.speaker_kind = "unnamed" if determiner in {"a", "an"} else "role"
        elif subject.ent_type_ in {"ORG", "GPE", "NORP"} and not _named_person_before(subject) and not _given_name_first(_compound_name(subject)):
            mention.speaker = _compound_name(subject)
            mention.speaker_kind, mention.organisation = "organisation", mention.speaker
        elif subject.pos_ == "PROPN" or (subject.is_title and (not subject.is_sent_start or _named_elsewhere(subject))):
            mention.speaker, mention.speaker_kind = _compound_name(subject), "named"
        elif subject.pos_ == "NOUN" and subject.lemma_.lower() in self.speaking_nouns:
            mention.speaker = _description(subject)
            mention.speaker_kind = "description"


def _names_something(quote: Span, mention: QuoteMention, limits: QuoteLimits) -> bool:
    """A title, a slogan or a scare-quoted term — "Meet the Press", "super PAC", "Remain" — is
    not a quote of anyone: a few words in title case, or a short phrase without a verb that no
    attribution claims."""
    inner = [t for t in quote if not t.is_punct and not t.is_space]
    if not inner or len(inner) > limits.title_words:
        return False
    has_verb = any(t.pos_ in {"VERB", "AUX"} for t in inner)
    telling = [t for t in inner if t.is_alpha and not t.is_stop]
    title_case = bool(telling) and all(t.text[:1].isupper() for t in telling) and inner[0].text[:1].isupper()
    ends_sentence = any(t.text in {".", "!", "?"} for t in quote[:-1])
    if title_case and not ends_sentence and len(inner) <= limits.title_words:
        return True
    return mention.attribution in {"none", "clause"} and not has_verb and len(inner) <= limits.scare_quote_words


def _ends_sentence_of(between: Span, previous: Span) -> bool:
    """Everything between two quotes belongs to the sentence the first one stands in."""
    sentence = previous[-1].sent
    words = [t for t in between if not t.is_space]
    return bool(words) and all(sentence.start <= t.i < sentence.end for t in words)


def _breaks_off(quote: Span) -> bool:
    """A quote interrupted by its attribution ends its words with a comma or a full stop inside the
    marks ("A," he said); a title ("This Week") does not."""
    return strip_marks(quote.text).rstrip().rstrip("'’\"”“").rstrip()[-1:] in {",", ".", "!", "?", "…", "—", "-"}


def _same_voice(first: QuoteMention, second: QuoteMention) -> bool:
    """The second quote has no speaker of its own, carries the first's, or names the same one."""
    return second.attribution in {"none", "carried"} or (second.speaker is not None and second.speaker == first.speaker)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _governs(verb: Token, quote: Span) -> bool:
    """The quote stands in the verb's clause: below it, and not in a clause joined to it that
    has a subject of its own ("Cruz accuses Obama of X and Trump says he is 'losing'"). The
    quote is where its words hang on, not its marks, which the parser may hang anywhere."""
    words = [t for t in quote if not (t.is_punct or t.is_space) and not (quote.start <= t.head.i < quote.end and t.head.i != t.i)]
    start = words[0] if words else quote.root
    for node in (start, *start.ancestors):
        if node.i == verb.i:
            return True
        if node.dep_ == "conj" and _own_subject(node) and not (quote.start <= node.i < quote.end):
            return False
    return False


def _closeness(verb: Token, quote: Span) -> tuple[int, int, int]:
    """Verbs whose clause holds the quote come first ("X wrote that Russia 'wants ...'"), then the nearest."""
    governs = _governs(verb, quote)
    distance = min(abs(verb.i - quote.start), abs(verb.i - quote.end))
    return (0 if governs else 1, distance, verb.i)


def _reporting_verb(verb: Token, quote: Span) -> Token:
    """In reported speech the words are the reporting speaker's: "Cardin said Republicans rejected
    it, calling it 'an area of contention'" climbs from "calling" through the reported clause to
    "said". Only reported clauses, participles and conjuncts are climbed, never an "after" clause,
    and never into the quote: a verb the parser hangs on the quoted words reports nothing."""
    reporting = verb
    for node in (verb, *verb.ancestors):
        climbs = node.dep_ == "ccomp" or (node.dep_ == "conj" and not _own_subject(node)) or (node.dep_ in {"advcl", "xcomp"} and node.tag_ == "VBG")
        if not climbs or node.head.i == node.i or quote.start <= node.head.i < quote.end:
            break
        if is_speech_verb(node.head):
            reporting = node.head
    return reporting


def _speech_subject(verb: Token) -> Token | None:
    """The speaker of a speech verb. A verb sharing its subject takes it from the clause it hangs
    on: "called the plan X and said ..." (conjunction), "stepped up his attack, saying ..."
    (participle), "deflected questions before saying ..." (after a preposition), "was prompted
    to say ..." (infinitive); "Trump, who said ..." is Trump, not "who"."""
    node = verb
    for _ in range(4):
        # A dash the parser took for a word is never a subject.
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"} and _WORD.search(c.text)]
        subject = subjects[0] if subjects else None
        if subject is not None:
            # "the vice-chancellor, Ruth Kell": a hyphenated word the parser split into several
            # subjects is headed by its last part, which carries the apposition.
            while subject.i + 2 < len(subject.doc) and subject.nbor(1).text == "-" and subject.nbor(2) in subjects:
                subject = subject.nbor(2)
            if subject.tag_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                return node.head
            return subject
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.pos_ in {"VERB", "AUX"}:
            node = node.head.head
            continue
        shares_subject = node.dep_ in {"conj", "xcomp"} or (node.dep_ == "advcl" and node.tag_ == "VBG")
        if not shares_subject or node.head.i == node.i:
            return None
        node = node.head
    return None


def _subject_between(quote: Span, verb: Token) -> Token | None:
    """`"We were wrong," Ramos, 58, told AFP`, parsed with the quote as the clause and "told" as
    its conjunct: the words of a quote are never its speaker, so the noun standing between the
    closing mark and the verb is."""
    if verb.i <= quote.end:
        return None
    between = quote.doc[quote.end : verb.i]
    nouns = [t for t in between if t.pos_ in {"PROPN", "NOUN", "PRON"} and not (between.start <= t.head.i < between.end and t.head.pos_ in {"PROPN", "NOUN"})]
    return nouns[0] if nouns else None


def _subject_after(quote: Span, verb: Token, limits: QuoteLimits) -> Token | None:
    """`"It is valuable," said Skelly, explaining ...`: a verb right after the quote, with the
    speaker after it, which the parser may leave without a subject. The speaker is the name or
    noun the verb is followed by, before any punctuation."""
    doc = quote.doc
    if not 0 <= verb.i - quote.end <= 1 or any(not t.is_punct for t in doc[quote.end : verb.i]):
        return None
    for token in doc[verb.i + 1 : verb.i + 1 + limits.attribution_opening]:
        if token.is_punct or token.is_space or token.pos_ in {"VERB", "AUX", "ADP", "SCONJ"}:
            return None
        if token.ent_type_ in {"DATE", "TIME"}:
            return None
        # A capitalised word here is a name even when the tagger calls it an adverb ("said Skelly").
        if token.pos_ in {"PROPN", "NOUN"} or token.ent_type_ == "PERSON" or token.is_title:
            name = next((e for e in entities(doc) if e.start <= token.i < e.end), None)
            return name.root if name is not None else token
    return None


def _colon_clause_root(doc: Doc, quote: Span) -> Token | None:
    """The head of the clause before a colon that opens the quote, if one does."""
    colon = quote.start - 1
    while colon >= 0 and doc[colon].is_space:
        colon -= 1
    if colon < 0 or not doc[colon].text.endswith(":"):
        return None
    clause = doc[doc[colon].sent.start : colon]
    if len(clause) == 0:
        return None
    roots = [t for t in clause if t.head.i == t.i or not (clause.start <= t.head.i < clause.end)]
    return roots[-1]


def _subject_misparsed(verb: Token) -> Token | None:
    """The speaker of a speech verb the parser left without a subject, in the two ways it does:
    the name right before the verb hung elsewhere ("..., former president Bill Clinton said his
    wife ..."), or the subject given to a clause before it ("One attendee, who spoke on the
    condition of anonymity, said ..."). Never a word inside a quote."""
    doc, quoted = verb.doc, _quoted_tokens(verb.doc)
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.i not in quoted and before.ent_type_ not in _NOT_PEOPLE - {"ORG"}:
        return before
    for clause in verb.lefts:
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if clause.dep_ == "ccomp" else None
        if subject is not None and subject.i not in quoted and subject.pos_ in {"PROPN", "NOUN"}:
            return subject
    return None


def _introduced_by_colon(doc: Doc, quote: Span) -> Token | None:
    """`Ryan shot back: "..."`, `Rep. Trey Gowdy (R-S.C.): "..."`: the clause before a colon that
    opens the quote names the speaker — its verb's subject, whatever the verb, or the phrase
    itself when there is no verb."""
    root = _colon_clause_root(doc, quote)
    if root is None:
        return None
    colon = quote.start - 1
    while doc[colon].is_space:
        colon -= 1
    if root.pos_ in {"VERB", "AUX"}:
        # "McConnell delivered a message to Trump:" is McConnell's, not the name before the colon.
        return _speech_subject(root)
    named = [e for e in entities(doc) if e.end == colon and e.label_ in {"PERSON", "ORG"}]
    if named:
        return named[-1].root
    return root if root.pos_ in {"PROPN", "NOUN"} else None


def _introducing_sentence(doc: Doc, quote: Span) -> Token | None:
    """The speech verb of the sentence just before a quote that is a sentence of its own, in the
    same paragraph, when that sentence speaks without quoting ("Coan argues that his client was
    never violent. "..."", "Bystrom agreed. "...""): its subject is the quote's speaker."""
    first = quote[0].sent
    if not (quote[0].is_sent_start or doc[quote.start - 1].is_sent_start) or first.start == 0:
        return None
    before = doc[first.start - 1].sent
    quoted = _quoted_tokens(doc)
    if "\n" in doc[before.start : quote.start].text.strip() or any(t.i in quoted for t in before):
        return None
    root = before.root
    if is_speech_verb(root) and _speech_subject(root) is not None:
        return root
    return None


def _clause_around(quote: Span, limits: QuoteLimits) -> Token | None:
    """The verb of the clause a quoted phrase stands in ("took credit for 'being right'"); None
    for a quote that is a sentence of its own or stands outside any clause."""
    node = quote.root
    if node.head.i == node.i or quote.start <= node.head.i < quote.end:
        return None
    for _ in range(limits.max_climb):
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and not (quote.start <= node.i < quote.end):
            return node
        if node.head.i == node.i:
            return None
    return None


def _signed(doc: Doc, quote: Span) -> Token | None:
    """`"…" — Pamela Reyes`: a quote signed with a dash and a name closing its line."""
    if quote[-1].text[-1] in "".join(_SIGNING_DASHES):
        start = quote.end
    elif quote.end + 1 < len(doc) and doc[quote.end].text in _SIGNING_DASHES:
        start = quote.end + 1
    else:
        return None
    line_end = start
    while line_end < len(doc) and "\n" not in doc[line_end].text and "\n" not in doc[line_end].whitespace_:
        line_end += 1
    signature = doc[start : min(line_end + 1, len(doc))]
    names = [t for t in signature if t.pos_ == "PROPN"]
    if not names or any(t.pos_ in {"VERB", "AUX"} for t in signature):
        return None
    return names[0].head if names[0].head.pos_ == "PROPN" and names[0].head.i in range(signature.start, signature.end) else names[0]


def _attribution_tail(verb: Token, quote: Span, limits: QuoteLimits) -> bool:
    """`"Compare him to Hillary," Gorka urged.`: a quote closing on a comma, a question or an
    exclamation, then a name and a verb that ends the clause, is attributed by that verb, whatever
    the verb: the form says so, where a list of speech verbs runs out."""
    doc = quote.doc
    if verb.pos_ != "VERB" or verb.i <= quote.end or verb.i - quote.end > limits.attribution_opening:
        return False
    if strip_marks(quote.text).rstrip()[-1:] not in {",", "?", "!"}:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in {"PROPN", "PRON"} or subject.i < quote.end:
        return False
    named = {t.i for t in subject.subtree}
    if any(t.i not in named and not t.is_space and not t.is_quote for t in doc[quote.end : verb.i]):
        return False
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return after is None or after.is_punct or after.is_space


def _according_to(doc: Doc, quote: Span) -> Token | None:
    sentence = quote[0].sent
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _person_in(subject: Token) -> str | None:
    """A person's name in the subject phrase ("Kremlin spokesman Dmitry Peskov" -> Dmitry Peskov):
    the name the phrase is headed by, else one standing in apposition, else the first that is not
    a modifier of another noun ("Obama campaign aide Robert Gibbs" is Gibbs, not Obama)."""
    people = [e for e in entities(subject.doc) if e.label_ == "PERSON" and subject.left_edge.i <= e.start and e.end <= subject.right_edge.i + 1]
    people = [e for e in people if not _in_clause_below(e.root, subject)]
    heading = [e for e in people if e.start <= subject.i < e.end]
    apposed = [e for e in people if e.root.dep_ == "appos"]
    free = [e for e in people if e.root.dep_ not in {"compound", "poss", "nmod", "amod"}]
    for entity in (heading or apposed)[:1]:
        return entity.text
    if subject.pos_ == "PROPN" and subject.ent_type_ not in _NOT_PEOPLE and subject.text[:1].isupper():
        return _compound_name(subject)
    for entity in free[:1]:
        return entity.text
    return None


def _in_clause_below(token: Token, subject: Token) -> bool:
    """ "Elmendorf, who supports Clinton": a name in a clause hanging on the subject is not it."""
    node = token
    while node.i != subject.i and node.head.i != node.i:
        if node.pos_ in {"VERB", "AUX"}:
            return True
        node = node.head
    return False


def _name_after_office(subject: Token, office: Token) -> str | None:
    """ "Mayor Elena Varga": the proper nouns after the office are the person's name, even those
    the recogniser calls a body when they open with a given name ("chief executive Marcus Ferrand")."""
    names = [
        t
        for t in subject.subtree
        if t.i > office.i
        and t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and (t.ent_type_ not in {"ORG", "GPE", "NORP"} or _given_name_first(entity_text(t)))
        and not _under_preposition(t, office)
    ]
    return " ".join(t.text for t in names) if names else None


def _under_preposition(token: Token, office: Token) -> bool:
    """ "a spokesman for the Foreign Ministry": words after a preposition name a body, not the person."""
    for node in (token, *token.ancestors):
        if node.i == office.i or node.head.i == node.i:
            return False
        if node.dep_ == "pobj" or node.head.pos_ == "ADP":
            return True
    return False


def _named_person_before(token: Token) -> bool:
    """ "said Elmendorf", however the recogniser labels it, is the Steve Elmendorf named earlier."""
    name = _compound_name(token)
    return any(e.label_ == "PERSON" and e.end <= token.i and len(e) > 1 and e.text.endswith(name) for e in entities(token.doc))


def _described_as_thing(subject: Token) -> bool:
    """ "Brennick, which employs 31,000 people, said": "which", not "who", so a body, not a person
    — unless the recogniser reads a person's full name there and the clause belongs to what
    follows it ("Morag Tillery of the Skellhaven Federation, which represents ...")."""
    if subject.ent_type_ == "PERSON" and " " in entity_text(subject):
        return False
    return any(c.dep_ == "relcl" and any(t.lower_ == "which" for t in c.children) for c in subject.children)


def _description(noun: Token) -> str:
    """ "the Republican presidential candidate", "a fresh poll": the phrase without its article
    and without clauses hanging on it."""
    words = [t for t in noun.lefts if t.dep_ in {"amod", "compound", "nmod", "poss", "nummod"}] + [noun]
    words = [w for t in words for w in ([*t.subtree] if t.i != noun.i else [t])]
    return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i) if not t.is_punct)


@data_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Nouns that can say something and name a person, not a body."""
    return speaking_nouns() - noun_class("groups")


def _compound_name(token: Token) -> str:
    parts = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return " ".join(t.text for t in [*parts, token])


@data_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(str(word).lower() for word in load_data("speech.yaml")["title_words"])


def _organisation(subject: Token, office: Token | None) -> str | None:
    """The body a speaker speaks for: "Kremlin spokesman", "a spokesman for the ministry"."""
    if office is None:
        return None
    before: list[Token] = []
    for token in reversed(subject.doc[subject.left_edge.i : office.i]):
        if not token.is_alpha or token.ent_type_ in {"PERSON", "DATE"} or token.lower_ in _title_words() or token.dep_ == "det":
            break
        before.insert(0, token)
    if before:
        return " ".join(t.text for t in before)
    for prep in office.children:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "at"}:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return " ".join(t.text for t in objects[0].subtree if t.dep_ != "det")
    return None


def _only_person_before(pronoun: Token) -> str | None:
    """ "Transport Secretary Alan Pryce welcomed the news. "...," he said.": when the words before
    the pronoun in its sentence, or else the sentence before, name exactly one person outside any
    quote, the pronoun is that person. Two names, or none, and it is a guess."""
    doc = pronoun.doc
    quoted = _quoted_tokens(doc)
    wanted = next(iter(pronoun.morph.get("Gender")), None)
    genders = _name_genders(doc)
    sentence = pronoun.sent
    for stretch in (doc[sentence.start : pronoun.i], doc[sentence.start - 1].sent if sentence.start > 0 else None):
        if stretch is None:
            return None
        # A name that only modifies a common noun ("the Pendrie parents' group", "the Obama
        # administration") brings no one into the passage for a pronoun to stand for.
        people = {
            e.text.split()[-1]: e.text
            for e in entities(doc)
            if e.label_ == "PERSON"
            and stretch.start <= e.start
            and e.end <= stretch.end
            and e.start not in quoted
            and not (e.root.dep_ == "compound" and e.root.head.pos_ == "NOUN")
        }
        people.update((name.split()[-1], name) for name in _described_people(stretch, quoted, personal=wanted in {"Masc", "Fem"}))
        # The subject of the sentence is a person the recogniser may have missed ("Like Makaeff,
        # Roffman does not want to ..."): with it, that sentence names two people, not one.
        for subject in _proper_subjects(stretch, quoted):
            name = _compound_name(subject)
            if wanted not in {"Masc", "Fem"} or _shown_to_be_person(subject, name):
                people.setdefault(name.split()[-1], name)
        # "He said Grassley would ...": the sentence's own speaker is a pronoun, so the one
        # name in it is not the antecedent: the pronoun chain goes further back ("it" is no one).
        # "Dorothy Fenwright said she had been dozing": a pronoun in words a named subject reports
        # is that subject, and chains nothing further back.
        chained = any(
            t.dep_ == "nsubj" and t.tag_ == "PRP" and t.morph.get("Gender") != ["Neut"] and t.i != pronoun.i and t.i not in quoted and not _reported_by_name(t)
            for t in stretch
        )
        if people or chained:
            # One person, and of the pronoun's gender: sure. Two people of whom only one can be a
            # "she" is left to the guess, which reads gender too but is never sure.
            only = next(iter(people.values())) if len(people) == 1 and not chained else None
            if only is None or wanted is None:
                return only
            # "Mrs. Okafor" in this stretch is a she, whatever other Okafors the article has.
            shown = {_honorific_before(t) for t in stretch if t.text == only.split()[-1]} - {None}
            return only if _gender_of(only, genders) in {None, wanted} and shown <= {wanted} else None
    return None


def _reported_by_name(pronoun: Token) -> bool:
    """The pronoun is the subject of a clause that a speech verb with a named subject reports."""
    clause = pronoun.head
    if clause.dep_ not in {"ccomp", "xcomp"} or not is_speech_verb(clause.head):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in clause.head.children)


def _honorific_before(token: Token) -> str | None:
    """The gender an honorific right before a name gives it ("Mrs. Okafor")."""
    for before in reversed(token.doc[max(0, token.i - 4) : token.i]):
        honorific = honorifics().get(before.lower_.rstrip("."))
        if honorific or before.pos_ != "PROPN":
            return honorific
    return None


def _proper_subjects(stretch: Span, quoted: frozenset[int]) -> list[Token]:
    """Proper nouns that are the subject of a verb in the stretch and could be people."""
    return [
        t
        for t in stretch
        if t.dep_ in {"nsubj", "nsubjpass"}
        and t.pos_ == "PROPN"
        and t.i not in quoted
        and t.ent_type_ not in _NOT_PEOPLE - {"ORG"}
        and t.text[:1].isupper()
        and not in_dateline(t)
    ]


def _quoted_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside quotes, computed once per document (every pronoun asks)."""
    key = ("crosscheck_quoted", len(doc._.quotes or []))
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(t.i for q in doc._.quotes or [] for t in q)
    return doc.user_data[key]


def _described_people(stretch: Span, quoted: set[int], personal: bool = False) -> list[str]:
    """Names the text itself says are people, whatever the entity recogniser calls them: a name in
    apposition with a word for a person ("the trade minister, Helena Sobral"; "Malcolm Treharne,
    the chief executive"). For "he" or "she" (`personal`), a name described as a body ("the
    network Univision") is none."""
    people = _person_nouns() if personal else speaking_nouns()
    found = []
    for token in stretch:
        if token.pos_ != "PROPN" or token.i in quoted or token.dep_ == "compound":
            continue
        apposed = token.head if token.dep_ == "appos" else next((c for c in token.children if c.dep_ == "appos"), None)
        if apposed is not None and apposed.pos_ == "NOUN" and apposed.lemma_.lower() in people:
            found.append(_compound_name(token))
    return found


def _previous_person(pronoun: Token, limits: QuoteLimits) -> str | None:
    """ "he said" when the text leaves it open: the person who is the main subject of the nearest
    sentence before that has one (the one the passage is about), else the last person named as
    any subject, else the last person named; never a name inside a quote, never one whose gender
    contradicts the pronoun (honorific, given name). A proper-noun
    subject counts as a person even when the entity recogniser calls it an organisation ("Elena
    Varga addressed the council") if the article shows it is one."""
    doc = pronoun.doc
    quoted = _quoted_tokens(doc)
    genders = _name_genders(doc)
    wanted = next(iter(pronoun.morph.get("Gender")), None)

    def agrees(name: str) -> bool:
        known = _gender_of(name, genders)
        return wanted is None or known is None or known == wanted

    def person(token: Token) -> str | None:
        if token.i in quoted or token.pos_ != "PROPN" or token.ent_type_ in {"GPE", "NORP", "DATE"} or in_dateline(token):
            return None
        shown = _shown_to_be_person if wanted in {"Masc", "Fem"} else _looks_like_person
        if not shown(token, _compound_name(token)):
            return None
        entity = next((e for e in entities(doc) if e.start <= token.i < e.end and e.label_ == "PERSON"), None)
        name = entity.text if entity is not None else _compound_name(token)
        # "Mrs. Clinton" here is a she, whatever other Clintons the article has.
        honorific = _honorific_before(token)
        if honorific and wanted and honorific != wanted:
            return None
        return name if agrees(name) else None

    sentence, looked = doc[pronoun.i].sent, 0
    while looked < limits.max_sentences_back and sentence.start > 0:
        sentence = doc[sentence.start - 1].sent
        if not sentence.text.strip():
            continue
        looked += 1
        main = next((c for c in sentence.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if main is not None and main.pos_ == "NOUN":
            main = next((c for c in main.children if c.dep_ == "appos" and c.pos_ == "PROPN"), main)
        named = person(main) if main is not None else None
        if named:
            return named
    subjects = [person(t) for t in doc[: pronoun.i] if t.dep_ in {"nsubj", "nsubjpass"}]
    subjects = [name for name in subjects if name]
    if subjects:
        return subjects[-1]
    people = [e.text for e in entities(doc) if e.label_ == "PERSON" and e.end <= pronoun.i and e.start not in quoted and agrees(e.text)]
    return people[-1] if people else None


def _given_name_first(name: str) -> bool:
    """ "Elena Varga", whatever the recogniser calls it, is a person: it opens with a given name."""
    words = name.split()
    return len(words) >= 2 and words[0].lower() in given_names()


def _gender_of(name: str, genders: dict[str, str]) -> str | None:
    """ "Hillary Clinton" by her given name; "Clinton" by what the article shows of that surname.
    A full name with a given name the census does not know ("Rakeyia Scott") is nobody's guess:
    another Scott's gender is not hers."""
    words = name.split()
    while len(words) >= 2 and (words[0].endswith(".") or words[0].lower() in honorifics()):
        # "Ms. Lerner" is a she; "Rep. Jim Clyburn" is read from "Jim".
        honorific = honorifics().get(words[0].lower().rstrip("."))
        if honorific:
            return honorific
        words = words[1:]
    if len(words) >= 2:
        return given_names().get(words[0].lower())
    return genders.get(words[0]) if words else None


def _name_genders(doc: Doc) -> dict[str, str]:
    """Surnames whose bearer the article shows to be a he or a she: by an honorific ("Mr. Cohen",
    "Ms. Lerner") or by the given name a person is introduced with ("Hillary Clinton"). A surname
    shown both ways (Bill and Hillary Clinton) says nothing. A person introduced by a given name
    alone beside a noun ("Her late husband, Arthur"), which ends no longer name in the article,
    is that name's he or she."""
    genders = {name: next(iter(seen)) for name, seen in _shown_genders(doc).items() if len(seen) == 1}
    people = [e for e in entities(doc) if e.label_ == "PERSON"]
    surnames = {e[-1].text for e in people if len(e) > 1}
    for entity in people:
        word = entity.text
        if len(entity) == 1 and entity.root.dep_ == "appos" and word not in genders and word not in surnames and word.lower() in given_names():
            genders[word] = given_names()[word.lower()]
    return genders


def _shown_genders(doc: Doc) -> dict[str, set[str]]:
    key = "crosscheck_shown_genders"
    if key in doc.user_data:
        return doc.user_data[key]
    shown: dict[str, set[str]] = {}
    for token in doc[:-1]:
        gender = honorifics().get(token.lower_.rstrip("."))
        if gender and doc[token.i + 1].pos_ == "PROPN":
            shown.setdefault(doc[token.i + 1].text, set()).add(gender)
    given = given_names()
    for entity in entities(doc):
        # The name runs until its first mark: "Deborah Jordan Reynolds - Santilli's" is Reynolds.
        words = list(itertools.takewhile(lambda t: t.text.rstrip(".").isalpha(), entity))
        if entity.label_ in {"PERSON", "ORG"} and len(words) >= 2 and words[0].lower_ in given:
            shown.setdefault(words[-1].text, set()).add(given[words[0].lower_])
    doc.user_data[key] = shown
    return shown


def _named_elsewhere(token: Token) -> bool:
    """ "Swers said ..." tagged as a plural noun: the article named "Michele Swers" before, or
    writes the word with a capital in the middle of a sentence, where only a name has one."""
    return token.text in _person_surnames(token.doc) or token.text in _capitalised_mid_sentence(token.doc)


def _capitalised_mid_sentence(doc: Doc) -> frozenset[str]:
    """Words the article capitalises where a sentence does not start, outside quotes and
    headlines: the proper nouns it uses, whatever the tagger thought of them."""
    key = "crosscheck_capitalised_mid_sentence"
    if key not in doc.user_data:
        quoted = _quoted_tokens(doc)
        doc.user_data[key] = frozenset(
            t.text
            for t in doc
            if t.is_title and t.is_alpha and not t.is_sent_start and t.i not in quoted and t.i > 0 and not doc[t.i - 1].is_punct and not doc[t.i - 1].is_upper
        )
    return doc.user_data[key]


def _person_surnames(doc: Doc) -> frozenset[str]:
    """Last words of the names the recogniser reads as people's, computed once per document."""
    key = "crosscheck_person_surnames"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(e[-1].text for e in entities(doc) if e.label_ == "PERSON")
    return doc.user_data[key]


def _shown_to_be_person(token: Token, name: str) -> bool:
    """Whether "he" or "she" can be this proper noun: the recogniser calls it a person, or the
    article shows its name to be one. A capitalised subject and nothing more ("the 13th
    Amendment was ...") is not enough."""
    return token.ent_type_ == "PERSON" or _named_as_person(token.doc, name)


def _looks_like_person(token: Token, name: str) -> bool:
    """A proper noun the recogniser calls an organisation is a person only when the article shows
    its name to be a person's elsewhere (a person's name, an honorific, a given name): "Fiorina"
    read as an organisation in one sentence is still "Carly Fiorina"; "Congress" is never one."""
    return token.ent_type_ != "ORG" or _named_as_person(token.doc, name)


def _named_as_person(doc: Doc, name: str) -> bool:
    """The article shows this name is a person's: an honorific or a person's name with its
    surname elsewhere, or a given name the census knows."""
    surname = name.split()[-1]
    return surname in _shown_genders(doc) or surname in _person_surnames(doc) or _gender_of(name, {}) is not None
