"""Browser-test fixtures: a store, the dashboard served by uvicorn on a free port, and Debian's
Chromium driven by Playwright (the helpers behind them are in ``support.browser``). The tests
skip with the reason when Chromium is absent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from detente.web import create_app
from support.browser import CHROMIUM, CHROMIUM_ARGS, Server, Watched, watch


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture store of ``test_web_fixtures`` (hand-written analyses, the hostile one
    included) plus a hostile plain-text article run through the real pipeline."""
    import detente
    from detente.store import Store
    from test_web_fixtures import build_store, pipeline_hostile_text

    path = build_store(tmp_path_factory.mktemp("web") / "browser.db")
    title, text = pipeline_hostile_text()
    analysis = detente.analyze(text, title=title)
    with Store(path) as store:
        store.add(analysis)
    return path


@pytest.fixture(scope="session")
def server(web_db: Path) -> Iterator[Server]:
    with Server(create_app(web_db)) as s:
        yield s


@pytest.fixture(scope="session")
def server_without_csp(web_db: Path) -> Iterator[Server]:
    """The same store served without the Content-Security-Policy, so that the XSS test shows
    the escaping holds on its own, not only because the browser refuses inline scripts."""
    with Server(create_app(web_db, csp=False)) as s:
        yield s


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(
            f"{CHROMIUM} is absent: run `make browser` (apt-get install chromium chromium-driver)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def web(browser: Any, server: Server) -> Iterator[Watched]:
    yield from watch(browser, server.url)


@pytest.fixture
def web_without_csp(browser: Any, server_without_csp: Server) -> Iterator[Watched]:
    yield from watch(browser, server_without_csp.url)
