"""Request parameters shared by the pages and the JSON API, validated once.

A malformed value (an actor code with punctuation, a date like ``2023-13``, an unknown event
type, a period other than day…year) is answered with 422 before any query runs. Event filters
are read by the dependencies below into a ``detente.store.EventFilter``, whose own checks
(``EventFilter.build``) decide what is malformed, so the dashboard accepts exactly what the CLI
accepts. The web's words for its switches are ``uncertain`` (negated, hypothetical and future
events) and ``historical`` (mentions of events before the publication date); both are off by
default, as everywhere.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Depends, HTTPException, Path, Query

from ..store import ActorRef, EventFilter
from ..store.filters import Role
from ..store.queries import parse_day

__all__ = [
    "ActorPath",
    "ActorQuery",
    "By",
    "DateQuery",
    "EventId",
    "EventTypeQuery",
    "Historical",
    "Limit",
    "MinEvents",
    "Offset",
    "QuadClass",
    "StoryId",
    "Uncertain",
    "Window",
    "actor_code",
    "day",
    "days",
    "dyad_of",
    "event_filter",
    "events_filter",
    "pairs_filter",
    "view_filter",
    "window",
    "window_filter",
]

# A country or organisation code, optionally with a PLOVER sector: PRK, UN, NATO, PRK-MIL.
ACTOR_PATTERN = r"^[A-Za-z]{2,5}(-[A-Za-z]{2,5})?$"

By = Literal["day", "week", "month", "quarter", "year"]
ActorPath = Annotated[
    str,
    Path(pattern=ACTOR_PATTERN, description="Actor code (PRK, UN) or code-sector (PRK-MIL)."),
]
ActorQuery = Annotated[
    str | None,
    Query(description="Actor: a code (PRK), code-sector (PRK-MIL) or catalogue id."),
]
# HTML forms send empty strings for empty fields: they mean "not given".
DateQuery = Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive).")]
EventTypeQuery = Annotated[
    str | None,
    Query(description="A PLOVER event type (CONSULT, ASSAULT, ...); empty for all."),
]
Uncertain = Annotated[
    bool,
    Query(description="Include negated, hypothetical and future events (left out by default)."),
]
Historical = Annotated[
    bool,
    Query(
        description="Include events the text places before its publication date "
        "(left out by default)."
    ),
]
# Every number a request carries is bounded, so that no value reaches SQLite that it cannot
# hold (2**63 raised OverflowError, a 500): out of range is a 422 that names the parameter.
SQLITE_MAX = 2**63 - 1
Limit = Annotated[int, Query(ge=1, le=500, description="At most this many items.")]
EventId = Annotated[int, Path(ge=1, le=SQLITE_MAX, description="A stored event's id.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Skip this many items.")]
MinEvents = Annotated[
    int, Query(ge=1, le=1_000_000_000, description="Leave out pairs with fewer events.")
]
QuadClass = Annotated[
    int | None,
    Query(ge=1, le=4, description="1 verbal and 2 material cooperation, 3 and 4 conflict."),
]
StoryId = Annotated[
    int | None, Query(ge=1, le=SQLITE_MAX, description="Only the copies of this story.")
]


def event_filter(**words: Any) -> EventFilter:
    """``EventFilter.build`` of these words; a malformed one is a 422 that says why."""
    try:
        return EventFilter.build(**words)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None


def dyad_of(a: str, b: str) -> tuple[ActorRef, ActorRef]:
    """The two actors of a dyad given in a URL; a malformed one, or the same actor twice, is
    a 422."""
    pair = event_filter(dyad=(a, b)).dyad
    assert pair is not None
    return pair


def window(
    since: DateQuery = None,
    until: DateQuery = None,
    uncertain: Uncertain = False,
    historical: Historical = False,
) -> dict[str, Any]:
    """The words every event filter of the web reads: dates and modality, in
    ``EventFilter.build``'s names. A sub-dependency, so its query parameters are declared once."""
    return {
        "since": since,
        "until": until,
        "include_hypothetical": uncertain,
        "include_historical": historical,
    }


Window = Annotated[dict[str, Any], Depends(window)]


def events_filter(
    window: Window,
    actor: ActorQuery = None,
    role: Role = "any",
    source: ActorQuery = None,
    target: ActorQuery = None,
    directed: bool = False,
    type: EventTypeQuery = None,
    quad_class: QuadClass = None,
    document: Annotated[str | None, Query(max_length=80)] = None,
    text: Annotated[str | None, Query(max_length=200)] = None,
) -> EventFilter:
    """The filter of an event list: ``source`` and ``target`` together are a dyad."""
    if (source is None) != (target is None):
        raise HTTPException(status_code=422, detail="give both source and target, or neither")
    return event_filter(
        actor=actor,
        role=role,
        dyad=(source, target) if source and target else None,
        directed=directed,
        event_type=type,
        quad_class=quad_class,
        document=document,
        text=text,
        **window,
    )


def view_filter(window: Window, type: EventTypeQuery = None, directed: bool = False) -> EventFilter:
    """The filter of a dyad view (the dyad page, its series); the dyad comes from the path."""
    return event_filter(event_type=type, directed=directed, **window)


def window_filter(window: Window) -> EventFilter:
    """The filter of a whole-store figure (the network, the shift scan): dates and modality."""
    return event_filter(**window)


def pairs_filter(window: Window, actor: ActorQuery = None) -> EventFilter:
    """The filter of the most active pairs: dates, modality and an actor they must include."""
    return event_filter(actor=actor, **window)


def actor_code(value: str) -> str:
    """The canonical form of an actor code from a URL (upper case)."""
    return value.strip().upper()


def day(value: str | None, *, end: bool = False) -> str | None:
    """An ISO day from a date parameter (first or last day of a year or month), or None.
    A date that does not read as one, or does not exist (2023-02-30), is a 422."""
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
