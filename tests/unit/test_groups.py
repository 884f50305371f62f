from datetime import date

from checker.align.groups import lowercase_words, names_in_story
from checker.model import Article


def _article(key: str, text: str, story: str = "raid") -> Article:
    return Article(id=key, path=f"{key}.md", text=text, body_start=0, main_end=len(text), outlet="Wire", published=date(2025, 3, 5), story=story)


def test_a_capitalised_word_the_story_also_writes_in_lower_case_is_not_a_name():
    articles = [_article("a", "Police stormed the depot on Tuesday."), _article("b", "The police said Hadley was arrested.")]
    common = lowercase_words(articles)
    assert names_in_story(("Police", "Hadley", "Larkin Freight"), common["raid"]) == ("Hadley", "Larkin Freight")


def test_words_are_read_per_story():
    articles = [_article("a", "Police stormed the depot."), _article("b", "The police said so.", story="other")]
    assert names_in_story(("Police",), lowercase_words(articles)["raid"]) == ("Police",)
