"""Vega-Lite specs for the dashboard's charts, and the safe way to put them in a page.

Specs are built here, in Python, with their data inlined, so that a chart on a page shows exactly
the numbers the page's table shows and the JSON API returns (one query, three views). The browser
only parses the JSON (``static/detente.js``) and hands it to the vendored vega-embed.

Data from articles (actor names, sentences in tooltips) ends up inside these specs. It is embedded
in a ``<script type="application/json">`` block, where the one danger is a ``</script>`` (or
``<!--``) inside a string ending the block early: :func:`embed_json` writes ``<``, ``>`` and ``&``
as JSON ``\\u`` escapes, which JSON.parse turns back into the same characters.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup

__all__ = [
    "QUAD_COLOURS",
    "QUAD_NAMES",
    "dyad_quad_spec",
    "dyad_trend_spec",
    "embed_json",
    "partners_spec",
    "timeline_spec",
]

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"  # an identifier; never fetched

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
QUAD_COLOURS = {1: "#8fc98f", 2: "#2e7d32", 3: "#f0a04b", 4: "#c62828"}

# Time units per period granularity, so that axis labels read "Sep 2023" for months, not days.
_TIME_UNIT = {
    "day": "yearmonthdate",
    "week": "yearmonthdate",
    "month": "yearmonth",
    "quarter": "yearquarter",
    "year": "year",
}

_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def embed_json(value: Any) -> Markup:
    """JSON that is safe inside a ``<script type="application/json">`` element.

    ``<``, ``>`` and ``&`` become ``\\u003c`` etc. so no string can close the element or open a
    comment; U+2028/2029 are escaped too for old parsers. The result is marked safe for Jinja2.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    text = text.translate(_ESCAPES).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


def _base(title: str, width: int | str = "container", height: int = 220) -> dict[str, Any]:
    return {
        "$schema": SCHEMA,
        "title": title,
        "width": width,
        "height": height,
        "config": {"view": {"stroke": None}, "axis": {"labelFontSize": 11, "titleFontSize": 11}},
    }


def dyad_trend_spec(rows: Sequence[dict[str, Any]], *, by: str, title: str) -> dict[str, Any]:
    """Cooperation–conflict index and mean Goldstein per period: two panels sharing the time axis.

    ``rows`` hold ``period`` (label), ``start`` (ISO date of the period's first day), ``index``,
    ``goldstein_mean`` and ``events``. Two panels rather than one chart with two y axes, because
    the measures have different ranges (−1…1 and −10…10) and a dual axis invites false readings.
    """
    unit = _TIME_UNIT.get(by, "yearmonthdate")
    x = {"field": "start", "type": "temporal", "timeUnit": unit, "title": None}
    tooltip = [
        {"field": "period", "title": "period"},
        {"field": "events", "title": "events"},
        {"field": "index", "title": "index", "format": ".2f"},
        {"field": "goldstein_mean", "title": "mean Goldstein", "format": ".2f"},
    ]

    def panel(field: str, label: str, domain: list[float], colour: str) -> dict[str, Any]:
        return {
            "height": 150,
            "width": "container",
            "layer": [
                {"mark": {"type": "rule", "color": "#999"}, "encoding": {"y": {"datum": 0}}},
                {
                    # Periods without weighted events have no value: leave them out so the
                    # line joins the periods that have one instead of breaking at each gap.
                    "transform": [{"filter": f"isValid(datum.{field})"}],
                    "mark": {"type": "line", "point": True, "color": colour},
                    "encoding": {
                        "x": x,
                        "y": {
                            "field": field,
                            "type": "quantitative",
                            "title": label,
                            "scale": {"domain": domain},
                        },
                        "tooltip": tooltip,
                    },
                },
            ],
        }

    spec = _base(title)
    del spec["width"], spec["height"]
    spec["data"] = {"values": list(rows)}
    spec["vconcat"] = [
        panel("index", "cooperation–conflict index", [-1, 1], "#1f5f8b"),
        panel("goldstein_mean", "mean Goldstein", [-10, 10], "#6a4c93"),
    ]
    spec["resolve"] = {"scale": {"x": "shared"}}
    return spec


def dyad_quad_spec(rows: Sequence[dict[str, Any]], *, by: str, title: str) -> dict[str, Any]:
    """Events per period stacked by quad class (``rows``: ``start``, ``period``, ``quad_class``,
    ``count``), coloured from cooperation (greens) to conflict (orange, red)."""
    unit = _TIME_UNIT.get(by, "yearmonthdate")
    values = [
        dict(r, quad=QUAD_NAMES.get(int(r["quad_class"]), str(r["quad_class"]))) for r in rows
    ]
    spec = _base(title)
    spec["data"] = {"values": values}
    spec["mark"] = {"type": "bar", "tooltip": True}
    spec["encoding"] = {
        "x": {"field": "start", "type": "temporal", "timeUnit": unit, "title": None},
        "y": {"field": "count", "type": "quantitative", "stack": "zero", "title": "events"},
        "color": {
            "field": "quad",
            "type": "nominal",
            "title": "quad class",
            "scale": {
                "domain": [QUAD_NAMES[q] for q in (1, 2, 3, 4)],
                "range": [QUAD_COLOURS[q] for q in (1, 2, 3, 4)],
            },
        },
        "order": {"field": "quad_class", "type": "quantitative"},
        "tooltip": [
            {"field": "period", "title": "period"},
            {"field": "quad", "title": "quad class"},
            {"field": "count", "title": "events"},
        ],
    }
    return spec


def partners_spec(rows: Sequence[dict[str, Any]], *, title: str) -> dict[str, Any]:
    """An actor's partners as horizontal bars (length: events, colour: mean Goldstein on a
    diverging red–blue scale centred on zero). ``rows``: ``partner``, ``events``,
    ``goldstein_mean``."""
    spec = _base(title, height=max(60, 18 * len(rows)))
    spec["data"] = {"values": list(rows)}
    spec["mark"] = {"type": "bar", "tooltip": True}
    spec["encoding"] = {
        "y": {"field": "partner", "type": "nominal", "sort": "-x", "title": None},
        "x": {"field": "events", "type": "quantitative", "title": "events"},
        "color": {
            "field": "goldstein_mean",
            "type": "quantitative",
            "title": "mean Goldstein",
            "scale": {"scheme": "redblue", "domain": [-10, 10], "domainMid": 0},
        },
        "tooltip": [
            {"field": "partner"},
            {"field": "events"},
            {"field": "goldstein_mean", "title": "mean Goldstein", "format": ".2f"},
        ],
    }
    return spec


def timeline_spec(rows: Sequence[dict[str, Any]], *, title: str) -> dict[str, Any]:
    """Events per month in the whole store, stacked by quad class (the overview's picture of what
    the corpus covers). ``rows``: ``start`` (first day of the month), ``quad_class``, ``count``."""
    return dyad_quad_spec(
        [dict(r, period=str(r["start"])[:7]) for r in rows], by="month", title=title
    )
