"""The dashboard under hostile requests: numbers out of range, foreign Host headers, and the
Content-Security-Policy of the API docs (issue 11, items 9 and 11).

- Every numeric parameter of the pages and the API is bounded: a value SQLite cannot hold
  (2**63 and beyond) or a negative one is a 422 that names the parameter, never a 500.
- The server answers only the host names it was bound to (and those added with ``allow_hosts``
  or ``--allow-host``): a page fetched through a DNS-rebound name gets a 400, so a web page in
  the same browser cannot read the store.
- ``/docs`` starts Swagger UI from a static script, so its policy forbids inline scripts too.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from annotated_types import Ge, Le
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from detente.web import api, create_app, pages
from support.web import local_client
from test_web_fixtures import build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("hardening") / "web.db")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return local_client(db, warm=False, raise_server_exceptions=False)


# -- numeric parameters ------------------------------------------------------------------------

# Every numeric parameter, as (route, where, name). The test below that walks the app's routes
# fails when one is added without being listed here (and so without being tried out of range).
NUMERIC = [
    ("/api/events", "query", "quad_class"),
    ("/api/events", "query", "limit"),
    ("/api/events", "query", "offset"),
    ("/api/events/{event_id}", "path", "event_id"),
    ("/api/dyads", "query", "min_events"),
    ("/api/dyads", "query", "limit"),
    ("/api/network", "query", "min_events"),
    ("/api/documents", "query", "story_id"),
    ("/api/documents", "query", "limit"),
    ("/api/documents", "query", "offset"),
    ("/api/search", "query", "limit"),
    ("/dyad/{a}/{b}", "query", "offset"),
    ("/dyad/{a}/{b}", "query", "limit"),
    ("/event/{event_id}", "path", "event_id"),
]
OUT_OF_RANGE = [
    str(2**63),  # one past SQLite's largest integer: the OverflowError of issue 11
    "1" + "0" * 40,
    "-1",
    str(-(2**63) - 1),
]
# Values for the other path parameters, so that only the one under test is wrong.
PATH_VALUES = {"a": "PRK", "b": "RUS", "event_id": "1", "code": "PRK", "doc_id": "x"}
QUERY_NEEDS = {"/api/search": {"q": "treaty"}}


def numeric_fields(route: APIRoute) -> list[tuple[str, Any]]:
    """(where, field) of every int parameter of a route, its dependencies' included."""
    found = []
    stack = [route.dependant]
    while stack:
        dep = stack.pop()
        stack.extend(dep.dependencies)
        for where, fields in (("path", dep.path_params), ("query", dep.query_params)):
            for f in fields:
                annotation = f.field_info.annotation
                if annotation is int or annotation == (int | None):
                    found.append((where, f))
    return found


def test_every_numeric_parameter_is_listed_and_bounded(db: Path):
    app = create_app(db, warm=False)
    # The app's own routes (/docs) and those of the two routers it includes (FastAPI keeps
    # included routes behind a private wrapper, so they are read from the routers themselves).
    routes = [*app.routes, *api.router.routes, *pages.router.routes]
    assert len([r for r in routes if isinstance(r, APIRoute)]) >= 17
    seen = set()
    for route in routes:
        if not isinstance(route, APIRoute):
            continue
        for where, field in numeric_fields(route):
            seen.add((route.path, where, field.name))
            bounds = field.field_info.metadata
            assert any(isinstance(m, Ge) for m in bounds), (route.path, field.name)
            assert any(isinstance(m, Le) and m.le < 2**63 for m in bounds), (route.path, field.name)
    assert seen == set(NUMERIC)


@pytest.mark.parametrize("value", OUT_OF_RANGE)
@pytest.mark.parametrize(("route", "where", "name"), NUMERIC)
def test_a_number_out_of_range_is_a_422_naming_the_parameter(
    client: TestClient, route: str, where: str, name: str, value: str
):
    path = route.format(**{**PATH_VALUES, **({name: value} if where == "path" else {})})
    params = dict(QUERY_NEEDS.get(route, {}))
    if where == "query":
        params[name] = value
    r = client.get(path, params=params)
    assert r.status_code == 422, (path, params, r.status_code, r.text[:300])
    assert name in r.text
    if route.startswith("/api"):
        assert r.headers["content-type"] == "application/json"
    else:
        assert r.headers["content-type"].startswith("text/html")


def test_numbers_at_their_bounds_still_answer(client: TestClient):
    assert client.get("/api/dyads", params={"min_events": 10**9}).json() == {"items": []}
    assert client.get("/api/network", params={"min_events": 10**9}).status_code == 200
    documents = client.get("/api/documents", params={"story_id": 2**63 - 1}).json()
    assert documents["items"] == []
    assert client.get("/api/events", params={"quad_class": 4}).status_code == 200


