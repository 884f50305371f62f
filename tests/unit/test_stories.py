"""Stories found from content do not depend on the order articles are read in or on their ids."""

from dataclasses import replace
from datetime import date

from checker.align.stories import assign_stories
from checker.model import Article
from checker.pipeline import extract_claims

TEXTS = {
    "quake-1": "A magnitude 6.1 earthquake struck near Velmora on Tuesday, the Velmora seismic institute said. Rescuers in Velmora searched collapsed homes.",
    "quake-2": "Rescuers searched collapsed homes in Velmora after Tuesday's earthquake, which the seismic institute put at magnitude 6.1.",
    "vote-1": "Lawmakers in Dunholm passed the Brannock water bill on Wednesday after a long debate about reservoir charges.",
    "vote-2": "The Brannock water bill cleared the Dunholm assembly on Wednesday; reservoir charges dominated the debate.",
    "alone": "The Kestrel Orchestra opened its winter season with a programme of Sibelius symphonies.",
}


def _articles(order: list[str], prefix: str = "") -> list[Article]:
    return [
        Article(id=prefix + key, path=f"{prefix}{key}.md", text=TEXTS[key], body_start=0, main_end=len(TEXTS[key]), outlet="Wire", published=date(2025, 3, 5))
        for key in order
    ]


def _grouping(articles: list[Article]) -> dict[str, str]:
    return {a.id: a.story for a in assign_stories(articles, extract_claims(articles))}


def test_articles_of_one_story_are_grouped_and_an_unlike_one_stays_alone():
    stories = _grouping(_articles(list(TEXTS)))
    assert stories["quake-1"] == stories["quake-2"]
    assert stories["vote-1"] == stories["vote-2"]
    assert len({stories["quake-1"], stories["vote-1"], stories["alone"]}) == 3


def test_the_grouping_and_its_names_do_not_depend_on_order_or_ids():
    forward = _grouping(_articles(list(TEXTS)))
    backward = _grouping(_articles(list(reversed(TEXTS)), prefix="z-"))
    assert forward == {key.removeprefix("z-"): story for key, story in backward.items()}


def test_a_story_an_article_gives_is_kept():
    articles = _articles(list(TEXTS))
    articles[0] = replace(articles[0], story="given")
    assert _grouping(articles)["quake-1"] == "given"
