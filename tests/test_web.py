"""The dashboard and its JSON API through FastAPI's TestClient, over the fixture store.

Expected figures are counted by hand from the fixture articles in ``test_web_fixtures.py``:
PRK–RUS has 8 asserted events once the two outlets' copies of the treaty story are folded
(2017: 1 verbal conflict; 2019: 1 verbal cooperation; 2023: 2 verbal cooperation; 2024: 2 verbal
and 2 material cooperation), 4 more that are negated, hypothetical or future, and 1 historical
mention (a 2017 article recalling talks in 2012) that is left out unless asked for.
"""

from __future__ import annotations

import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from detente.web import create_app
from support.web import local_client
from test_web_fixtures import HOSTILE_TITLE, XSS_IMG, XSS_SCRIPT, build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("webdb") / "web.db")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return local_client(db)


def first_id(client: TestClient, **params: str) -> int:
    items = client.get("/api/events", params={"limit": "1", **params}).json()["items"]
    return items[0]["event_id"]


def hostile_doc(client: TestClient) -> str:
    docs = client.get("/api/documents", params={"limit": "100"}).json()["items"]
    return next(d["id"] for d in docs if d["title"] == HOSTILE_TITLE)


class Resources(HTMLParser):
    """The scripts, stylesheets and other linked resources of a page, and its anchors."""

    def __init__(self) -> None:
        super().__init__()
        self.loaded: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("script", "img", "iframe") and a.get("src"):
            self.loaded.append(a["src"] or "")
        if tag == "link" and a.get("href"):
            self.loaded.append(a["href"] or "")
        if tag == "a" and a.get("href"):
            self.links.append(a["href"] or "")


def page_paths(client: TestClient) -> list[str]:
    doc = hostile_doc(client)
    return [
        "/",
        "/dyad/PRK/RUS",
        "/dyad/prk/rus?by=year&type=AGREE&since=2018&until=2024-12-31&directed=true&uncertain=true",
        "/actor/PRK",
        "/actor/RUS",
        f"/event/{first_id(client)}",
        f"/article/{doc}",
        "/search?q=treaty",
        "/docs",
    ]


# -- pages ------------------------------------------------------------------------------------


def test_every_page_answers_with_html(client: TestClient):
    for path in page_paths(client):
        r = client.get(path)
        assert r.status_code == 200, (path, r.text[:500])
        assert r.headers["content-type"].startswith("text/html")


def test_no_page_loads_anything_from_another_host(client: TestClient):
    for path in page_paths(client):
        p = Resources()
        p.feed(client.get(path).text)
        assert p.loaded, path
        for url in p.loaded:
            assert not re.match(r"^(https?:)?//", url, re.I), (path, url)
            assert url.startswith(("/static/", "data:")), (path, url)


def test_vendored_assets_are_served(client: TestClient):
    for name in ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "swagger-ui-bundle.js"):
        r = client.get(f"/static/vendor/{name}")
        assert r.status_code == 200 and len(r.content) > 50_000, name
    assert "vegaEmbed" in client.get("/static/detente.js").text


def test_overview_shows_stats_dyads_and_recent_events(client: TestClient):
    html = client.get("/").text
    assert re.search(r'<div class="n">10</div><div class="l">documents</div>', html)
    # Undirected pair, 8 units: the treaty story's second copy is folded.
    row = re.search(r"PRK – RUS</a></td>\s*<td class=\"num\">(\d+)</td>", html)
    assert row and row.group(1) == "8"
    # All 16 asserted events that are not historical mentions (fewer than the 20 it shows).
    assert html.count('class="event-link"') == 16
    assert client.get("/api/stats").json()["asserted_events"] == 17
    assert 'data-spec="timeline"' in html


def test_dyad_page_lists_events_with_triggers_marked(client: TestClient):
    html = client.get("/dyad/PRK/RUS").text
    assert "Korea" in html and 'data-spec="dyad"' in html
    assert '<mark class="hl hl-event" title="AGREE (057, Goldstein +8.0)">signed</mark>' in html
    assert "negated" not in re.sub(
        r"<form.*?</form>|<p class=\"muted small\">.*?</p>", "", html, flags=re.S
    )


