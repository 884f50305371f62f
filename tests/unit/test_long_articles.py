"""Articles longer than spaCy takes in one piece are read in pieces, with offsets kept."""

from checker import extraction
from checker.corpus import article_from_text
from checker.model import QuantityClaim

PARAGRAPH = "The harbour board said 30 cranes were idle on Monday after the storm.\n\n"


def test_the_pieces_cover_the_body_exactly_and_are_cut_between_paragraphs():
    text = "---\nid: long\n---\n" + PARAGRAPH * 40
    body_start = text.index("The harbour")
    chunks = extraction.body_chunks(text, body_start, limit=500)
    assert len(chunks) > 1
    assert chunks[0][0] == body_start and chunks[-1][1] == len(text)
    assert all(end == next_start for (_, end), (next_start, _) in zip(chunks, chunks[1:]))
    assert all(text[start:end].startswith("The harbour") for start, end in chunks)


def test_a_single_line_longer_than_a_piece_is_cut_between_sentences():
    text = " ".join([PARAGRAPH.strip()] * 30)
    chunks = extraction.body_chunks(text, 0, limit=300)
    assert len(chunks) > 1
    assert all(text[start:end].startswith("The harbour") for start, end in chunks)


def test_claims_from_every_piece_point_at_their_own_text(monkeypatch):
    monkeypatch.setattr(extraction, "CHUNK_CHARACTERS", 400)
    text = "---\nid: long\npublished: 2025-02-20\n---\n" + PARAGRAPH * 12
    article = article_from_text(text, "long.md", "long")
    claims = [c for c in extraction.extract_claims([article]) if isinstance(c, QuantityClaim)]
    assert len(claims) == 12
    assert all(text[c.start : c.end] == c.text == "30 cranes" for c in claims)
