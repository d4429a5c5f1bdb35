"""The map pages in Chromium: the vendored topology and Vega draw the world and one circle per
located event with no console error, on the world, dyad and actor maps, and clicking a circle
opens the event's page with its sentence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from detente.web import create_app
from support.browser import Server, Watched, watch
from test_web_fixtures import build_store
from test_web_maps import located_analyses

pytestmark = pytest.mark.browser

TIMEOUT = 15_000  # ms
CIRCLES = "#map-view svg g.mark-symbol.role-mark path"
COUNTRIES = "#map-view svg g.mark-shape.role-mark path"


@pytest.fixture(scope="module")
def map_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    db = build_store(tmp_path_factory.mktemp("maps") / "maps.db", located_analyses())
    with Server(create_app(db, warm=False)) as s:
        yield s


@pytest.fixture
def mapped(browser: Any, map_server: Server) -> Iterator[Watched]:
    yield from watch(browser, map_server.url)


def _features(base: str, **params: Any) -> list[dict[str, Any]]:
    r = httpx.get(base + "/api/map", params=params, timeout=30)
    r.raise_for_status()
    features: list[dict[str, Any]] = r.json()["features"]
    return features


def _drawn(page: Any) -> None:
    page.wait_for_function(
        "() => { const el = document.getElementById('map-view');"
        " return el && el.dataset.rendered === 'true' && el.querySelector('svg'); }",
        timeout=TIMEOUT,
    )


def test_world_dyad_and_actor_maps_draw_every_located_event(mapped: Watched):
    for path, params in (
        ("/map", {}),
        ("/map?quad_class=3", {"quad_class": 3}),
        ("/map/dyad/PRK/RUS", {"source": "PRK", "target": "RUS"}),
        ("/map/actor/USA", {"actor": "USA"}),
    ):
        response = mapped.goto(path)
        assert response.status == 200, path
        _drawn(mapped.page)
        expected = len(_features(mapped.base, **params))
        assert expected > 0, path
        assert mapped.page.locator(COUNTRIES).count() > 100, path  # the world's countries
        assert mapped.page.locator(CIRCLES).count() == expected, path
    mapped.assert_clean()


def test_clicking_a_circle_opens_the_event_and_its_sentence(mapped: Watched):
    mapped.goto("/map/dyad/PRK/RUS")
    _drawn(mapped.page)
    circle = mapped.page.locator(CIRCLES).first
    circle.click(force=True)
    mapped.page.wait_for_url("**/event/*", timeout=TIMEOUT)
    assert "/event/" in mapped.page.url
    event_id = int(mapped.page.url.rsplit("/", 1)[1])
    shown = httpx.get(f"{mapped.base}/api/events/{event_id}", timeout=30).json()
    assert shown["location"] is not None
    words = shown["sentence"].split()[:3]
    assert all(w in mapped.page.content() for w in words)
    mapped.assert_clean()


def test_the_map_link_is_in_the_navigation(mapped: Watched):
    mapped.goto("/")
    mapped.page.click("header nav a[href='/map']")
    mapped.page.wait_for_url("**/map", timeout=TIMEOUT)
    _drawn(mapped.page)
    mapped.assert_clean()
