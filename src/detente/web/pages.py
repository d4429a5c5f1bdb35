"""The dashboard's HTML pages: overview, dyad, actor, event, article, search.

Each handler validates its parameters (``params.py``), reads through ``data.py`` on a read-only
store opened for this request, and renders a template with plain dicts. Charts get their
Vega-Lite specs from ``charts.py``, embedded as JSON that the page's script hands to vega-embed.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from ..store import ActorRef, EventFilter, Store
from . import charts, data
from .params import (
    ActorPath,
    By,
    DateQuery,
    EventId,
    EventTypeQuery,
    Offset,
    actor_code,
    dyad_of,
    view_filter,
)
from .views import (
    EVENT_TYPES,
    GRANULARITIES,
    MARK_CLOSE,
    MARK_OPEN,
    article_html,
    event_view,
    paginate,
    render,
    safe_url,
    snippet_html,
    unique_codes,
)

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
PageLimit = Annotated[int, Query(ge=1, le=200)]


def overview_aggregates(state: Any, store: Store) -> dict[str, Any]:
    """The overview's whole-store figures, cached until the store changes (the shift scan alone
    takes seconds on a large store; ``create_app`` computes them once at start-up)."""
    token = store.change_token()
    cache = state.cache
    return {
        "stats": cache.get("stats", token, store.stats),
        "dyads": cache.get("dyads", token, lambda: data.overview_dyads(store)),
        "timeline": cache.get("timeline", token, lambda: data.timeline(store)),
        "shifts": cache.get("shifts", token, lambda: data.overview_shifts(store)),
    }


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    with request.app.state.open_store() as store:
        figures = overview_aggregates(request.app.state, store)
        latest = store.events(EventFilter(), limit=20, newest_first=True)
    timeline = figures["timeline"]
    spec = charts.timeline_spec(timeline, title="Asserted events per month") if timeline else None
    return render(
        request,
        "overview.html",
        {
            "stats": figures["stats"],
            "dyads": [d.to_dict() for d in figures["dyads"]],
            "shifts": figures["shifts"],
            "recent": [event_view(e) for e in latest],
            "timeline": spec,
            "charts": spec is not None,
        },
    )


def _name(store: Store, ref: ActorRef) -> str:
    """The actor's canonical name for headings; 404 when the store has never seen it."""
    names = store.actor_names(ref, limit=1)
    if not names and not store.events(EventFilter.every(actor=ref), limit=1):
        raise HTTPException(status_code=404, detail=f"no actor {ref.label} in this store")
    return names[0] if names else ref.label


@router.get("/dyad/{a}/{b}", response_class=HTMLResponse)
def dyad(
    request: Request,
    a: ActorPath,
    b: ActorPath,
    flt: Annotated[EventFilter, Depends(view_filter)],
    by: By = "month",
    type: EventTypeQuery = None,
    since: DateQuery = None,
    until: DateQuery = None,
    directed: bool = False,
    uncertain: bool = False,
    historical: bool = False,
    offset: Offset = 0,
    limit: PageLimit = 50,
) -> HTMLResponse:
    ra, rb = dyad_of(a, b)
    with request.app.state.open_store() as store:
        names = [_name(store, ra), _name(store, rb)]

        def compute() -> tuple[Any, list[Any]]:
            s = data.series(store, ra, rb, by=by, flt=flt)
            return s, (data.dyad_shifts(s) if s.periods else [])

        # Paging through the events, or coming back to the page, does not redo the shift test.
        key = ("dyad", ra.label, rb.label, by, flt)
        s, shifts = request.app.state.dyad_cache.get(key, store.change_token(), compute)
        rows = data.dyad_events(store, ra, rb, flt=flt, limit=limit, offset=offset)
    # The form's own values (as typed), for the form and for links that keep the view.
    form = {
        "by": by,
        "type": flt.event_types[0] if flt.event_types else None,
        "since": since or None,
        "until": until or None,
        "directed": directed,
        "uncertain": uncertain,
        "historical": historical,
    }
    kept = {k: v for k, v in form.items() if v not in (None, "", False)}
    events, page = paginate(
        [event_view(e) for e in rows],
        offset=offset,
        limit=limit,
        base=f"/dyad/{ra.label}/{rb.label}",
        params=kept,
    )
    periods = [p.to_dict() for p in s.periods]
    table = [dict(p, quads=[p["quad_counts"][str(q)] for q in (1, 2, 3, 4)]) for p in periods]
    title = f"{ra.label} {'→' if directed else '–'} {rb.label}"
    return render(
        request,
        "dyad.html",
        {
            "a": ra.label,
            "b": rb.label,
            "a_label": names[0],
            "b_label": names[1],
            "filters": form,
            "granularities": GRANULARITIES,
            "event_types": EVENT_TYPES,
            "series": table,
            "total": len(s.units),
            "folded": s.folded,
            "dyad_spec": charts.dyad_spec(periods, by=by, title=f"{title} by {by}"),
            "shifts": [sh.to_dict() for sh in shifts],
            "events": events,
            "page": page,
            "api_url": f"/api/dyads/{ra.label}/{rb.label}/series?{urlencode(kept)}",
            "charts": bool(periods),
        },
    )


