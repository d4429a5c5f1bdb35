"""Time expressions in a sentence, resolved to dates against the publication date.

News places events with absolute dates ("on 12 March 2019", "in 2019", "in the 1990s"), relative
ones ("last year", "two years ago", "on Monday", "earlier this month") and, now and then, periods of
someone's tenure ("early in his rule"). ``scan`` finds them in one pass over a sentence's tokens
(only sentences that hold an event are scanned) and ``resolve`` turns one into a date with a
precision, so that an article of 2023 saying "in 2019" dates its event to 2019, precision "year".

Relative expressions resolve to their own period: "yesterday" and "on Thursday" to a day, "last
week" and "two weeks ago" to a week (its Monday, precision "week"), "last month" to a month, "last
year" and "three years ago" to a year. They need the publication date; without one they resolve
to no date but still say whether they point to the past (``past``) and, through ``remote``,
whether they lie beyond any news window whatever the day ("three years ago").

A resolved date stands for a period at its precision ("2019" is all of 2019): ``within`` and
``period_last_day`` compare such periods with a day, and ``tenure_start`` says when
the office someone held began, for "early in his rule".

News is not history. ``historical`` says whether a period lies wholly before the article's news
window, the ``news_window_days`` of ``data/timex.yaml`` before publication (30): "in 2019" in an
article of 2021, "three years ago", a date two months back are background; "on Thursday" in a
Friday article, "last week", "earlier this month" are the news it reports. "Last year" is judged
by the year's end: background in a September article, news in one of 10 January.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Span, Token

__all__ = [
    "TimeMention",
    "historical",
    "news_window",
    "period_last_day",
    "remote",
    "resolve",
    "scan",
    "tenure_start",
    "within",
]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS.pop("may", None)  # "may" is far more often the modal verb; "May" is handled by case
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3,
    "couple": 2, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "decade"}
# the fewest days a unit spans, for how far back "N units ago" lies at the least
_UNIT_DAYS = {"day": 1, "week": 7, "month": 28, "year": 365, "decade": 3652}
_YEAR_PREPS = {
    "in",
    "since",
    "until",
    "by",
    "early",
    "late",
    "mid",
    "from",
    "during",
    "after",
}
_TENURE = {
    "rule",
    "reign",
    "tenure",
    "presidency",
    "term",
    "premiership",
    "leadership",
    "administration",
}


@dataclass(frozen=True, slots=True)
class TimeMention:
    """One time expression: what it says, unresolved, and where it is (token indices)."""

    kind: str  # date | year | month | decade | weekday | relative | ago | tenure | today | past
    start: int
    end: int  # exclusive
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    unit: str | None = None  # day, week, month, year
    offset: int = 0  # -1 last, 0 this, +1 next; or -N for "N units ago"
    relation: str = "at"  # at | since | before | after | by (a time limit: "by March 15")
    owner: int | None = None  # token index of "his" in "early in his rule"


def _int(tok: Token) -> int | None:
    t = tok.text.rstrip(".,")
    return int(t) if t.isdigit() else None


def _year(tok: Token) -> int | None:
    value = _int(tok)
    if value is not None and len(tok.text.rstrip(".,")) == 4 and 1900 <= value <= 2100:
        return value
    return None


def _month(tok: Token) -> int | None:
    if tok.text == "May":
        return 5
    return _MONTHS.get(tok.lower_.rstrip("."))


def scan(sent: Span) -> list[TimeMention]:
    """Find the time expressions of a sentence, left to right, without overlaps."""
    toks = list(sent)
    out: list[TimeMention] = []
    i = 0
    n = len(toks)

    def text(a: int, b: int) -> str:
        return sent.doc[toks[a].i : toks[b - 1].i + 1].text

    def relation(a: int) -> str:
        prev = toks[a - 1].lower_ if a > 0 else ""
        return {
            "since": "since",
            "before": "before",
            "after": "after",
            "until": "before",
            "by": "by",
        }.get(prev, "at")

    periods = _periods()
    lows = [t.lower_ for t in toks]
    while i < n:
        tok = toks[i]
        low = tok.lower_
        found: TimeMention | None = None
        period = next(
            (
                (words, year)
                for words, year in periods.get(low, ())
                if tuple(lows[i : i + len(words)]) == words
            ),
            None,
        )
        if period is not None:
            # "during World War I", "in the Cold War": a named period of the past, dated by
            # the last year it spans
            end = i + len(period[0])
            out.append(
                TimeMention("year", tok.i, toks[end - 1].i + 1, text(i, end), year=period[1])
            )
            i = end
            continue
        # "12 March 2019", "March 12, 2019", "March 2019", "in March"
        month = _month(tok) if tok.text[:1].isupper() else None
        if month is not None:
            a, b, day, year = i, i + 1, None, None
            if i > 0 and (_int(toks[i - 1]) or 0) in range(1, 32):
                a, day = i - 1, _int(toks[i - 1])
            if (
                b < n
                and day is None
                and (_int(toks[b]) or 0) in range(1, 32)
                and _year(toks[b]) is None
            ):
                day = _int(toks[b])
                b += 1
                if b < n and toks[b].text == ",":
                    b += 1
            if b < n and _year(toks[b]) is not None:
                year = _year(toks[b])
                b += 1
            if (
                day is not None
                or year is not None
                or (
                    a > 0
                    and toks[a - 1].lower_
                    in {
                        "in",
                        "since",
                        "until",
                        "by",
                        "last",
                        "next",
                        "this",
                        "early",
                        "late",
                        "mid",
                        "mid-",
                    }
                )
            ):
                kind = "date" if day is not None else "month"
                # "last December", "next March": the named month before or after the one of
                # writing, whatever the clause's tense
                before = toks[a - 1].lower_ if a > 0 and year is None else ""
                found = TimeMention(
                    kind,
                    toks[a].i,
                    toks[b - 1].i + 1,
                    text(a, b),
                    year,
                    month,
                    day,
                    offset={"last": -1, "next": 1}.get(before, 0),
                    relation=relation(a),
                )
                i = b - 1
        elif _year(tok) is not None and (
            tok.ent_type_ == "DATE" or (i > 0 and toks[i - 1].lower_ in _YEAR_PREPS)
        ):
            found = TimeMention(
                "year", tok.i, tok.i + 1, tok.text, year=_year(tok), relation=relation(i)
            )
        elif (
            low.endswith("s")
            and low[:-1].isdigit()
            and len(low) == 5
            and low.startswith(("19", "20"))
        ):
            found = TimeMention(
                "decade", tok.i, tok.i + 1, tok.text, year=int(low[:4]), relation=relation(i)
            )
        elif low in _WEEKDAYS:
            off = 0
            a = i
            if i > 0 and toks[i - 1].lower_ in {"last", "next", "this"}:
                off = {"last": -1, "next": 1, "this": 0}[toks[i - 1].lower_]
                a = i - 1
            found = TimeMention(
                "weekday", toks[a].i, tok.i + 1, text(a, i + 1), day=_WEEKDAYS[low], offset=off
            )
        elif (
            low == "past"
            and i >= 2
            and lows[i - 2 : i] == ["in", "the"]
            and (i + 1 >= n or not (toks[i + 1].like_num or _unit_word(toks[i + 1])))
        ):
            # "In the past, they have been forced to turn to the U.S. military": some earlier
            # time, no news ("in the past week" is a period of its own, read below)
            found = TimeMention("past", toks[i - 2].i, tok.i + 1, text(i - 2, i + 1))
        elif low in {"yesterday", "today", "tomorrow", "tonight"}:
            off = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[low]
            found = TimeMention("relative", tok.i, tok.i + 1, tok.text, unit="day", offset=off)
        elif (
            low in {"last", "next", "this", "past", "previous", "coming"}
            and i + 1 < n
            and toks[i + 1].lemma_.lower() in _UNITS
        ):
            # "the past week" runs up to the day of writing, like "this week"; "last week" and
            # "the previous week" are the one before
            off = {"last": -1, "past": 0, "previous": -1, "next": 1, "coming": 1, "this": 0}[low]
            a = i
            if i >= 1 and toks[i - 1].lower_ in {"earlier", "later"} and low == "this":
                a = i - 1
            found = TimeMention(
                "relative",
                toks[a].i,
                toks[i + 1].i + 1,
                text(a, i + 2),
                unit=_UNITS[toks[i + 1].lemma_.lower()],
                offset=off,
            )
            i += 1
        elif low == "ago" and i >= 2 and toks[i - 1].lemma_.lower() in _UNITS:
            count = _int(toks[i - 2]) or _NUMBERS.get(toks[i - 2].lower_)
            if count is not None:
                found = TimeMention(
                    "ago",
                    toks[i - 2].i,
                    tok.i + 1,
                    text(i - 2, i + 1),
                    unit=_UNITS[toks[i - 1].lemma_.lower()],
                    offset=-count,
                )
        elif (
            low in {"early", "late", "earlier", "later"}
            and i + 3 < n
            and toks[i + 1].lower_ in {"in", "into"}
            and toks[i + 3].lemma_.lower() in _TENURE
            and toks[i + 2].lower_ in {"his", "her", "their"}
        ):
            found = TimeMention(
                "tenure",
                tok.i,
                toks[i + 3].i + 1,
                text(i, i + 4),
                relation="after" if low in {"late", "later"} else "at",
                owner=toks[i + 2].i,
            )
            i += 3
        if found is not None and not any(m.start < found.end and found.start < m.end for m in out):
            out.append(found)
        i += 1
    return out


def _monday(d: dt.date) -> dt.date:
    """The Monday of ``d``'s week: a date at precision "week" is its week's first day."""
    return d - dt.timedelta(days=d.weekday())


def _shift_month(d: dt.date, months: int) -> dt.date:
    total = d.year * 12 + (d.month - 1) + months
    return dt.date(total // 12, total % 12 + 1, 1)


def resolve(
    m: TimeMention,
    published: dt.date | None,
    *,
    future: bool = False,
    tenure_start: dt.date | None = None,
) -> tuple[dt.date | None, str | None, bool | None]:
    """(date, precision, past) of a time mention.

    ``past`` is True when the expression itself puts the event before the publication date, False
    when after, None when it cannot tell. ``future`` picks the coming weekday or month rather than
    the last one when the clause speaks of the future. ``tenure_start`` is the start of the office
    of the person "his" refers to, for "early in his rule".
    """
    pub = published
    if m.kind == "past":
        return None, None, True
    if m.kind == "tenure":
        if tenure_start is None:
            return None, None, True
        return dt.date(tenure_start.year, 1, 1), "year", True
    if m.kind == "decade" and m.year is not None:
        d = dt.date(m.year, 1, 1)
        return d, "decade", (pub.year >= m.year + 10) if pub else None
    if m.kind == "year" and m.year is not None:
        d = dt.date(m.year, 1, 1)
        past = (m.year < pub.year) if pub else None
        return d, "year", past
    if m.kind in {"date", "month"} and m.month is not None:
        year = m.year
        if year is None:
            if pub is None:
                return None, None, None
            year = pub.year
            if m.offset < 0:
                # "last December" written in September: the December before; in December, a
                # year before
                year -= m.month >= pub.month
            elif m.offset > 0:
                year += m.month <= pub.month
            # "in March" written in January about the past means last March
            elif not future and m.month > pub.month:
                year -= 1
            elif future and m.month < pub.month:
                year += 1
        if m.day is not None:
            try:
                d = dt.date(year, m.month, m.day)
            except ValueError:
                return None, None, None
            return d, "day", (d < pub) if pub else None
        d = dt.date(year, m.month, 1)
        return d, "month", ((year, m.month) < (pub.year, pub.month)) if pub else None
    if pub is None:
        past = None
        if m.kind == "ago" or (m.kind in {"relative", "weekday"} and m.offset < 0):
            past = True
        return None, None, past
    if m.kind == "weekday" and m.day is not None:
        delta = (pub.weekday() - m.day) % 7
        if future or m.offset > 0:
            ahead = (m.day - pub.weekday()) % 7 or 7
            d = pub + dt.timedelta(days=ahead)
        else:
            d = pub - dt.timedelta(days=delta + (7 if m.offset < 0 and delta == 0 else 0))
        return d, "day", d < pub
    if m.kind in {"relative", "ago"} and m.unit is not None:
        off = m.offset
        if m.unit == "day":
            d = pub + dt.timedelta(days=off)
            return d, "day", off < 0
        if m.unit == "week":
            return _monday(pub + dt.timedelta(weeks=off)), "week", off < 0
        if m.unit == "month":
            d = _shift_month(pub, off)
            return d, "month", off < 0
        if m.unit == "year":
            return dt.date(pub.year + off, 1, 1), "year", off < 0
        if m.unit == "decade":
            return dt.date(pub.year + 10 * off, 1, 1), "decade", off < 0
    return None, None, None


def period_last_day(date: dt.date, precision: str | None) -> dt.date:
    """The last day of the period ``date`` stands for at ``precision`` (week, month, year,
    decade); the date itself for a day or an unknown precision."""
    if precision == "week":
        return _monday(date) + dt.timedelta(days=6)
    if precision == "year":
        return dt.date(date.year, 12, 31)
    if precision == "month":
        nxt = dt.date(date.year + date.month // 12, date.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    if precision == "decade":
        return dt.date(date.year + 9, 12, 31)
    return date


def within(day: dt.date, date: dt.date, precision: str | None) -> bool:
    """Does the period ``date`` stands for (at ``precision``) hold ``day``? A day, or an unknown
    precision, holds no other day: the answer is then False even for the same date."""
    if precision == "week":
        return _monday(day) == _monday(date)
    if precision == "year":
        return day.year == date.year
    if precision == "month":
        return (day.year, day.month) == (date.year, date.month)
    if precision == "decade":
        return date.year <= day.year <= date.year + 9
    return False


@functools.cache
def _config() -> dict[str, Any]:
    text = resources.files("detente.events").joinpath("data/timex.yaml").read_text("utf-8")
    return dict(yaml.safe_load(text))


def news_window() -> int:
    """Days of an article's news window (``news_window_days`` of the packaged
    ``data/timex.yaml``): what happened that long before publication is still its news."""
    return int(_config()["news_window_days"])


@functools.cache
def _periods() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Named periods of the past by their first word (lower case): each period's words and the
    last year it spans, longest first. Indexed so that a sentence's scan looks up one word per
    token rather than trying every period."""
    by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for name, year in _config().get("periods", {}).items():
        # split as the tokenizer splits: words, and each hyphen or dash on its own ("Six-Day")
        words = tuple(re.findall(r"\w+|[^\w\s]", name.lower()))
        by_first.setdefault(words[0], []).append((words, int(year)))
    for periods in by_first.values():
        periods.sort(key=lambda p: -len(p[0]))
    return by_first


