"""``detente.watch`` without the language model: the config checks, the polite fetcher against a
local site, the state kept in the store, the alert rules over hand-coded events, delivery."""

from __future__ import annotations

import datetime as dt
import io
import json
import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from detente import __version__
from detente.errors import ConfigError, InputError, StoreError
from detente.store import SCHEMA_VERSION, Store
from detente.store.migrations import MIGRATIONS
from detente.watch import (
    Deliverer,
    Fetcher,
    Settings,
    Stopped,
    Validators,
    WatchState,
    evaluate,
    evaluate_rule,
    load_config,
    payload,
)
from detente.watch.config import AlertRule, DeliverConfig, duration, parse_config
from detente.watch.demosite import NewsServer, demo_briefs
from support.records import analysis, event

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "detente" / "data" / "watch" / "sample.yaml"
FAST = Settings(host_delay=0, retries=1, backoff=0.01, timeout=5)


@pytest.fixture(scope="module")
def site() -> Any:
    with NewsServer(demo_briefs(["demo-082", "demo-095"])) as s:
        yield s


def dead_url() -> str:
    """A URL on a port nothing listens on (connection refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"


# ----------------------------------------------------------------------------- config


def test_the_bundled_sample_config_is_valid() -> None:
    config = load_config(SAMPLE)
    assert [s.kind for s in config.sources] == ["feed", "sitemap", "feed"]
    assert {r.kind for r in config.alerts} == {"event", "index", "shift", "burst"}
    assert config.deliver.jsonl == SAMPLE.parent / "alerts.jsonl"  # relative to the file
    assert config.settings.host_delay == 1.0
    assert "detente" in config.settings.user_agent and __version__ in config.settings.user_agent


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("15m", None),
        ("1d", None),
        ("soon", "expected a duration"),
        ("-3", "expected a duration"),
    ],
)
def test_durations(text: str, fragment: str | None) -> None:
    if fragment is None:
        assert duration(text, "x") in (900.0, 86400.0)
    else:
        with pytest.raises(ConfigError, match=fragment):
            duration(text, "x")


def _config(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"sources": [{"name": "a", "feed": "http://example.org/feed.xml"}]}
    base.update(overrides)
    return base


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({}, "list at least one source"),
        (_config(sauces=[]), "unknown key 'sauces'"),
        ({"sources": [{"name": "a", "fed": "http://x.org/"}]}, "unknown key 'fed'"),
        ({"sources": [{"name": "a", "feed": "ftp://x.org/f"}]}, "expected an http(s) URL"),
        (
            {"sources": [{"name": "a", "feed": "http://x.org/f", "sitemap": "http://x.org/s"}]},
            "exactly one of",
        ),
        (
            {"sources": [{"name": "a", "feed": "http://x/f"}, {"name": "a", "feed": "http://y/f"}]},
            "used twice",
        ),
        ({"sources": [{"name": "a", "feed": "http://x.org/f", "every": "0.5s"}]}, "once a second"),
        (_config(alerts=[{"name": "r", "kind": "weather"}]), "expected one of index"),
        (_config(alerts=[{"name": "r", "kind": "index", "dyad": "PRK-RUS", "above": 0.5}]), "dyad"),
        (_config(alerts=[{"name": "r", "kind": "index", "dyad": "PRK:RUS"}]), "above, below"),
        (
            _config(alerts=[{"name": "r", "kind": "index", "dyad": "PRK:RUS", "above": 3}]),
            "between",
        ),
        (_config(alerts=[{"name": "r", "kind": "event", "types": ["HUG"]}]), "not a PLOVER"),
        (_config(alerts=[{"name": "r", "kind": "burst"}]), "needs a country"),
        (
            _config(alerts=[{"name": "r", "kind": "burst", "country": "UKR", "dyad": "A:B"}]),
            "'dyad'",
        ),
        (_config(deliver={"webhook": "nowhere"}), "expected an http(s) URL"),
        (_config(settings={"user_agent": "Mozilla/5.0"}), "must name detente"),
    ],
)
def test_a_bad_config_fails_with_one_line_naming_the_entry(
    data: dict[str, Any], fragment: str
) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(data, name="watch.yaml")
    err = info.value
    assert err.code == "E505"
    assert fragment in err.reason
    assert err.reason.startswith("watch.yaml")
    assert "\n" not in str(err)


def test_a_config_file_that_is_not_yaml_or_missing(tmp_path: Path) -> None:
    bad = tmp_path / "w.yaml"
    bad.write_text("sources: [unclosed\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(bad)
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "absent.yaml")


# ----------------------------------------------------------------------------- the fetcher


def test_every_request_names_detente_and_its_version(site: NewsServer) -> None:
    with Fetcher(FAST) as f:
        assert f.get(site.url + "/feed.xml").status == 200
    agents = {h.get("User-Agent") for path, h in site.seen}
    assert agents and all(a and a.startswith(f"detente/{__version__}") for a in agents)


def test_robots_txt_is_read_once_per_host_and_obeyed(site: NewsServer) -> None:
    before = site.hits["/robots.txt"]
    with Fetcher(FAST) as f:
        f.get(site.url + "/article/demo-082.html")
        f.get(site.url + "/article/demo-095.html")
        with pytest.raises(InputError) as info:
            f.get(site.url + "/private/demo-082.html")
    assert info.value.code == "E120"
    assert site.hits["/private/demo-082.html"] == 0  # refused before any request
    assert site.hits["/robots.txt"] == before + 1


def test_a_robots_txt_that_answers_500_forbids_everything(site: NewsServer) -> None:
    with Fetcher(FAST) as f:
        site.down = True
        try:
            with pytest.raises(InputError) as info:
                f.get(site.url + "/feed.xml")
        finally:
            site.down = False
    assert info.value.code == "E120"


def test_conditional_requests_get_304_without_a_body(site: NewsServer) -> None:
    with Fetcher(FAST) as f:
        first = f.get(site.url + "/feed.xml")
        assert first.status == 200 and first.validators.etag
        again = f.get(site.url + "/feed.xml", first.validators)
    assert again.not_modified and again.content == b""
    sent = [h for path, h in site.seen if path == "/feed.xml"][-1]
    assert sent.get("If-None-Match") == first.validators.etag
    assert sent.get("If-Modified-Since") == first.validators.last_modified


def test_requests_to_one_host_are_spaced(site: NewsServer) -> None:
    with Fetcher(Settings(host_delay=0.3, retries=0)) as f:
        f.get(site.url + "/feed.xml")  # robots.txt, then the feed
        t = time.monotonic()
        f.get(site.url + "/sitemap.xml")
        f.get(site.url + "/urls.txt")
        assert time.monotonic() - t >= 0.55


def test_server_errors_are_retried_with_backoff_then_fail(site: NewsServer) -> None:
    before = site.hits["/broken/feed.xml"]
    settings = Settings(host_delay=0, retries=2, backoff=0.1)
    with Fetcher(settings) as f:
        f.get(site.url + "/urls.txt")  # robots.txt read beforehand: time the retries only
        t = time.monotonic()
        with pytest.raises(InputError) as info:
            f.get(site.url + "/broken/feed.xml")
        waited = time.monotonic() - t
    assert info.value.code == "E121" and "HTTP 500" in info.value.reason
    assert "3 attempts" in info.value.reason
    assert site.hits["/broken/feed.xml"] == before + 3
    assert waited >= 0.1 + 0.2  # 0.1 s, then twice that


def test_client_errors_are_not_retried(site: NewsServer) -> None:
    before = site.hits["/article/none.html"]
    with (
        Fetcher(Settings(host_delay=0, retries=3, backoff=0.01)) as f,
        pytest.raises(InputError, match="HTTP 404"),
    ):
        f.get(site.url + "/article/none.html")
    assert site.hits["/article/none.html"] == before + 1


def test_an_unreachable_host_fails_after_its_retries() -> None:
    with Fetcher(FAST) as f, pytest.raises(InputError) as info:
        f.get(dead_url())
    assert info.value.code == "E121" and "could not be reached" in info.value.reason


def test_a_body_over_the_size_limit_is_cut_off(site: NewsServer) -> None:
    with (
        Fetcher(Settings(host_delay=0, retries=0, max_bytes=50_000)) as f,
        pytest.raises(InputError) as info,
    ):
        f.get(site.url + "/big")
    assert info.value.code == "E104"


def test_a_stop_ends_a_backoff_at_once(site: NewsServer) -> None:
    stop = threading.Event()
    with Fetcher(Settings(host_delay=0, retries=3, backoff=30), stop=stop) as f:
        f.get(site.url + "/urls.txt")
        threading.Timer(0.2, stop.set).start()
        t = time.monotonic()
        with pytest.raises(Stopped):
            f.get(site.url + "/broken/feed.xml")
        assert time.monotonic() - t < 5


# ----------------------------------------------------------------------------- the state


def test_schema_step_5_holds_the_watch_tables(tmp_path: Path) -> None:
    assert MIGRATIONS[-1].script == "v5_watch.sql" and SCHEMA_VERSION == 5
    db = tmp_path / "w.db"
    with Store(db) as store:
        assert store.schema_version == 5
    with WatchState(db) as state:
        state.register("a", "feed", "http://x.org/f")
        state.save_validators("http://x.org/f", Validators('"e1"', "Mon, 01 Jan 2024 00:00:00 GMT"))
        assert state.validators("http://x.org/f") == Validators(
            '"e1"', "Mon, 01 Jan 2024 00:00:00 GMT"
        )
        assert state.validators("http://x.org/other") == Validators()
        state.note_article("http://x.org/1", "a", "failed")
        assert not state.known("http://x.org/1")  # a failed article is tried again ...
        state.note_article("http://x.org/1", "a", "failed")
        state.note_article("http://x.org/1", "a", "failed")
        assert state.known("http://x.org/1")  # ... three times in all
        state.note_article("http://x.org/2", "a", "stored", "sha256:x")
        assert state.known("http://x.org/2")


def test_a_read_only_state_cannot_write(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    Store(db).close()
    with WatchState(db, readonly=True) as state, pytest.raises(StoreError, match="readonly"):
        state.register("a", "feed", "http://x.org/f")


# ----------------------------------------------------------------------------- alert rules


def _text(n: int, topic: str = "") -> str:
    """A text of its own (no shingle shared with another ``n``), or a copy when ``topic``
    repeats."""
    words = " ".join(f"w{n}x{j}" for j in range(40))
    return f"{topic or words}. Officials spoke at length about the matter on that day."


def _store(tmp_path: Path, articles: list[tuple[str, str, tuple[Any, ...]]]) -> Path:
    db = tmp_path / "alerts.db"
    with Store(db) as store:
        for i, (day, text, events) in enumerate(articles):
            store.add(analysis(text or _text(i), published=day, events=events))
    return db


def _rules(**words: Any) -> AlertRule:
    return AlertRule(**words)


def test_an_index_crossing_fires_once_per_change(tmp_path: Path) -> None:
    db = _store(
        tmp_path,
        [
            ("2024-01-10", "", (event("ASSAULT", "RUS", "PRK"),)),
            ("2024-02-10", "", (event("AGREE", "RUS", "PRK"),)),
        ],
    )
    rule = _rules(name="turn", kind="index", dyad="PRK:RUS", above=0.5, below=-0.5)
    with Store(db) as store, WatchState(db) as state:
        fired = evaluate([rule], store, state)
        assert len(fired) == 1
        (alert,) = state.alerts()
        assert alert.key == "above:2024-02" and "rose to +1.00" in alert.title
        assert len(alert.events) == 1  # the event behind it, linked
        assert evaluate([rule], store, state) == []  # polled again: nothing new
        store.add(
            analysis(_text(10), published="2024-03-05", events=(event("AGREE", "PRK", "RUS"),))
        )
        assert evaluate([rule], store, state) == []  # still above: no change
        store.add(
            analysis(_text(11), published="2024-04-05", events=(event("ASSAULT", "PRK", "RUS"),))
        )
        assert len(evaluate([rule], store, state)) == 1
        assert state.alerts()[0].key == "below:2024-04"


def test_an_index_move_over_a_window_fires(tmp_path: Path) -> None:
    db = _store(
        tmp_path,
        [
            ("2024-01-10", "", (event("ASSAULT", "RUS", "PRK"),)),
            ("2024-02-10", "", (event("THREATEN", "RUS", "PRK"),)),
            ("2024-03-10", "", (event("AGREE", "RUS", "PRK"),)),
        ],
    )
    big = _rules(name="move", kind="index", dyad="PRK:RUS", change=1.5, over=1)
    small = _rules(name="tiny", kind="index", dyad="PRK:RUS", change=1.5, over=2)
    with Store(db) as store:
        (alert,) = evaluate_rule(big, store)
        assert alert.key == "change:up:2024-03" and alert.detail["delta"] == 2.0
        assert len(evaluate_rule(small, store)) == 1  # Jan → Mar: +2 as well
        assert (
            evaluate_rule(_rules(name="x", kind="index", dyad="PRK:RUS", change=2.5), store) == []
        )


def test_an_event_rule_fires_once_per_story_not_per_copy(tmp_path: Path) -> None:
    wire = " ".join(f"wire{j}" for j in range(60))
    db = _store(
        tmp_path,
        [
            ("2024-10-18", wire + " first outlet.", (event("MOBILIZE", "PRK", "RUS"),)),
            ("2024-10-18", wire + " second outlet.", (event("MOBILIZE", "PRK", "RUS"),)),
            ("2024-10-20", "", (event("CONSULT", "PRK", "RUS"),)),
            ("2024-10-21", "", (event("MOBILIZE", "UKR", "RUS"),)),
        ],
    )
    rule = _rules(name="troops", kind="event", source="PRK", target="RUS", types=("MOBILIZE",))
    with Store(db) as store, WatchState(db) as state:
        assert len(evaluate([rule], store, state)) == 1
        (alert,) = state.alerts()
        assert len(alert.events) == 2 and alert.detail["copies"] == 2
        assert alert.title.startswith("MOBILIZE PRK → RUS")
        assert evaluate([rule], store, state) == []


def test_a_burst_fires_once_per_window(tmp_path: Path) -> None:
    db = _store(
        tmp_path,
        [
            ("2024-08-06", "", (event("ASSAULT", "UKR", "RUS"),)),
            ("2024-08-07", "", (event("MOBILIZE", "RUS", "UKR"),)),
            ("2024-08-08", "", (event("ACCUSE", "UKR", "RUS"),)),
        ],
    )
    three = _rules(name="b", kind="burst", country="UKR", count=3, days=30)
    four = _rules(name="b4", kind="burst", country="UKR", count=4, days=30)
    with Store(db) as store, WatchState(db) as state:
        assert evaluate([four], store, state) == []
        assert len(evaluate([three], store, state)) == 1
        assert state.alerts()[0].detail["events"] == 3
        assert evaluate([three], store, state) == []


def test_a_shift_rule_reports_a_turn(tmp_path: Path) -> None:
    rows = []
    for m in range(1, 13):
        kind = "ASSAULT" if m <= 6 else "AGREE"
        for d in (3, 13, 23):
            rows.append((f"2023-{m:02d}-{d:02d}", "", (event(kind, "RUS", "PRK"),)))
    db = _store(tmp_path, rows)
    rule = _rules(name="s", kind="shift", dyad="PRK:RUS", metrics=("tone",))
    with Store(db) as store, WatchState(db) as state:
        fired = evaluate([rule], store, state)
        assert fired, "a turn from six months of assaults to six of agreements is a shift"
        assert "more cooperative" in state.alerts()[0].title
        assert evaluate([rule], store, state) == []


def test_a_broken_rule_does_not_silence_the_others(tmp_path: Path, caplog: Any) -> None:
    db = _store(tmp_path, [("2024-08-06", "", (event("ASSAULT", "UKR", "RUS"),))])
    broken = _rules(name="broken", kind="index", dyad=None, above=0.1)  # no dyad: cannot run
    fine = _rules(name="fine", kind="burst", country="UKR", count=1, days=7)
    with Store(db) as store, WatchState(db) as state:
        assert len(evaluate([broken, fine], store, state)) == 1
    assert "broken could not be checked" in caplog.text


# ----------------------------------------------------------------------------- delivery


def test_a_failed_channel_keeps_the_alert_pending_until_it_takes_it(
    tmp_path: Path, site: NewsServer
) -> None:
    db = _store(tmp_path, [("2024-08-06", "", (event("ASSAULT", "UKR", "RUS"),))])
    jsonl = tmp_path / "out" / "alerts.jsonl"
    rule = _rules(name="b", kind="burst", country="UKR", count=1, days=7)
    out = io.StringIO()
    with Store(db) as store, WatchState(db) as state:
        (alert_id,) = evaluate([rule], store, state)
        down = Deliverer(
            DeliverConfig(True, jsonl, dead_url()), user_agent="detente/t", console=out
        )
        (alert,) = state.pending(max_attempts=5)
        results = down.deliver(alert, payload(alert, store))
        state.record_delivery(alert.id, results)
        assert results["console"] == "ok" and results["jsonl"] == "ok"
        assert results["webhook"].startswith("[E123] webhook")
        (still,) = state.pending(max_attempts=5)
        up = Deliverer(
            DeliverConfig(True, jsonl, site.url + "/hook"), user_agent="detente/t", console=out
        )
        hooks = len(site.hooks)
        results = up.deliver(still, payload(still, store), still.delivery)
        state.record_delivery(still.id, results)
        assert state.pending(max_attempts=5) == []
    assert out.getvalue().count("ALERT [b]") == 1  # the console took it the first time only
    lines = jsonl.read_text().splitlines()
    assert len(lines) == 1
    body = json.loads(lines[0])
    assert body["type"] == "detente.alert" and body["id"] == alert_id
    assert body["event_records"][0]["event_type"] == "ASSAULT"
    assert len(site.hooks) == hooks + 1 and site.hooks[-1]["id"] == alert_id


def test_the_sample_config_round_trips_through_yaml() -> None:
    data = yaml.safe_load(SAMPLE.read_text())
    assert parse_config(data, base=SAMPLE.parent).sources[0].every == 300.0


def test_state_times_are_utc(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    Store(db).close()
    with WatchState(db) as state:
        state.register("a", "feed", "http://x.org/f")
        from detente.watch.state import Counts

        at = dt.datetime(2024, 1, 1, 12, tzinfo=dt.UTC)
        state.record_poll("a", at=at, counts=Counts(fetched=2), error=None, next_due=at)
        state.record_poll("a", at=at, counts=Counts(), error="[E121] boom", next_due=at)
        (s,) = state.sources()
    assert s.last_success == at and s.last_error == "[E121] boom" and s.failures_in_row == 1
    assert s.polls == 2 and s.fetched == 2 and s.errors == 1 and not s.healthy


def test_listings_of_a_feed_a_sitemap_and_a_url_list() -> None:
    from detente.watch.config import SourceConfig
    from detente.watch.sources import listing

    def none(url: str) -> Validators:
        return Validators()

    with NewsServer(demo_briefs(["demo-082", "demo-095"]), published=0) as news, Fetcher(FAST) as f:
        feed = SourceConfig("f", "feed", news.url + "/feed.xml", 60)
        empty = listing(feed, f, none)  # a feed with no entry yet is no error
        assert empty.candidates == () and not empty.not_modified
        news.publish(2)
        found = listing(feed, f, none)
        urls = [news.url + "/article/demo-082.html", news.url + "/article/demo-095.html"]
        assert [c.key for c in found.candidates] == urls
        assert [c.external_id for c in found.candidates] == ["demo-082", "demo-095"]
        assert list(found.validators) == [feed.location]
        assert listing(feed, f, lambda u: found.validators[u]).not_modified
        sitemap = SourceConfig("s", "sitemap", news.url + "/sitemap.xml", 60)
        assert [c.key for c in listing(sitemap, f, none).candidates] == urls
        url_list = SourceConfig("u", "urls", news.url + "/urls.txt", 60)
        assert [c.key for c in listing(url_list, f, none).candidates] == urls
        not_a_sitemap = SourceConfig("x", "sitemap", news.url + "/urls.txt", 60)
        with pytest.raises(InputError) as info:
            listing(not_a_sitemap, f, none)
        assert info.value.code == "E122"
        # a page is read only when asked, with what the feed entry declared
        (doc,) = found.candidates[0].load()
        assert doc.url == urls[0] and doc.id == "demo-082" and doc.published == dt.date(2023, 9, 13)
