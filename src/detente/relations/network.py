"""The actor network: who acts on whom, how often and how (co-operatively or not).

A directed graph (``networkx.DiGraph``): one node per actor (a country code, or code-sector with
``level="sector"``), one edge source → target per pair that has at least ``min_events`` units
among the events an ``EventFilter`` selects. Units are counted as in the dyad series — one per
(story, event type, pair), so a syndicated story counts once. Left out: an actor's events with
itself (domestic events at country level), and, by the filter's defaults, non-asserted events
and historical ones (background mentions of the past, see ``detente.relations.series``).

Edge attributes: ``events`` (the weight), ``goldstein_mean``, ``goldstein_sum``, ``index`` (the
cooperation–conflict index Σg/Σ|g|; 0 when no unit carries weight), ``quad1``..``quad4`` and
``first_day``/``last_day``. Node attributes: ``events`` (units the actor takes part in),
``out_events``, ``in_events``.

Exports: JSON (networkx node-link data), GEXF (Gephi) and GraphML; attribute values are plain
numbers and strings so that every format keeps them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal

import networkx as nx

from ..store.filters import EventFilter

if TYPE_CHECKING:
    from ..store import Store
    from ..store.queries import Level

__all__ = ["FORMATS", "build_network", "network_to_string", "write_network"]

Format = Literal["json", "gexf", "graphml"]
FORMATS: tuple[str, ...] = ("json", "gexf", "graphml")


def build_network(
    store: Store,
    flt: EventFilter | None = None,
    *,
    min_events: int = 1,
    level: Level = "country",
) -> nx.DiGraph:
    """The actor graph of the events ``flt`` selects (by default asserted, non-historical
    ones); the graph's attributes record the filter's dates and modality."""
    flt = flt or EventFilter()
    graph = nx.DiGraph(
        since=flt.since or "",
        until=flt.until or "",
        level=level,
        min_events=min_events,
        **flt.modality(),
    )
    for d in store.dyads(flt, directed=True, level=level, min_events=min_events):
        graph.add_edge(
            d.source,
            d.target,
            events=d.events,
            weight=d.events,
            goldstein_mean=round(d.goldstein_mean, 4),
            goldstein_sum=round(d.goldstein_sum, 4),
            index=round(d.index, 4) if d.index is not None else 0.0,
            quad1=d.quads[0],
            quad2=d.quads[1],
            quad3=d.quads[2],
            quad4=d.quads[3],
            first_day=d.first_day.isoformat() if d.first_day else "",
            last_day=d.last_day.isoformat() if d.last_day else "",
        )
    for node in graph.nodes:
        out_n = sum(graph.edges[node, t]["events"] for t in graph.successors(node))
        in_n = sum(graph.edges[s, node]["events"] for s in graph.predecessors(node))
        graph.nodes[node].update(label=node, events=out_n + in_n, out_events=out_n, in_events=in_n)
    return graph


def network_to_string(graph: nx.DiGraph, fmt: Format) -> str:
    """The graph in one of ``FORMATS`` as text."""
    if fmt == "json":
        return json.dumps(nx.node_link_data(graph, edges="edges"), indent=2, ensure_ascii=False)
    if fmt == "gexf":
        return "\n".join(nx.generate_gexf(graph)) + "\n"
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(graph)) + "\n"
    raise ValueError(f"network format is one of {', '.join(FORMATS)}, not {fmt!r}")


def write_network(graph: nx.DiGraph, fmt: Format, out: str | Path | IO[str]) -> None:
    text = network_to_string(graph, fmt)
    if isinstance(out, str | Path):
        Path(out).write_text(text, encoding="utf-8")
    else:
        out.write(text)
