"""Turn store records into what templates and the JSON API show.

Templates receive plain dicts with the output contract's field names (``event_type``, ``source``,
``char_span``, ...) plus the store's (``event_id``, ``document``), the same dicts the JSON API
returns, so a page and ``/api`` never disagree about a field. The only markup built here comes
from :mod:`detente.web.highlight`, which escapes every piece of text it places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from ..events.ontology import ontology
from ..model import Analysis
from ..relations.series import PERIODS
from ..store import SearchHit, StoredEvent
from .highlight import Span, highlight, highlight_trigger

__all__ = [
    "EVENT_TYPES",
    "GRANULARITIES",
    "MARK_CLOSE",
    "MARK_OPEN",
    "Page",
    "article_html",
    "article_spans",
    "event_view",
    "paginate",
    "render",
    "safe_url",
    "snippet_html",
    "unique_codes",
]


def render(request: Request, name: str, context: dict[str, Any]) -> HTMLResponse:
    """A page of the dashboard: the template with what every page's frame reads (whether it
    draws charts, the search box's query, the store's name) filled in where not given."""
    context.setdefault("charts", False)
    context.setdefault("q", None)
    context.setdefault("db_name", request.app.state.db_name)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, context)


# PLOVER 2.0 event types, cooperation to conflict, from the coder's ontology (one list for the
# whole project), and the relations module's period granularities.
EVENT_TYPES: tuple[str, ...] = tuple(ontology().types)
GRANULARITIES: tuple[str, ...] = PERIODS

# Search snippets are asked for with markers that cannot occur in article text (private-use
# characters), so the matched words can be found again after the snippet is escaped.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"


def event_view(stored: StoredEvent) -> dict[str, Any]:
    """An event as the JSON API returns it, plus ``sentence_html`` (the provenance sentence with
    its trigger marked, escaped piece by piece) for templates."""
    d = stored.to_dict()
    e = stored.event
    d["sentence_html"] = highlight_trigger(
        e.sentence, e.trigger, label=f"{e.event_type} ({e.cameo}, Goldstein {e.goldstein:+.1f})"
    )
    return d


def safe_url(url: str | None) -> str | None:
    """A link target only for http(s) URLs: an article's ``url`` is data, and a ``javascript:``
    URL in an ``href`` runs when clicked even when escaped."""
    if url and re.match(r"^https?://", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


def snippet_html(hit: SearchHit) -> Markup:
    """A search snippet with matched words in ``<mark>``: the text between the markers is escaped
    on its own, so a snippet of hostile text stays text."""
    parts: list[str] = []
    for i, chunk in enumerate(re.split(f"[{MARK_OPEN}{MARK_CLOSE}]", hit.snippet)):
        # Odd chunks sit between an open and a close marker.
        parts.append(f"<mark>{escape(chunk)}</mark>" if i % 2 else str(escape(chunk)))
    return Markup("".join(parts))


def article_spans(analysis: Analysis, events: Sequence[StoredEvent]) -> list[Span]:
    """Highlight spans of an article: actor mentions, event triggers (anchored ``ev-ID`` so event
    lists can link to them) and every piece of each quotation (the first anchored ``quote-N``,
    N its position in the article's quotes), all by character offsets into the cleaned text."""
    spans: list[Span] = []
    for m in analysis.mentions:
        a = m.actor
        label = " · ".join(x for x in (a.name, a.code, a.sector) if x) or None
        spans.append(Span(m.start, m.end, "actor", label))
    for s in events:
        e = s.event
        flags = [f for f in ("negated", "hypothetical", "future") if getattr(e, f)]
        src = ", ".join(a.code or a.name or a.text for a in e.source) or "?"
        tgt = ", ".join(a.code or a.name or a.text for a in e.target) or "?"
        label = f"{e.event_type} {src} → {tgt} (CAMEO {e.cameo}, Goldstein {e.goldstein:+.1f})"
        if flags:
            label += " · " + ", ".join(flags)
        spans.append(Span(e.char_span[0], e.char_span[1], "event", label, anchor=f"ev-{s.id}"))
    for i, q in enumerate(analysis.quotes):
        # every piece of a split quotation is marked, not the attribution between them
        who = (q.speaker.name or q.speaker.text) if q.speaker else "unattributed"
        for k, (start, end) in enumerate(q.pieces):
            anchor = f"quote-{i}" if k == 0 else None
            spans.append(Span(start, end, "quote", f"quote · {who}", anchor=anchor))
    return spans


def article_html(analysis: Analysis, events: Sequence[StoredEvent]) -> Markup:
    """The article's clean text with actors, triggers and quotes highlighted."""
    return highlight(analysis.article.text, article_spans(analysis, events))


@dataclass(frozen=True, slots=True)
class Page:
    """Offset pagination without counting every row: one more row than shown is fetched to know
    whether a next page exists."""

    offset: int
    limit: int
    shown: int
    has_next: bool
    base: str
    params: dict[str, Any]

    @property
    def first(self) -> int:
        return self.offset + 1 if self.shown else 0

    @property
    def last(self) -> int:
        return self.offset + self.shown

    def _url(self, offset: int) -> str:
        params = {k: v for k, v in self.params.items() if v not in (None, "", False)}
        if offset:
            params["offset"] = offset
        query = urlencode(params)
        return f"{self.base}?{query}" if query else self.base

    @property
    def prev_url(self) -> str | None:
        return self._url(max(0, self.offset - self.limit)) if self.offset > 0 else None

    @property
    def next_url(self) -> str | None:
        return self._url(self.offset + self.limit) if self.has_next else None


def paginate(
    rows: list[Any],
    *,
    offset: int,
    limit: int,
    base: str,
    params: dict[str, Any],
) -> tuple[list[Any], Page]:
    """Split a ``limit + 1`` fetch into the rows to show and the pager."""
    shown = rows[:limit]
    return shown, Page(offset, limit, len(shown), len(rows) > limit, base, params)


def unique_codes(actors: Iterable[dict[str, Any]]) -> list[str]:
    """The distinct actor codes of a source or target list, in order (unresolved ones left out)."""
    seen: list[str] = []
    for a in actors:
        code = a.get("code")
        if code and code not in seen:
            seen.append(code)
    return seen
