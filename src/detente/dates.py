"""Reading dates: the one module that turns what people and sources write into ``datetime.date``.

Every stage that meets a date written as text comes here, so that "2023", "2023-09",
"2023-09-13T08:00Z" and "Sept. 12, 2023" mean the same thing everywhere. There are four ways in,
because the callers differ in what they accept and in what a bad date means to them:

``iso_day``
    A stored or recorded ISO day. A timestamp counts by its day ("2023-09-13T08:00Z" is
    13 September); anything else raises ``ValueError``.
``record_date``
    The ``date`` of a record a user handed over (``detente code``, ``detente.code``): as
    ``iso_day``, but a bad date is the user's ``ConfigError`` E503.
``partial_date`` / ``period_bound``
    A period as people type it: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` with its precision, and
    the first (or, for an "until", the last) day of it. Actor files and store queries use these.
``declared_date`` / ``human_date``
    What a source declares about itself, leniently: ISO 8601, RFC 2822 (feeds), Unix seconds or
    a written-out date. Not understood, or implausible (before 1900, more than a year ahead),
    is None rather than an error: a source's metadata is a hint, never a reason to refuse it.

A general date parser (dateparser) would accept "May" or "Monday" as dates; these will not.
This module sits below every stage and imports nothing of detente but its errors.
"""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from .errors import ConfigError

__all__ = [
    "PartialDate",
    "Precision",
    "declared_date",
    "human_date",
    "iso_day",
    "leading_human_dates",
    "partial_date",
    "period_bound",
    "record_date",
]

Precision = Literal["year", "month", "day"]

# ----------------------------------------------------------------------------------------------
# ISO days


def _given(value: object) -> dt.date | None:
    """``value`` when it is already a date (a datetime by its day), else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


def iso_day(value: object) -> dt.date | None:
    """An ISO day (``YYYY-MM-DD``, a longer timestamp by its first ten characters) or a date;
    None for None or an empty string. Raises ``ValueError`` on anything else."""
    if value is None or value == "":
        return None
    given = _given(value)
    if given is not None:
        return given
    return dt.date.fromisoformat(str(value).strip()[:10])


def record_date(value: str | dt.date | None) -> dt.date | None:
    """A record's ``date`` field as a date; E503 when it is not ISO ``YYYY-MM-DD``."""
    try:
        return iso_day(value)
    except ValueError:
        raise ConfigError(f"date {value!r} is not YYYY-MM-DD", code="E503") from None


# ----------------------------------------------------------------------------------------------
# periods: YYYY, YYYY-MM, YYYY-MM-DD

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to the year, the month or the day, as written (not yet checked: ``first``
    and ``last`` raise ``ValueError`` for a month 13 or a 30 February)."""

    text: str
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        return "day" if self.day else "month" if self.month else "year"

    def first(self) -> dt.date:
        """The first day of the period."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last(self) -> dt.date:
        """The last day of the period (the day itself when the day is known)."""
        month = self.month or 12
        last = calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, self.day or last)


def partial_date(text: str) -> PartialDate:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (months and days of one or two digits; any other
    ISO day form such as ``YYYYMMDD``, to the day). Raises ``ValueError`` on anything else."""
    text = text.strip()
    m = _PARTIAL.fullmatch(text)
    if m is not None:
        month, day = m.group(2), m.group(3)
        return PartialDate(
            text, int(m.group(1)), int(month) if month else None, int(day) if day else None
        )
    try:
        iso = dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return PartialDate(text, iso.year, iso.month, iso.day)


def period_bound(value: object, *, end: bool = False) -> dt.date | None:
    """A period (see ``partial_date``) or a date as its first day, or its last with ``end=True``
    (so an "until 2023" includes all of 2023); None for None or an empty string. Raises
    ``ValueError`` on anything else."""
    if value is None or value == "":
        return None
    given = _given(value)
    if given is not None:
        return given
    period = partial_date(str(value))
    try:
        return period.last() if end else period.first()
    except ValueError as exc:
        raise ValueError(f"not a date: {period.text!r} ({exc})") from None


# ----------------------------------------------------------------------------------------------
# dates that sources declare, and dates written out in words

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
_MACHINE = re.compile(r"((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)(?:$|[T\s_])")


def _plausible(year: int, month: int, day: int) -> dt.date | None:
    """The day, when it exists and is one a news source could mean (1900 to a year ahead)."""
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
        return _plausible(int(groups["iyear"]), int(groups["imonth"]), int(groups["iday"]))
    month = _MONTHS[groups["month"].lower().rstrip(".")]
    return _plausible(int(groups["year"]), month, int(groups["day"]))


def human_date(text: str) -> dt.date | None:
    """The date that ``text`` consists of (surrounding punctuation and a time allowed), or None."""
    s = text.strip().strip(".,;:|()[]").strip()
    for rx in _HUMAN_RE:
        m = rx.fullmatch(s)
        if m:
            return _from_match(m)
    return None


def leading_human_dates(text: str) -> Iterator[tuple[dt.date | None, int]]:
    """Each written-out date that ``text`` opens with, and where it ends: the day (None when
    implausible) and the offset after it, one per pattern that matches."""
    for rx in _HUMAN_RE:
        m = rx.match(text)
        if m:
            yield _from_match(m), m.end()


def declared_date(value: object) -> dt.date | None:
    """A declared date: ``date``/``datetime``, ISO 8601, RFC 2822, Unix seconds or a written-out
    date; None when it is none of these or implausible."""
    if value is None:
        return None
    given = _given(value)
    if given is not None:
        return given
    if isinstance(value, int | float) and not isinstance(value, bool):
        # Unix seconds (some JSON exports); anything outside 1970..2100 is not a timestamp.
        if 0 < value < 4_102_444_800:
            return dt.datetime.fromtimestamp(value, tz=dt.UTC).date()
        return None
    s = str(value).strip()
    if not s:
        return None
    m = _MACHINE.match(s)
    if m:
        return _plausible(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    try:
        parsed = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return _plausible(parsed.year, parsed.month, parsed.day)
    return human_date(s)
