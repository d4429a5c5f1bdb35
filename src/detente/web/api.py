"""The JSON API under ``/api``: the same data as the pages, in the output contract's shape.

Events are the contract's event objects plus the store's ``event_id``, ``story_id``, ``day`` and
``document`` (id, title, published, url); documents are the contract's ``analyze --json`` object
plus story and counts. Every list takes ``limit`` and ``offset``; a list response is
``{"items": [...], "limit": L, "offset": O, "next_offset": N | null}``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, Literal

import networkx as nx
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder

from ..relations.network import build_network
from ..store import ActorRef, EventFilter
from . import data
from .params import (
    ActorPath,
    ActorQuery,
    By,
    DateQuery,
    EventId,
    Limit,
    MinEvents,
    Offset,
    StoryId,
    actor_code,
    days,
    dyad_of,
    events_filter,
    pairs_filter,
    view_filter,
    window_filter,
)

__all__ = ["jsonable_errors", "router"]

router = APIRouter(prefix="/api", tags=["api"])

EventsFilter = Annotated[EventFilter, Depends(events_filter)]
ViewFilter = Annotated[EventFilter, Depends(view_filter)]
WindowFilter = Annotated[EventFilter, Depends(window_filter)]
PairsFilter = Annotated[EventFilter, Depends(pairs_filter)]


def jsonable_errors(errors: Sequence[Any]) -> Any:
    """Validation errors as JSON (their ``ctx`` may hold exceptions, which JSON cannot)."""
    return jsonable_encoder(errors, custom_encoder={Exception: str})


def _listing(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    more = len(items) > limit
    return {
        "items": items[:limit],
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if more else None,
    }


def _ref(value: str) -> ActorRef:
    return ActorRef.parse(actor_code(value))


@router.get("/stats", summary="Counts of the store")
def stats(request: Request) -> dict[str, Any]:
    """Documents, stories, events (all and asserted), quotes, actors, failures, date range."""
    with request.app.state.open_store() as store:
        out: dict[str, Any] = store.stats().to_dict()
    out.pop("path", None)  # the server's file system is not the client's business
    return out


@router.get("/events", summary="Events, filtered")
def events(
    request: Request,
    flt: EventsFilter,
    newest_first: bool = False,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Events in date order. ``source`` and ``target`` together select a dyad (both directions
    unless ``directed``); ``actor`` selects an actor's events in ``role``; ``text``: words of the
    sentence."""
    with request.app.state.open_store() as store:
        rows = store.events(flt, limit=limit + 1, offset=offset, newest_first=newest_first)
    return _listing([e.to_dict() for e in rows], limit, offset)


@router.get("/events/{event_id}", summary="One event")
def event(request: Request, event_id: EventId) -> dict[str, Any]:
    with request.app.state.open_store() as store:
        found = data.events_by_id(store, [event_id])
    if not found:
        raise HTTPException(status_code=404, detail=f"no event {event_id}")
    return found[0].to_dict()


@router.get("/dyads", summary="Most active actor pairs")
def dyads(
    request: Request,
    flt: PairsFilter,
    directed: bool = False,
    level: Literal["country", "sector"] = "country",
    min_events: MinEvents = 1,
    limit: Limit = 50,
) -> dict[str, Any]:
    """Pairs by number of events, each syndicated story counted once (as on the overview)."""
    with request.app.state.open_store() as store:
        rows = store.dyads(flt, directed=directed, level=level, min_events=min_events, limit=limit)
    return {"items": [d.to_dict() for d in rows]}


@router.get("/dyads/{a}/{b}/series", summary="Dyad series per period")
def dyad_series(
    request: Request,
    a: ActorPath,
    b: ActorPath,
    flt: ViewFilter,
    by: By = "month",
    shifts: Annotated[bool, Query(description="Also detect shifts (permutation test).")] = False,
) -> dict[str, Any]:
    """Per period: units by quad class, Goldstein sum and mean, the cooperation–conflict index
    (Σg/Σ|g|) and the top events; a syndicated story counts once."""
    ra, rb = dyad_of(a, b)
    with request.app.state.open_store() as store:
        s = data.series(store, ra, rb, by=by, flt=flt)
    out = s.to_dict()
    if shifts:
        out["shifts"] = [sh.to_dict() for sh in data.dyad_shifts(s)]
    return out


