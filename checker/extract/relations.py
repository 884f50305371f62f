"""Named relations between two words of a parse, found with spaCy's `DependencyMatcher`.

The patterns are data (`rules/data/relations.yaml`): each relation is one or more
DependencyMatcher patterns in which the node `from` is the word asked about and the node `to`
the word it leads to ("a package of €6 billion": from the amount to "package"). The matcher runs
once per document, on first use, and its answers are kept on the document.
"""

from __future__ import annotations

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from checker.resources import load_data

FROM, TO = "from", "to"


class Relations:
    """Answers "which word does this one lead to by relation R?" from the patterns of a data file."""

    def __init__(self, vocab: Vocab, data_file: str = "relations.yaml") -> None:
        self.matcher = DependencyMatcher(vocab)
        self.ends: dict[str, tuple[int, int]] = {}
        for relation, patterns in load_data(data_file)["relations"].items():
            for number, pattern in enumerate(patterns):
                ids = [node["RIGHT_ID"] for node in pattern]
                key = f"{relation}#{number}"
                self.ends[key] = (ids.index(FROM), ids.index(TO))
                self.matcher.add(key, [pattern])
        self._cache_key = f"crosscheck_relations_{data_file}"

    def target(self, token: Token, relation: str) -> Token | None:
        """The word `token` leads to by `relation`, or None; the nearest one when several do."""
        found = self._found(token.doc).get(relation, {}).get(token.i)
        return token.doc[min(found, key=lambda i: abs(i - token.i))] if found else None

    def _found(self, doc: Doc) -> dict[str, dict[int, list[int]]]:
        cached = doc.user_data.get(self._cache_key)
        if cached is None:
            cached = {}
            for match_id, token_ids in self.matcher(doc):
                key = doc.vocab.strings[match_id]
                start, end = self.ends[key]
                relation = key.rsplit("#", 1)[0]
                cached.setdefault(relation, {}).setdefault(token_ids[start], []).append(token_ids[end])
            doc.user_data[self._cache_key] = cached
        return cached