def test_dyad_page_paginates(client: TestClient):
    first = client.get("/dyad/PRK/RUS", params={"limit": "3"}).text
    assert first.count('class="event-link"') == 3
    nxt = re.search(r'href="([^"]+)" rel="next"', first)
    assert nxt and "offset=3" in nxt.group(1)
    second = client.get(nxt.group(1).replace("&amp;", "&")).text
    ids = lambda h: set(re.findall(r'href="/event/(\d+)" class="event-link"', h))  # noqa: E731
    assert ids(first) and ids(second) and not ids(first) & ids(second)


def test_filters_reach_the_event_list(client: TestClient):
    html = client.get("/dyad/PRK/RUS", params={"type": "AGREE"}).text
    assert re.findall(r'class="event-link"><b>(\w+)</b>', html) == ["AGREE", "AGREE", "AGREE"]
    html = client.get("/dyad/PRK/RUS", params={"since": "2024-10", "until": "2024-10"}).text
    assert re.findall(r'<td class="nowrap">([\d-]+)</td>', html) == ["2024-10-24"]


def test_actor_page_lists_partners_in_both_directions(client: TestClient):
    html = client.get("/actor/PRK").text
    rows = dict(
        re.findall(r'href="/dyad/PRK/(\w+)">\w+</a></td>\s*<td class="num">(\d+)</td>', html)
    )
    # RUS: 8 units (6 PRK→RUS, 2 RUS→PRK); USA: 4 (all USA→PRK); UKR: 1 (UKR→PRK).
    assert rows == {"RUS": "8", "USA": "4", "UKR": "1"}
    assert "North Korea" in html


def test_article_page_highlights_actors_triggers_and_quotes(client: TestClient):
    docs = client.get("/api/documents").json()["items"]
    doc = next(d["id"] for d in docs if d["title"] == "Troops sent to Kursk")
    event = client.get("/api/events", params={"document": doc}).json()["items"][0]
    html = client.get(f"/article/{doc}").text
    anchor = re.search(
        rf'<mark class="hl hl-event" title="[^"]*" id="ev-{event["event_id"]}">(\w+)', html
    )
    assert anchor and anchor.group(1) == event["trigger"] == "sent"
    assert re.search(r'<mark class="hl hl-quote"[^>]*>joining the war</mark>', html)
    assert re.search(
        r'<mark class="hl hl-actor" title="North Korea · PRK">North Korea</mark>', html
    )


def test_event_page_links_to_its_article_and_dyads(client: TestClient):
    eid = first_id(client, source="USA", target="PRK", directed="true")
    html = client.get(f"/event/{eid}").text
    assert re.search(rf'id="article-link" href="/article/sha256%3A[0-9a-f]+#ev-{eid}"', html)
    assert 'href="/dyad/USA/PRK"' in html


def test_search_finds_documents_and_event_sentences(client: TestClient):
    html = client.get("/search", params={"q": "treaty"}).text
    assert "<mark>treaty</mark>" in html.lower()
    docs = re.search(r'<ul class="plain" id="doc-hits">(.*?)</ul>', html, re.S).group(1)
    assert docs.count("Treaty signed in Pyongyang") == 2
    hits = client.get("/api/search", params={"q": "criticised", "what": "events"}).json()["items"]
    assert len(hits) == 1 and hits[0]["event_id"] and "[criticised]" in hits[0]["snippet"]


def test_search_query_is_escaped_in_the_form(client: TestClient):
    html = client.get("/search", params={"q": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)" not in html
    assert 'value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html


# -- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/dyad/PRK/ZZZ",
        "/actor/ZZZ",
        "/event/999999",
        "/article/sha256:0000000000000000000000000000000000000000000000000000000000000000",
        "/no/such/page",
    ],
)
def test_unknown_things_get_an_html_404(client: TestClient, path: str):
    r = client.get(path)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "Not found" in r.text


