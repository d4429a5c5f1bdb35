"""Publication dates: parsing what sources declare, and the dateline at the top of a text.

Declared dates come in a handful of machine formats (ISO 8601 from JSONL and WARC-Date, RFC 2822
from RSS) and are parsed strictly. A dateline is a human-written date standing alone at the top
of an article ("Friday, January 4, 2019", "Sept. 12, 2023", "12 September 2023 10:30 GMT"):
only a line that *is* a date, or opens with one followed by a dash, counts, so a first sentence
that merely mentions a date is never cut. A general date parser (dateparser) would accept "May"
or "Monday" as dates; these patterns will not.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

__all__ = ["find_dateline", "parse_date", "parse_human_date"]

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TIME = (
    r"(?:\s*[,|/•·-]?\s*(?:at\s+)?[0-2]?\d(?:[:.][0-5]\d){1,2}\s*(?:[ap]\.?\s?m\.?)?"
    r"(?:\s*\(?(?:[A-Z]{2,5}|(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d\d)?)\)?)?)?"
)
_HUMAN = [
    # Friday, January 4, 2019 / Sept. 12, 2023
    rf"(?:{_WEEKDAY}\s*,?\s*)?{_MONTH}\s+{_DAY}\s*,?\s+{_YEAR}",
    # Friday 4 January 2019 / 12 Sept 2023 / 4th of January, 2019
    rf"(?:{_WEEKDAY}\s*,?\s*)?{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s+{_YEAR}",
    # 2019-01-04 / 2019/01/04
    r"(?P<iyear>(?:19|20)\d\d)[-/.](?P<imonth>[01]?\d)[-/.](?P<iday>[0-3]?\d)",
]
_HUMAN_RE = [re.compile(p + _TIME, re.IGNORECASE) for p in _HUMAN]
# What may follow a date that opens the first paragraph: a dash, a colon or a bar, then text.
_AFTER_PREFIX = re.compile(r"\s*(?:[-—–:|]+|\s[-—–]\s)\s*(?=\S)")


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if date.year < 1900 or date > dt.date.today() + dt.timedelta(days=366):
        return None
    return date


def _from_match(m: re.Match[str]) -> dt.date | None:
    groups = m.groupdict()
    if groups.get("iyear"):
        return _valid(int(groups["iyear"]), int(groups["imonth"]), int(groups["iday"]))
    month = _MONTHS[groups["month"].lower().rstrip(".")]
    return _valid(int(groups["year"]), month, int(groups["day"]))


def parse_human_date(text: str) -> dt.date | None:
    """The date that ``text`` consists of (surrounding punctuation and a time allowed), or None."""
    s = text.strip().strip(".,;:|()[]").strip()
    for rx in _HUMAN_RE:
        m = rx.fullmatch(s)
        if m:
            return _from_match(m)
    return None


def parse_date(value: object) -> dt.date | None:
    """A declared date: ``date``/``datetime``, ISO 8601, RFC 2822 or a written-out date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        # Unix seconds (some JSON exports); anything outside 1970..2100 is not a timestamp.
        if 0 < value < 4_102_444_800:
            return dt.datetime.fromtimestamp(value, tz=dt.UTC).date()
        return None
    s = str(value).strip()
    if not s:
        return None
    m = re.match(r"((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)(?:$|[T\s_])", s)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    try:
        parsed = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return _valid(parsed.year, parsed.month, parsed.day)
    return parse_human_date(s)


def find_dateline(line: str) -> tuple[dt.date, str] | None:
    """If ``line`` is a dateline, return its date and what is left of the line.

    "Friday, January 4, 2019" gives (2019-01-04, ""); "Sept. 12, 2023 — The summit began" gives
    (2023-09-12, "The summit began"). A line that only mentions a date later on gives None.
    """
    s = line.strip()
    whole = parse_human_date(s)
    if whole is not None:
        return whole, ""
    for rx in _HUMAN_RE:
        m = rx.match(s)
        if not m:
            continue
        after = _AFTER_PREFIX.match(s, m.end())
        if after is None:
            continue
        date = _from_match(m)
        if date is not None:
            return date, s[after.end() :]
    return None
