"""Named relations between two words of a parse, found with spaCy's `DependencyMatcher`.

The patterns are data (`rules/data/relations.yaml`): each relation is one or more
DependencyMatcher patterns in which the node `from` is the word asked about and the node `to`
the word it leads to ("a package of €6 billion": from the amount to "package"). The matcher runs
once per document, on first use, and its answers are kept on the document.
"""

from __future__ import annotations

from spacy.matcher import DependencyMatcher
from spacy.tokens import Token
from spacy.vocab import Vocab

from checker.resources import load_data

FROM, TO = "from", "to"


class Relations:
    """Answers "which word does this one lead to by relation R?" from the patterns of a data file."""

    def __init__(self, vocab: Vocab, data_file: str = "relations.yaml") -> None:
        self.matcher = DependencyMatcher(vocab)
        self.ends: dict[str, tuple[int, int]] = {}
        anchors: set[str] | None = set()
        beside = True
        for relation, patterns in load_data(data_file)["relations"].items():
            for number, pattern in enumerate(patterns):
                ids = [node["RIGHT_ID"] for node in pattern]
                key = f"{relation}#{number}"
                self.ends[key] = (ids.index(FROM), ids.index(TO))
                self.matcher.add(key, [pattern])
                anchors = _with_anchor(anchors, pattern[0]["RIGHT_ATTRS"])
                beside &= _from_beside_anchor(pattern)
        # A sentence with none of the words every pattern is anchored on ("of", "worth") cannot
        # match, and is not given to the matcher; when every pattern hangs the word asked about
        # right on its anchor, neither can a word with no anchor as its head or child.
        self.anchors = anchors
        self.beside_anchor = anchors is not None and beside
        self._cache_key = f"crosscheck_relations_{data_file}"

    def target(self, token: Token, relation: str) -> Token | None:
        """The word `token` leads to by `relation`, or None; the nearest one when several do."""
        if self.beside_anchor and token.head.lower_ not in self.anchors and not any(c.lower_ in self.anchors for c in token.children):
            return None
        found = self._found(token).get(relation, {}).get(token.i)
        return token.doc[min(found, key=lambda i: abs(i - token.i))] if found else None

    def _found(self, token: Token) -> dict[str, dict[int, list[int]]]:
        """The relations of the sentence holding `token`, matched once per sentence and kept on
        the document."""
        doc = token.doc
        sentence = token.sent if doc.has_annotation("SENT_START") else doc[:]
        by_sentence = doc.user_data.setdefault(self._cache_key, {})
        cached = by_sentence.get(sentence.start)
        if cached is None:
            cached = by_sentence[sentence.start] = {}
            if self.anchors is None or any(t.lower_ in self.anchors for t in sentence):
                for match_id, token_ids in self.matcher(sentence):
                    key = doc.vocab.strings[match_id]
                    start, end = self.ends[key]
                    relation = key.rsplit("#", 1)[0]
                    cached.setdefault(relation, {}).setdefault(sentence.start + token_ids[start], []).append(sentence.start + token_ids[end])
        return cached


def _from_beside_anchor(pattern: list[dict]) -> bool:
    """Whether the pattern's `from` node is the anchor's head or child."""
    anchor = pattern[0]["RIGHT_ID"]
    node = next(n for n in pattern if n["RIGHT_ID"] == FROM)
    return node.get("LEFT_ID") == anchor and node.get("REL_OP") in {">", "<"}


def _with_anchor(anchors: set[str] | None, attributes: dict) -> set[str] | None:
    """The anchor words so far, with those a pattern's first node requires; None once a pattern
    requires none."""
    lower = attributes.get("LOWER")
    if anchors is None or lower is None:
        return None
    return anchors | ({lower} if isinstance(lower, str) else set(lower.get("IN", ())) if isinstance(lower, dict) and "IN" in lower else set())
