"""The map pages, ``/api/map`` and ``detente events --geojson`` over the dashboard's fixture
store, its events given places here (a capital per event's first target, else its first source;
one event left without coordinates)."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from detente.model import Analysis, Location
from detente.store import EventFilter, Store
from support.web import local_client
from test_web_fixtures import build_store, fixture_analyses

POINTS = {
    "PRK": ("Pyongyang", 39.03, 125.75),
    "RUS": ("Moscow", 55.75, 37.62),
    "USA": ("Washington", 38.90, -77.04),
    "CHN": ("Beijing", 39.91, 116.40),
    "KOR": ("Seoul", 37.57, 126.98),
    "UKR": ("Kyiv", 50.45, 30.52),
}


def located_analyses() -> list[Analysis]:
    """The fixture analyses with a place on every event but the very first."""
    out = []
    first = True
    for a in fixture_analyses():
        events = []
        for e in a.events:
            codes = [x.code for x in (*e.target, *e.source) if x.code in POINTS]
            if first or not codes:
                events.append(replace(e, location=None))
                first = False
                continue
            name, lat, lon = POINTS[codes[0]]
            events.append(replace(e, location=Location(name, codes[0], lat, lon, "place")))
        out.append(replace(a, events=tuple(events)))
    return out


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("maps") / "maps.db", located_analyses())


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return local_client(db, warm=False)


def _spec_rows(html: str) -> list[dict]:
    start = html.index('<script type="application/json" id="map">') + len(
        '<script type="application/json" id="map">'
    )
    spec = json.loads(html[start : html.index("</script>", start)])
    return spec["layer"][1]["data"]["values"]


def _valid(features: list[dict]) -> bool:
    return all(
        f["type"] == "Feature"
        and f["geometry"]["type"] == "Point"
        and -180 <= f["geometry"]["coordinates"][0] <= 180
        and -90 <= f["geometry"]["coordinates"][1] <= 90
        and all(math.isfinite(c) for c in f["geometry"]["coordinates"])
        for f in features
    )


def test_the_map_api_is_geojson_of_the_located_events(client: TestClient, db: Path):
    data = client.get("/api/map", params={"limit": 5000}).json()
    with Store(db, readonly=True) as store:
        rows = store.events(EventFilter())
    located = [s for s in rows if s.event.location is not None]
    assert data["type"] == "FeatureCollection" and _valid(data["features"])
    assert len(data["features"]) == len(located) > 0
    assert data["skipped"] == len(rows) - len(located)
    one = data["features"][0]["properties"]
    assert one["sentence"] and one["event_type"] and one["quad"]


def test_the_map_is_filtered_like_the_event_lists(client: TestClient):
    everything = client.get("/api/map").json()["features"]
    conflict = client.get("/api/map", params={"quad_class": 3}).json()["features"]
    assert 0 < len(conflict) < len(everything)
    assert {f["properties"]["quad_class"] for f in conflict} == {3}
    dyad = client.get("/api/map", params={"source": "PRK", "target": "RUS"}).json()["features"]
    assert dyad and all(
        {"PRK", "RUS"} <= {*f["properties"]["source"], *f["properties"]["target"]} for f in dyad
    )
    assert client.get("/api/map", params={"quad_class": 9}).status_code == 422


def test_map_pages_draw_one_circle_per_located_event_linked_to_its_page(client: TestClient):
    api = client.get("/api/map").json()["features"]
    r = client.get("/map")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    rows = _spec_rows(r.text)
    assert len(rows) == len(api)
    assert {row["href"] for row in rows} == {f"/event/{f['id']}" for f in api}
    assert client.get(rows[0]["href"]).status_code == 200
    assert '<script src="/static/detente.js"' in r.text and 'href="/map"' in r.text


def test_dyad_and_actor_maps_show_only_their_events(client: TestClient):
    dyad = _spec_rows(client.get("/map/dyad/PRK/RUS").text)
    api = client.get("/api/map", params={"source": "PRK", "target": "RUS"}).json()["features"]
    assert len(dyad) == len(api) > 0
    actor = _spec_rows(client.get("/map/actor/USA").text)
    api = client.get("/api/map", params={"actor": "USA"}).json()["features"]
    assert len(actor) == len(api) > 0
    assert "/map/dyad/PRK/RUS" in client.get("/dyad/PRK/RUS").text
    assert "/map/actor/PRK" in client.get("/actor/PRK").text
    assert client.get("/map/dyad/PRK/PRK").status_code == 422
    assert client.get("/static/vendor/world-110m.json").json()["type"] == "Topology"


def test_events_geojson_command_writes_a_feature_collection(db: Path):
    from detente.cli import app

    result = CliRunner().invoke(app, ["events", "--geojson", "--limit", "0", "--db", str(db)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["type"] == "FeatureCollection" and _valid(data["features"])
    assert data["features"] and data["skipped"] >= 0
    lon, lat = data["features"][0]["geometry"]["coordinates"]
    name = data["features"][0]["properties"]["place"]
    assert (name, lat, lon) in {(n, la, lo) for n, la, lo in POINTS.values()}