@pytest.mark.parametrize(
    "path",
    [
        "/dyad/PRK/RUS?by=decade",
        "/dyad/PRK/RUS?since=2023-13-01",
        "/dyad/PRK/RUS?since=yesterday",
        "/dyad/PRK/RUS?type=DANCE",
        "/dyad/PRK/RUS?limit=0",
        "/dyad/PRK/PRK",
        "/dyad/P!K/RUS",
        "/dyad/PRK/RUS?since=2024&until=2020",
        "/event/abc",
        "/event/99999999999999999999",
    ],
)
def test_bad_parameters_get_an_html_422(client: TestClient, path: str):
    r = client.get(path)
    assert r.status_code == 422, r.text[:300]
    assert r.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/events/999999", 404),
        ("/api/documents/nosuchdocument", 404),
        ("/api/actors/ZZZ", 404),
        ("/api/events?limit=0", 422),
        ("/api/events?limit=501", 422),
        ("/api/events?source=PRK", 422),
        ("/api/events?type=DANCE", 422),
        ("/api/events?since=2023-02-30", 422),
        ("/api/events?since=2024&until=2023", 422),
        ("/api/events/99999999999999999999", 422),
        ("/api/dyads/PRK/RUS/series?by=decade", 422),
        ("/api/search", 422),
    ],
)
def test_api_errors_are_json(client: TestClient, path: str, status: int):
    r = client.get(path)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json")
    assert "detail" in r.json()


# -- API --------------------------------------------------------------------------------------


def test_api_series_counts_units_per_period(client: TestClient):
    s = client.get("/api/dyads/PRK/RUS/series", params={"by": "year"}).json()
    years = {p["period"]: p for p in s["periods"]}
    assert list(years) == [str(y) for y in range(2017, 2025)]
    assert s["events"] == 8 and s["folded_duplicates"] == 2
    assert years["2017"]["quad_counts"] == {"1": 0, "2": 0, "3": 1, "4": 0}
    assert years["2017"]["index"] == -1.0
    assert years["2018"]["events"] == 0 and years["2018"]["index"] is None
    assert years["2024"]["quad_counts"] == {"1": 2, "2": 2, "3": 0, "4": 0}


def test_api_series_filters(client: TestClient):
    get = lambda **p: client.get("/api/dyads/PRK/RUS/series", params=p).json()["events"]  # noqa: E731
    assert get(type="AGREE") == 2
    assert get(directed="true") == 6
    assert (
        client.get("/api/dyads/RUS/PRK/series", params={"directed": "true"}).json()["events"] == 2
    )
    assert get(uncertain="true") == 12
    assert get(since="2024") == 4
    assert get(historical="true") == 9
    assert get(historical="true", since="2012", until="2012") == 1


def test_dyad_page_leaves_historical_mentions_out_unless_asked(client: TestClient):
    recalled = "diplomats recalled"
    assert recalled not in client.get("/dyad/PRK/RUS").text
    html = client.get("/dyad/PRK/RUS", params={"historical": "true"}).text
    assert recalled in html and 'name="historical" value="true" checked' in html


def test_api_events_are_contract_shaped(client: TestClient):
    body = client.get("/api/events", params={"source": "PRK", "target": "RUS", "limit": "2"}).json()
    assert len(body["items"]) == 2 and body["next_offset"] == 2
    e = body["items"][0]
    for key in (
        "event_type",
        "cameo",
        "goldstein",
        "quad_class",
        "source",
        "target",
        "negated",
        "hypothetical",
        "future",
        "date",
        "sentence",
        "trigger",
        "char_span",
        "rule",
        "event_id",
        "document",
    ):
        assert key in e
    assert e["source"][0]["code"] in ("PRK", "RUS")
    assert client.get(f"/api/events/{e['event_id']}").json()["sentence"] == e["sentence"]


def test_api_document_is_the_analyze_object(client: TestClient):
    doc = hostile_doc(client)
    d = client.get(f"/api/documents/{doc}").json()
    assert d["id"] == doc and d["title"] == HOSTILE_TITLE
    assert XSS_SCRIPT in d["text"]  # JSON carries the text as it is; pages escape it
    assert all("event_id" in e for e in d["events"]) and len(d["events"]) == 3


def test_api_network_and_shifts(client: TestClient):
    net = client.get("/api/network").json()
    edges = {(e["source"], e["target"]): e["events"] for e in net["edges"]}
    assert edges[("PRK", "RUS")] == 6 and edges[("RUS", "PRK")] == 2
    assert client.get("/api/shifts", params={"a": "PRK", "b": "RUS"}).json()["items"] == []