def _unit_word(tok: Token) -> bool:
    """A word that makes "in the past ..." a measured period: "week", "24 hours", "few days"."""
    low = tok.lower_
    return low.rstrip("s") in _UNITS or low in {"few", "several", "couple", "hour", "hours"}


def historical(
    date: dt.date, precision: str | None, published: dt.date, *, window: int | None = None
) -> bool:
    """Background, not news: does the whole period ``date`` stands for end more than ``window``
    days (``news_window()`` by default) before ``published``? Judged by the period's end, so
    "last year" in an article of 10 January is news (its year ended ten days before) and in one
    of September background."""
    days = news_window() if window is None else window
    return period_last_day(date, precision) < published - dt.timedelta(days=days)


def remote(m: TimeMention, *, window: int | None = None) -> bool:
    """Without a publication date: does the expression by itself put the event beyond the news
    window whatever the day of writing? "three years ago" does (its year ended at least two
    years before), "last year" or "last week" cannot say; "early in his rule" is taken as
    background. Absolute dates cannot tell without the publication day either."""
    days = news_window() if window is None else window
    if m.kind in {"tenure", "past"}:
        return True
    if m.kind not in {"ago", "relative"} or m.unit is None or m.offset >= 0:
        return False
    count = -m.offset
    # "40 days ago" is a day; "two months ago" a month that may have ended a month before
    least = count if m.unit == "day" else (count - 1) * _UNIT_DAYS[m.unit]
    return least > days


def tenure_start(
    terms: Iterable[tuple[dt.date | None, dt.date | None]], when: dt.date | None
) -> dt.date | None:
    """When the office held at ``when`` (or, failing that, last taken up before it) began.

    ``terms`` are (start, end) pairs of someone's terms of office, ``end`` exclusive and None
    while in office; terms without a start are ignored. Without ``when``, or when no term began by
    then, the earliest start counts."""
    starts = [(start, end) for start, end in terms if start is not None]
    if not starts:
        return None
    if when is not None:
        held = [
            (start, end) for start, end in starts if start <= when and (end is None or when < end)
        ] or [(start, end) for start, end in starts if start <= when]
        starts = held or starts
    return min(start for start, _ in starts)
