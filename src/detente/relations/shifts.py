"""Shift detection: when did relations between two actors change, and which events carry it.

Method: **circular binary segmentation with a permutation test** (Olshen, Venkatraman, Lucito &
Wigler 2004, the method behind DNA copy-number calls), on two measures of a dyad series
(``detente.relations.series``; story-deduplicated units):

- ``tone``: the Goldstein scores of the units in date order. A shift is a change in their mean
  (relations turned more cooperative or more conflictual).
- ``volume``: the number of units per period, empty periods included, within the span the
  corpus covers (the publication dates of the store's documents: before and after it a count of
  zero means no data, not no interaction). A shift is a change in the rate of interaction (a
  crisis or a rapprochement starts, or ends).

For values x₁…xₙ and a segment [i, j) of m = j − i values, the statistic is

    T(i, j) = |S_j − S_i − (m/n)·S_n| · √(n / (m(n − m))),   S_k = x₁ + … + x_k,

the difference between the mean inside the segment and the mean outside it, divided by its
standard error up to the common σ. A segment that starts at the beginning, [0, k), is a single
change after k: T is then the standardised CUSUM statistic (Page 1954). Allowing a segment in
the middle as well finds *episodes* — a thaw of a few months between years of hostility — that a
single split misses. Segment ends fall only between periods (a shift is dated "from 2023-09"),
and every non-empty piece holds at least ``min_size`` units (tone) or periods (volume).

Significance is judged by a permutation test: the largest T over all allowed segments is
compared with the largest T over ``permutations`` (999) random orders of the same values, so no
normal distribution or σ estimate is assumed; p = (1 + #{permuted max ≥ observed}) / 1000.
A segment is kept when p ≤ ``alpha`` (the ``--threshold``, 0.01) **and** the change is large
enough to matter: a difference of mean Goldstein of at least ``min_delta`` (1.0 point) for tone,
a ratio of rates of at least ``min_ratio`` (2×) for volume. Its ends become shifts (each again
checked for size against its own neighbour), and the pieces before, inside and after are tested
again, up to ``max_shifts``. With more than 400 boundaries in a segment (daily periods over
years) only single changes are tried, since the candidates grow as the square. The random
generator is seeded: the same store gives the same shifts.

Why not the ``ruptures`` package: its detectors return breakpoints for a given penalty or number
of breaks but no significance, and choosing a penalty per dyad is a guess; the permutation test
gives each shift a p-value an analyst can read and the threshold a meaning. It is also one
dependency less. Caveat: periods of news are not truly exchangeable (bursts cluster), so the
volume p-values are optimistic; that is why the effect-size floors apply as well.

Each shift comes with its **evidence**: the units just after the break that pull hardest in the
shift's direction (for tone, the largest (g − mean before) × sign of the change; for volume, the
largest |g|), with their sentences.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from ..store.filters import EventFilter
from ..store.records import ActorRef
from .series import (
    By,
    DyadSeries,
    PeriodStats,
    Unit,
    cooperation_index,
    dyad_series,
    period_label,
    period_start,
)

if TYPE_CHECKING:
    from ..store import Store

__all__ = [
    "METRICS",
    "Shift",
    "ShiftParams",
    "cusum",
    "detect_shifts",
    "find_shifts",
    "scan_dyads",
    "segment_statistic",
]

Metric = Literal["tone", "volume"]
METRICS: tuple[Metric, ...] = ("tone", "volume")
_BLOCK = 200  # permutations per block, at most
_CELLS = 4_000_000  # statistics computed at once (permutations × candidate segments): ~32 MB
_MAX_BOUNDS = 400  # boundaries beyond which only single splits are tried


@dataclass(frozen=True, slots=True)
class ShiftParams:
    alpha: float = 0.01
    permutations: int = 999
    min_size: int = 3
    min_delta: float = 1.0
    min_ratio: float = 2.0
    max_shifts: int = 8
    evidence: int = 5
    seed: int = 0


@dataclass(frozen=True, slots=True)
class Shift:
    """A significant change in a dyad series, from ``at`` (the first day of the first period
    after the break). ``before``/``after``: mean Goldstein (tone) or units per period (volume)
    in the tested segment on either side; ``n_before``/``n_after``: units (tone) or periods
    (volume) behind them."""

    metric: Metric
    at: dt.date
    label: str
    before: float
    after: float
    index_before: float | None
    index_after: float | None
    p_value: float
    statistic: float
    n_before: int
    n_after: int
    segment: tuple[dt.date, dt.date]
    evidence: tuple[Unit, ...]

    @property
    def delta(self) -> float:
        return self.after - self.before

    @property
    def direction(self) -> str:
        if self.metric == "tone":
            return "more cooperative" if self.delta > 0 else "more conflictual"
        return "more active" if self.delta > 0 else "less active"

    def to_dict(self) -> dict[str, Any]:
        def r(v: float | None) -> float | None:
            return None if v is None else round(v, 4)

        return {
            "metric": self.metric,
            "at": self.at.isoformat(),
            "period": self.label,
            "direction": self.direction,
            "before": r(self.before),
            "after": r(self.after),
            "delta": r(self.delta),
            "index_before": r(self.index_before),
            "index_after": r(self.index_after),
            "p_value": r(self.p_value),
            "statistic": r(self.statistic),
            "n_before": self.n_before,
            "n_after": self.n_after,
            "segment": [self.segment[0].isoformat(), self.segment[1].isoformat()],
            "evidence": [u.to_dict() for u in self.evidence],
        }


def segment_statistic(x: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """T for each segment [starts[k], ends[k]) of each row of ``x`` (1-D or 2-D: rows are
    series): the difference between the mean inside the segment and the mean outside it,
    scaled by its standard error up to σ — |S_j − S_i − (m/n)·S_n| · √(n / (m(n − m))) with
    m = j − i and S the prefix sums."""
    x = np.atleast_2d(np.asarray(x, dtype=float))
    n = x.shape[1]
    s = np.concatenate([np.zeros((x.shape[0], 1)), np.cumsum(x, axis=1)], axis=1)
    m = (ends - starts).astype(float)
    t: np.ndarray = np.abs(s[:, ends] - s[:, starts] - (m / n) * s[:, -1:]) * np.sqrt(
        n / (m * (n - m))
    )
    return t


def cusum(x: np.ndarray, splits: np.ndarray) -> np.ndarray:
    """T(k) of a single split after k (the segment [0, k)), for each split and row of ``x``."""
    return segment_statistic(x, np.zeros_like(splits), splits)


def _candidates(local: np.ndarray, n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Segments [i, j) to test: i and j on allowed boundaries (or the ends), every non-empty
    piece at least ``m`` long, the whole excluded. A single split after k is [0, k). Beyond
    ``_MAX_BOUNDS`` boundaries only single splits are tried (the pairs would grow as the square)."""
    bounds = np.unique(np.concatenate(([0], local, [n]))).astype(int)
    if len(bounds) > _MAX_BOUNDS:
        ks = bounds[(bounds >= m) & (bounds <= n - m)]
        return np.zeros_like(ks), ks
    i, j = (a.ravel() for a in np.meshgrid(bounds, bounds, indexing="ij"))
    size = j - i
    keep = (
        (size >= m)
        & (n - size >= m)
        & ((i == 0) | (i >= m))
        & ((j == n) | (n - j >= m))
        & ((j < n) | (i == 0))  # [k, n) is the same test as [0, k)
        & (size < n)
    )
    return i[keep], j[keep]


