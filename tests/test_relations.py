"""Relations maths on events built by hand: periods, story units, the cooperation index, shifts
on synthetic series with known breaks, the network and its export formats, and plots."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

import detente
from detente.relations import (
    ShiftParams,
    build_network,
    by_story,
    cooperation_index,
    cusum,
    detect_shifts,
    dyad_series,
    network_to_string,
    next_period,
    period_label,
    period_start,
    segment_statistic,
    series_from_events,
    write_network,
)
from detente.relations.plot import plot_series
from detente.store import ActorRef, EventFilter, StoredEvent
from support.records import analysis, event

D = dt.date
PAST = EventFilter.build(include_historical=True)  # historical mentions taken in


def stored(
    id: int, day: str, event_type: str, source: str, target: str, story: int | None, **kw
) -> StoredEvent:
    e = event(event_type, source, target, date=day, **kw)
    return StoredEvent(
        id, f"sha256:{id:064x}", story, 0, D.fromisoformat(day), e, f"doc {id}", None, None
    )


# ------------------------------------------------------------------------------------------
# periods and the index


@pytest.mark.parametrize(
    ("day", "by", "start", "label", "following"),
    [
        ("2023-01-01", "day", "2023-01-01", "2023-01-01", "2023-01-02"),
        ("2023-01-01", "week", "2022-12-26", "2022-W52", "2023-01-02"),  # a Sunday
        ("2023-05-17", "month", "2023-05-01", "2023-05", "2023-06-01"),
        ("2023-12-31", "month", "2023-12-01", "2023-12", "2024-01-01"),
        ("2023-11-30", "quarter", "2023-10-01", "2023-Q4", "2024-01-01"),
        ("2024-02-29", "year", "2024-01-01", "2024", "2025-01-01"),
    ],
)
def test_periods(day: str, by: str, start: str, label: str, following: str) -> None:
    s = period_start(D.fromisoformat(day), by)  # type: ignore[arg-type]
    assert s.isoformat() == start
    assert period_label(s, by) == label  # type: ignore[arg-type]
    assert next_period(s, by).isoformat() == following  # type: ignore[arg-type]


def test_cooperation_index_is_the_goldstein_weighted_balance() -> None:
    assert cooperation_index([1.9, -8.0, 0.0, 7.0]) == pytest.approx(0.9 / 16.9)
    assert cooperation_index([3.0, 4.0]) == 1.0
    assert cooperation_index([-10.0]) == -1.0
    assert cooperation_index([0.0, 0.0]) is None  # neutral statements carry no weight
    assert cooperation_index([]) is None


# ------------------------------------------------------------------------------------------
# the series


EVENTS = [
    stored(1, "2023-01-05", "CONSULT", "PRK", "RUS", 1),
    stored(2, "2023-01-06", "CONSULT", "RUS", "PRK", 1),  # same story, other direction
    stored(3, "2023-01-20", "SANCTION", "PRK", "RUS", 2),
    stored(4, "2023-03-02", "AID", "RUS", "PRK", 3),
    stored(5, "2023-03-03", "ACCUSE", "PRK", "RUS", 4, hypothetical=True),
    stored(6, "2023-03-04", "CONSULT", "PRK", "USA", 5),  # another dyad
    stored(7, "2023-03-10", "AID", "RUS", "PRK", 3),  # a reprint of story 3
    stored(8, "2023-03-11", "AID", "RUS", "PRK", None),  # no story: its document stands alone
]


def test_an_undirected_monthly_series_computed_by_hand() -> None:
    s = series_from_events(EVENTS, "PRK", "RUS", by="month")
    assert [p.label for p in s.periods] == ["2023-01", "2023-02", "2023-03"]
    jan, feb, mar = s.periods
    assert jan.counts == (1, 0, 0, 1)  # one CONSULT for story 1, one SANCTION
    assert jan.goldstein_sum == pytest.approx(1.9 - 8.0)
    assert jan.goldstein_mean == pytest.approx((1.9 - 8.0) / 2)
    assert jan.index == pytest.approx((1.9 - 8.0) / (1.9 + 8.0))
    assert [u.event.id for u in jan.top] == [3, 1]  # largest |Goldstein| first
    assert jan.top[1].copies == 2
    assert (feb.counts, feb.goldstein_sum, feb.goldstein_mean, feb.index) == (
        (0, 0, 0, 0),
        0,
        None,
        None,
    )
    assert mar.counts == (0, 2, 0, 0)  # story 3 once, and the story-less document
    assert mar.index == 1.0
    assert s.folded == 2  # event 2 and event 7
    assert s.total.index == pytest.approx((1.9 - 8.0 + 7.0 + 7.0) / (1.9 + 8.0 + 7.0 + 7.0))
    data = json.loads(json.dumps(s.to_dict()))
    assert data["periods"][0]["quad_counts"] == {"1": 1, "2": 0, "3": 0, "4": 1}
    assert data["periods"][0]["top_events"][0]["sentence"] == EVENTS[2].event.sentence


def test_hypothetical_events_enter_only_when_asked() -> None:
    s = series_from_events(
        EVENTS, "PRK", "RUS", by="month", flt=EventFilter(include_hypothetical=True)
    )
    mar = s.periods[-1]
    assert mar.counts == (0, 2, 1, 0)
    assert mar.goldstein_sum == pytest.approx(7.0 + 7.0 - 2.0)


def test_a_directed_series_and_explicit_bounds() -> None:
    s = series_from_events(
        EVENTS,
        "PRK",
        "RUS",
        by="month",
        flt=EventFilter.build(directed=True, since="2022-12", until="2023-04"),
    )
    assert [p.label for p in s.periods] == ["2022-12", "2023-01", "2023-02", "2023-03", "2023-04"]
    assert [p.events for p in s.periods] == [0, 2, 0, 0, 0]  # RUS → PRK aid is the other way
    assert s.folded == 0
    q = series_from_events(EVENTS, "PRK", "RUS", by="quarter")
    assert [(p.label, p.events) for p in q.periods] == [("2023-Q1", 4)]
    assert series_from_events([], "PRK", "RUS").periods == ()


def test_historical_mentions_are_left_out_unless_asked() -> None:
    background = dataclasses.replace(
        stored(9, "2019-01-01", "CONSULT", "PRK", "RUS", 9),
        event=dataclasses.replace(EVENTS[0].event, historical=True, date=D(2019, 1, 1)),
    )
    plain = series_from_events([*EVENTS, background], "PRK", "RUS")
    assert plain.periods[0].label == "2023-01" and len(plain.units) == 4
    with_past = series_from_events([*EVENTS, background], "PRK", "RUS", flt=PAST)
    assert with_past.periods[0].label == "2019-01" and len(with_past.units) == 5


def test_units_fold_a_story_once_per_event_type() -> None:
    units = by_story(EVENTS, ActorRef.parse("RUS"), ActorRef.parse("PRK"), directed=True)
    assert [(u.event.id, u.copies) for u in units] == [(2, 1), (4, 2), (8, 1)]


def test_sector_level_actors() -> None:
    evs = [
        stored(1, "2023-05-01", "ASSAULT", "PRK", "KOR", 1, sector="MIL"),
        stored(2, "2023-05-02", "ACCUSE", "PRK", "KOR", 2, sector="GOV"),
    ]
    mil = series_from_events(evs, "PRK-MIL", "KOR")
    assert [u.event.id for u in mil.units] == [1]
    assert len(series_from_events(evs, "PRK", "KOR").units) == 2


def test_a_series_from_the_store_matches_the_same_events_in_memory(tmp_path: Path) -> None:
    with detente.open(tmp_path / "r.db") as store:
        for i, (t, src, tgt, day) in enumerate(
            [
                ("CONSULT", "PRK", "RUS", "2023-09-13"),
                ("AID", "RUS", "PRK", "2023-10-01"),
                ("SANCTION", "USA", "PRK", "2023-10-02"),
                ("ACCUSE", "PRK", "RUS", "2023-11-05"),
            ]
        ):
            store.add(
                analysis(
                    f"Report {i}: distinct words for a distinct story number {i}.",
                    published=day,
                    events=(event(t, src, tgt),),
                )
            )
        s = dyad_series(store, "PRK", "RUS", by="month")
    assert [(p.label, p.counts) for p in s.periods] == [
        ("2023-09", (1, 0, 0, 0)),
        ("2023-10", (0, 1, 0, 0)),
        ("2023-11", (0, 0, 1, 0)),
    ]


# ------------------------------------------------------------------------------------------
# shifts


def test_cusum_statistic_by_hand() -> None:
    x = np.array([0.0, 0.0, 0.0, 1.0, 1.0, 1.0])
    t = cusum(x, np.array([1, 3]))[0]
    assert t[1] == pytest.approx(1.5 * np.sqrt(6 / 9))
    assert t[0] == pytest.approx(abs(0 - 3 / 6) * np.sqrt(6 / 5))


def _monthly(pattern: list[list[str]], start: str = "2020-01") -> list[StoredEvent]:
    """One list of event types per month, each event its own story."""
    out: list[StoredEvent] = []
    day = D.fromisoformat(start + "-01")
    for types in pattern:
        for k, t in enumerate(types):
            out.append(
                stored(
                    len(out) + 1,
                    (day + dt.timedelta(days=k)).isoformat(),
                    t,
                    "PRK",
                    "RUS",
                    len(out) + 1,
                )
            )
        day = next_period(day, "month")
    return out


CONFLICT = ["SANCTION", "MOBILIZE", "ACCUSE"]
COOPERATION = ["CONSULT", "COOPERATE", "AID"]


def test_a_known_break_in_tone_is_found_with_its_events() -> None:
    events = _monthly([CONFLICT] * 12 + [COOPERATION] * 12)
    found = detect_shifts(series_from_events(events, "PRK", "RUS"))
    assert len(found) == 1
    shift = found[0]
    assert (shift.metric, shift.label, shift.at) == ("tone", "2021-01", D(2021, 1, 1))
    assert shift.p_value <= 0.01
    assert shift.before == pytest.approx((-8.0 - 7.2 - 2.0) / 3)
    assert shift.after == pytest.approx((1.9 + 6.4 + 7.0) / 3)
    assert shift.direction == "more cooperative"
    assert (shift.n_before, shift.n_after) == (36, 36)
    assert shift.index_before == -1.0 and shift.index_after == 1.0
    assert all(u.day >= D(2021, 1, 1) for u in shift.evidence)
    assert shift.evidence[0].event.event.event_type == "AID"  # pulls hardest towards cooperation


def test_two_breaks_are_found_by_binary_segmentation() -> None:
    events = _monthly([CONFLICT] * 10 + [COOPERATION] * 10 + [CONFLICT] * 10)
    found = detect_shifts(series_from_events(events, "PRK", "RUS"), metrics=("tone",))
    assert [(s.label, s.direction) for s in found] == [
        ("2020-11", "more cooperative"),
        ("2021-09", "more conflictual"),
    ]


def test_a_short_episode_is_found_by_its_two_boundaries() -> None:
    # Two years of conflict with a four-month thaw in the middle: no single split separates it
    # well, the segment [thaw) against the rest does.
    events = _monthly([CONFLICT] * 12 + [COOPERATION] * 4 + [CONFLICT] * 12)
    found = detect_shifts(series_from_events(events, "PRK", "RUS"), metrics=("tone",))
    assert [(s.label, s.direction) for s in found] == [
        ("2021-01", "more cooperative"),
        ("2021-05", "more conflictual"),
    ]
    start, end = found
    assert (start.n_before, start.n_after, end.n_before, end.n_after) == (36, 12, 12, 36)
    assert start.p_value <= 0.01 and start.p_value == end.p_value  # one test found both


def test_segment_statistic_is_the_inside_outside_difference() -> None:
    x = np.array([0.0, 0.0, 1.0, 1.0, 0.0, 0.0])
    t = segment_statistic(x, np.array([2]), np.array([4]))[0][0]
    # inside mean 1, outside mean 0, m = 2, n = 6: 1 · √(2·4/6)
    assert t == pytest.approx(np.sqrt(8 / 6))
    assert cusum(x, np.array([3]))[0][0] == pytest.approx(
        segment_statistic(x, np.array([0]), np.array([3]))[0][0]
    )


def test_no_shift_in_a_series_without_one() -> None:
    rng = np.random.default_rng(7)
    pool = CONFLICT + COOPERATION
    pattern = [[pool[i] for i in rng.integers(0, len(pool), size=3)] for _ in range(30)]
    assert detect_shifts(series_from_events(_monthly(pattern), "PRK", "RUS")) == []


def test_a_change_in_volume_is_found() -> None:
    events = _monthly([["CONSULT"]] * 12 + [["CONSULT"] * 6] * 12)
    found = detect_shifts(series_from_events(events, "PRK", "RUS"))
    assert [(s.metric, s.label) for s in found] == [("volume", "2021-01")]
    assert (found[0].before, found[0].after) == (1.0, 6.0)
    assert found[0].direction == "more active"
    assert len(found[0].evidence) == 5


def test_volume_is_tested_only_where_the_corpus_has_documents() -> None:
    # One retrospective event dated years before the corpus starts, then a steady flow.
    early = stored(1000, "2015-06-01", "CONSULT", "PRK", "RUS", 1000)
    events = [early, *_monthly([["CONSULT", "AGREE"]] * 24)]
    blind = series_from_events(events, "PRK", "RUS", flt=PAST)
    assert [s.label for s in detect_shifts(blind, metrics=("volume",))] == ["2020-01"]
    covered = series_from_events(
        events, "PRK", "RUS", flt=PAST, coverage=(D(2020, 1, 1), D(2021, 12, 31))
    )
    assert detect_shifts(covered, metrics=("volume",)) == []


def test_thresholds_are_honoured() -> None:
    events = _monthly([CONFLICT] * 12 + [COOPERATION] * 12)
    series = series_from_events(events, "PRK", "RUS")
    assert detect_shifts(series, params=ShiftParams(min_delta=20.0)) == []  # effect too small
    assert detect_shifts(series, params=ShiftParams(min_size=37)) == []  # 36 units a side
    with pytest.raises(ValueError):
        detect_shifts(series, params=ShiftParams(alpha=0.0))
    first = detect_shifts(series)[0].to_dict()
    assert first == detect_shifts(series)[0].to_dict()  # seeded: the same result every time
    assert first["period"] == "2021-01" and first["evidence"][0]["event_type"] == "AID"


# ------------------------------------------------------------------------------------------
# network


@pytest.fixture
def network_store(tmp_path: Path) -> Path:
    db = tmp_path / "n.db"
    items = [
        ("PRK", "RUS", "CONSULT", {}),
        ("PRK", "RUS", "AGREE", {}),
        ("RUS", "PRK", "AID", {}),
        ("USA", "PRK", "SANCTION", {}),
        ("PRK", "PRK", "COOPERATE", {}),  # domestic: no edge at country level
        ("CHN", "PRK", "AID", {"hypothetical": True}),  # not asserted: no edge
    ]
    with detente.open(db) as store:
        for i, (src, tgt, t, kw) in enumerate(items):
            store.add(
                analysis(
                    f"Dispatch {i} about a {t.lower()} involving {src} and {tgt}, no {i * 7}.",
                    events=(event(t, src, tgt, **kw),),
                )
            )
    return db


def test_the_network_weights_edges_by_events_and_goldstein(network_store: Path) -> None:
    with detente.open(network_store, readonly=True) as store:
        g = build_network(store)
        strong = build_network(store, min_events=2)
        with_hypo = build_network(store, EventFilter(include_hypothetical=True))
    assert set(g.edges) == {("PRK", "RUS"), ("RUS", "PRK"), ("USA", "PRK")}
    prk_rus = g.edges["PRK", "RUS"]
    assert prk_rus["events"] == 2 and prk_rus["quad1"] == 2
    assert prk_rus["goldstein_mean"] == pytest.approx((1.9 + 8.0) / 2)
    assert g.edges["USA", "PRK"]["index"] == -1.0
    assert g.nodes["PRK"]["events"] == 4 and g.nodes["PRK"]["out_events"] == 2
    assert set(strong.edges) == {("PRK", "RUS")}
    assert ("CHN", "PRK") in with_hypo.edges


@pytest.mark.parametrize("fmt", ["json", "gexf", "graphml"])
def test_network_formats_read_back_with_networkx(
    network_store: Path, tmp_path: Path, fmt: str
) -> None:
    with detente.open(network_store, readonly=True) as store:
        g = build_network(store)
    path = tmp_path / f"net.{fmt}"
    write_network(g, fmt, path)  # type: ignore[arg-type]
    if fmt == "json":
        back = nx.node_link_graph(json.loads(path.read_text()), edges="edges")
    elif fmt == "gexf":
        back = nx.read_gexf(path)
    else:
        back = nx.read_graphml(path)
    assert back.is_directed()
    assert set(back.edges) == set(g.edges)
    assert int(back.edges["PRK", "RUS"]["events"]) == 2
    assert float(back.edges["RUS", "PRK"]["goldstein_mean"]) == pytest.approx(7.0)
    buf = io.StringIO()
    write_network(g, fmt, buf)  # type: ignore[arg-type]
    assert buf.getvalue() == network_to_string(g, fmt)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------
# plots


@pytest.mark.parametrize(("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_plots_are_written_in_the_format_of_their_suffix(
    tmp_path: Path, suffix: str, magic: bytes
) -> None:
    events = _monthly([CONFLICT] * 6 + [COOPERATION] * 6)
    series = series_from_events(events, "PRK", "RUS")
    path = plot_series(series, tmp_path / f"plot{suffix}", shifts=detect_shifts(series))
    data = path.read_bytes()
    assert data.startswith(magic) and len(data) > 5000
    if suffix == ".svg":
        assert b"<svg" in data


def test_a_plot_refuses_other_formats(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        plot_series(series_from_events([], "PRK", "RUS"), tmp_path / "plot.pdf")


def test_mutual_events_count_for_every_pair_of_parties(tmp_path: Path) -> None:
    """ "Putin and Kim met" codes both as sources and no target (PLOVER's convention for
    meetings and clashes): the meeting must count in the PRK–RUS dyad, its series and the
    network, while a joint action against a third party does not make its actors a dyad."""
    with detente.open(tmp_path / "m.db") as store:
        store.add(
            analysis(
                "Kim and Putin met at a spaceport in the Russian Far East on Wednesday.",
                published="2023-09-13",
                events=(event("CONSULT", ("PRK", "RUS"), mutual=True),),
            )
        )
        store.add(
            analysis(
                "China and Russia joined new sanctions against North Korea in a vote.",
                published="2017-08-05",
                events=(event("SANCTION", ("CHN", "RUS"), "PRK"),),
            )
        )
        store.add(
            analysis(
                "China and Russia both condemned the launch in statements on Friday.",
                published="2017-08-06",
                events=(event("ACCUSE", ("CHN", "RUS")),),  # two sources, but no mutual event
            )
        )
        both_ways = store.events(dyad="PRK:RUS", directed=True)
        back = store.events(dyad="RUS:PRK", directed=True)
        chn_rus = store.events(dyad="CHN:RUS")
        chn_prk = store.events(dyad="CHN:PRK")
        series = dyad_series(store, "PRK", "RUS", by="year")
        pairs = {(d.source, d.target) for d in store.dyads(directed=False)}
        g = build_network(store)
    assert [e.event.event_type for e in both_ways] == ["CONSULT"]
    assert sorted(e.event.event_type for e in back) == ["CONSULT", "SANCTION"]
    assert chn_rus == []
    assert [e.event.event_type for e in chn_prk] == ["SANCTION"]
    counts = {p.label: p.counts for p in series.periods if any(p.counts)}
    assert counts == {"2017": (0, 0, 0, 1), "2023": (1, 0, 0, 0)}
    assert pairs == {("PRK", "RUS"), ("CHN", "PRK")}
    assert ("PRK", "RUS") in g.edges and ("RUS", "PRK") in g.edges
    assert ("CHN", "RUS") not in g.edges
