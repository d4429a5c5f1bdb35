"""The dashboard's view of ``detente watch``: a status page per watched source, an alerts page,
and their JSON under ``/api/watch``.

Read-only like the rest of the dashboard: each request opens the store read-only (which checks
its schema) and the watch tables on a read-only connection of their own (``WatchState``). A
store nobody watched yet simply has no rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..store import EventFilter, Store
from ..watch.state import SourceStatus, StoredAlert, WatchState
from .params import Limit, Offset
from .views import paginate, render

__all__ = ["router"]

router = APIRouter()
PageLimit = Annotated[int, Query(ge=1, le=200)]
RuleQuery = Annotated[str | None, Query(max_length=64, description="This rule's alerts only.")]
SHOWN_EVENTS = 3  # events listed under each alert on the page (all are in the API)


@contextmanager
def _open(request: Request) -> Iterator[tuple[Store, WatchState]]:
    with request.app.state.open_store() as store, WatchState(store.path, readonly=True) as state:
        yield store, state


def _alert_view(alert: StoredAlert, store: Store) -> dict[str, Any]:
    out = alert.to_dict()
    shown = store.events(EventFilter.every(ids=alert.events[:SHOWN_EVENTS]), limit=None)
    # one line per sentence: two events coded from one sentence ("met and signed") list their
    # types side by side instead of repeating the sentence
    lines: dict[tuple[str, object], dict[str, Any]] = {}
    for e in shown:
        key = (e.event.sentence, e.day)
        line = lines.setdefault(key, {"day": e.day, "sentence": e.event.sentence, "events": []})
        line["events"].append({"id": e.id, "type": e.event.event_type})
    out["shown_events"] = list(lines.values())
    out["failed_channels"] = {k: v for k, v in alert.delivery.items() if v != "ok"}
    out["fired"] = alert.fired_at.strftime("%Y-%m-%d %H:%M UTC")
    return out


def _source_view(source: SourceStatus) -> dict[str, Any]:
    """A source's status with its times shortened to the minute (UTC, as the page says)."""
    out = source.to_dict()
    for key in ("last_attempt", "last_success", "last_error_at", "next_due"):
        if out[key]:
            out[key] = out[key][:16].replace("T", " ")
    return out


@router.get("/watch", response_class=HTMLResponse, include_in_schema=False)
def watch_page(request: Request) -> HTMLResponse:
    """Each watched source: last success, last error, counts, next poll."""
    with _open(request) as (_, state):
        sources = [_source_view(s) for s in state.sources()]
        alerts = state.alert_count()
    return render(request, "watch.html", {"sources": sources, "alert_count": alerts})


@router.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
def alerts_page(
    request: Request, rule: RuleQuery = None, limit: PageLimit = 50, offset: Offset = 0
) -> HTMLResponse:
    """Alerts fired, newest first, with the events behind each."""
    with _open(request) as (store, state):
        rows = state.alerts(limit=limit + 1, offset=offset, rule=rule)
        views = [_alert_view(a, store) for a in rows]
    shown, page = paginate(
        views, offset=offset, limit=limit, base="/alerts", params={"rule": rule or ""}
    )
    return render(request, "alerts.html", {"alerts": shown, "page": page, "rule": rule})


@router.get("/api/watch/sources", tags=["watch"], summary="Watched sources and how they fare")
def api_sources(request: Request) -> dict[str, Any]:
    """Every watched source: last attempt, success and error, failures in a row, next poll,
    and counts (polls, 304s, errors, articles read, new, duplicates, failed)."""
    with _open(request) as (_, state):
        return {"items": [s.to_dict() for s in state.sources()]}


@router.get("/api/watch/alerts", tags=["watch"], summary="Alerts fired, newest first")
def api_alerts(
    request: Request, rule: RuleQuery = None, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    """Alerts with their rule, key, title, detail, delivery per channel and the ids of the
    events behind them (each one at ``/api/events/{id}``)."""
    with _open(request) as (_, state):
        rows = state.alerts(limit=limit + 1, offset=offset, rule=rule)
    more = len(rows) > limit
    return {
        "items": [a.to_dict() for a in rows[:limit]],
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if more else None,
    }