def _best_segment(
    x: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    params: ShiftParams,
    rng: np.random.Generator,
) -> tuple[int, int, float, float]:
    """The segment with the largest T, its T and its permutation p-value."""
    observed = segment_statistic(x, starts, ends)[0]
    best = int(np.argmax(observed))
    t_max = float(observed[best])
    block_size = max(1, min(_BLOCK, _CELLS // max(len(starts), 1)))
    exceed = done = 0
    while done < params.permutations:
        block = min(block_size, params.permutations - done)
        perms = rng.permuted(np.tile(x, (block, 1)), axis=1)
        t_perm = segment_statistic(perms, starts, ends).max(axis=1)
        exceed += int(np.count_nonzero(t_perm >= t_max - 1e-9))
        done += block
    return int(starts[best]), int(ends[best]), t_max, (1 + exceed) / (1 + params.permutations)


Found = list[tuple[int, float, float, int, int]]


def _segment(
    x: np.ndarray,
    allowed: np.ndarray,
    lo: int,
    hi: int,
    params: ShiftParams,
    rng: np.random.Generator,
    big_enough: Any,
    found: Found,
) -> None:
    """Circular binary segmentation of x[lo:hi]. Appends (boundary, T, p, before_from,
    after_to) for each kept boundary: its change is x[before_from:boundary] against
    x[boundary:after_to]."""
    if len(found) >= params.max_shifts:
        return
    seg = x[lo:hi]
    n = hi - lo
    local = allowed[(allowed > lo) & (allowed < hi)] - lo
    if n < 2 * params.min_size or local.size == 0 or np.ptp(seg) == 0:
        return
    starts, ends = _candidates(local, n, params.min_size)
    if starts.size == 0:
        return
    i, j, t, p = _best_segment(seg, starts, ends, params, rng)
    inside, outside = seg[i:j], np.concatenate([seg[:i], seg[j:]])
    if p > params.alpha or not big_enough(outside, inside):
        return
    if i > 0 and big_enough(seg[:i], inside):  # an episode begins
        found.append((lo + i, t, p, lo, lo + j))
    if j < n and big_enough(inside, seg[j:]):  # a change (or the episode's end)
        found.append((lo + j, t, p, lo + i, hi))
    if i > 0:
        _segment(x, allowed, lo, lo + i, params, rng, big_enough, found)
    _segment(x, allowed, lo + i, lo + j, params, rng, big_enough, found)
    if j < n:
        _segment(x, allowed, lo + j, hi, params, rng, big_enough, found)


def _tone_shifts(series: DyadSeries, params: ShiftParams, rng: np.random.Generator) -> list[Shift]:
    units = [u for u in series.units if u.day is not None]
    if len(units) < 2 * params.min_size:
        return []
    x = np.array([u.goldstein for u in units])
    starts = [period_start(u.day, series.by) for u in units if u.day is not None]  # all dated
    allowed = np.array([i for i in range(1, len(units)) if starts[i] != starts[i - 1]], dtype=int)

    def big_enough(before: np.ndarray, after: np.ndarray) -> bool:
        return bool(abs(after.mean() - before.mean()) >= params.min_delta)

    found: Found = []
    _segment(x, allowed, 0, len(x), params, rng, big_enough, found)
    shifts = []
    for k, t, p, lo, hi in found:
        before, after = units[lo:k], units[k:hi]
        mean_before = float(x[lo:k].mean())
        mean_after = float(x[k:hi].mean())
        sign = 1.0 if mean_after >= mean_before else -1.0
        near = after[: max(4 * params.evidence, 20)]
        evidence = sorted(near, key=lambda u: (-(u.goldstein - mean_before) * sign, u.event.id))
        shifts.append(
            Shift(
                metric="tone",
                at=starts[k],
                label=period_label(starts[k], series.by),
                before=mean_before,
                after=mean_after,
                index_before=cooperation_index(u.goldstein for u in before),
                index_after=cooperation_index(u.goldstein for u in after),
                p_value=p,
                statistic=t,
                n_before=len(before),
                n_after=len(after),
                segment=(starts[lo], units[hi - 1].day or starts[hi - 1]),
                evidence=tuple(evidence[: params.evidence]),
            )
        )
    return shifts


def _volume_shifts(
    series: DyadSeries, params: ShiftParams, rng: np.random.Generator
) -> list[Shift]:
    periods = series.periods
    if series.coverage is not None:
        first, last = series.coverage
        periods = tuple(p for p in periods if p.end >= first and p.start <= last)
    if len(periods) < 2 * params.min_size:
        return []
    x = np.array([p.events for p in periods], dtype=float)
    allowed = np.arange(1, len(periods), dtype=int)

    def big_enough(before: np.ndarray, after: np.ndarray) -> bool:
        b, a = before.mean(), after.mean()
        return bool(a >= params.min_ratio * b or b >= params.min_ratio * a)

    found: Found = []
    _segment(x, allowed, 0, len(x), params, rng, big_enough, found)
    by_start: dict[dt.date, list[Unit]] = {}
    for u in series.units:
        if u.day is not None:
            by_start.setdefault(period_start(u.day, series.by), []).append(u)

    def units_of(chunk: Sequence[PeriodStats]) -> list[Unit]:
        return [u for q in chunk for u in by_start.get(q.start, ())]

    shifts = []
    for k, t, p, lo, hi in found:
        before_units = units_of(periods[lo:k])
        after_units = units_of(periods[k:hi])
        first_after = units_of(periods[k : k + params.min_size])
        evidence = sorted(first_after, key=lambda u: (-abs(u.goldstein), u.event.id))
        shifts.append(
            Shift(
                metric="volume",
                at=periods[k].start,
                label=periods[k].label,
                before=float(x[lo:k].mean()),
                after=float(x[k:hi].mean()),
                index_before=cooperation_index(u.goldstein for u in before_units),
                index_after=cooperation_index(u.goldstein for u in after_units),
                p_value=p,
                statistic=t,
                n_before=k - lo,
                n_after=hi - k,
                segment=(periods[lo].start, periods[hi - 1].end),
                evidence=tuple(evidence[: params.evidence]),
            )
        )
    return shifts


def detect_shifts(
    series: DyadSeries,
    *,
    metrics: Sequence[Metric] = METRICS,
    params: ShiftParams | None = None,
) -> list[Shift]:
    """Significant shifts of a dyad series, in date order (see the module docstring)."""
    params = params or ShiftParams()
    if not 0 < params.alpha < 1:
        raise ValueError(f"the threshold (alpha) must lie between 0 and 1, not {params.alpha}")
    shifts: list[Shift] = []
    for metric in metrics:
        rng = np.random.default_rng(params.seed)
        if metric == "tone":
            shifts.extend(_tone_shifts(series, params, rng))
        elif metric == "volume":
            shifts.extend(_volume_shifts(series, params, rng))
        else:
            raise ValueError(f"metric is tone or volume, not {metric!r}")
    shifts.sort(key=lambda s: (s.at, s.metric))
    return shifts


def find_shifts(
    store: Store,
    a: str | ActorRef,
    b: str | ActorRef,
    *,
    by: By = "month",
    flt: EventFilter | None = None,
    metrics: Sequence[Metric] = METRICS,
    params: ShiftParams | None = None,
) -> tuple[DyadSeries, list[Shift]]:
    """The A–B series from a store (over the events ``flt`` selects) and its shifts."""
    series = dyad_series(store, a, b, by=by, flt=flt)
    return series, detect_shifts(series, metrics=metrics, params=params)


def scan_dyads(
    store: Store,
    flt: EventFilter | None = None,
    *,
    top: int = 20,
    by: By = "month",
    metrics: Sequence[Metric] = METRICS,
    params: ShiftParams | None = None,
) -> list[tuple[DyadSeries, list[Shift]]]:
    """Shifts of the ``top`` most active undirected country dyads among the events ``flt``
    selects (what ``detente shifts`` without actors reports); each series is undirected."""
    flt = flt or EventFilter()
    undirected = dataclasses.replace(flt, dyad=None, directed=False)
    return [
        find_shifts(
            store,
            ActorRef.parse(d.source),  # codes the store holds, whatever their shape
            ActorRef.parse(d.target),
            by=by,
            flt=undirected,
            metrics=metrics,
            params=params,
        )
        for d in store.dyads(undirected, directed=False, limit=top)
    ]
