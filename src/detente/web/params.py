"""Request parameters shared by the pages and the JSON API, validated once.

A malformed value (an actor code with punctuation, a date like ``2023-13``, an unknown event
type, a period other than day…year) is answered with 422 before any query runs; the checks are
the store's own (``parse_day``, ``ActorRef``) so the dashboard accepts what the CLI accepts.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import HTTPException, Path, Query

from ..store.queries import parse_day
from .views import EVENT_TYPES

__all__ = [
    "ActorPath",
    "By",
    "DateQuery",
    "EventId",
    "EventTypeQuery",
    "Limit",
    "Offset",
    "actor_code",
    "day",
    "days",
    "event_type",
]

# A country or organisation code, optionally with a PLOVER sector: PRK, UN, NATO, PRK-MIL.
ACTOR_PATTERN = r"^[A-Za-z]{2,5}(-[A-Za-z]{2,5})?$"
# HTML forms send empty strings for empty fields, hence the optional whole.
DATE_PATTERN = r"^(\d{4}(-\d{1,2}(-\d{1,2})?)?)?$"

By = Literal["day", "week", "month", "quarter", "year"]
ActorPath = Annotated[
    str,
    Path(pattern=ACTOR_PATTERN, description="Actor code (PRK, UN) or code-sector (PRK-MIL)."),
]
DateQuery = Annotated[
    str | None,
    Query(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)."),
]
EventTypeQuery = Annotated[
    str | None,
    Query(description="A PLOVER event type (CONSULT, ASSAULT, ...); empty for all."),
]
Limit = Annotated[int, Query(ge=1, le=500, description="At most this many items.")]
EventId = Annotated[int, Path(ge=1, le=2**63 - 1, description="A stored event's id.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Skip this many items.")]


def actor_code(value: str) -> str:
    """The canonical form of an actor code from a URL (upper case)."""
    return value.strip().upper()


def day(value: str | None, *, end: bool = False) -> str | None:
    """An ISO day from a date parameter (first or last day of a year or month), or None.
    A date that matches the pattern but does not exist (2023-02-30) is a 422."""
    try:
        return parse_day(value or None, end=end)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None


def days(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """The inclusive ISO day range of ``since``/``until`` (see :func:`day`); a range that ends
    before it starts is a 422, not an empty answer that looks like "nothing happened"."""
    lo, hi = day(since), day(until, end=True)
    if lo and hi and lo > hi:
        raise HTTPException(status_code=422, detail=f"since ({since}) is after until ({until})")
    return lo, hi


def event_type(value: str | None) -> str | None:
    """A PLOVER event type in upper case, None for all; anything else is a 422."""
    if not value:
        return None
    upper = value.strip().upper()
    if upper not in EVENT_TYPES:
        raise HTTPException(
            status_code=422, detail=f"unknown event type {value!r}: one of {', '.join(EVENT_TYPES)}"
        )
    return upper
