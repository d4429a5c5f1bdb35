"""What each page and API endpoint shows, computed from the store and the relations module.

Pages (``pages.py``) and the JSON API (``api.py``) call the same functions here, so the numbers
on a chart, in its table and at its ``/api`` URL come from one computation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..model import Analysis
from ..relations.series import DyadSeries, series_from_events
from ..relations.shifts import Shift, detect_shifts, scan_dyads
from ..store import ActorRef, DyadStat, Store, StoredEvent
from . import queries

__all__ = [
    "ActorPage",
    "Partner",
    "actor_summary",
    "article",
    "dyad_events",
    "dyad_shifts",
    "events_by_id",
    "overview_dyads",
    "overview_shifts",
    "series",
    "shift_view",
]

OVERVIEW_DYADS = 15  # rows in the overview's "most active dyads"
SCANNED_DYADS = 8  # dyads the overview tests for shifts (each costs a permutation test)


def events_by_id(store: Store, ids: Sequence[int]) -> list[StoredEvent]:
    """The stored events with these ids, in the order given (missing ids left out).

    The store reads events by filter, not by id, so each id is located in its document with
    one indexed lookup and the document's events are read through ``Store.events`` (a document
    holds a handful of events)."""
    where = queries.documents_of_events(queries.connection(store), ids)
    found: dict[int, StoredEvent] = {}
    for doc in dict.fromkeys(where.values()):
        for e in store.events(document=doc, include_hypothetical=True, limit=None):
            found[e.id] = e
    return [found[i] for i in ids if i in found]


def series(
    store: Store,
    a: str,
    b: str,
    *,
    by: str,
    since: str | None,
    until: str | None,
    event_type: str | None,
    directed: bool,
    uncertain: bool,
) -> DyadSeries:
    """The dyad series, optionally over one event type (the relations module's own
    ``series_from_events`` over the store's filtered events, as ``dyad_series`` does)."""
    events = store.events(
        dyad=(a, b),
        directed=directed,
        event_type=event_type,
        since=since,
        until=until,
        include_hypothetical=uncertain,
        limit=None,
    )
    return series_from_events(
        events,
        a,
        b,
        by=by,  # type: ignore[arg-type]
        since=since,
        until=until,
        directed=directed,
        include_hypothetical=uncertain,
    )


def dyad_shifts(s: DyadSeries) -> list[Shift]:
    """Shifts of a series already computed (the permutation test runs on its units)."""
    return detect_shifts(s)


def dyad_events(
    store: Store,
    a: str,
    b: str,
    *,
    since: str | None,
    until: str | None,
    event_type: str | None,
    directed: bool,
    uncertain: bool,
    limit: int,
    offset: int,
) -> list[StoredEvent]:
    """One page of the dyad's stored events, newest first, plus one more to tell whether a next
    page exists."""
    return store.events(
        dyad=(a, b),
        directed=directed,
        event_type=event_type,
        since=since,
        until=until,
        include_hypothetical=uncertain,
        limit=limit + 1,
        offset=offset,
        newest_first=True,
    )


def overview_dyads(store: Store) -> list[DyadStat]:
    return store.dyads(directed=False, limit=OVERVIEW_DYADS)


def overview_shifts(store: Store) -> list[dict[str, Any]]:
    """The latest shifts among the most active undirected dyads, newest first."""
    found: list[tuple[DyadSeries, Shift]] = []
    for s, shifts in scan_dyads(store, top=SCANNED_DYADS, by="month"):
        found.extend((s, sh) for sh in shifts)
    found.sort(key=lambda x: x[1].at, reverse=True)
    return [shift_view(s, sh) for s, sh in found[:10]]


def shift_view(s: DyadSeries, sh: Shift) -> dict[str, Any]:
    d = sh.to_dict()
    d.update(a=s.a.label, b=s.b.label)
    return d


@dataclass(frozen=True, slots=True)
class Partner:
    """An actor's partner with the activity in both directions (units counted once per story)."""

    partner: str
    events: int
    outgoing: int
    incoming: int
    goldstein_sum: float
    coop: int
    conflict: int

    @property
    def goldstein_mean(self) -> float:
        return self.goldstein_sum / self.events if self.events else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "partner": self.partner,
            "events": self.events,
            "as_source": self.outgoing,
            "as_target": self.incoming,
            "goldstein_mean": round(self.goldstein_mean, 4),
            "cooperation": self.coop,
            "conflict": self.conflict,
        }


@dataclass(frozen=True, slots=True)
class ActorPage:
    code: str
    names: list[str]
    partners: list[Partner]
    top_events: list[StoredEvent]

    @property
    def events(self) -> int:
        return sum(p.events for p in self.partners)


def actor_summary(store: Store, ref: ActorRef, *, top: int = 10) -> ActorPage | None:
    """Partners (from the store's directed dyads in which the actor takes part) and the
    strongest events of an actor; None when the store has never seen its code."""
    conn = queries.connection(store)
    assert ref.code is not None
    if not queries.actor_known(conn, ref.code, ref.sector):
        return None
    label = ref.label
    acc: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0, 0, 0])
    for d in store.dyads(actor=ref, directed=True, level="sector" if ref.sector else "country"):
        if d.source == label:
            partner, slot = d.target, 0
        elif d.target == label:
            partner, slot = d.source, 1
        else:
            continue
        row = acc[partner]
        row[slot] += d.events
        row[2] += d.goldstein_sum
        row[3] += d.quads[0] + d.quads[1]
        row[4] += d.quads[2] + d.quads[3]
    partners = [
        Partner(p, int(r[0] + r[1]), int(r[0]), int(r[1]), float(r[2]), int(r[3]), int(r[4]))
        for p, r in acc.items()
    ]
    partners.sort(key=lambda p: (-p.events, p.partner))
    ids = queries.top_event_ids(conn, ref.code, ref.sector, limit=top)
    return ActorPage(
        code=label,
        names=queries.actor_names(conn, ref.code, ref.sector),
        partners=partners,
        top_events=events_by_id(store, ids),
    )


def article(store: Store, ref: str) -> tuple[Analysis, list[StoredEvent]]:
    """A document's analysis and its stored events (with ids, for anchors and links), in text
    order. Raises StoreError E404 for an unknown id."""
    analysis = store.document(ref)
    events = store.events(document=analysis.id, include_hypothetical=True, limit=None)
    events.sort(key=lambda e: (e.event.char_span[0], e.id))
    return analysis, events
