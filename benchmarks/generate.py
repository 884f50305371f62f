"""Synthetic corpora for benchmarks: N stories x M articles of realistic length and number density,
with planted discrepancies (one story in three has a figure that disagrees).

    python benchmarks/generate.py --stories 100 --articles 20 --out corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

PLACES = ["Halden", "Varna", "Kestria", "Lindo", "Moldara", "Ossington", "Tarsel", "Portavel", "Aldmoor", "Calder"]
OUTLETS = ["The Harbour Gazette", "Continental Wire", "Eastern Ledger", "Daily Meridian", "Northern Courier", "Baltic Post"]
PEOPLE = ["Elena Varga", "Tom Brandt", "Maureen Achterberg", "Colm Ardagh", "Ruth Okonjo", "Tomas Ferrand"]
FILLER = [
    "Residents described scenes of confusion as emergency services worked through the night.",
    "The announcement followed weeks of speculation in the local press and among analysts.",
    "Opposition politicians demanded a full inquiry into how the decision had been reached.",
    "Officials promised a detailed update once the initial assessment had been completed.",
    "Several community groups said they had not been consulted before the plan was drawn up.",
    "Analysts said the figures were broadly in line with what the market had expected.",
    "The regional council will meet next month to discuss the consequences for local services.",
    "Critics argued that the measures came too late and did too little for those affected.",
]


def _record(story: int, article: int, published: date, place: str, sentences: list[str]) -> dict:
    return {
        "id": f"s{story:05d}-a{article:02d}",
        "outlet": OUTLETS[article % len(OUTLETS)],
        "published": (published + timedelta(days=article % 3)).isoformat(),
        "story": f"story-{story:05d}",
        "title": f"Meridian Motors to cut jobs in {place}",
        "text": " ".join(sentences),
    }


def story_article(rng: random.Random, story: int, article: int, published: date, planted: bool) -> dict:
    place = PLACES[story % len(PLACES)]
    person = PEOPLE[story % len(PEOPLE)]
    jobs = 1000 + (story * 37) % 9000
    if planted and article == 1:
        jobs = int(jobs * 1.4)
    money = 2 + story % 7
    day = ["Monday", "Tuesday", "Wednesday"][story % 3]
    sentences = [
        f"The {place} works of Meridian Motors will cut {jobs:,} jobs over the next two years, the company said on {day}.",
        f"Meridian Motors expects the plan to save about €{money} billion (${money * 1.08:.1f} billion) a year by 2027.",
        f'"We have no choice but to adapt to a smaller market," said {person}, the chief executive.',
        f"The company employs {20000 + story * 11:,} people in {3 + story % 9} countries and reported revenue of ${10 + story % 40}bn last year.",
        f"At least {50 + story % 200} suppliers in {place} could be affected, according to the regional chamber of commerce.",
        f"Unions called a {1 + story % 3}-day strike and said about {300 + story % 700} workers would join a march on Saturday.",
    ]
    sentences += rng.sample(FILLER, k=4)
    rng.shuffle(sentences)
    return _record(story, article, published, place, sentences)


CUT_VERBS = ["cut", "shed", "axe", "eliminate"]
JOB_NOUNS = ["jobs", "posts", "positions"]
HEDGES = ["", "about ", "more than ", "nearly ", "up to "]
QUOTE_WORDS = [("choice", "option"), ("smaller", "shrinking"), ("adapt", "adjust")]


def varied_article(rng: random.Random, story: int, article: int, published: date) -> dict:
    """An article of a story as outlets really differ: each tells a different selection of the
    facts, rounds or hedges a figure, now and then gets one wrong, picks its own verbs and nouns,
    and quotes the same remark with a changed word. Every figure takes one of a few values, so
    a story has a bounded number of readings however many outlets tell it."""
    place, person = PLACES[story % len(PLACES)], PEOPLE[story % len(PEOPLE)]
    jobs = 1000 + (story * 37) % 9000
    figure = lambda base: rng.choice([base, base, round(base * 1.1), round(base * 0.9)])  # noqa: E731
    hedge = lambda: rng.choice(HEDGES)  # noqa: E731
    day = rng.choice(["Monday", "Tuesday", "Wednesday"][: 1 + story % 3])
    remark = "We have no choice but to adapt to a smaller market"
    if rng.random() < 0.3:
        old, new = rng.choice(QUOTE_WORDS)
        remark = remark.replace(old, new)
    money = 2 + story % 7
    facts = [
        f"The {place} works of Meridian Motors will {rng.choice(CUT_VERBS)} {hedge()}{figure(jobs):,} {rng.choice(JOB_NOUNS)} over the next two years, the company said on {day}.",
        f"Meridian Motors expects the plan to save {hedge()}€{money} billion (${money * rng.choice([1.08, 1.08, 1.2]):.1f} billion) a year by 2027.",
        f'"{remark}," said {person}, the chief executive.',
        f"The company employs {hedge()}{figure(20000 + story * 11):,} people in {3 + story % 9} countries.",
        f"At least {figure(50 + story % 200)} suppliers in {place} could be affected, according to the regional chamber of commerce.",
        f"Unions called a {1 + story % 3}-day strike and said {hedge()}{figure(300 + story % 700)} workers would join a march on Saturday.",
        f"The plant opened in {1990 + story % 20} and built {figure(120 + story % 80):,} vehicles last year.",
        f"{person} said {rng.choice(['three', 'four'])} other plants would not be affected.",
    ]
    sentences = rng.sample(facts, k=rng.randint(5, len(facts))) + rng.sample(FILLER, k=3)
    rng.shuffle(sentences)
    return _record(story, article, published, place, sentences)


def generate(stories: int, articles: int, seed: int = 7, varied: bool = False) -> list[dict]:
    """`varied`: articles that differ as outlets do (`varied_article`), else nearly alike."""
    rng = random.Random(seed)
    start = date(2025, 3, 3)
    return [
        varied_article(rng, story, article, start + timedelta(days=story % 60))
        if varied
        else story_article(rng, story, article, start + timedelta(days=story % 60), planted=story % 3 == 0)
        for story in range(stories)
        for article in range(articles)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100)
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--varied", action="store_true", help="articles that differ as outlets do")
    args = parser.parse_args()
    records = generate(args.stories, args.articles, args.seed, args.varied)
    args.out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    print(f"{len(records)} articles, {sum(len(r['text'].split()) for r in records):,} words -> {args.out}")


if __name__ == "__main__":
    main()
