"""Dates of news: relative expressions resolved against the publication date, as day ranges.

News conventions the date libraries lack: a bare weekday is the most recent such day on or
before publication; "last Thursday" the most recent one strictly before; "this week" and
"last week" are ISO weeks; "Sunday night" is Sunday and "early on Monday" is Monday; a vague
expression ("last week", "in January", "earlier this month") is a range, not a day. Dates with
a day and month are parsed by dateparser; without a year, the year nearest the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from checker.lexicon.dates import week_lengths
from checker.lexicon.numbers import parse_words
from checker.resources import data_cache, load_data, thresholds

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


@data_cache(maxsize=1)
def _trimmers() -> tuple[re.Pattern, re.Pattern]:
    """Words a date expression opens with ("early on", "the early hours of", "the night of") or a
    part of the day it closes with ("night"), which do not change the day it names
    (rules/data/dates.yaml)."""
    data = load_data("dates.yaml")
    fillers = "|".join(re.escape(str(w).lower()) for w in data["fillers"])
    parts = "|".join(re.escape(str(w).lower()) for w in data["parts_of_day"])
    times = "|".join(re.escape(str(w).lower()) for w in [*data["parts_of_day"], *data["time_words"]])
    return re.compile(rf"^(?:(?:{fillers})\s+)*(?:(?:{times})\s+of\s+)?"), re.compile(rf"\s+(?:{parts})$")


@dataclass(frozen=True)
class DateRange:
    """The days an expression allows, both ends included."""

    start: date
    end: date

    def overlaps(self, other: DateRange) -> bool:
        return self.start <= other.end and other.start <= self.end

    def days_apart(self, other: DateRange) -> int:
        if self.overlaps(other):
            return 0
        return (other.start - self.end).days if self.end < other.start else (self.start - other.end).days

    @property
    def grain(self) -> str:
        """ "year", "month" or "day": the coarsest calendar unit the range covers exactly."""
        if self.start.month == 1 and self.start.day == 1 and self.end.month == 12 and self.end.day == 31:
            return "year"
        if self.start.day == 1 and (self.end + timedelta(days=1)).day == 1:
            return "month"
        return "day"

    def steps_apart(self, other: DateRange, finer: bool = False) -> tuple[int, str]:
        """The gap at the coarser grain of the two: (2, "day"), (3, "month"), (1, "year"); or at
        the finer grain ("2023" to 10 May 2025 is 496 days)."""
        grains = ("day", "month", "year")
        grain = (min if finer else max)(self.grain, other.grain, key=grains.index)
        if grain == "year":
            count = abs(self.start.year - other.start.year)
        elif grain == "month":
            count = abs((self.start.year - other.start.year) * 12 + self.start.month - other.start.month)
        else:
            count = self.days_apart(other)
        return count, grain

    def apart(self, other: DateRange) -> str:
        """The gap in words at the coarser grain of the two: "2 days", "3 months", "1 year"."""
        count, grain = self.steps_apart(other)
        return f"{count} {grain}{'' if count == 1 else 's'}"

    def describe(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


def resolve(expression: str, published: date | None, future: bool = False) -> DateRange | None:
    """The day range an expression names, or None when it cannot be pinned (or nothing anchors it).

    `future` is for clauses that look ahead ("talks will begin on Tuesday"): a bare weekday is
    then the next such day on or after publication, a bare month the next such month.
    """
    text = " ".join(expression.lower().replace("’", "'").split()).strip(" ,.")
    text = re.sub(r"'s$", "", text)
    absolute = _absolute(text, published, future)
    if absolute is not None or published is None:
        return absolute
    opening, closing = _trimmers()
    ahead = future or text.split(" ")[0] in _ahead_words()
    text = closing.sub("", opening.sub("", text))
    if ahead and text in {"this week", "this month", "this year"}:
        # "will strike again later this month": what is left of it.
        return DateRange(published, _period_end(text, published))
    if future and text in WEEKDAYS:
        return _day(published + timedelta(days=(WEEKDAYS.index(text) - published.weekday()) % 7))
    if future and text in MONTHS:
        # "the first pictures are due in July", in a June paper: the coming July.
        month = MONTHS.index(text) + 1
        return _month_bounds(published.year + (month < published.month), month)
    if future and text in {"weekend", "the weekend"}:
        saturday = published + timedelta(days=(5 - published.weekday()) % 7)
        return DateRange(saturday, saturday + timedelta(days=1))
    weeks = _weeks_from(text, published)
    if weeks is not None:
        return weeks
    for reader in (_relative_day, _weekday, _week, _weekend, _month_relative, _month_name, _year_relative, _ago):
        found = reader(text, published)
        if found is not None:
            return found
    return None


def _weeks_from(text: str, published: date) -> DateRange | None:
    """ "a week tomorrow", "a fortnight on Monday", "a week from today", "ten days from Monday":
    whole weeks (or, counted "from" a day, days) after the day named, a day that lies ahead (a
    week today from a Wednesday is the next Wednesday but one)."""
    lengths = {**week_lengths(), "day": 1}
    match = re.fullmatch(r"([\w-]+) (" + "|".join(map(re.escape, lengths)) + r")s? (on |from )?(\w+)", text)
    if match is None or (match.group(2) == "day" and match.group(3) != "from "):
        return None
    count = parse_words([match.group(1)], lambda word: None)
    anchor = resolve(match.group(4), published, future=True)
    if count is None or count != int(count) or anchor is None or anchor.start != anchor.end:
        return None
    return _day(anchor.start + timedelta(days=int(count) * lengths[match.group(2)]))


def _period_end(text: str, published: date) -> date:
    """The last day of the week, month or year a paper is published in."""
    if text == "this week":
        return published + timedelta(days=6 - published.weekday())
    if text == "this month":
        return _month_bounds(published.year, published.month).end
    return date(published.year, 12, 31)


@data_cache(maxsize=1)
def _ahead_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("dates.yaml")["ahead_words"])


def _day(day: date) -> DateRange:
    return DateRange(day, day)


def _relative_day(text: str, published: date) -> DateRange | None:
    offsets = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last night": -1, "tomorrow": 1}
    return _day(published + timedelta(days=offsets[text])) if text in offsets else None


def _weekday(text: str, published: date) -> DateRange | None:
    match = re.fullmatch(r"(last |this |next |)(" + "|".join(WEEKDAYS) + r")", text)
    if match is None:
        return None
    which, weekday = match.group(1).strip(), WEEKDAYS.index(match.group(2))
    back = (published.weekday() - weekday) % 7
    if which == "last":
        back = back or 7
    elif which == "this":
        return _day(published - timedelta(days=published.weekday()) + timedelta(days=weekday))
    elif which == "next":
        return _day(published + timedelta(days=(weekday - published.weekday()) % 7 or 7))
    return _day(published - timedelta(days=back))


def _week(text: str, published: date) -> DateRange | None:
    monday = published - timedelta(days=published.weekday())
    shifts = {"this week": 0, "last week": -7, "next week": 7, "past week": -7}
    if text in shifts:
        start = monday + timedelta(days=shifts[text])
        return DateRange(start, start + timedelta(days=6))
    return None


def _weekend(text: str, published: date) -> DateRange | None:
    if text not in {"weekend", "this weekend", "last weekend", "over the weekend", "the weekend"}:
        return None
    if text == "this weekend":
        saturday = published - timedelta(days=published.weekday()) + timedelta(days=5)
        return DateRange(saturday, saturday + timedelta(days=1))
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    if text == "last weekend" and published.weekday() >= 5:
        saturday -= timedelta(days=7)
    return DateRange(saturday, saturday + timedelta(days=1))


def _month_bounds(year: int, month: int) -> DateRange:
    following = date(year + month // 12, month % 12 + 1, 1)
    return DateRange(date(year, month, 1), following - timedelta(days=1))


def _month_relative(text: str, published: date) -> DateRange | None:
    if text in {"this month"}:
        return DateRange(published.replace(day=1), published)
    if text in {"last month", "past month"}:
        previous = published.replace(day=1) - timedelta(days=1)
        return _month_bounds(previous.year, previous.month)
    if text == "next month":
        following = _month_bounds(published.year, published.month).end + timedelta(days=1)
        return _month_bounds(following.year, following.month)
    return None


def _month_name(text: str, published: date) -> DateRange | None:
    """ "March", "March 2024", "March this year", "May last year", "last January" (the latest
    January before the paper's month), "next March"."""
    which = re.fullmatch(r"(last|next) (" + "|".join(MONTHS) + r")", text)
    if which is not None:
        month = MONTHS.index(which.group(2)) + 1
        if which.group(1) == "last":
            return _month_bounds(published.year - (month >= published.month), month)
        return _month_bounds(published.year + (month <= published.month), month)
    match = re.fullmatch(r"(" + "|".join(MONTHS) + r")(?: (\d{4}|this year|last year|next year))?", text.replace(" of ", " "))
    if match is None:
        return None
    month = MONTHS.index(match.group(1)) + 1
    given = (match.group(2) or "").strip()
    shift = {"this year": 0, "last year": -1, "next year": 1}
    if given in shift:
        year = published.year + shift[given]
    else:
        year = int(given) if given else published.year - (month > published.month)
    return _month_bounds(year, month)


def _year_relative(text: str, published: date) -> DateRange | None:
    years = {"this year": 0, "last year": -1, "next year": 1}
    if text in years:
        year = published.year + years[text]
        return DateRange(date(year, 1, 1), date(year, 12, 31))
    if re.fullmatch(r"\d{4}", text):
        return DateRange(date(int(text), 1, 1), date(int(text), 12, 31))
    return None


def _ago(text: str, published: date) -> DateRange | None:
    match = re.fullmatch(r"([\w -]+?) (day|week)s? ago", text)
    if match is None:
        return None
    count = parse_words(match.group(1).split(), lambda word: None)
    if count is None or count != int(count) or count < 1:
        return None
    return _day(published - timedelta(days=int(count) * (7 if match.group(2) == "week" else 1)))


RELATIVE_YEARS = {"this": 0, "last": -1, "next": 1}
"""The year a "this", "last" or "next year" names, from the paper's."""


def _absolute(text: str, published: date | None, future: bool = False) -> DateRange | None:
    """A date with a day and a month ("Feb. 17", "17 February 2025", "2025-02-18"). Without a
    year: the year whose calendar gives the weekday written with it ("Friday 26 September"),
    else the nearest to publication — unless that is months gone (thresholds.yaml
    `ahead_past_days`) and the clause looks ahead."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return _day(date.fromisoformat(text))
        except ValueError:
            return None
    if not re.search(r"\d", text) or not any(month[:3] in text for month in MONTHS):
        return None
    relative = re.fullmatch(r"(.+?),? (this|last|next) year", text)
    if relative is not None and published is not None:
        # "March 30 last year": the day and month in the year the words name.
        return _absolute(f"{relative.group(1)} {published.year + RELATIVE_YEARS[relative.group(2)]}", published, future)
    cleaned = _trimmers()[0].sub("", text)
    days = re.fullmatch(r"(\d{1,2})\s*(?:and|to|-|–)\s*(\d{1,2}) ([a-z]+\.?(?: \d{4})?)", cleaned)
    if days is not None:
        # "10 and 11 November", "17-18 November": both days, read as the first and the last.
        first, last = (_absolute(f"{day} {days.group(3)}", published, future) for day in days.group(1, 2))
        return DateRange(first.start, last.end) if first is not None and last is not None and first.start <= last.end else None
    found = _day_and_month(cleaned)
    if found is None:
        return None
    if re.search(r"\b\d{4}\b", cleaned):
        return _day(found)
    if published is None:
        return None
    candidates = [found.replace(year=year) for year in (published.year - 1, published.year, published.year + 1) if _valid(found, year)]
    weekday = next((WEEKDAYS.index(word) for word in re.findall(r"[a-z]+", text) if word in WEEKDAYS), None)
    if weekday is not None:
        candidates = [day for day in candidates if day.weekday() == weekday] or candidates
    nearest = min(candidates, key=lambda day: (abs((day - published).days), day))
    if weekday is None and future and (published - nearest).days > int(thresholds("scope")["ahead_past_days"]):
        # "production will end on 26 September" in a March paper: not last September, months
        # gone, but the coming one; "follows an inspection on 16 September" in October stays.
        return _day(min((day for day in candidates if day >= published), default=nearest))
    return _day(nearest)


@data_cache(maxsize=4096)
def _day_and_month(text: str) -> date | None:
    """The day dateparser reads in a date written with its day and month; a year the text does
    not give is left to the caller, so the answer depends on the words alone and is kept. Only
    dateparser's parser of absolute dates is asked: these words are never relative."""
    import dateparser

    parsed = dateparser.parse(
        text, languages=["en"], settings={"RELATIVE_BASE": YEARLESS_BASE, "REQUIRE_PARTS": ["day", "month"], "PARSERS": ["absolute-time"]}
    )
    return parsed.date() if parsed is not None else None


# A leap year, so "29 February" without a year is still a day.
YEARLESS_BASE = datetime(2000, 1, 1)


def _valid(day: date, year: int) -> bool:
    try:
        day.replace(year=year)
    except ValueError:
        return False
    return True
