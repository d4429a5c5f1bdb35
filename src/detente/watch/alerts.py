"""Alert rules: when what the store holds has changed in a way someone asked to hear about.

Each rule is checked against the store after a poll brought new articles, with the relations
analytics the commands use (every figure counts a syndicated story once):

- ``index``: the dyad's cooperation–conflict index (``relations.series``) in its latest period
  with events. ``above``/``below``: fires when that period's index lies beyond the threshold and
  the period before it did not (a crossing); ``change``: fires when it moved by at least that
  much since ``over`` periods with events before.
- ``shift``: a change point ``detente shifts`` finds in the dyad's series (or, without a dyad,
  in the most active dyads'), tone or volume.
- ``event``: an event of the given PLOVER types between the given actors; one alert per story
  and event type, so a wire story carried by ten outlets fires once.
- ``burst``: at least ``count`` events (one per story and type) involving a country within one
  window of ``days`` days (windows are fixed, counted from day one of the calendar), among the
  windows that hold the newest two.

**Once per change.** Every alert has a key naming the change (the period and side of a crossing,
the day and direction of a shift, the story of an event, the window of a burst); the store keeps
(rule, key) unique, so polling again over the same data finds the same keys and fires nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..relations import PeriodStats, Unit, dyad_series, find_shifts, scan_dyads
from ..store import EventFilter, Store, StoredEvent
from ..store.filters import parse_dyad
from .config import AlertRule
from .state import WatchState

__all__ = ["Alert", "evaluate", "evaluate_rule"]

log = logging.getLogger("detente.watch")
MAX_EVENTS = 500  # newest events an event rule looks at per check
SHIFT_SCAN_TOP = 10  # dyads a shift rule without a dyad scans


@dataclass(frozen=True, slots=True)
class Alert:
    rule: str
    kind: str
    key: str
    title: str
    detail: dict[str, Any] = field(default_factory=dict)
    events: tuple[int, ...] = ()


def _since(rule: AlertRule) -> EventFilter:
    return EventFilter.build(since=rule.since) if rule.since else EventFilter()


def _units_in(units: Iterable[Unit], period: PeriodStats) -> list[int]:
    return [u.event.id for u in units if u.day and period.start <= u.day <= period.end]


def _fmt(x: float) -> str:
    return f"{x:+.2f}"


def _side(rule: AlertRule, index: float) -> str | None:
    if rule.above is not None and index >= rule.above:
        return "above"
    if rule.below is not None and index <= rule.below:
        return "below"
    return None


def _index_alerts(rule: AlertRule, store: Store) -> list[Alert]:
    assert rule.dyad is not None
    a, b = parse_dyad(rule.dyad)
    series = dyad_series(store, a, b, by=rule.by, flt=_since(rule))  # type: ignore[arg-type]
    points = [p for p in series.periods if p.index is not None]
    if not points:
        return []
    last = points[-1]
    assert last.index is not None
    out = []
    base = {"dyad": series.label, "period": last.label, "index": round(last.index, 4)}
    side = _side(rule, last.index)
    before = (
        _side(rule, points[-2].index) if len(points) > 1 and points[-2].index is not None else None
    )
    if side is not None and side != before:
        threshold = rule.above if side == "above" else rule.below
        assert threshold is not None
        verb = "rose to" if side == "above" else "fell to"
        out.append(
            Alert(
                rule.name,
                "index",
                f"{side}:{last.label}",
                f"{series.label} cooperation–conflict index {verb} {_fmt(last.index)} in "
                f"{last.label} (threshold {_fmt(threshold)})",
                {**base, "side": side, "threshold": threshold},
                tuple(_units_in(series.units, last)),
            )
        )
    if rule.change is not None and len(points) > rule.over:
        earlier = points[-1 - rule.over]
        assert earlier.index is not None
        delta = last.index - earlier.index
        if abs(delta) >= rule.change:
            way = "up" if delta > 0 else "down"
            out.append(
                Alert(
                    rule.name,
                    "index",
                    f"change:{way}:{last.label}",
                    f"{series.label} cooperation–conflict index moved {_fmt(delta)} from "
                    f"{earlier.label} ({_fmt(earlier.index)}) to {last.label} "
                    f"({_fmt(last.index)})",
                    {
                        **base,
                        "from_period": earlier.label,
                        "from_index": round(earlier.index, 4),
                        "delta": round(delta, 4),
                        "change": rule.change,
                    },
                    tuple(_units_in(series.units, last)),
                )
            )
    return out


def _shift_alerts(rule: AlertRule, store: Store) -> list[Alert]:
    metrics: Any = rule.metrics
    by: Any = rule.by
    if rule.dyad:
        a, b = parse_dyad(rule.dyad)
        found = [find_shifts(store, a, b, by=by, flt=_since(rule), metrics=metrics)]
    else:
        found = scan_dyads(store, _since(rule), top=SHIFT_SCAN_TOP, by=by, metrics=metrics)
    out = []
    for series, shifts in found:
        for s in shifts:
            if rule.since and s.at < rule.since:
                continue
            out.append(
                Alert(
                    rule.name,
                    "shift",
                    f"{series.a.label}:{series.b.label}:{s.metric}:{s.at.isoformat()}:"
                    f"{s.direction}",
                    f"{series.label} became {s.direction} from {s.label} ({s.metric}: "
                    f"{s.before:+.2f} → {s.after:+.2f}, p = {s.p_value:.3f})",
                    {
                        "dyad": series.label,
                        **{k: v for k, v in s.to_dict().items() if k != "evidence"},
                    },
                    tuple(u.event.id for u in s.evidence),
                )
            )
    return out


def _story_key(e: StoredEvent) -> str:
    return f"story:{e.story_id}" if e.story_id is not None else f"document:{e.document_id}"


def _event_alerts(rule: AlertRule, store: Store) -> list[Alert]:
    words: dict[str, Any] = {"event_type": rule.types or None, "since": rule.since}
    if rule.dyad:
        words["dyad"] = rule.dyad
    elif rule.source and rule.target:
        words.update(dyad=(rule.source, rule.target), directed=True)
    elif rule.source or rule.target:
        words.update(actor=rule.source or rule.target, role="source" if rule.source else "target")
    events = store.events(EventFilter.build(**words), limit=MAX_EVENTS, newest_first=True)
    groups: dict[tuple[str, str], list[StoredEvent]] = {}
    for e in sorted(events, key=lambda x: x.id):
        groups.setdefault((_story_key(e), e.event.event_type), []).append(e)
    out = []
    for (story, kind), members in groups.items():
        first = members[0]
        src = ", ".join(first.source_codes) or "?"
        tgt = ", ".join(first.target_codes) or "?"
        who = f"{src} (together)" if first.event.mutual else f"{src} → {tgt}"
        out.append(
            Alert(
                rule.name,
                "event",
                f"{story}:{kind}",
                f"{kind} {who} on {first.day}: {first.title or first.event.sentence[:140]}",
                {
                    "event_type": kind,
                    "source": list(first.source_codes),
                    "target": list(first.target_codes),
                    "mutual": first.event.mutual,
                    "day": first.day.isoformat() if first.day else None,
                    "document_id": first.document_id,
                    "title": first.title,
                    "url": first.url,
                    "sentence": first.event.sentence,
                    "copies": len(members),
                },
                tuple(e.id for e in members),
            )
        )
    return out


def _window(day: dt.date, days: int) -> tuple[dt.date, dt.date]:
    n = day.toordinal() - 1
    start = dt.date.fromordinal(n - n % days + 1)
    return start, start + dt.timedelta(days=days - 1)


def _burst_alerts(rule: AlertRule, store: Store) -> list[Alert]:
    assert rule.country is not None
    span = store.coverage()
    if span is None:
        return []
    latest_start, _ = _window(span[1], rule.days)
    first = latest_start - dt.timedelta(days=rule.days)
    if rule.since and rule.since > first:
        first = rule.since
    events = store.events(EventFilter.build(actor=rule.country, since=first), limit=None)
    windows: dict[dt.date, dict[tuple[str, str], list[int]]] = {}
    for e in events:
        if e.day is None:
            continue
        start, _ = _window(e.day, rule.days)
        windows.setdefault(start, {}).setdefault((_story_key(e), e.event.event_type), []).append(
            e.id
        )
    out = []
    for start, units in sorted(windows.items()):
        if len(units) < rule.count:
            continue
        end = start + dt.timedelta(days=rule.days - 1)
        out.append(
            Alert(
                rule.name,
                "burst",
                f"{rule.country}:{start.isoformat()}",
                f"{len(units)} events involving {rule.country} between {start} and {end} "
                f"(threshold {rule.count} in {rule.days} days)",
                {
                    "country": rule.country,
                    "start": start.isoformat(),
                    "end": end.isoformat(),
                    "events": len(units),
                    "count": rule.count,
                    "days": rule.days,
                },
                tuple(i for ids in units.values() for i in ids),
            )
        )
    return out


_CHECKS = {
    "index": _index_alerts,
    "shift": _shift_alerts,
    "event": _event_alerts,
    "burst": _burst_alerts,
}


def evaluate_rule(rule: AlertRule, store: Store) -> list[Alert]:
    """Every alert ``rule`` sees in the store now, fired before or not."""
    return _CHECKS[rule.kind](rule, store)


def evaluate(rules: Sequence[AlertRule], store: Store, state: WatchState) -> list[int]:
    """Check every rule; store the alerts not fired before (with their events) and return
    their ids. A rule that breaks is logged and skipped: the others still run."""
    fired = []
    for rule in rules:
        try:
            found = evaluate_rule(rule, store)
        except Exception as exc:  # one rule's bug must not silence the others
            log.error(
                "alert rule %s could not be checked: %s: %s", rule.name, type(exc).__name__, exc
            )
            continue
        for alert in found:
            if state.has_alert(alert.rule, alert.key):
                continue
            alert_id = state.add_alert(
                rule=alert.rule,
                kind=alert.kind,
                key=alert.key,
                title=alert.title,
                detail=alert.detail,
                events=alert.events,
            )
            if alert_id is not None:
                fired.append(alert_id)
    return fired
