from datetime import date

import pytest

from checker.corpus import article_from_text, main_story_end, read_corpus
from checker.model import InputError


def test_front_matter_is_read_and_offsets_stay_those_of_the_file():
    text = "---\ntitle: Plan\noutlet: Gazette\npublished: 2025-02-21\nstory: s\n---\nBody with 30,000 troops.\n"
    article = article_from_text(text, path="a.md", default_id="a")
    assert (article.id, article.outlet, article.published, article.story) == ("a", "Gazette", date(2025, 2, 21), "s")
    assert article.text == text
    assert text[article.body_start :].startswith("Body")
    assert article.position(article.body_start) == (7, 1)


def test_id_from_front_matter_wins_over_the_file_stem():
    assert article_from_text("---\nid: custom\n---\nText.", path="x.md", default_id="x").id == "custom"


def test_manifest_overrides_front_matter():
    article = article_from_text("---\noutlet: A\n---\nText.", "x.md", "x", overrides={"outlet": "B"})
    assert article.outlet == "B"


@pytest.mark.parametrize(
    "text, problem",
    [
        ("---\ntitle: [x\n---\nText", "malformed front matter"),
        ("---\n- a list\n---\nText", "malformed front matter"),
        ("---\npublished: soon\n---\nText", "unknown date 'soon'"),
        ("---\ntitle: t\n---\n   \n", "empty article"),
        ("", "empty article"),
    ],
)
def test_bad_articles_raise_one_clear_problem(text, problem):
    with pytest.raises(InputError) as error:
        article_from_text(text, "bad.md", "bad")
    assert problem in error.value.problem
    assert error.value.path == "bad.md"


def test_related_stories_heading_ends_the_main_story():
    text = "Main story text here.\n\n## Related stories\nOther event with 2,000 troops.\n"
    assert text[main_story_end(text, 0) :].startswith("## Related stories")


def test_a_list_of_headlines_ends_the_main_story():
    prose = "This is a long paragraph of real prose that goes on for well more than sixteen words in total, as news does.\n"
    tail = "Winter Olympics Contenders Named -\nRoyal Expert Speaks Out -\nComet Nears Closest Approach -\n"
    text = prose + tail
    assert main_story_end(text, 0) == len(prose)


def test_short_title_lines_at_the_top_are_not_a_headline_list():
    text = "News Feed\n\nHeadline Here\n\n2 min read\nA long paragraph follows with many words, well over the sixteen word limit for headlines.\n"
    assert main_story_end(text, 0) == len(text)


def test_reading_a_directory_keeps_good_articles_and_reports_bad_ones(tmp_path):
    (tmp_path / "good.md").write_text("Starmer will send 30,000 troops.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    corpus = read_corpus([str(tmp_path)])
    assert [a.id for a in corpus.articles] == ["good"]
    assert [(e.path.endswith("bad.txt"), e.problem) for e in corpus.errors] == [(True, "not UTF-8 text (byte 3)")]


def test_duplicate_ids_are_reported_not_merged(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.md").write_text("One.", encoding="utf-8")
    (tmp_path / "b" / "same.md").write_text("Two.", encoding="utf-8")
    corpus = read_corpus([str(tmp_path)])
    assert len(corpus.articles) == 1
    assert "duplicate article id 'same'" in corpus.errors[0].problem


def test_jsonl_offsets_are_into_the_text_field(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "Line one.\\nLine two.", "published": "2025-01-02"}\n\n', encoding="utf-8")
    article = read_corpus([str(feed)]).articles[0]
    assert article.text == "Line one.\nLine two."
    assert article.position(10) == (2, 1)
    assert article.published == date(2025, 1, 2)
