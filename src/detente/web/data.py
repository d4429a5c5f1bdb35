"""What each page and API endpoint shows, computed from the store and the relations module.

Pages (``pages.py``) and the JSON API (``api.py``) call the same functions here, so the numbers
on a chart, in its table and at its ``/api`` URL come from one computation. Everything is read
through ``detente.store.Store`` and ``detente.relations``: the dashboard has no SQL of its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..model import Analysis
from ..relations.series import By, DyadSeries, dyad_series
from ..relations.shifts import Shift, detect_shifts, scan_dyads
from ..store import ActorRef, DocumentInfo, DyadStat, EventFilter, Store, StoredEvent
from ..store.queries import Level

__all__ = [
    "ActorPage",
    "Partner",
    "actor_page",
    "article",
    "dyad_events",
    "dyad_shifts",
    "events_by_id",
    "overview_dyads",
    "overview_shifts",
    "series",
    "shift_view",
    "story_copies",
    "timeline",
]

OVERVIEW_DYADS = 15  # rows in the overview's "most active dyads"
SCANNED_DYADS = 8  # dyads the overview tests for shifts (each costs a permutation test)


def events_by_id(store: Store, ids: Sequence[int]) -> list[StoredEvent]:
    """The stored events with these ids, in the order given (missing ids left out)."""
    found = {e.id: e for e in store.events(EventFilter.every(ids=ids), limit=None)}
    return [found[i] for i in ids if i in found]


def series(store: Store, a: ActorRef, b: ActorRef, *, by: By, flt: EventFilter) -> DyadSeries:
    """The A–B series over the events ``flt`` selects (the relations module's, as
    ``detente relations`` computes it)."""
    return dyad_series(store, a, b, by=by, flt=flt)


def dyad_events(
    store: Store, a: ActorRef, b: ActorRef, *, flt: EventFilter, limit: int, offset: int
) -> list[StoredEvent]:
    """One page of the dyad's stored events, newest first, plus one more to tell whether a next
    page exists."""
    return store.events(flt.between(a, b), limit=limit + 1, offset=offset, newest_first=True)


def overview_dyads(store: Store) -> list[DyadStat]:
    return store.dyads(directed=False, limit=OVERVIEW_DYADS)


def timeline(store: Store) -> list[dict[str, Any]]:
    """Asserted events per month and quad class over the months the store's documents were
    published in (the overview chart), historical mentions left out as everywhere. Events dated
    outside that span are retrospective mentions ("in 2011, ...") the text may not flag: one of
    them would stretch the axis over years of nothing."""
    span = store.coverage()
    if span is None:
        return []
    first, last = span[0].replace(day=1), span[1]
    return [
        {"start": month.isoformat(), "quad_class": q, "count": n}
        for month, q, n in store.activity()
        if first <= month <= last
    ]


def shift_view(s: DyadSeries, sh: Shift) -> dict[str, Any]:
    """A shift as the JSON API and the pages show it, with the pair it belongs to."""
    d = sh.to_dict()
    d.update(a=s.a.label, b=s.b.label)
    return d


def overview_shifts(
    store: Store, flt: EventFilter | None = None, *, by: By = "month"
) -> list[dict[str, Any]]:
    """The latest shifts among the most active undirected pairs, newest first."""
    found: list[tuple[DyadSeries, Shift]] = []
    scanned = scan_dyads(store, flt, top=SCANNED_DYADS, by=by)
    for s, shifts in scanned:
        found.extend((s, sh) for sh in shifts)
    found.sort(key=lambda x: x[1].at, reverse=True)
    return [shift_view(s, sh) for s, sh in found[:10]]


def dyad_shifts(s: DyadSeries) -> list[Shift]:
    """Shifts of a series already computed (the permutation test runs on its units)."""
    return detect_shifts(s)


@dataclass(frozen=True, slots=True)
class Partner:
    """An actor's partner with the activity in both directions (units counted once per story,
    as ``Store.dyads`` counts them)."""

    partner: str
    outgoing: int
    incoming: int
    goldstein_sum: float
    cooperation: int
    conflict: int

    @property
    def events(self) -> int:
        return self.outgoing + self.incoming

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
            "cooperation": self.cooperation,
            "conflict": self.conflict,
        }


@dataclass(frozen=True, slots=True)
class ActorPage:
    label: str
    names: list[str]
    partners: list[Partner]
    top_events: list[StoredEvent]

    @property
    def events(self) -> int:
        return sum(p.events for p in self.partners)


def actor_page(store: Store, ref: ActorRef, *, top: int = 10) -> ActorPage | None:
    """Partners (from the store's directed pairs the actor takes part in, folded into one row
    per partner) and the strongest events of an actor; None when the store has never seen it.
    Historical mentions are left out, as everywhere by default, so the figures agree with the
    dyad page's."""
    names = store.actor_names(ref)
    if not names and not store.events(EventFilter.every(actor=ref), limit=1):
        return None
    label = ref.label
    acc: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0, 0, 0])
    level: Level = "sector" if ref.sector else "country"
    pairs = store.dyads(EventFilter(actor=ref), directed=True, level=level)
    for d in pairs:
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
        Partner(p, int(r[0]), int(r[1]), float(r[2]), int(r[3]), int(r[4])) for p, r in acc.items()
    ]
    partners.sort(key=lambda p: (-p.events, p.partner))
    return ActorPage(
        label=label,
        names=names,
        partners=partners,
        top_events=store.events(EventFilter(actor=ref), strongest_first=True, limit=top),
    )


def article(store: Store, ref: str) -> tuple[Analysis, list[StoredEvent]]:
    """A document's analysis and its stored events (with ids, for anchors and links), in text
    order. Raises StoreError E404 for an unknown id."""
    analysis = store.document(ref)
    events = store.events(EventFilter.every(document=analysis.id), limit=None)
    events.sort(key=lambda e: (e.event.char_span[0], e.id))
    return analysis, events


def story_copies(store: Store, info: DocumentInfo, *, limit: int = 20) -> list[DocumentInfo]:
    """The other documents of a document's story (the same wire story from other outlets)."""
    if info.story_id is None or info.story_size < 2:
        return []
    members = store.documents(story_id=info.story_id, limit=limit + 1)
    return [d for d in members if d.id != info.id][:limit]
