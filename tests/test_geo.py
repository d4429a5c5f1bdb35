"""Where events happen (detente.geo): the gazetteer, the place chosen for an event and its
evidence, the country fallback, and the store columns of migration step 4. Sentences written
for these tests."""

from __future__ import annotations

import dataclasses
import pickle
import sqlite3
from pathlib import Path

import pytest

import detente
from detente import actors as actors_stage
from detente.events.lexicon import place_key
from detente.geo import Gazetteer, locate
from detente.model import Event, Location
from detente.pipeline import code_text
from detente.store import SCHEMA_VERSION, EventFilter
from detente.store.migrations import MIGRATIONS, migrate
from support.records import analysis, event


@pytest.fixture(scope="module")
def gaz(resources) -> Gazetteer:
    return resources.gazetteer


def _locate(resources, text: str, trigger: str, ev: Event) -> Location | None:
    """``ev`` placed at ``trigger``'s first occurrence in ``text`` and located."""
    doc = resources.nlp(text)
    mentions = actors_stage.resolve(doc, resources.catalogue, published=None)
    start = text.index(trigger)
    ev = dataclasses.replace(ev, char_span=(start, start + len(trigger)), location=None)
    places = resources.lexicon.places
    [out] = locate(
        doc, mentions, [ev], resources.gazetteer, known=lambda n: places.get(place_key(n))
    )
    return out.location


def test_the_gazetteer_knows_cities_states_and_countries_by_their_points(gaz: Gazetteer):
    paris = gaz.lookup("Paris")
    assert paris[0].country == "FRA" and paris[0].precision == "place"
    assert any(p.country == "USA" and p.admin1 == "TX" for p in paris)
    assert gaz.lookup("kyiv")[0].geonameid == gaz.lookup("Kiev")[0].geonameid  # alternate name
    texas = gaz.lookup("Texas")[0]
    assert texas.precision == "admin" and 25 < (texas.lat or 0) < 37
    # a country's point is its capital
    assert gaz.countries["RUS"].lat == gaz.lookup("Moscow")[0].lat
    assert gaz.country_named("Ukraine") == "UKR"
    assert pickle.loads(pickle.dumps(gaz)) == gaz  # shipped to worker processes


def test_paris_is_paris_texas_in_an_article_about_texas(resources):
    text = (
        "Storms crossed northern Texas this week. "
        "Police arrested two men in Paris after the protest turned violent."
    )
    loc = _locate(resources, text, "arrested", event("SANCTION", "USA"))
    assert loc is not None and loc.code == "USA" and loc.precision == "place"
    assert loc.lat is not None and 33 < loc.lat < 34.5 and -96 < (loc.lon or 0) < -95
    assert loc.char_span is not None and text[slice(*loc.char_span)] == "Paris"


def test_paris_stays_paris_france_when_the_article_only_mentions_the_united_states(resources):
    text = "The United States said police arrested two men in Paris after the protest."
    loc = _locate(resources, text, "arrested", event("SANCTION", "USA"))
    assert loc is not None and loc.code == "FRA" and loc.name == "Paris"


def test_a_comma_qualifier_picks_the_place_in_that_state(resources):
    text = "Police arrested two men in Paris, Texas, on Monday."
    loc = _locate(resources, text, "arrested", event("SANCTION", "USA"))
    assert loc is not None and loc.code == "USA" and (loc.lat or 0) > 33


def test_the_span_is_the_evidence_for_the_place(resources):
    text = "Russian forces shelled Kharkiv overnight, officials said."
    [e] = [e for e in code_text(text, resources) if e.event_type == "ASSAULT"]
    loc = e.location
    assert loc is not None and loc.precision == "place" and loc.code == "UKR"
    assert loc.char_span is not None and text[slice(*loc.char_span)] == "Kharkiv"
    assert loc.geonameid == resources.gazetteer.lookup("Kharkiv")[0].geonameid


def test_a_place_the_gazetteer_lacks_falls_back_to_its_country(resources):
    text = "Ukrainian drones attacked Snake Island before dawn."
    loc = _locate(resources, text, "attacked", event("ASSAULT", "UKR", "RUS"))
    assert loc is not None and loc.precision == "country" and loc.code == "UKR"
    assert loc.char_span is not None and text[slice(*loc.char_span)] == "Snake Island"
    assert loc.lat == resources.gazetteer.countries["UKR"].lat  # the country's point


