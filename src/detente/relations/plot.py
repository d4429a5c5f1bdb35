"""Pictures of a dyad series for a terminal user: ``--plot FILE.png|svg``.

Drawn with matplotlib's object API on an Agg canvas (no pyplot, no display, no global backend
switch), so it works headless, in tests and in a web worker alike. Two panels share the time
axis: units per period stacked by quad class, and the cooperation–conflict index (with the
mean Goldstein score on a second axis); detected shifts are vertical lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from .series import DyadSeries
from .shifts import Shift

__all__ = ["QUAD_COLOURS", "QUAD_NAMES", "plot_series"]

QUAD_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
QUAD_COLOURS = ("#8fd18f", "#2e8b57", "#f4a261", "#c0392b")
_FORMATS = {".png", ".svg"}


def plot_series(series: DyadSeries, path: str | Path, *, shifts: Sequence[Shift] = ()) -> Path:
    """Draw the series (and its shifts) to ``path``; the suffix (.png or .svg) picks the format.
    Raises ValueError for another suffix."""
    path = Path(path)
    if path.suffix.lower() not in _FORMATS:
        raise ValueError(f"plot file must end in .png or .svg, not {path.name!r}")
    fig = Figure(figsize=(11, 6.5), layout="constrained")
    FigureCanvasAgg(fig)
    bars, line = fig.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    periods = series.periods
    starts = [p.start for p in periods]
    widths = [max((p.end - p.start).days, 0) * 0.85 + 0.85 for p in periods]
    bottom = [0] * len(periods)
    for q in range(4):
        heights = [p.counts[q] for p in periods]
        bars.bar(
            starts,
            heights,
            width=widths,
            bottom=bottom,
            align="edge",
            color=QUAD_COLOURS[q],
            label=QUAD_NAMES[q],
        )
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    bars.set_ylabel(f"events per {series.by} (stories once)")
    bars.legend(loc="upper left", fontsize="small", frameon=False)
    title = f"{series.label}: {len(series.units)} events"
    if series.total.index is not None:
        title += f", cooperation index {series.total.index:+.2f}"
    bars.set_title(title)

    mids = [p.start + (p.end - p.start) / 2 for p in periods]
    index = [p.index if p.index is not None else float("nan") for p in periods]
    line.axhline(0, color="#999999", linewidth=0.8)
    line.plot(
        mids,
        index,
        marker="o",
        markersize=3,
        linewidth=1.2,
        color="#1f4e79",
        label="cooperation index",
    )
    line.set_ylim(-1.05, 1.05)
    line.set_ylabel("index  (Σg / Σ|g|)")
    gold = line.twinx()
    gold.plot(
        mids,
        [p.goldstein_mean if p.goldstein_mean is not None else float("nan") for p in periods],
        linestyle=":",
        marker=".",
        color="#7f7f7f",
        label="mean Goldstein",
    )
    gold.set_ylim(-10.5, 10.5)
    gold.set_ylabel("mean Goldstein")
    for shift in shifts:
        for ax in (bars, line):
            ax.axvline(_as_datetime(shift.at), color="#6a1b9a", linestyle="--", linewidth=1)
        line.annotate(
            f"{shift.label} {shift.metric}",
            (_as_datetime(shift.at), 0.95),
            fontsize="x-small",
            color="#6a1b9a",
            rotation=90,
            va="top",
            ha="right",
        )
    handles = line.get_legend_handles_labels()
    extra = gold.get_legend_handles_labels()
    line.legend(
        handles[0] + extra[0],
        handles[1] + extra[1],
        loc="lower left",
        fontsize="small",
        frameon=False,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format=path.suffix.lower().lstrip("."), dpi=120)
    return path


def _as_datetime(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)
