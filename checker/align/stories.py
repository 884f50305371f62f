"""Stories found from content: which articles of a feed tell the same story.

Articles that say which story they belong to keep it. The others are grouped by what they are
about: the names they mention (people, places, organisations, each weighted by how rare it is in
the feed), the words they use (TF-IDF, cosine) and when they appeared (a window of days). Two
articles are alike by a weighted mean of the two similarities; groups are merged by average linkage
while the mean similarity between them reaches the threshold, so one strong pair never chains
two stories together. Precision first: an article like no other well enough stays alone.

The thresholds are data (`rules/data/thresholds.yaml`, `stories`). A story is named by its most
telling names and its first date ("Boehner, Netanyahu (2015-01-21)"), never by a file name, and
the grouping does not depend on the order the articles were read in.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from dataclasses import dataclass, replace
from itertools import combinations

from checker.lexicon.english import function_words
from checker.model import Article, Claim, NameClaim
from checker.normalise.names import fold
from checker.resources import thresholds


@dataclass(frozen=True)
class Profile:
    """What an article is about, as the grouping reads it."""

    article: Article
    names: Counter
    words: Counter
    spellings: dict[str, str]


def assign_stories(articles: list[Article], claims: list[Claim]) -> list[Article]:
    """The articles with a story each: their own, else the one found from their content."""
    settings = thresholds("stories")
    open_articles = sorted((a for a in articles if not a.story), key=_content_key)
    if not open_articles:
        return articles
    profiles = [_profile(article, claims) for article in open_articles]
    name_weight = _rarity([p.names for p in profiles])
    word_weight = _rarity([p.words for p in profiles])
    vectors = [_unit({w: c * word_weight[w] for w, c in p.words.items()}) for p in profiles]
    similar: dict[tuple[int, int], float] = {}
    for i, j in _candidates(profiles, vectors):
        if not _within_window(profiles[i].article, profiles[j].article, settings["window_days"]):
            continue
        names = _weighted_overlap(profiles[i].names, profiles[j].names, name_weight)
        words = sum(value * vectors[j].get(word, 0.0) for word, value in vectors[i].items())
        score = settings["names_share"] * names + (1 - settings["names_share"]) * words
        if score > 0:
            similar[(i, j)] = score
    groups = _average_linkage(len(profiles), similar, settings["min_similarity"])
    names = _story_names(groups, profiles, name_weight)
    story_of = {profiles[member].article.id: names[number] for number, group in enumerate(groups) for member in group}
    return [article if article.story else replace(article, story=story_of[article.id]) for article in articles]


TELLING_WORDS = 10
"""Each article's words of highest TF-IDF weight that may pair it with another."""


def _candidates(profiles: list[Profile], vectors: list[dict[str, float]]) -> list[tuple[int, int]]:
    """The pairs worth weighing: articles that share a name, or one of their most telling words
    (an inverted index, so a feed is never compared all against all)."""
    postings: dict[str, list[int]] = {}
    for number, (profile, vector) in enumerate(zip(profiles, vectors)):
        telling = sorted(vector, key=lambda word: (-vector[word], word))[:TELLING_WORDS]
        for term in {*(f"name:{name}" for name in profile.names), *(f"word:{word}" for word in telling)}:
            postings.setdefault(term, []).append(number)
    return sorted({pair for members in postings.values() for pair in combinations(members, 2)})


def _content_key(article: Article) -> tuple:
    """An order that depends on what the articles say, not on what their files are called."""
    return (article.published.isoformat() if article.published else "", article.outlet or "", article.title or "", article.text)


def _profile(article: Article, claims: list[Claim]) -> Profile:
    mentioned = [c.name for c in claims if isinstance(c, NameClaim) and c.article == article.id and c.segment == "main"]
    spellings: dict[str, str] = {}
    for name in mentioned:
        spellings.setdefault(fold(name), name)
    body = article.text[article.body_start : article.main_end]
    words = Counter(w for w in (token.strip(".,;:!?\"'()[]“”‘’—-").lower() for token in body.split()) if _telling(w))
    return Profile(article, Counter(fold(name) for name in mentioned), words, spellings)


def _telling(word: str) -> bool:
    return len(word) > 2 and word.isalpha() and word not in function_words()


def _rarity(counters: list[Counter]) -> dict[str, float]:
    """Inverse document frequency, smoothed so that a word in every one of two articles still counts."""
    documents = Counter(key for counter in counters for key in counter)
    total = len(counters)
    return {key: math.log(1 + total / count) for key, count in documents.items()}


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {k: v / norm for k, v in vector.items()} if norm else {}


def _weighted_overlap(left: Counter, right: Counter, weight: dict[str, float]) -> float:
    """Names both mention, as a share of all the names either mentions, each name by its rarity."""
    union = set(left) | set(right)
    if not union:
        return 0.0
    return sum(weight[n] for n in set(left) & set(right)) / sum(weight[n] for n in union)


def _within_window(left: Article, right: Article, days: int) -> bool:
    if left.published is None or right.published is None:
        return True
    return abs((left.published - right.published).days) <= days


def _average_linkage(size: int, similar: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Groups merged while the mean similarity of every pair across two groups reaches `threshold`:
    the closest two groups first (ties to the lowest numbers), with a heap of candidate merges
    whose stale entries are skipped, so the work grows with the pairs, not with their square."""
    groups = {i: [i] for i in range(size)}
    links: dict[int, dict[int, float]] = {i: {} for i in range(size)}
    for (a, b), total in similar.items():
        links[a][b] = links[b][a] = total
    version = dict.fromkeys(range(size), 0)
    heap = [(-total, a, b, 0, 0) for (a, b), total in similar.items()]
    heapq.heapify(heap)
    while heap:
        negative_mean, a, b, version_a, version_b = heapq.heappop(heap)
        if a not in groups or b not in groups or version[a] != version_a or version[b] != version_b:
            continue
        if -negative_mean < threshold:
            break
        groups[a] = sorted(groups[a] + groups.pop(b))
        version[a] += 1
        for other, total in links.pop(b).items():
            del links[other][b]
            if other != a:
                links[a][other] = links[other][a] = links[a].get(other, 0.0) + total
        links[a].pop(b, None)
        for other, total in links[a].items():
            low, high = min(a, other), max(a, other)
            heapq.heappush(heap, (-total / (len(groups[a]) * len(groups[other])), low, high, version[low], version[high]))
    return sorted(groups.values(), key=lambda group: group[0])


def _story_names(groups: list[list[int]], profiles: list[Profile], weight: dict[str, float]) -> list[str]:
    """Each group's most telling names and its first date; a second group of one name gets "#2"."""
    names, seen = [], Counter()
    for group in groups:
        counts = Counter()
        for member in group:
            for name in profiles[member].names:
                counts[name] += weight[name]
        telling: list[str] = []
        for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            # "Corvale" adds nothing to "Corvale city council".
            if len(telling) < 2 and not any(name in chosen or chosen in name for chosen in telling):
                telling.append(name)
        shown = sorted(next(profiles[m].spellings[name] for m in group if name in profiles[m].spellings) for name in telling)
        dates = sorted(profiles[m].article.published for m in group if profiles[m].article.published)
        label = ", ".join(shown) or "untitled"
        label += f" ({dates[0].isoformat()})" if dates else ""
        seen[label] += 1
        names.append(label if seen[label] == 1 else f"{label} #{seen[label]}")
    return names
