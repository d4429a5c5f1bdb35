"""Relations commands: ``relations A B`` (a dyad series), ``network`` (the actor graph) and
``shifts`` (change points). All read the store on a read-only connection; every figure counts
a syndicated story once. Methods: docs/relations.md and ``detente.relations``.

Exit codes: 0 success; 2 bad command line (a malformed actor, date, period or threshold);
3 the store cannot be opened.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Group
from rich.table import Table
from rich.text import Text

from ._common import DbOpt, SinceOpt, UntilOpt, console, err_console
from .filters import DirectedOpt, HistoricalOpt, HypotheticalOpt, event_filter
from .store import open_store

if TYPE_CHECKING:
    from ..relations import DyadSeries, Shift

__all__ = ["register"]

ActorArg = Annotated[str, typer.Argument(help="Actor: PRK, PRK-MIL, or a catalogue id.")]
ByOpt = Annotated[str, typer.Option("--by", help="Period: day, week, month, quarter or year.")]
PlotOpt = Annotated[
    Path | None, typer.Option("--plot", help="Also draw the series to FILE.png or FILE.svg.")
]


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command()(relations)
    app.command()(network)
    app.command()(shifts)


def _check_by(by: str) -> None:
    from ..relations import PERIODS

    if by not in PERIODS:
        raise typer.BadParameter(f"--by is one of {', '.join(PERIODS)}")


def _check_plot(plot: Path | None) -> None:
    if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
        raise typer.BadParameter("--plot file must end in .png or .svg")


def _fmt(value: float | None, spec: str = "+.2f") -> str:
    return "—" if value is None else format(value, spec)


def _series_table(series: DyadSeries) -> Table:
    table = Table(title=f"{series.label} by {series.by}", title_justify="left")
    table.add_column("period", no_wrap=True)
    table.add_column("events", justify="right")
    for name in ("vc", "mc", "vk", "mk"):
        table.add_column(name, justify="right")
    table.add_column("G sum", justify="right")
    table.add_column("G mean", justify="right")
    table.add_column("index", justify="right")
    for p in series.periods:
        if not p.events:
            continue
        style = "green" if (p.index or 0) > 0.2 else "red" if (p.index or 0) < -0.2 else ""
        table.add_row(
            p.label,
            str(p.events),
            *(str(n) for n in p.counts),
            f"{p.goldstein_sum:+.1f}",
            _fmt(p.goldstein_mean, "+.1f"),
            Text(_fmt(p.index), style=style),
        )
    return table


def _top_events(series: DyadSeries, top: int) -> Group:
    """Per period, its strongest events with their sentences: one line each, cut to fit."""
    lines: list[Text] = [Text("Top events", style="bold")]
    for p in series.periods:
        for u in p.top[:top]:
            e = u.event.event
            line = Text(no_wrap=True, overflow="ellipsis")
            line.append(f"{p.label:<10} ", style="dim")
            line.append(f"{e.event_type} {e.goldstein:+.1f} ", style="bold")
            line.append(f"{'/'.join(u.event.source_codes)}→{'/'.join(u.event.target_codes)}  ")
            line.append(" ".join(e.sentence.split()))
            lines.append(line)
    return Group(*lines)


def relations(
    a: ActorArg,
    b: ActorArg,
    by: ByOpt = "month",
    since: SinceOpt = None,
    until: UntilOpt = None,
    directed: DirectedOpt = False,
    include_hypothetical: HypotheticalOpt = False,
    include_historical: HistoricalOpt = False,
    top: Annotated[int, typer.Option(min=0, help="Top events shown per period.")] = 3,
    as_json: Annotated[bool, typer.Option("--json", help="The series as one JSON object.")] = False,
    plot: PlotOpt = None,
    db: DbOpt = None,
) -> None:
    """How relations between A and B evolve, period by period.

    Per period: events by quad class (vc verbal cooperation, mc material cooperation, vk verbal
    conflict, mk material conflict), Goldstein sum and mean, the cooperation–conflict index
    Σg/Σ|g| in [-1, 1], and the top events with their sentences. Each story counts once."""
    from ..relations import dyad_series

    _check_by(by)
    _check_plot(plot)
    flt = event_filter(
        dyad=(a, b),
        directed=directed,
        since=since,
        until=until,
        include_hypothetical=include_hypothetical,
        include_historical=include_historical,
    )
    with open_store(db) as store:
        series = dyad_series(store, a, b, by=by, flt=flt, top=top)  # type: ignore[arg-type]  # typer has no Literal options; checked above
    if plot is not None:
        from ..relations.plot import plot_series

        plot_series(series, plot)
        err_console.print(f"plot written to {plot}")
    if as_json:
        typer.echo(json.dumps(series.to_dict(), ensure_ascii=False))
        return
    if not series.units:
        console.print(f"no events between {series.a} and {series.b}", style="dim")
        return
    console.print(_series_table(series))
    if top:
        console.print(_top_events(series, top))
    empty = sum(1 for p in series.periods if not p.events)
    console.print(
        f"{len(series.units)} events (each story once; {series.folded} copies folded), "
        f"index {_fmt(series.total.index)}, mean Goldstein {_fmt(series.total.goldstein_mean, '+.2f')}"
        + (f"; {empty} empty periods not shown" if empty else ""),
        style="dim",
    )


def network(
    since: SinceOpt = None,
    until: UntilOpt = None,
    min_events: Annotated[int, typer.Option(min=1, help="Leave out pairs with fewer events.")] = 1,
    level: Annotated[
        str, typer.Option(help="Nodes: country (PRK) or sector (PRK-MIL).")
    ] = "country",
    include_hypothetical: HypotheticalOpt = False,
    include_historical: HistoricalOpt = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, gexf or graphml.")] = "json",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (default: standard output).")
    ] = None,
    db: DbOpt = None,
) -> None:
    """The actor graph as JSON, GEXF or GraphML.

    A directed edge per source → target pair, weighted by events (each story once), with the
    mean Goldstein score, the cooperation index and counts per quad class."""
    from ..relations import FORMATS, build_network, network_to_string

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format is one of {', '.join(FORMATS)}")
    if level not in ("country", "sector"):
        raise typer.BadParameter("--level is country or sector")
    flt = event_filter(
        since=since,
        until=until,
        include_hypothetical=include_hypothetical,
        include_historical=include_historical,
    )
    with open_store(db) as store:
        graph = build_network(store, flt, min_events=min_events, level=level)  # type: ignore[arg-type]  # typer has no Literal options; checked above
    text = network_to_string(graph, fmt)  # type: ignore[arg-type]  # typer has no Literal options; checked above
    if output is None:
        typer.echo(text, nl=False)
        return
    output.write_text(text, encoding="utf-8")
    err_console.print(
        f"wrote {graph.number_of_nodes()} actors and {graph.number_of_edges()} edges to {output}"
    )


def _shifts_table(series: DyadSeries, found: list[Shift]) -> Table:
    table = Table(
        title=f"Shifts in {series.label} (by {series.by})", title_justify="left", expand=True
    )
    table.add_column("from", no_wrap=True)
    table.add_column("measure", no_wrap=True)
    table.add_column("change")
    table.add_column("p", justify="right")
    table.add_column("events that carry it", ratio=3)
    for s in found:
        unit = "G" if s.metric == "tone" else "events/period"
        change = f"{s.direction}\n{s.before:+.2f} → {s.after:+.2f} {unit}"
        ev = Text()
        for i, u in enumerate(s.evidence[:3]):
            e = u.event.event
            if i:
                ev.append("\n")
            ev.append(f"{u.day} {e.event_type} {e.goldstein:+.1f} ", style="bold")
            ev.append(e.sentence.strip()[:150], style="dim")
        table.add_row(s.label, s.metric, change, f"{s.p_value:.3f}", ev)
    return table


def shifts(
    a: Annotated[
        str | None, typer.Argument(help="First actor (omit both to scan active dyads).")
    ] = None,
    b: Annotated[str | None, typer.Argument(help="Second actor.")] = None,
    by: ByOpt = "month",
    since: SinceOpt = None,
    until: UntilOpt = None,
    threshold: Annotated[
        float, typer.Option(help="Significance: largest permutation p-value kept.")
    ] = 0.01,
    min_delta: Annotated[
        float, typer.Option(help="Tone: smallest change of mean Goldstein reported.")
    ] = 1.0,
    min_ratio: Annotated[
        float, typer.Option(help="Volume: smallest ratio of event rates reported.")
    ] = 2.0,
    metric: Annotated[
        list[str] | None, typer.Option("--metric", help="tone and/or volume (default both).")
    ] = None,
    directed: DirectedOpt = False,
    include_hypothetical: HypotheticalOpt = False,
    include_historical: HistoricalOpt = False,
    top_dyads: Annotated[
        int, typer.Option(min=1, help="Without A B: how many of the most active dyads to scan.")
    ] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="JSON, one object per dyad.")] = False,
    plot: PlotOpt = None,
    db: DbOpt = None,
) -> None:
    """Significant changes in dyad series, with the events that carry them.

    Circular binary segmentation with a permutation test (p ≤ --threshold) on tone (mean
    Goldstein) and volume (events per period): single changes and episodes. Without A B,
    scans the most active dyads."""
    from ..relations import METRICS, ShiftParams, find_shifts, scan_dyads

    _check_by(by)
    _check_plot(plot)
    if (a is None) != (b is None):
        raise typer.BadParameter("give two actors (A B) or none")
    if plot is not None and a is None:
        raise typer.BadParameter("--plot needs a dyad (A B)")
    metrics = tuple(metric or METRICS)
    if any(m not in METRICS for m in metrics):
        raise typer.BadParameter(f"--metric is one of {', '.join(METRICS)}")
    if not 0 < threshold < 1:
        raise typer.BadParameter("--threshold is a p-value between 0 and 1")
    params = ShiftParams(alpha=threshold, min_delta=min_delta, min_ratio=min_ratio)
    flt = event_filter(
        dyad=(a, b) if a is not None and b is not None else None,
        directed=directed,
        since=since,
        until=until,
        include_hypothetical=include_hypothetical,
        include_historical=include_historical,
    )
    with open_store(db) as store:
        if a is not None and b is not None:
            results = [
                find_shifts(store, a, b, by=by, flt=flt, metrics=metrics, params=params)  # type: ignore[arg-type]  # typer has no Literal options; checked above
            ]
        else:
            results = scan_dyads(store, flt, top=top_dyads, by=by, metrics=metrics, params=params)  # type: ignore[arg-type]  # typer has no Literal options; checked above
    if plot is not None:
        from ..relations.plot import plot_series

        plot_series(results[0][0], plot, shifts=results[0][1])
        err_console.print(f"plot written to {plot}")
    if as_json:
        for series, found in results:
            typer.echo(
                json.dumps(
                    {
                        "a": series.a.label,
                        "b": series.b.label,
                        "by": series.by,
                        "directed": series.directed,
                        "events": len(series.units),
                        "method": "circular binary segmentation, permutation test",
                        "threshold": threshold,
                        "shifts": [s.to_dict() for s in found],
                    },
                    ensure_ascii=False,
                )
            )
        return
    if not results:
        console.print("no dyads with events in the store", style="dim")
    for series, found in results:
        if found:
            console.print(_shifts_table(series, found))
        else:
            console.print(
                f"{series.label}: no significant shift in {len(series.units)} events "
                f"(p ≤ {threshold})",
                style="dim",
            )
