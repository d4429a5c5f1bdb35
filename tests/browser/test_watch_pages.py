"""The watch pages in Chromium: the sources and alerts pages load with no console error, no
uncaught exception, no dialog (the hostile alert title stays text) and nothing fetched from
another host, and an alert leads to the event behind it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from detente.web import create_app
from support.browser import Server, Watched, watch
from test_watch_web import HOSTILE, build_watch_store

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def watch_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    db = build_watch_store(tmp_path_factory.mktemp("watch-browser") / "w.db")
    with Server(create_app(db, warm=False)) as s:
        yield s


@pytest.fixture
def page(browser: Any, watch_server: Server) -> Iterator[Watched]:
    yield from watch(browser, watch_server.url)


def test_the_watch_page_loads_cleanly(page: Watched) -> None:
    response = page.goto("/watch")
    assert response.status == 200
    rows = page.page.locator("#sources tbody tr")
    assert rows.count() == 2
    assert page.page.locator("tr.failing").inner_text().startswith("broken")
    page.assert_clean()


def test_the_alerts_page_loads_cleanly_and_leads_to_the_event(page: Watched) -> None:
    response = page.goto("/alerts")
    assert response.status == 200
    assert page.page.locator("#alerts > li").count() == 3
    assert HOSTILE in page.page.locator(".alert-title").first.inner_text()  # shown as text
    page.page.locator(".alert-events a").first.click()
    page.page.wait_for_load_state("load")
    assert "/event/" in page.page.url
    assert "North Korea sent troops." in page.page.content()
    page.page.go_back()
    page.page.locator("nav a[href='/watch']").click()
    page.page.wait_for_load_state("load")
    assert page.page.url.endswith("/watch")
    page.assert_clean()
