"""The dashboard's HTML pages: overview, dyad, actor, event, article, search.

Each handler validates its parameters (``params.py``), reads through ``data.py`` on a read-only
store opened for this request, and renders a template with plain dicts. Charts get their
Vega-Lite specs from ``charts.py``, embedded as JSON that the page's script hands to vega-embed.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from ..store import ActorRef
from . import charts, data, queries
from .params import (
    ActorPath,
    By,
    DateQuery,
    EventTypeQuery,
    Offset,
    actor_code,
    day,
    event_type,
)
from .views import (
    EVENT_TYPES,
    GRANULARITIES,
    MARK_CLOSE,
    MARK_OPEN,
    article_html,
    event_view,
    paginate,
    safe_url,
    snippet_html,
    unique_codes,
)

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
PageLimit = Annotated[int, Query(ge=1, le=200)]


def _render(request: Request, name: str, context: dict[str, Any]) -> HTMLResponse:
    context.setdefault("charts", False)
    context.setdefault("q", None)
    context.setdefault("db_name", request.app.state.db_name)
    return request.app.state.templates.TemplateResponse(request, name, context)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    state = request.app.state
    with state.open_store() as store:
        conn = queries.connection(store)
        token = queries.store_token(conn)
        stats = state.cache.get("stats", token, store.stats)
        dyads = state.cache.get("dyads", token, lambda: data.overview_dyads(store))
        timeline = state.cache.get("timeline", token, lambda: queries.monthly_quads(conn))
        shifts = state.cache.get("shifts", token, lambda: data.overview_shifts(store))
        recent = [event_view(e) for e in store.events(limit=20, newest_first=True)]
    spec = charts.timeline_spec(timeline, title="Asserted events per month") if timeline else None
    return _render(
        request,
        "overview.html",
        {
            "stats": stats,
            "dyads": [d.to_dict() for d in dyads],
            "shifts": shifts,
            "recent": recent,
            "timeline": spec,
            "charts": spec is not None,
        },
    )


def _pair(a: str, b: str) -> tuple[ActorRef, ActorRef]:
    ra, rb = ActorRef.parse(actor_code(a)), ActorRef.parse(actor_code(b))
    if ra == rb:
        raise HTTPException(status_code=422, detail="a dyad needs two different actors")
    return ra, rb


@router.get("/dyad/{a}/{b}", response_class=HTMLResponse)
def dyad(
    request: Request,
    a: ActorPath,
    b: ActorPath,
    by: By = "month",
    type: EventTypeQuery = None,
    since: DateQuery = None,
    until: DateQuery = None,
    directed: bool = False,
    uncertain: bool = False,
    offset: Offset = 0,
    limit: PageLimit = 50,
) -> HTMLResponse:
    ra, rb = _pair(a, b)
    etype = event_type(type)
    lo, hi = day(since), day(until, end=True)
    with request.app.state.open_store() as store:
        conn = queries.connection(store)
        for ref in (ra, rb):
            if not queries.actor_known(conn, str(ref.code), ref.sector):
                raise HTTPException(status_code=404, detail=f"no actor {ref.label} in this store")
        names = {
            r.label: (queries.actor_names(conn, str(r.code), r.sector, limit=1) or [r.label])[0]
            for r in (ra, rb)
        }
        filters = {
            "by": by,
            "type": etype,
            "since": since or None,
            "until": until or None,
            "directed": directed,
            "uncertain": uncertain,
        }
        common = {
            "since": lo,
            "until": hi,
            "event_type": etype,
            "directed": directed,
            "uncertain": uncertain,
        }
        s = data.series(store, ra.label, rb.label, by=by, **common)
        shifts = data.dyad_shifts(s) if s.periods else []
        rows = data.dyad_events(store, ra.label, rb.label, limit=limit, offset=offset, **common)
    base = f"/dyad/{ra.label}/{rb.label}"
    events, page = paginate(
        [event_view(e) for e in rows],
        offset=offset,
        limit=limit,
        base=base,
        params={k: v for k, v in filters.items() if k != "by" or v != "month"},
    )
    periods = [p.to_dict() for p in s.periods]
    table = [dict(p, quads=[p["quad_counts"][str(q)] for q in (1, 2, 3, 4)]) for p in periods]
    title = f"{ra.label} {'→' if directed else '–'} {rb.label}"
    quad_rows = [
        {
            "start": p["start"],
            "period": p["period"],
            "quad_class": q,
            "count": p["quad_counts"][str(q)],
        }
        for p in periods
        for q in (1, 2, 3, 4)
    ]
    api_query = "&".join(f"{k}={v}" for k, v in (("by", by), ("since", lo), ("until", hi)) if v)
    return _render(
        request,
        "dyad.html",
        {
            "a": ra.label,
            "b": rb.label,
            "a_label": names[ra.label],
            "b_label": names[rb.label],
            "filters": filters,
            "granularities": GRANULARITIES,
            "event_types": EVENT_TYPES,
            "series": table,
            "total": len(s.units),
            "folded": s.folded,
            "trend_spec": charts.dyad_trend_spec(periods, by=by, title=f"{title}: index and tone"),
            "quad_spec": charts.dyad_quad_spec(
                quad_rows, by=by, title=f"{title}: events by quad class"
            ),
            "shifts": [sh.to_dict() for sh in shifts],
            "events": events,
            "page": page,
            "api_url": f"/api/dyads/{ra.label}/{rb.label}/series?{api_query}",
            "charts": bool(periods),
        },
    )


@router.get("/actor/{code}", response_class=HTMLResponse)
def actor(request: Request, code: ActorPath) -> HTMLResponse:
    ref = ActorRef.parse(actor_code(code))
    with request.app.state.open_store() as store:
        summary = data.actor_summary(store, ref)
    if summary is None:
        raise HTTPException(status_code=404, detail=f"no actor {ref.label} in this store")
    partners = [p.to_dict() for p in summary.partners]
    chart_rows = partners[:20]
    label = summary.names[0] if summary.names else ref.label
    return _render(
        request,
        "actor.html",
        {
            "actor": ref.label,
            "label": f"{label} ({ref.label})" if label != ref.label else label,
            "names": summary.names[1:],
            "total": summary.events,
            "partners": [
                dict(p, outgoing=p["as_source"], incoming=p["as_target"], coop=p["cooperation"])
                for p in partners
            ],
            "partners_spec": charts.partners_spec(chart_rows, title=f"Partners of {ref.label}"),
            "top_events": [event_view(e) for e in summary.top_events],
            "api_url": f"/api/events?actor={ref.label}",
            "charts": bool(chart_rows),
        },
    )


@router.get("/event/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: int) -> HTMLResponse:
    with request.app.state.open_store() as store:
        found = data.events_by_id(store, [event_id])
    if not found:
        raise HTTPException(status_code=404, detail=f"no event {event_id} in this store")
    e = event_view(found[0])
    sources, targets = unique_codes(e["source"]), unique_codes(e["target"])
    dyads = [(s, t) for s in sources for t in targets if s != t]
    return _render(request, "event.html", {"e": e, "dyads": dyads})


@router.get("/article/{doc_id}", response_class=HTMLResponse)
def article(request: Request, doc_id: str) -> HTMLResponse:
    with request.app.state.open_store() as store:
        analysis, events = data.article(store, doc_id)
        info = store.document_info(analysis.id)
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
    return _render(
        request,
        "article.html",
        {
            "doc": doc,
            "key_points": list(analysis.key_points),
            "text_html": article_html(analysis, events),
            "actors": [s.to_dict() for s in analysis.actors],
            "events": [event_view(e) for e in events],
            "quotes": [q.to_dict() for q in analysis.quotes],
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
                for hit in store.search(q, what=what, limit=25, mark=mark):  # type: ignore[arg-type]
                    out.append(dict(hit.to_dict(), snippet_html=snippet_html(hit)))
    return _render(request, "search.html", {"q": q, "documents": documents, "events": events})