@router.get("/shifts", summary="Shifts in dyad series")
def shifts(
    request: Request,
    flt: WindowFilter,
    a: ActorQuery = None,
    b: ActorQuery = None,
    by: By = "month",
) -> dict[str, Any]:
    """Shifts of one dyad (``a`` and ``b``), or of the most active dyads when none is given."""
    if (a is None) != (b is None):
        raise HTTPException(status_code=422, detail="give both a and b, or neither")
    with request.app.state.open_store() as store:
        if a and b:
            s = data.series(store, *dyad_of(a, b), by=by, flt=flt)
            items = [data.shift_view(s, sh) for sh in data.dyad_shifts(s)]
        elif by == "month" and flt == EventFilter():  # what the overview shows: cached
            token = store.change_token()
            items = request.app.state.cache.get(
                "shifts", token, lambda: data.overview_shifts(store)
            )
        else:
            items = data.overview_shifts(store, flt, by=by)
    return {"items": items}


@router.get("/network", summary="Actor network")
def network(
    request: Request,
    flt: WindowFilter,
    min_events: MinEvents = 1,
    level: Literal["country", "sector"] = "country",
) -> dict[str, Any]:
    """The directed actor graph as node-link JSON (networkx): edges weighted by events, with
    mean Goldstein and counts by quad class."""
    with request.app.state.open_store() as store:
        graph = build_network(store, flt, min_events=min_events, level=level)
    link_data: dict[str, Any] = nx.node_link_data(graph, edges="edges")
    return link_data


@router.get("/documents", summary="Documents, by publication date")
def documents(
    request: Request,
    since: DateQuery = None,
    until: DateQuery = None,
    story_id: StoryId = None,
    newest_first: bool = False,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Documents without their text (title, date, source, story, counts)."""
    lo, hi = days(since, until)
    with request.app.state.open_store() as store:
        rows = store.documents(
            story_id=story_id,
            since=lo,
            until=hi,
            limit=limit + 1,
            offset=offset,
            newest_first=newest_first,
        )
    return _listing([d.to_dict() for d in rows], limit, offset)


@router.get("/documents/{doc_id}", summary="One document, analysed")
def document(request: Request, doc_id: str) -> dict[str, Any]:
    """The ``detente analyze --json`` object of a stored document (id, unique id prefix or
    external id), plus its story and the stored ids of its events."""
    with request.app.state.open_store() as store:
        analysis, events = data.article(store, doc_id)
        info = store.document_info(analysis.id)
    out = analysis.to_dict()
    out["story_id"] = info.story_id
    out["story_size"] = info.story_size
    out["events"] = [e.to_dict() for e in events]
    return out


@router.get("/search", summary="Full-text search")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500)],
    what: Literal["documents", "events"] = "documents",
    limit: Limit = 20,
) -> dict[str, Any]:
    """Documents (title and text) or event sentences holding all the words of ``q``, best
    first; ``snippet`` marks matches with [ and ]."""
    with request.app.state.open_store() as store:
        hits = store.search(q, what=what, limit=limit)
    return {"items": [h.to_dict() for h in hits]}


@router.get("/actors/{code}", summary="An actor's partners and top events")
def actor(request: Request, code: ActorPath) -> dict[str, Any]:
    ref = _ref(code)
    with request.app.state.open_store() as store:
        found = data.actor_page(store, ref)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no actor {ref.label}")
    return {
        "actor": found.label,
        "names": found.names,
        "partners": [p.to_dict() for p in found.partners],
        "top_events": [e.to_dict() for e in found.top_events],
    }
