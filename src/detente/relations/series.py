"""Dyad series: how relations between two actors move, period by period.

For actors A and B (a country code ``PRK``, a country and sector ``PRK-MIL``, or a catalogue id)
the series takes the stored events with A on one side and B on the other that an
``EventFilter`` selects — A as source and B as target only when it is ``directed``; by default
asserted events only, and without the *historical* ones: an event the text places before its
publication date ("since Russia invaded Ukraine in 2022", in a 2024 article) is a background
mention of something that, in a news corpus, was mostly reported when it happened; counted
again at its (often year-precision) date it would inflate that past.

**One story counts once.** Events are first reduced to units: all events of one story cluster
(see ``detente.stories``) with the same event type and the same direction between A and B are
one unit, represented by the first stored of them. Twenty reprints of a wire story about a
summit, or an article that mentions the meeting three times, give one CONSULT. In an undirected
series both directions fold together (A met B and B met A in one story are one meeting).

Per period (day, ISO week, month, quarter or year) the series gives:

- ``counts``: units per quad class (1 verbal cooperation, 2 material cooperation, 3 verbal
  conflict, 4 material conflict);
- ``goldstein_sum`` and ``goldstein_mean`` over the units;
- ``index``, the cooperation–conflict index: Σ g / Σ |g| over the units' Goldstein scores g,
  that is (C − K) / (C + K) with C the summed weight of cooperative units (g > 0) and K that of
  conflictual ones (g < 0), each weighted by |g|. It lies in [−1, 1]: 1 when every weighted unit
  is cooperative, −1 when every one is conflictual, 0 when they balance. Units scored 0 (neutral
  statements) carry no weight; a period whose units all weigh 0, or that has none, has no index
  (``None``), which is not the same as a balanced 0;
- ``top``: the units with the largest |g| (then highest confidence), with their sentences.

Empty periods between the first and the last (or ``since`` and ``until``) are kept, with zero
counts, so that the series can be plotted and tested for change points.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ..store.filters import EventFilter
from ..store.records import ActorRef, StoredEvent

if TYPE_CHECKING:
    from ..store import Store

__all__ = [
    "PERIODS",
    "DyadSeries",
    "PeriodStats",
    "Unit",
    "by_story",
    "cooperation_index",
    "dyad_series",
    "next_period",
    "period_label",
    "period_start",
    "series_from_events",
]

By = Literal["day", "week", "month", "quarter", "year"]
PERIODS: tuple[str, ...] = ("day", "week", "month", "quarter", "year")


# ------------------------------------------------------------------------------------------
# periods


def period_start(day: dt.date, by: By) -> dt.date:
    """The first day of the period holding ``day`` (weeks start on Monday, as ISO weeks do)."""
    if by == "day":
        return day
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    if by == "quarter":
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if by == "year":
        return dt.date(day.year, 1, 1)
    raise ValueError(f"period is one of {', '.join(PERIODS)}, not {by!r}")


def next_period(start: dt.date, by: By) -> dt.date:
    if by == "day":
        return start + dt.timedelta(days=1)
    if by == "week":
        return start + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[by]
    month = start.month - 1 + months
    return dt.date(start.year + month // 12, month % 12 + 1, 1)


def period_label(start: dt.date, by: By) -> str:
    if by == "day":
        return start.isoformat()
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{start.year}-{start.month:02d}"
    if by == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return str(start.year)


# ------------------------------------------------------------------------------------------
# index and units


def cooperation_index(scores: Iterable[float]) -> float | None:
    """Σ g / Σ |g|: +1 all cooperation, −1 all conflict, None when nothing carries weight."""
    total = weight = 0.0
    for g in scores:
        total += g
        weight += abs(g)
    return total / weight if weight > 0 else None


@dataclass(frozen=True, slots=True)
class Unit:
    """One counted event: the representative of its (story, type, direction) group.
    ``copies`` is how many stored events the group held."""

    event: StoredEvent
    forward: bool  # A → B (False: B → A)
    copies: int = 1

    @property
    def goldstein(self) -> float:
        return self.event.event.goldstein

    @property
    def day(self) -> dt.date | None:
        return self.event.day

    def to_dict(self) -> dict[str, Any]:
        e = self.event
        return {
            "event_id": e.id,
            "day": e.day.isoformat() if e.day else None,
            "event_type": e.event.event_type,
            "cameo": e.event.cameo,
            "goldstein": e.event.goldstein,
            "quad_class": e.event.quad_class,
            "source": [a.code for a in e.event.source],
            "target": [a.code for a in e.event.target],
            "sentence": e.event.sentence,
            "trigger": e.event.trigger,
            "document_id": e.document_id,
            "title": e.title,
            "story_id": e.story_id,
            "copies": self.copies,
        }


def _direction(e: StoredEvent, a: ActorRef, b: ActorRef, directed: bool) -> bool | None:
    """True if the event has A as source and B as target, False if only B → A (undirected),
    None if it is not an event between A and B."""
    src, tgt = e.event.source, e.event.target
    if e.event.mutual:  # a meeting or clash: every party acts towards every other
        tgt = src
    if any(a.matches(s) for s in src) and any(b.matches(t) for t in tgt):
        return True
    if not directed and any(b.matches(s) for s in src) and any(a.matches(t) for t in tgt):
        return False
    return None


def by_story(
    events: Iterable[StoredEvent], a: ActorRef, b: ActorRef, *, directed: bool = False
) -> list[Unit]:
    """Reduce events to units, one per (story, event type, direction), keeping the first stored
    event of each; events not between A and B are dropped. Result in date order."""
    groups: dict[tuple[Any, ...], list[Any]] = {}
    for e in sorted(events, key=lambda x: x.id):
        forward = _direction(e, a, b, directed)
        if forward is None:
            continue
        story = e.story_id if e.story_id is not None else ("document", e.document_id)
        key = (story, e.event.event_type)  # directed: every event here is A → B already
        if key in groups:
            groups[key][2] += 1
        else:
            groups[key] = [e, forward, 1]
    units = [Unit(e, forward, copies) for e, forward, copies in groups.values()]
    units.sort(key=lambda u: (u.day is None, u.day or dt.date.min, u.event.id))
    return units


# ------------------------------------------------------------------------------------------
# the series


@dataclass(frozen=True, slots=True)
class PeriodStats:
    start: dt.date
    end: dt.date  # last day of the period
    label: str
    counts: tuple[int, int, int, int]  # units by quad class 1..4
    goldstein_sum: float
    goldstein_mean: float | None
    index: float | None
    top: tuple[Unit, ...]

    @property
    def events(self) -> int:
        return sum(self.counts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.label,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "events": self.events,
            "quad_counts": {str(q + 1): n for q, n in enumerate(self.counts)},
            "goldstein_sum": round(self.goldstein_sum, 4),
            "goldstein_mean": None
            if self.goldstein_mean is None
            else round(self.goldstein_mean, 4),
            "index": None if self.index is None else round(self.index, 4),
            "top_events": [u.to_dict() for u in self.top],
        }


def _stats(
    start: dt.date, end: dt.date, label: str, units: Sequence[Unit], top: int
) -> PeriodStats:
    counts = [0, 0, 0, 0]
    for u in units:
        counts[u.event.event.quad_class - 1] += 1
    scores = [u.goldstein for u in units]
    ranked = sorted(units, key=lambda u: (-abs(u.goldstein), -u.event.event.confidence, u.event.id))
    return PeriodStats(
        start=start,
        end=end,
        label=label,
        counts=(counts[0], counts[1], counts[2], counts[3]),
        goldstein_sum=sum(scores),
        goldstein_mean=sum(scores) / len(scores) if scores else None,
        index=cooperation_index(scores),
        top=tuple(ranked[:top]),
    )


@dataclass(frozen=True, slots=True)
class DyadSeries:
    a: ActorRef
    b: ActorRef
    by: By
    filter: EventFilter  # what was counted (its dyad is A–B)
    periods: tuple[PeriodStats, ...]
    units: tuple[Unit, ...]  # every counted unit, in date order
    total: PeriodStats  # the whole span as one period
    folded: int  # stored events folded into another unit of their story
    coverage: tuple[dt.date, dt.date] | None = None  # publication span of the store's documents

    @property
    def directed(self) -> bool:
        return self.filter.directed

    @property
    def label(self) -> str:
        return f"{self.a.label}{' → ' if self.directed else '–'}{self.b.label}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a.label,
            "b": self.b.label,
            "by": self.by,
            "directed": self.directed,
            **self.filter.modality(),
            "coverage": [d.isoformat() for d in self.coverage] if self.coverage else None,
            "events": len(self.units),
            "folded_duplicates": self.folded,
            "index": None if self.total.index is None else round(self.total.index, 4),
            "goldstein_mean": None
            if self.total.goldstein_mean is None
            else round(self.total.goldstein_mean, 4),
            "periods": [p.to_dict() for p in self.periods],
        }


def series_from_events(
    events: Iterable[StoredEvent],
    a: str | ActorRef,
    b: str | ActorRef,
    *,
    by: By = "month",
    flt: EventFilter | None = None,
    top: int = 3,
    coverage: tuple[dt.date, dt.date] | None = None,
) -> DyadSeries:
    """The series over events already fetched (the pure part of ``dyad_series``). Undated
    events, events not between A and B (A → B only if ``flt`` is directed) and events ``flt``
    does not admit (by default non-asserted and historical ones; see ``EventFilter.admits``)
    are ignored. ``coverage``: the publication span of the corpus, which volume shifts are
    tested within."""
    if by not in PERIODS:
        raise ValueError(f"period is one of {', '.join(PERIODS)}, not {by!r}")
    flt = (flt or EventFilter()).between(a, b)
    ra, rb = flt.dyad  # type: ignore[misc]  # between() sets it
    directed = flt.directed
    lo = dt.date.fromisoformat(flt.since) if flt.since else None
    hi = dt.date.fromisoformat(flt.until) if flt.until else None
    kept = [e for e in events if e.day is not None and flt.admits(e)]
    units = by_story(kept, ra, rb, directed=directed)
    matched = sum(1 for e in kept if _direction(e, ra, rb, directed) is not None)
    periods: list[PeriodStats] = []
    first = lo or (units[0].day if units else None)
    last = hi or (units[-1].day if units else None)
    if first is not None and last is not None and first <= last:
        buckets: dict[dt.date, list[Unit]] = {}
        for unit in units:
            assert unit.day is not None
            buckets.setdefault(period_start(unit.day, by), []).append(unit)
        start = period_start(first, by)
        while start <= last:
            after = next_period(start, by)
            label = period_label(start, by)
            periods.append(
                _stats(start, after - dt.timedelta(days=1), label, buckets.get(start, []), top)
            )
            start = after
    span_start = periods[0].start if periods else dt.date.min
    span_end = periods[-1].end if periods else dt.date.min
    return DyadSeries(
        a=ra,
        b=rb,
        by=by,
        filter=flt,
        periods=tuple(periods),
        units=tuple(units),
        total=_stats(span_start, span_end, "total", units, top),
        folded=matched - len(units),
        coverage=coverage,
    )


def dyad_series(
    store: Store,
    a: str | ActorRef,
    b: str | ActorRef,
    *,
    by: By = "month",
    flt: EventFilter | None = None,
    top: int = 3,
) -> DyadSeries:
    """The A–B series from a store over the events ``flt`` selects (its own dyad, if any, is
    replaced by A–B); see the module docstring for what each figure means."""
    if by not in PERIODS:
        raise ValueError(f"period is one of {', '.join(PERIODS)}, not {by!r}")
    flt = (flt or EventFilter()).between(a, b)
    events = store.events(flt, limit=None)
    return series_from_events(events, a, b, by=by, flt=flt, top=top, coverage=store.coverage())
