"""Relations analytics over the store: dyad series, the actor network, shifts, plots.

    >>> import detente
    >>> from detente.relations import dyad_series, detect_shifts     # doctest: +SKIP
    >>> with detente.open(readonly=True) as store:                  # doctest: +SKIP
    ...     series = dyad_series(store, "PRK", "RUS", by="month")
    ...     shifts = detect_shifts(series)

Every figure counts a story once (see ``series``); the methods are stated in the docstrings of
``series`` (units, cooperation–conflict index), ``network`` and ``shifts`` (change points), and
in docs/relations.md. Plotting imports matplotlib and lives in ``detente.relations.plot``.
"""

from __future__ import annotations

from .network import FORMATS, build_network, network_to_string, write_network
from .series import (
    PERIODS,
    DyadSeries,
    PeriodStats,
    Unit,
    by_story,
    cooperation_index,
    dyad_series,
    next_period,
    period_label,
    period_start,
    series_from_events,
)
from .shifts import (
    METRICS,
    Shift,
    ShiftParams,
    cusum,
    detect_shifts,
    find_shifts,
    scan_dyads,
    segment_statistic,
)

__all__ = [
    "FORMATS",
    "METRICS",
    "PERIODS",
    "DyadSeries",
    "PeriodStats",
    "Shift",
    "ShiftParams",
    "Unit",
    "build_network",
    "by_story",
    "cooperation_index",
    "cusum",
    "detect_shifts",
    "dyad_series",
    "find_shifts",
    "network_to_string",
    "next_period",
    "period_label",
    "period_start",
    "scan_dyads",
    "segment_statistic",
    "series_from_events",
    "write_network",
]