# -- Host header -------------------------------------------------------------------------------


def get(db: Path, host: str, path: str = "/api/stats", **kw: Any) -> Any:
    app = create_app(db, warm=False, **kw)
    return TestClient(app, base_url=f"http://{host}").get(path)


@pytest.mark.parametrize(
    "path", ["/", "/api/stats", "/docs", "/openapi.json", "/static/detente.js"]
)
@pytest.mark.parametrize("host", ["evil.example", "127.0.0.1.evil.example", "testserver"])
def test_a_foreign_host_name_is_refused(db: Path, host: str, path: str):
    r = get(db, host, path)
    assert r.status_code == 400
    assert "detente" not in r.text
    assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "127.0.0.1:8000", "localhost", "LOCALHOST:9", "[::1]", "[::1]:8000"]
)
def test_the_loopback_names_are_answered(db: Path, host: str):
    assert get(db, host).status_code == 200


def test_the_app_factory_adds_host_names(db: Path):
    extra = ["dash.example.org", "10.0.0.7", "fe80::1", "*.lab.example"]
    for host in ("dash.example.org:8000", "10.0.0.7", "[fe80::1]:80", "a.lab.example", "localhost"):
        assert get(db, host, allow_hosts=extra).status_code == 200, host
    for host in ("example.org", "10.0.0.8", "lab.example.evil"):
        assert get(db, host, allow_hosts=extra).status_code == 400, host


def test_a_star_switches_the_host_check_off(db: Path):
    assert get(db, "evil.example", allow_hosts=["*"]).status_code == 200


@pytest.mark.parametrize("bad", ["http://x.example", "x.example:80", "a b", "*bad", "a.*.b", ""])
def test_a_malformed_host_name_is_refused_at_start(db: Path, bad: str):
    with pytest.raises(ValueError, match="host"):
        create_app(db, warm=False, allow_hosts=[bad])


def served_app(db: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[Any, Any]:
    """The app ``detente serve`` would run with these arguments, and the command's result."""
    import uvicorn

    from detente.cli import app

    served: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: served.append(application))
    result = CliRunner().invoke(app, ["serve", "--db", str(db), *args])
    return (served[0] if served else None), result


def test_serve_answers_the_bound_host_and_the_allowed_ones(
    db: Path, monkeypatch: pytest.MonkeyPatch
):
    application, result = served_app(
        db,
        monkeypatch,
        *("--host", "192.0.2.5", "--allow-host", "dash.example.org"),
        *("--allow-host", "alt.example.org"),
    )
    assert result.exit_code == 0, result.output
    for host, status in [
        ("192.0.2.5:8000", 200),
        ("dash.example.org", 200),
        ("alt.example.org", 200),
        ("localhost", 200),
        ("evil.example", 400),
    ]:
        assert TestClient(application, base_url=f"http://{host}").get("/").status_code == status


def test_serve_brackets_an_ipv6_host(db: Path, monkeypatch: pytest.MonkeyPatch):
    application, result = served_app(db, monkeypatch, "--host", "::1")
    assert result.exit_code == 0, result.output
    assert TestClient(application, base_url="http://[::1]:8000").get("/").status_code == 200


def test_serve_refuses_a_malformed_allowed_host(db: Path, monkeypatch: pytest.MonkeyPatch):
    application, result = served_app(db, monkeypatch, "--allow-host", "http://x.example/")
    assert application is None and result.exit_code == 2
    assert "allow-host" in result.output


# -- the API docs' Content-Security-Policy ----------------------------------------------------


def script_src(policy: str) -> str:
    return next(p for p in policy.split(";") if p.strip().startswith("script-src"))


def test_docs_policy_forbids_inline_scripts(client: TestClient):
    r = client.get("/docs")
    assert r.status_code == 200
    assert "'unsafe-inline'" not in script_src(r.headers["content-security-policy"])
    assert (
        r.headers["content-security-policy"] == client.get("/").headers["content-security-policy"]
    )


def test_docs_page_has_no_inline_script(client: TestClient):
    html = client.get("/docs").text
    tags = re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.S)
    assert tags and all(body.strip() == "" for body in tags)
    sources = re.findall(r'<script src="([^"]+)"', html)
    assert sources == ["/static/vendor/swagger-ui-bundle.js", "/static/swagger-init.js"]
    for src in sources:
        assert client.get(src).status_code == 200
    assert 'data-openapi-url="/openapi.json"' in html
    assert not re.search(r"\son\w+=", html)  # no event-handler attributes either
