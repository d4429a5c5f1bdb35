"""Events on a world map: the map pages (all events, a dyad's, an actor's) and ``/api/map``,
their data as GeoJSON.

A map is a Vega-Lite chart like the others (``charts.embed_json``, drawn by ``detente.js``):
the countries come from the vendored world topology (``static/vendor/world-110m.json``, Natural
Earth via world-atlas, see ``static/VENDORED.md``) and each located event is a circle coloured
by quad class whose ``href`` is the event's page, so a click leads to the event and its
sentence. The events are filtered by the same parameters as the event lists
(``params.events_filter``, one ``EventFilter``), newest first, at most ``limit`` of them; the
page lists the same events under the map.
"""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from ..geo.geojson import feature_collection
from ..store import ActorRef, EventFilter, StoredEvent
from .charts import QUAD_COLOURS, QUAD_NAMES, SCHEMA
from .params import ActorPath, actor_code, dyad_of, events_filter, view_filter
from .views import EVENT_TYPES, event_view, render

__all__ = ["api_router", "map_spec", "router"]

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api", tags=["api"])
EventsFilter = Annotated[EventFilter, Depends(events_filter)]
ViewFilter = Annotated[EventFilter, Depends(view_filter)]
MapLimit = Annotated[int, Query(ge=1, le=5000, description="At most this many events.")]
TOPOLOGY = "/static/vendor/world-110m.json"
_TOOLTIP_CHARS = 240
_LISTED = 100  # events listed under the map


def _located(request: Request, flt: EventFilter, limit: int) -> tuple[list[StoredEvent], int]:
    """The newest ``limit`` events of ``flt`` that have coordinates, and how many had none."""
    with request.app.state.open_store() as store:
        rows = store.events(flt, limit=limit, newest_first=True)
    located = [s for s in rows if s.event.location and s.event.location.lat is not None]
    return located, len(rows) - len(located)


def map_spec(features: list[dict[str, Any]], *, title: str) -> dict[str, Any]:
    """The Vega-Lite spec of a world map with one circle per feature (GeoJSON Point)."""
    rows = []
    for f in features:
        p = f["properties"]
        lon, lat = f["geometry"]["coordinates"]
        sentence = p["sentence"].strip()
        if len(sentence) > _TOOLTIP_CHARS:
            sentence = sentence[: _TOOLTIP_CHARS - 1] + "…"
        rows.append(
            {
                "lon": lon,
                "lat": lat,
                "href": f"/event/{p['event_id']}",
                "event": p["event_type"],
                "quad": p["quad"],
                "dyad": p["dyad"],
                "day": p["day"] or "",
                "place": f"{p['place']} ({p['precision'] or 'place'})",
                "sentence": sentence,
            }
        )
    quads = [QUAD_NAMES[q] for q in (1, 2, 3, 4)]
    return {
        "$schema": SCHEMA,
        "title": title,
        "width": "container",
        "height": 440,
        "autosize": {"type": "fit-x", "contains": "padding"},
        "projection": {"type": "equalEarth"},
        "layer": [
            {
                "data": {"url": TOPOLOGY, "format": {"type": "topojson", "feature": "countries"}},
                "mark": {"type": "geoshape", "fill": "#e9ecef", "stroke": "#fff",
                         "strokeWidth": 0.5},
            },
            {
                "data": {"values": rows},
                "mark": {"type": "circle", "opacity": 0.75, "stroke": "#fff",
                         "strokeWidth": 0.5, "cursor": "pointer"},
                "encoding": {
                    "longitude": {"field": "lon", "type": "quantitative"},
                    "latitude": {"field": "lat", "type": "quantitative"},
                    "size": {"value": 60},
                    "color": {
                        "field": "quad",
                        "type": "nominal",
                        "title": "quad class",
                        "scale": {
                            "domain": quads,
                            "range": [QUAD_COLOURS[q] for q in (1, 2, 3, 4)],
                        },
                        "legend": {"orient": "bottom"},
                    },
                    "href": {"field": "href", "type": "nominal"},
                    "tooltip": [
                        {"field": "day", "title": "day"},
                        {"field": "event", "title": "event"},
                        {"field": "dyad", "title": "actors"},
                        {"field": "place", "title": "place"},
                        {"field": "sentence", "title": "sentence"},
                    ],
                },
            },
        ],
    }  # fmt: skip