def test_openapi_lists_the_api(client: TestClient):
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/events",
        "/api/dyads/{a}/{b}/series",
        "/api/network",
        "/api/shifts",
        "/api/documents/{doc_id}",
        "/api/search",
        "/api/stats",
    ):
        assert path in spec["paths"], path
    assert not any(p.startswith(("/dyad", "/actor", "/article")) for p in spec["paths"])
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


# -- safety -----------------------------------------------------------------------------------


def test_pages_escape_hostile_article_content(client: TestClient):
    doc = hostile_doc(client)
    events = client.get("/api/events", params={"document": doc, "uncertain": "true"}).json()[
        "items"
    ]
    paths = [
        "/",
        "/dyad/PRK/RUS?uncertain=true",
        "/actor/RUS",
        f"/article/{doc}",
        "/search?q=envoys",
        "/search?q=border",
        *(f"/event/{e['event_id']}" for e in events),
    ]
    for path in paths:
        html = client.get(path).text
        for raw in (XSS_SCRIPT, XSS_IMG, "<svg/onload", "</script><script>window"):
            assert raw not in html, (path, raw)
        assert not re.search(r"<(img|svg|iframe)\b", html, re.I), path
        assert 'onmouseover="window' not in html and "javascript:" not in html, path
        # Only our own script elements: the vendored files and JSON data blocks.
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert re.fullmatch(
                r'<script (src="/static/[\w./-]+"( defer)?|type="application/json" id="\w+")>', tag
            ), (path, tag)
    article = client.get(f"/article/{doc}").text
    assert "&lt;script&gt;window.__xss = 1; alert(&#39;xss&#39;)&lt;/script&gt;" in article
    assert "Agent &lt;script&gt;" in article  # the hostile actor's name, as text


def test_pages_carry_a_content_security_policy(client: TestClient, db: Path):
    csp = client.get("/").headers["content-security-policy"]
    assert (
        "script-src 'self' 'unsafe-eval'" in csp
        and "'unsafe-inline'" not in csp.split("style-src")[0]
    )
    assert "object-src 'none'" in csp
    assert "content-security-policy" not in local_client(db, csp=False).get("/").headers


def test_the_dashboard_never_writes_to_the_store(client: TestClient, db: Path):
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for path in page_paths(client):
        client.get(path)
    client.get("/api/network")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    with client.app.state.open_store() as store:
        assert store.readonly


def test_create_app_refuses_a_missing_store(tmp_path: Path):
    from detente.errors import StoreError

    with pytest.raises(StoreError) as exc:
        create_app(tmp_path / "absent.db")
    assert exc.value.code == "E401"


# -- the command ------------------------------------------------------------------------------


def test_serve_binds_localhost_by_default(db: Path, monkeypatch: pytest.MonkeyPatch):
    import uvicorn

    from detente.cli import app

    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: calls.append(kw))
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert calls == [{"host": "127.0.0.1", "port": 8123, "log_level": "warning"}]


def test_serve_fails_cleanly_without_a_store(tmp_path: Path):
    from detente.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 3
    assert "E401" in result.output


def test_article_page_links_the_other_copies_of_its_story(client: TestClient):
    docs = client.get("/api/documents").json()["items"]
    treaty = [d for d in docs if d["title"] == "Treaty signed in Pyongyang"]
    assert len(treaty) == 2 and treaty[0]["story_id"] == treaty[1]["story_id"]
    html = client.get(f"/article/{treaty[0]['id']}").text
    copies = re.search(r'<ul class="plain small" id="copies">(.*?)</ul>', html, re.S).group(1)
    assert treaty[1]["id"].replace(":", "%3A") in copies and treaty[0]["id"] not in copies


def test_overview_timeline_covers_the_publication_span(client: TestClient):
    spec = re.search(
        r'<script type="application/json" id="timeline">(.*?)</script>', client.get("/").text
    )
    months = {row["start"] for row in json.loads(spec.group(1))["data"]["values"]}
    # The store's events run from 2012 (a historical mention) but its articles from July 2017
    # to November 2024: the chart shows those months only.
    stats = client.get("/api/stats").json()
    assert stats["first_day"] == "2012-07-20"
    assert (stats["first_published"], stats["last_published"]) == ("2017-07-04", "2024-11-01")
    assert min(months) == "2017-07-01" and max(months) == "2024-11-01"
