"""The dashboard's cache: recomputed when the store changes, bounded, computed once per key."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from fastapi.testclient import TestClient

from detente.web import create_app
from detente.web.cache import Cache
from test_web_fixtures import build_store


def test_a_new_token_recomputes_and_the_same_token_does_not():
    cache, calls = Cache(), []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert cache.get("k", (1, 2, 3), compute) == 1
    assert cache.get("k", (1, 2, 3), compute) == 1
    assert cache.get("k", (1, 2, 4), compute) == 2  # something was ingested
    assert len(calls) == 2


def test_least_recently_used_entries_are_evicted():
    cache = Cache(size=2)
    cache.get("a", 0, lambda: "A")
    cache.get("b", 0, lambda: "B")
    cache.get("a", 0, lambda: "stale")  # touch a: b is now the oldest
    cache.get("c", 0, lambda: "C")
    assert cache.get("a", 0, lambda: "recomputed") == "A"
    assert cache.get("b", 0, lambda: "recomputed") == "recomputed"


def test_concurrent_requests_for_one_key_compute_it_once():
    cache, calls = Cache(), []

    def slow() -> str:
        calls.append(1)
        time.sleep(0.2)
        return "done"

    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(cache.get("k", 0, slow))) for _ in range(5)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["done"] * 5 and len(calls) == 1


def test_server_start_computes_the_overview_figures_in_the_background(tmp_path: Path):
    app = create_app(build_store(tmp_path / "warm.db"))
    with TestClient(app):  # runs the lifespan, as uvicorn does
        for t in [t for t in threading.enumerate() if t.name == "detente-warm"]:
            t.join(timeout=60)
        with app.state.open_store() as store:
            token = store.change_token()
        sentinel = object()
        for key in ("stats", "dyads", "timeline", "shifts"):
            assert app.state.cache.get(key, token, lambda: sentinel) is not sentinel, key
