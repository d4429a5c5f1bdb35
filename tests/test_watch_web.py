"""The dashboard's watch pages and their JSON: ``/watch``, ``/alerts``, ``/api/watch/*``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from detente.store import Store
from detente.watch import WatchState
from detente.watch.state import Counts
from support.records import analysis, event
from support.web import local_client

HOSTILE = '<script>alert("x")</script>'


def build_watch_store(path: Path) -> Path:
    """A store with two watched sources (one failing) and three alerts, one of them with a
    hostile title and a delivery still pending."""
    with Store(path) as store:
        store.add(
            analysis(
                "North Korea sent troops to Russia, officials in Seoul said on Friday.",
                published="2024-10-18",
                events=(
                    event("MOBILIZE", "PRK", "RUS", sentence="North Korea sent troops."),
                    # a second event told by the same sentence
                    event("COOPERATE", "PRK", "RUS", sentence="North Korea sent troops."),
                ),
            )
        )
        ids = [e.id for e in store.events(limit=None)]
    at = dt.datetime(2024, 10, 18, 9, tzinfo=dt.UTC)
    with WatchState(path) as state:
        state.register("wire", "feed", "http://127.0.0.1:8765/feed.xml")
        state.register("broken", "feed", "http://127.0.0.1:8765/broken/feed.xml")
        state.record_poll(
            "wire", at=at, counts=Counts(fetched=3, stored=2, duplicates=1), error=None, next_due=at
        )
        state.record_poll(
            "broken", at=at, counts=Counts(), error="[E121] HTTP 500 (2 attempts)", next_due=at
        )
        for n in range(3):
            alert = state.add_alert(
                rule="troops" if n < 2 else "hostile",
                kind="event",
                key=f"k{n}",
                title=HOSTILE if n == 2 else f"MOBILIZE PRK → RUS number {n}",
                detail={"n": n},
                events=ids,
            )
            assert alert is not None
            state.record_delivery(alert, {"console": "ok"} if n < 2 else {"webhook": "[E123] down"})
    return path


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = build_watch_store(tmp_path_factory.mktemp("watchweb") / "w.db")
    return local_client(db, warm=False)


def test_the_watch_page_lists_each_source_with_its_error(client: TestClient) -> None:
    r = client.get("/watch")
    assert r.status_code == 200 and "Content-Security-Policy" in r.headers
    assert "wire" in r.text and "broken" in r.text
    assert "[E121] HTTP 500 (2 attempts)" in r.text and 'class="failing"' in r.text
    assert '<a href="/watch">Watch</a>' in r.text and '<a href="/alerts">Alerts</a>' in r.text


def test_the_alerts_page_lists_alerts_with_their_events_escaped(client: TestClient) -> None:
    r = client.get("/alerts")
    assert r.status_code == 200
    assert HOSTILE not in r.text and "&lt;script&gt;" in r.text
    assert r.text.count('class="alert alert-event"') == 3
    assert 'href="/event/' in r.text and "North Korea sent troops." in r.text
    # two events of one sentence share its line: the sentence is shown once per alert
    assert r.text.count("North Korea sent troops.") == 3
    assert r.text.count(">COOPERATE</a>") == 3 and r.text.count(">MOBILIZE</a>") == 3
    assert "delivery pending: webhook" in r.text
    one = client.get("/alerts", params={"rule": "troops", "limit": 1})
    assert one.text.count('class="alert alert-event"') == 1 and 'rel="next"' in one.text
    assert client.get("/alerts", params={"limit": 0}).status_code == 422


def test_the_watch_api(client: TestClient) -> None:
    sources = client.get("/api/watch/sources").json()["items"]
    by_name = {s["name"]: s for s in sources}
    assert by_name["wire"]["stored"] == 2 and by_name["wire"]["healthy"] is True
    assert by_name["broken"]["failures_in_row"] == 1 and by_name["broken"]["last_success"] is None
    page = client.get("/api/watch/alerts", params={"limit": 2}).json()
    assert [a["key"] for a in page["items"]] == ["k2", "k1"] and page["next_offset"] == 2
    assert page["items"][0]["delivery"] == {"webhook": "[E123] down"}
    assert page["items"][0]["events"]
    rule = client.get("/api/watch/alerts", params={"rule": "hostile"}).json()["items"]
    assert [a["title"] for a in rule] == [HOSTILE]  # JSON carries the text as it is


def test_a_store_nobody_watched_shows_empty_pages(tmp_path: Path) -> None:
    db = tmp_path / "plain.db"
    Store(db).close()
    c = local_client(db, warm=False)
    assert 'id="no-sources"' in c.get("/watch").text
    assert 'id="no-alerts"' in c.get("/alerts").text
    assert c.get("/api/watch/alerts").json()["items"] == []