@router.get("/actor/{code}", response_class=HTMLResponse)
def actor(request: Request, code: ActorPath) -> HTMLResponse:
    ref = ActorRef.parse(actor_code(code))
    with request.app.state.open_store() as store:
        found = data.actor_page(store, ref)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no actor {ref.label} in this store")
    partners = [p.to_dict() for p in found.partners]
    chart_rows = partners[:20]
    label = found.names[0] if found.names else ref.label
    return render(
        request,
        "actor.html",
        {
            "actor": ref.label,
            "label": f"{label} ({ref.label})" if label != ref.label else label,
            "names": found.names[1:],
            "total": found.events,
            "partners": partners,
            "partners_spec": charts.partners_spec(chart_rows, title=f"Partners of {ref.label}"),
            "top_events": [event_view(e) for e in found.top_events],
            "api_url": f"/api/actors/{ref.label}",
            "charts": bool(chart_rows),
        },
    )


@router.get("/event/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: EventId) -> HTMLResponse:
    with request.app.state.open_store() as store:
        found = data.events_by_id(store, [event_id])
    if not found:
        raise HTTPException(status_code=404, detail=f"no event {event_id} in this store")
    e = event_view(found[0])
    sources, targets = unique_codes(e["source"]), unique_codes(e["target"])
    dyads = [(s, t) for s in sources for t in targets if s != t]
    return render(request, "event.html", {"e": e, "dyads": dyads})


@router.get("/article/{doc_id}", response_class=HTMLResponse)
def article(request: Request, doc_id: str) -> HTMLResponse:
    with request.app.state.open_store() as store:
        analysis, events = data.article(store, doc_id)
        info = store.document_info(analysis.id)
        copies = data.story_copies(store, info)
    a = analysis.article
    doc = {
        "id": a.id,
        "title": a.title,
        "published": a.published.isoformat() if a.published else None,
        "site": a.site,
        "author": a.author,
        "url": safe_url(a.url),
        "source": a.source,
        "language": a.language,
        "credits": list(a.credits),
        "warnings": list(analysis.warnings),
        "story_id": info.story_id,
        "story_size": info.story_size,
    }
    return render(
        request,
        "article.html",
        {
            "doc": doc,
            "key_points": list(analysis.key_points),
            "text_html": article_html(analysis, events),
            "actors": [s.to_dict() for s in analysis.actors],
            "events": [event_view(e) for e in events],
            "quotes": [q.to_dict() for q in analysis.quotes],
            "copies": [c.to_dict() for c in copies],
        },
    )


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request, q: Annotated[str | None, Query(max_length=500)] = None
) -> HTMLResponse:
    documents: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    if q and q.strip():
        mark = (MARK_OPEN, MARK_CLOSE)
        with request.app.state.open_store() as store:
            for what, out in (("documents", documents), ("events", events)):
                for hit in store.search(q, what=what, limit=25, mark=mark):
                    out.append(dict(hit.to_dict(), snippet_html=snippet_html(hit)))
    return render(request, "search.html", {"q": q, "documents": documents, "events": events})
