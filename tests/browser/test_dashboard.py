"""The dashboard in a real browser: Debian's Chromium, driven by Playwright, against uvicorn.

What a TestClient cannot show: that the vendored Vega files load and draw the charts, that no
script fails (console errors and uncaught exceptions are collected on every page), that nothing
is fetched from another host, that a person can click from the overview to the sentence behind
an event, and that hostile article content stays inert in a browser that would run it.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from test_web_fixtures import HOSTILE_TITLE, XSS_SCRIPT

pytestmark = pytest.mark.browser

CHART_TIMEOUT = 15_000  # ms


def api(base: str, path: str, **params: Any) -> Any:
    r = httpx.get(base + path, params=params, timeout=30)
    r.raise_for_status()
    return r.json()


def wait_for_charts(page: Any) -> int:
    """Wait until every chart container on the page has been drawn; return how many."""
    n = page.locator("div.chart[data-spec]").count()
    if n:
        page.wait_for_function(
            "() => [...document.querySelectorAll('div.chart[data-spec]')]"
            ".every(el => el.dataset.rendered === 'true' && el.querySelector('svg, canvas'))",
            timeout=CHART_TIMEOUT,
        )
    return n


def pages(base: str) -> dict[str, int]:
    """Every page of the dashboard, with how many charts it must show."""
    docs = api(base, "/api/documents", limit=100)["items"]
    event = api(base, "/api/events", limit=1)["items"][0]
    return {
        "/": 1,
        "/dyad/PRK/RUS": 1,
        "/dyad/PRK/RUS?by=year&type=AGREE&uncertain=true": 1,
        "/dyad/USA/PRK?directed=true&by=day": 1,
        "/actor/PRK": 1,
        f"/event/{event['event_id']}": 0,
        **{f"/article/{d['id']}": 0 for d in docs},
        "/search?q=treaty": 0,
        "/search": 0,
    }


def test_every_page_loads_and_draws_its_charts_without_errors(web):
    for path, charts in pages(web.base).items():
        response = web.goto(path)
        assert response.status == 200, path
        assert wait_for_charts(web.page) == charts, path
        # Each chart holds drawn marks, not just an empty frame.
        for view in web.page.locator("div.chart[data-spec] svg").all():
            assert view.locator("path, line, rect, circle").count() > 0, path
    web.assert_clean()


def test_quad_chart_draws_one_bar_per_period_and_class(web):
    series = api(web.base, "/api/dyads/PRK/RUS/series", by="year")
    cells = sum(1 for p in series["periods"] for n in p["quad_counts"].values() if n)
    web.goto("/dyad/PRK/RUS?by=year")
    wait_for_charts(web.page)
    bars = web.page.locator("#dyad-view svg g.mark-rect.role-mark path")
    assert cells > 0 and bars.count() == cells
    # The trend panels draw one point per period that has an index.
    with_index = sum(1 for p in series["periods"] if p["index"] is not None)
    points = web.page.locator("#dyad-view svg g.mark-symbol.role-mark path")
    assert points.count() == 2 * with_index  # index panel and Goldstein panel
    web.assert_clean()


def test_click_through_overview_dyad_event_article(web):
    web.goto("/")
    web.page.get_by_role("link", name="PRK – RUS").first.click()
    web.page.wait_for_url(re.compile(r"/dyad/PRK/RUS$"))
    wait_for_charts(web.page)

    first_event = web.page.locator("a.event-link").first
    event_type = first_event.inner_text()
    first_event.click()
    web.page.wait_for_url(re.compile(r"/event/\d+$"))
    event_id = web.page.url.rsplit("/", 1)[1]
    assert web.page.locator("h1").inner_text().startswith(event_type)
    trigger = web.page.locator("#event-sentence mark.hl-event").inner_text()

    web.page.locator("#article-link").click()
    web.page.wait_for_url(re.compile(rf"/article/sha256[^#]+#ev-{event_id}$"))
    anchor = web.page.locator(f"#ev-{event_id}")
    assert anchor.inner_text().startswith(trigger)
    assert anchor.is_visible() and anchor.evaluate("el => el.closest('#article-text') !== null")
    # The browser scrolled to the event in the text.
    assert (
        web.page.evaluate(f"document.getElementById('ev-{event_id}').getBoundingClientRect().top")
        < 900
    )
    web.assert_clean()


def test_filter_form_narrows_the_dyad_page(web):
    web.goto("/dyad/PRK/RUS")
    web.page.select_option("select[name=type]", "AGREE")
    web.page.select_option("select[name=by]", "quarter")
    web.page.click("form.filters button[type=submit]")
    web.page.wait_for_url(re.compile(r"type=AGREE"))
    wait_for_charts(web.page)
    types = web.page.locator("a.event-link").all_inner_texts()
    assert types and set(types) == {"AGREE"}
    assert web.page.locator("select[name=by]").input_value() == "quarter"
    web.assert_clean()


def test_api_docs_work_offline_under_a_policy_without_inline_scripts(web):
    response = web.goto("/docs")
    script_src = next(
        p for p in response.headers["content-security-policy"].split(";") if "script-src" in p
    )
    assert "'unsafe-inline'" not in script_src
    web.page.wait_for_selector(".swagger-ui .info .title", timeout=CHART_TIMEOUT)
    assert "detente" in web.page.locator(".swagger-ui .info .title").inner_text()
    assert web.page.locator(".opblock-summary-path").count() >= 8
    # "Try it out" on /api/stats: the UI calls the API and shows its answer.
    web.page.locator("#operations-api-stats_api_stats_get .opblock-summary").click()
    web.page.get_by_role("button", name="Try it out").click()
    web.page.get_by_role("button", name="Execute").click()
    body = web.page.locator(".live-responses-table .response-col_description pre").first
    body.wait_for(timeout=CHART_TIMEOUT)
    assert '"documents"' in body.inner_text()
    web.assert_clean()


def test_no_page_links_a_script_or_stylesheet_from_another_host(web):
    for path in pages(web.base):
        web.goto(path)
        sources = web.page.eval_on_selector_all(
            "script[src], link[rel=stylesheet]", "els => els.map(e => e.src || e.href)"
        )
        assert sources, path
        assert all(s.startswith(web.base + "/static/") for s in sources), (path, sources)
    web.assert_clean()


# -- hostile content ---------------------------------------------------------------------------


def hostile_paths(base: str) -> list[str]:
    docs = api(base, "/api/documents", limit=100)["items"]
    hostile = [d["id"] for d in docs if "<script>" in (d["title"] or "")]
    assert len(hostile) == 2  # the hand-written one and the one through the real pipeline
    events = [
        e["event_id"]
        for doc in hostile
        for e in api(base, "/api/events", document=doc, uncertain="true", limit=50)["items"]
    ]
    return [
        "/",
        "/dyad/PRK/RUS?uncertain=true",
        "/actor/RUS",
        "/actor/PRK",
        *(f"/article/{d}" for d in hostile),
        *(f"/event/{e}" for e in events),
        "/search?q=envoys",
        "/search?q=talks",
        "/search?q=script",
    ]


def assert_inert(w: Any) -> None:
    page = w.page
    # Give an onerror/onload handler every chance to run, and trigger the mouseover ones.
    page.wait_for_timeout(150)
    for el in page.locator("main h1, main mark, main blockquote, main li, main td").all()[:60]:
        el.hover(timeout=2000, force=True)
    assert page.evaluate("typeof window.__xss") == "undefined", page.url
    assert w.dialogs == [], (page.url, w.dialogs)
    injected = page.evaluate(
        "() => document.querySelectorAll("
        "'main img, main iframe, main object, [onerror], [onload], [onmouseover], main script:not([type])'"
        ").length"
    )
    assert injected == 0, page.url


@pytest.mark.parametrize("which", ["web", "web_without_csp"])
def test_hostile_article_content_never_runs(which: str, request: pytest.FixtureRequest):
    w = request.getfixturevalue(which)
    for path in hostile_paths(w.base):
        response = w.goto(path)
        assert response.status == 200, path
        wait_for_charts(w.page)
        assert_inert(w)
    w.assert_clean()


def test_hostile_text_is_shown_as_text(web):
    docs = api(web.base, "/api/documents", limit=100)["items"]
    doc = next(d["id"] for d in docs if d["title"] == HOSTILE_TITLE)
    web.goto(f"/article/{doc}")
    assert web.page.locator("#article-title").inner_text() == HOSTILE_TITLE
    text = web.page.locator("#article-text").inner_text()
    assert XSS_SCRIPT in text and '<img src=x onerror="window.__xss = 2; alert(2)">' in text
    assert "<svg/onload=window.__xss=4>" in web.page.locator("#quotes").inner_text()
    assert "Agent <script>" in web.page.locator("main").inner_text()
    web.assert_clean()
