"""One filter, three doors: ``detente events --json``, ``GET /api/events`` and
``Store.events(EventFilter...)`` return the same events for the same filter.

Each case is written once as ``EventFilter.build`` words and spelled for the CLI (its options)
and the web API (its query parameters, which name some switches differently: a dyad is
``source`` + ``target``, ``uncertain`` takes in negated, hypothetical and future events,
``historical`` the mentions of events before the publication date). The store is the dashboard
tests' hand-written one (``test_web_fixtures.py``): it holds PRK–RUS events of several types
and years, non-asserted ones and a historical mention.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from detente.cli import app
from detente.store import EventFilter, Store
from support.web import local_client
from test_web_fixtures import build_store

CASES: dict[str, dict[str, Any]] = {
    "defaults": {},
    "dyad": {"dyad": "PRK:RUS"},
    "directed dyad": {"dyad": "RUS:PRK", "directed": True},
    "actor as target": {"actor": "RUS", "role": "target"},
    "type": {"event_type": "CONSULT"},
    "date range": {"since": "2019", "until": "2023-12"},
    "hypothetical": {"dyad": "PRK:RUS", "include_hypothetical": True},
    "historical": {"include_historical": True},
    "everything in 2017": {
        "since": "2017",
        "until": "2017",
        "include_hypothetical": True,
        "include_historical": True,
    },
}


def cli_args(words: dict[str, Any]) -> list[str]:
    args: list[str] = []
    for key, value in words.items():
        if value is True:
            args.append("--" + key.replace("_", "-"))
        elif key == "event_type":
            args += ["--type", value]
        else:
            args += ["--" + key, value]
    return args


def api_params(words: dict[str, Any]) -> dict[str, str]:
    names = {
        "event_type": "type",
        "include_hypothetical": "uncertain",
        "include_historical": "historical",
    }
    params: dict[str, str] = {}
    for key, value in words.items():
        if key == "dyad":
            params["source"], params["target"] = value.split(":")
        else:
            params[names.get(key, key)] = "true" if value is True else value
    return params


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("parity") / "parity.db")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return local_client(db)


def from_python(db: Path, words: dict[str, Any]) -> list[dict[str, Any]]:
    with Store(db, readonly=True) as store:
        return [e.to_dict() for e in store.events(EventFilter.build(**words), limit=None)]


def from_cli(db: Path, words: dict[str, Any]) -> list[dict[str, Any]]:
    argv = ["events", *cli_args(words), "--oldest-first", "--limit", "0", "--json", "--db", db]
    result = CliRunner().invoke(app, [str(a) for a in argv])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def from_api(client: TestClient, words: dict[str, Any]) -> list[dict[str, Any]]:
    response = client.get("/api/events", params={**api_params(words), "limit": "500"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["next_offset"] is None
    return body["items"]


@pytest.mark.parametrize("name", list(CASES))
def test_cli_api_and_python_return_the_same_events(name: str, db: Path, client: TestClient) -> None:
    words = CASES[name]
    expected = from_python(db, words)
    assert expected, f"{name}: the case selects nothing, so it proves nothing"
    assert from_cli(db, words) == expected
    assert from_api(client, words) == expected


def test_the_cases_select_different_events_and_historical_mentions_stay_out_by_default(
    db: Path,
) -> None:
    ids = {name: [e["event_id"] for e in from_python(db, words)] for name, words in CASES.items()}
    assert len({tuple(v) for v in ids.values()}) == len(CASES)
    everything = {e["event_id"]: e for e in from_python(db, {"include_historical": True})}
    historical = {i for i, e in everything.items() if e["historical"]}
    assert historical, "the fixture store holds a historical mention"
    assert not historical & set(ids["defaults"])
    assert set(ids["defaults"]) | historical == set(ids["historical"])


@pytest.mark.parametrize(
    "words",
    [
        {"dyad": "PRK"},
        {"actor": "P@K"},
        {"since": "2023-13"},
        {"since": "2024", "until": "2023"},
        {"event_type": "DANCE"},
    ],
)
def test_a_malformed_filter_is_refused_the_same_way_everywhere(
    words: dict[str, Any], db: Path, client: TestClient
) -> None:
    with pytest.raises(ValueError):
        EventFilter.build(**words)
    argv = ["events", *cli_args(words), "--db", str(db)]
    assert CliRunner().invoke(app, argv).exit_code == 2
    if "dyad" not in words:  # the API's dyad is two parameters, each an actor
        assert client.get("/api/events", params=api_params(words)).status_code == 422
