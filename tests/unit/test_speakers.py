"""Speaker fallbacks for parses the statistical parser gets wrong, on hand-built parses so that
each test shows the exact tree it guards against, whatever the model does with the sentence."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from checker.extract import quotes


def parsed(words, heads, deps, pos, quoted=()):
    """A Doc with the given tree (lemmas are the lower-cased words, "said" and "told" aside);
    `quoted` are the (start, end) token spans in quotation marks."""
    lemmas = [{"said": "say", "told": "tell"}.get(word, word.lower()) for word in words]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc._.quotes = [doc[start:end] for start, end in quoted]
    return doc


def test_a_name_the_parser_hung_elsewhere_is_the_subject_of_the_verb_after_it():
    # "..., former mayor Elena Varga said her deputy ...": the parser made Varga an apposition
    # of an earlier noun and left "said" with no subject.
    words = ["Rivertown", ",", "former", "mayor", "Elena", "Varga", "said", "her", "deputy", "was", "ready"]
    heads = [6, 0, 3, 5, 5, 0, 6, 8, 9, 6, 9]
    deps = ["npadvmod", "punct", "amod", "compound", "compound", "appos", "ROOT", "poss", "nsubj", "ccomp", "acomp"]
    pos = ["PROPN", "PUNCT", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "NOUN", "AUX", "ADJ"]
    doc = parsed(words, heads, deps, pos)
    assert quotes._subject_misparsed(doc[6]).text == "Varga"


def test_the_subject_of_a_clause_before_the_verb_is_its_speaker():
    # "One inspector, who asked not to be named, spoke ..., said ...": the parser gave the
    # subject to a clause before "said".
    words = ["One", "inspector", ",", "who", "asked", ",", "spoke", "briefly", ",", "said", "it", "held"]
    heads = [1, 6, 1, 4, 1, 1, 9, 6, 9, 9, 11, 9]
    deps = ["nummod", "nsubj", "punct", "nsubj", "relcl", "punct", "ccomp", "advmod", "punct", "ROOT", "nsubj", "ccomp"]
    pos = ["NUM", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "ADV", "PUNCT", "VERB", "PRON", "VERB"]
    doc = parsed(words, heads, deps, pos)
    assert quotes._subject_misparsed(doc[9]).text == "inspector"


def test_a_subject_inside_a_quote_is_never_taken():
    # '"We held it," said ...' with the quote as the clause before the verb: "We" is quoted.
    words = ['"', "We", "held", "it", ",", '"', "said", "the", "inspector"]
    heads = [2, 2, 6, 2, 2, 2, 6, 8, 6]
    deps = ["punct", "nsubj", "ccomp", "dobj", "punct", "punct", "ROOT", "det", "dobj"]
    pos = ["PUNCT", "PRON", "VERB", "PRON", "PUNCT", "PUNCT", "VERB", "DET", "NOUN"]
    doc = parsed(words, heads, deps, pos, quoted=[(0, 6)])
    assert quotes._subject_misparsed(doc[6]) is None


def test_a_verb_the_parser_hangs_on_quoted_words_reports_nothing():
    # '"... he said, 'I hope so,'" Clinton told workers': "told" hangs on the quoted "said".
    words = ['"', "Trump", "said", ",", "'", "I", "hope", "so", "'", '"', "Clinton", "told", "workers"]
    heads = [2, 2, 2, 2, 6, 6, 2, 6, 6, 2, 11, 2, 11]
    deps = ["punct", "nsubj", "ROOT", "punct", "punct", "nsubj", "ccomp", "advmod", "punct", "punct", "nsubj", "ccomp", "dobj"]
    pos = ["PUNCT", "PROPN", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "ADV", "PUNCT", "PUNCT", "PROPN", "VERB", "NOUN"]
    doc = parsed(words, heads, deps, pos, quoted=[(0, 10)])
    assert quotes._reporting_verb(doc[11], doc[0:10]).text == "told"