def _page(
    request: Request,
    *,
    heading: str,
    flt: EventFilter,
    limit: int,
    action: str,
    api_query: dict[str, Any],
) -> HTMLResponse:
    located, unlocated = _located(request, flt, limit)
    features = feature_collection(located)["features"]
    kept = {k: v for k, v in api_query.items() if v not in (None, "", False)}
    return render(
        request,
        "map.html",
        {
            "heading": heading,
            "spec": map_spec(features, title=heading),
            "located": len(located),
            "unlocated": unlocated,
            "limit": limit,
            "events": [event_view(s) for s in located[:_LISTED]],
            "listed": min(len(located), _LISTED),
            "filters": _form(request),
            "action": action,
            "event_types": EVENT_TYPES,
            "quad_names": QUAD_NAMES,
            "api_url": f"/api/map?{urlencode(kept)}",
            "charts": True,
        },
    )


_FORM = ("actor", "type", "quad_class", "since", "until", "directed", "uncertain", "historical")


def _form(request: Request) -> dict[str, Any]:
    """The filter form's values as the person typed them (already validated by the filter)."""
    q = request.query_params
    return {k: (q.get(k) == "true" if k in _FORM[5:] else q.get(k) or None) for k in _FORM}


@router.get("/map", response_class=HTMLResponse)
def world_map(request: Request, flt: EventsFilter, limit: MapLimit = 1000) -> HTMLResponse:
    """All events on the world map, filtered like the event lists (``/api/events``' words)."""
    return _page(request, heading="Events on the map", flt=flt, limit=limit,
                 action="/map", api_query={**request.query_params, "limit": limit})  # fmt: skip


@router.get("/map/dyad/{a}/{b}", response_class=HTMLResponse)
def dyad_map(
    request: Request, a: ActorPath, b: ActorPath, flt: ViewFilter, limit: MapLimit = 1000
) -> HTMLResponse:
    """A dyad's events on the map (both directions unless ``directed``), filtered like the
    dyad page."""
    ra, rb = dyad_of(a, b)
    flt = dataclasses.replace(flt, dyad=(ra, rb))
    query = {**request.query_params, "source": ra.label, "target": rb.label, "limit": limit}
    arrow = "→" if flt.directed else "–"
    return _page(request, heading=f"{ra.label} {arrow} {rb.label} on the map", flt=flt,
                 limit=limit, action=f"/map/dyad/{ra.label}/{rb.label}",
                 api_query=query)  # fmt: skip


@router.get("/map/actor/{code}", response_class=HTMLResponse)
def actor_map(
    request: Request, code: ActorPath, flt: ViewFilter, limit: MapLimit = 1000
) -> HTMLResponse:
    """An actor's events, in either role, on the map."""
    label = actor_code(code)
    flt = dataclasses.replace(flt, actor=ActorRef.parse(label))
    query = {**request.query_params, "actor": label, "limit": limit}
    return _page(request, heading=f"{label} on the map", flt=flt, limit=limit,
                 action=f"/map/actor/{label}", api_query=query)  # fmt: skip


@api_router.get("/map", summary="Located events as GeoJSON")
def map_geojson(request: Request, flt: EventsFilter, limit: MapLimit = 1000) -> dict[str, Any]:
    """The newest ``limit`` events matching the filter, as a GeoJSON FeatureCollection: one
    Point per event with coordinates (``skipped`` counts the others among them). Takes the
    parameters of ``/api/events``."""
    with request.app.state.open_store() as store:
        rows = store.events(flt, limit=limit, newest_first=True)
    return feature_collection(rows)
