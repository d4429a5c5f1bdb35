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
    "dyad_spec",
    "embed_json",
    "partners_spec",
    "quad_rows",
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


def _time(by: str, *, centre: bool = False) -> dict[str, Any]:
    """The x encoding of a period series: the period's first day, binned to the period, so a
    bar covers its whole period; ``centre`` puts a point in the middle of it instead."""
    x: dict[str, Any] = {
        "field": "start",
        "type": "temporal",
        "timeUnit": _TIME_UNIT.get(by, "yearmonthdate"),
        "title": None,
    }
    if centre:
        x["bandPosition"] = 0.5
    return x


def quad_rows(periods: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per period and quad class with a non-zero count (zero rows would only draw
    empty bars), from the series' ``quad_counts``."""
    return [
        {
            "start": p["start"],
            "period": p["period"],
            "quad_class": q,
            "quad": QUAD_NAMES[q],
            "count": n,
        }
        for p in periods
        for q in (1, 2, 3, 4)
        if (n := p["quad_counts"][str(q)])
    ]


def _quad_bars(rows: Sequence[dict[str, Any]], by: str, height: int) -> dict[str, Any]:
    return {
        "data": {"values": list(rows)},
        "height": height,
        "width": "container",
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": _time(by),
            "y": {"field": "count", "type": "quantitative", "stack": "zero", "title": "events"},
            "color": {
                "field": "quad",
                "type": "nominal",
                "title": None,
                "scale": {
                    "domain": [QUAD_NAMES[q] for q in (1, 2, 3, 4)],
                    "range": [QUAD_COLOURS[q] for q in (1, 2, 3, 4)],
                },
                "legend": {"orient": "top", "direction": "horizontal"},
            },
            "order": {"field": "quad_class", "type": "quantitative"},
            "tooltip": [
                {"field": "period", "title": "period"},
                {"field": "quad", "title": "quad class"},
                {"field": "count", "title": "events"},
            ],
        },
    }


def dyad_spec(periods: Sequence[dict[str, Any]], *, by: str, title: str) -> dict[str, Any]:
    """A dyad's series as three panels on one time axis: the cooperation–conflict index, the
    mean Goldstein score, and the events per period stacked by quad class.

    ``periods`` are the relations module's period dicts (``period``, ``start``, ``events``,
    ``quad_counts``, ``goldstein_mean``, ``index``). Separate panels rather than one chart with
    two y axes, because the measures have different ranges (−1…1, −10…10, counts) and a dual
    axis invites false readings; one shared axis, so a change in tone lines up with the events
    behind it. A period without weighted events has no index: the line breaks there instead of
    drawing a trend through months nobody reported on.
    """
    tooltip = [
        {"field": "period", "title": "period"},
        {"field": "events", "title": "events"},
        {"field": "index", "title": "index", "format": ".2f"},
        {"field": "goldstein_mean", "title": "mean Goldstein", "format": ".2f"},
    ]

    # Only what the panels draw: a long monthly series would otherwise carry every period's
    # top events (with their sentences) into the page a second time.
    points = [
        {k: p[k] for k in ("period", "start", "events", "index", "goldstein_mean")} for p in periods
    ]

    def panel(field: str, label: str, domain: list[float], colour: str) -> dict[str, Any]:
        return {
            "data": {"values": points},
            "height": 120,
            "width": "container",
            "layer": [
                {"mark": {"type": "rule", "color": "#999"}, "encoding": {"y": {"datum": 0}}},
                {
                    "mark": {"type": "line", "point": True, "color": colour},
                    "encoding": {
                        "x": _time(by, centre=True),
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
    spec["vconcat"] = [
        panel("index", "co-op–conflict index", [-1, 1], "#1f5f8b"),
        panel("goldstein_mean", "mean Goldstein", [-10, 10], "#6a4c93"),
        _quad_bars(quad_rows(periods), by, 140),
    ]
    spec["resolve"] = {"scale": {"x": "shared"}}
    return spec


def timeline_spec(rows: Sequence[dict[str, Any]], *, title: str) -> dict[str, Any]:
    """Events per month in the whole store, stacked by quad class (the overview's picture of what
    the corpus covers). ``rows``: ``start`` (first day of the month), ``quad_class``, ``count``."""
    spec = _base(title)
    del spec["width"], spec["height"]
    values = [
        dict(r, period=str(r["start"])[:7], quad=QUAD_NAMES.get(int(r["quad_class"]), "?"))
        for r in rows
    ]
    spec.update(_quad_bars(values, "month", 180))
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