def test_with_no_place_named_the_country_follows_the_event_type(resources):
    text = "Russia attacked Ukraine again, and Russia criticised Ukraine."
    attack = _locate(resources, text, "attacked", event("ASSAULT", "RUS", "UKR"))
    words = _locate(resources, text, "criticised", event("ACCUSE", "RUS", "UKR"))
    assert attack is not None and attack.code == "UKR" and attack.char_span is None
    assert words is not None and words.code == "RUS" and words.precision == "country"


def test_a_capital_standing_for_its_government_is_no_place(resources):
    text = "Moscow accused Washington of meddling in the vote."
    loc = _locate(resources, text, "accused", event("ACCUSE", "RUS", "USA"))
    assert loc is not None and loc.precision == "country" and loc.code == "RUS"
    # ... but it is one after a locative preposition
    text = "Russia and China held talks in Moscow on Friday."
    loc = _locate(resources, text, "talks", event("CONSULT", ("RUS", "CHN"), mutual=True))
    assert loc is not None and loc.name == "Moscow" and loc.precision == "place"


def test_the_dateline_places_an_event_whose_sentence_names_no_place(resources):
    text = "KYIV, Ukraine (AP) — Russia attacked Ukraine with drones overnight."
    loc = _locate(resources, text, "attacked", event("ASSAULT", "RUS", "UKR"))
    assert loc is not None and loc.name == "Kyiv" and loc.char_span == (0, 4)


def test_a_region_is_resolved_to_its_capital_city_at_admin_precision(resources):
    text = "Ukrainian drones struck a depot in Kursk Oblast, the governor said."
    loc = _locate(resources, text, "struck", event("ASSAULT", "UKR", "RUS"))
    assert loc is not None and loc.code == "RUS" and loc.precision == "admin"


def test_location_round_trips_through_the_contract_shape():
    loc = Location("Kharkiv", "UKR", 49.98, 36.25, "place", (23, 30), 706483)
    d = loc.to_dict()
    assert d["precision"] == "place" and d["char_span"] == [23, 30]
    assert Location.from_dict(d) == loc
    assert Location.from_dict({"name": "Old", "code": "UKR"}).precision is None


def test_a_version_3_store_migrates_and_reads_its_old_locations(tmp_path: Path):
    db = tmp_path / "old.db"
    old = dataclasses.replace(
        event("ASSAULT", "RUS", "UKR"), location=Location("Kharkiv", "UKR", 49.9, 36.2)
    )
    conn = sqlite3.connect(db, isolation_level=None)
    assert migrate(conn, MIGRATIONS[:3]) == 3
    v3_objects = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    # a row as a version-3 writer left it: the four old location columns only
    a = analysis("Russian forces shelled Kharkiv.", events=(old,))
    with detente.open(db) as store:
        store.add(a)
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE events SET location_precision = NULL, location_start = NULL, "
            "location_end = NULL, location_geonameid = NULL"
        )
        conn.execute("PRAGMA user_version = 3")
        # what later steps added (events_located, and the tables and indexes after step 4) goes
        # too: the store is back at version 3
        later = [
            (kind, name)
            for kind, name in conn.execute("SELECT type, name FROM sqlite_master")
            if name not in v3_objects and not name.startswith("sqlite_")
        ]
        for kind, name in sorted(later, key=lambda o: o[0] != "index"):
            if kind in ("index", "table"):
                conn.execute(f"DROP {kind.upper()} IF EXISTS {name}")
        for col in ("location_precision", "location_start", "location_end", "location_geonameid"):
            conn.execute(f"ALTER TABLE events DROP COLUMN {col}")
    with detente.open(db) as store:
        assert store.schema_version == SCHEMA_VERSION
        [stored] = store.events(EventFilter.every())
        assert stored.event.location == Location("Kharkiv", "UKR", 49.9, 36.2)
        new = dataclasses.replace(
            event("ASSAULT", "RUS", "UKR"),
            location=Location("Sumy", "UKR", 50.9, 34.8, "place", (5, 9), 692194),
        )
        store.add(analysis("Then Sumy was shelled too.", events=(new,)))
    with detente.open(db, readonly=True) as store:
        found = {s.event.location for s in store.events(EventFilter.every())}
        assert new.location in found


def test_the_gazetteer_is_cached_on_disk_and_a_damaged_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("DETENTE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("DETENTE_CACHE", raising=False)
    built = Gazetteer.load()
    [cached] = tmp_path.glob("gazetteer-*.pickle")
    assert Gazetteer.load() == built
    cached.write_bytes(b"not a pickle")
    assert Gazetteer.load() == built  # rebuilt, and written again
    assert cached.read_bytes() != b"not a pickle"
