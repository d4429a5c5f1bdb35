"""Events in the column sets of the event datasets analysts already have code for: Phoenix,
ICEWS and GDELT 2.0.

Those datasets hold directed CAMEO rows: one source, one target, one code. A stored event becomes
the rows of :func:`detente.cameo.triples` (a directed event one per source × target, a joint event
one per ordered pair of its parties, a one-sided event none), so a file counts what a script
written for the dataset expects to count. Each row keeps the dataset's own conventions where they
differ from detente's:

- actor codes are CAMEO-style, country and role run together ("RUSGOV", "USAMIL"): the ISO3 code
  (CAMEO's country codes since 1.1) followed by the sector, whose codes detente shares with CAMEO;
- the quad class is derived from the CAMEO root as the dataset derives it (GDELT 1–4; Phoenix 0–4,
  with 0 for the neutral roots 01 and 02), not taken from detente's PLOVER-based ``quad_class``;
- dates are written as the dataset writes them (GDELT and Phoenix ``YYYYMMDD``, ICEWS ISO).

What detente does not know (tone, mention counts, FIPS geography, ADM codes, known-group codes)
is left empty or set to the value one article gives; README.md ("Exports for GDELT, ICEWS and
Phoenix users") lists every column as exact, approximated or empty.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable
from typing import IO, Any, Literal
from urllib.parse import urlsplit

import pycountry

from ..cameo import CameoTriple, triples
from ..events.ontology import ontology
from ..model import Actor, Event
from ..store import StoredEvent

__all__ = [
    "COLUMNS",
    "DATASET_FORMATS",
    "GDELT_COLUMNS",
    "ICEWS_COLUMNS",
    "PHOENIX_COLUMNS",
    "dataset_rows",
    "read_options",
    "write_dataset",
]

Dataset = Literal["phoenix", "icews", "gdelt"]
DATASET_FORMATS: tuple[str, ...] = ("phoenix", "icews", "gdelt")

PHOENIX_COLUMNS: tuple[str, ...] = (
    "EventID", "Date", "Year", "Month", "Day",
    "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
    "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues",
    "Lat", "Lon", "LocationName", "StateName", "CountryCode",
    "SentenceID", "URLs", "NewsSources",
    "Sentence",  # detente's addition: the coded sentence
)  # fmt: skip

ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
    "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country",
    "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country",
    "Latitude", "Longitude",
    "Sentence", "URL",  # detente's additions: the coded sentence and its article
)  # fmt: skip

_GDELT_ACTOR = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)  # fmt: skip
_GDELT_GEO = (
    "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID",
)  # fmt: skip
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _GDELT_ACTOR),
    *(f"Actor2{c}" for c in _GDELT_ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GDELT_GEO),
    *(f"Actor2Geo_{c}" for c in _GDELT_GEO),
    *(f"ActionGeo_{c}" for c in _GDELT_GEO),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

COLUMNS: dict[str, tuple[str, ...]] = {
    "phoenix": PHOENIX_COLUMNS,
    "icews": ICEWS_COLUMNS,
    "gdelt": GDELT_COLUMNS,
}
# GDELT's files have no header line; Phoenix and ICEWS users read theirs by column name.
_HEADER = {"phoenix": True, "icews": True, "gdelt": False}
# Columns a reader must keep as text: CAMEO codes lose their leading zero as numbers ("042").
_TEXT_COLUMNS = {
    "phoenix": ("EventCode", "EventRootCode", "SentenceID"),
    "icews": ("CAMEO Code", "Story ID"),
    "gdelt": ("EventCode", "EventBaseCode", "EventRootCode"),
}
# A row id is the event's id times this plus the pair's number, so ids stay stable across exports.
_PAIRS_PER_EVENT = 1000

# ICEWS names sectors in words; these are the nearest of its sector names to detente's codes.
_SECTOR_WORDS = {
    "GOV": "Government", "MIL": "Military", "COP": "Police", "JUD": "Judicial",
    "LEG": "Legislative / Parliamentary", "REB": "Rebel", "OPP": "Opposition",
    "PTY": "Parties", "PRM": "Paramilitary", "SPY": "Intelligence",
    "UAF": "Unidentified Forces", "CVL": "Civilian", "ELI": "Elite", "BUS": "Business",
    "EDU": "Education", "HLH": "Health", "LAB": "Labor", "AGR": "Agricultural", "MED": "Media",
    "REF": "Refugees", "REL": "Religious", "SOC": "Social", "CRM": "Criminal",
    "IGO": "International Government Organization", "NGO": "Nongovernmental Organization",
}  # fmt: skip


def gdelt_quad(root: str) -> int:
    """GDELT's QuadClass of a CAMEO root: 01–05 verbal cooperation (1), 06–08 material
    cooperation (2), 09–13 verbal conflict (3), 14–20 material conflict (4)."""
    n = int(root)
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


def phoenix_quad(root: str) -> int:
    """Phoenix's QuadClass: GDELT's, except that the neutral roots 01 (public statements) and
    02 (appeals) are 0."""
    return 0 if int(root) <= 2 else gdelt_quad(root)


def _country(code: str | None) -> Any:
    return pycountry.countries.get(alpha_3=code) if code and len(code) == 3 else None


def _country_name(code: str | None) -> str | None:
    c = _country(code)
    return c.name if c else code


def _party(event: Event, code: str, sector: str | None) -> Actor:
    """The actor a triple's end stands for: the first party with that code and sector."""
    return next(a for a in (*event.source, *event.target) if (a.code, a.sector) == (code, sector))


def _cameo_actor(code: str, sector: str | None) -> str:
    return code + (sector or "")


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _ymd(day: dt.date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def _phoenix(s: StoredEvent, t: CameoTriple, row_id: int, day: dt.date) -> dict[str, Any]:
    e, loc = s.event, s.event.location
    return {
        "EventID": row_id,
        "Date": _ymd(day),
        "Year": day.year,
        "Month": day.month,
        "Day": day.day,
        "SourceActorFull": _cameo_actor(t.source, t.source_sector),
        "SourceActorEntity": t.source,
        "SourceActorRole": t.source_sector,
        "SourceActorAttribute": None,
        "TargetActorFull": _cameo_actor(t.target, t.target_sector),
        "TargetActorEntity": t.target,
        "TargetActorRole": t.target_sector,
        "TargetActorAttribute": None,
        "EventCode": t.cameo,
        "EventRootCode": t.root,
        "QuadClass": phoenix_quad(t.root),
        "GoldsteinScore": t.goldstein,
        "Issues": None,
        "Lat": loc.lat if loc else None,
        "Lon": loc.lon if loc else None,
        "LocationName": loc.name if loc else None,
        "StateName": None,
        "CountryCode": loc.code if loc else None,
        "SentenceID": f"{s.document_id}_{e.sentence_index}",
        "URLs": s.url,
        "NewsSources": _host(s.url),
        "Sentence": e.sentence,
    }


def _icews(s: StoredEvent, t: CameoTriple, row_id: int, day: dt.date) -> dict[str, Any]:
    e, loc = s.event, s.event.location
    src, tgt = _party(e, t.source, t.source_sector), _party(e, t.target, t.target_sector)
    return {
        "Event ID": row_id,
        "Event Date": day.isoformat(),
        "Source Name": src.name or src.text,
        "Source Sectors": _SECTOR_WORDS.get(t.source_sector or "", t.source_sector),
        "Source Country": _country_name(t.source),
        "Event Text": ontology().code(t.cameo).name.capitalize(),
        "CAMEO Code": t.cameo,
        "Intensity": t.goldstein,
        "Target Name": tgt.name or tgt.text,
        "Target Sectors": _SECTOR_WORDS.get(t.target_sector or "", t.target_sector),
        "Target Country": _country_name(t.target),
        "Story ID": s.document_id,
        "Sentence Number": e.sentence_index + 1,
        "Publisher": _host(s.url),
        "City": loc.name if loc else None,
        "District": None,
        "Province": None,
        "Country": _country_name(loc.code) if loc else None,
        "Latitude": loc.lat if loc else None,
        "Longitude": loc.lon if loc else None,
        "Sentence": e.sentence,
        "URL": s.url,
    }


def _gdelt_actor(n: int, a: Actor, code: str, sector: str | None) -> dict[str, Any]:
    p = f"Actor{n}"
    return {
        f"{p}Code": _cameo_actor(code, sector),
        f"{p}Name": (a.name or a.text).upper(),
        f"{p}CountryCode": code if _country(code) else None,
        f"{p}KnownGroupCode": None,
        f"{p}EthnicCode": None,
        f"{p}Religion1Code": None,
        f"{p}Religion2Code": None,
        f"{p}Type1Code": sector,
        f"{p}Type2Code": None,
        f"{p}Type3Code": None,
    }


def _gdelt(s: StoredEvent, t: CameoTriple, row_id: int, day: dt.date) -> dict[str, Any]:
    e, loc = s.event, s.event.location
    added = s.published or day
    row: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS)
    row.update(
        {
            "GLOBALEVENTID": row_id,
            "SQLDATE": _ymd(day),
            "MonthYear": day.year * 100 + day.month,
            "Year": day.year,
            # GDELT's own approximation: a 30-day month and a 365-day year.
            "FractionDate": round(day.year + ((day.month - 1) * 30 + day.day) / 365, 4),
            **_gdelt_actor(1, _party(e, t.source, t.source_sector), t.source, t.source_sector),
            **_gdelt_actor(2, _party(e, t.target, t.target_sector), t.target, t.target_sector),
            "IsRootEvent": int(e.sentence_index == 0),
            "EventCode": t.cameo,
            "EventBaseCode": t.cameo[:3],
            "EventRootCode": t.root,
            "QuadClass": gdelt_quad(t.root),
            "GoldsteinScale": t.goldstein,
            "NumMentions": 1,
            "NumSources": 1,
            "NumArticles": 1,
            "DATEADDED": _ymd(added) * 1_000_000,
            "SOURCEURL": s.url,
        }
    )
    if loc:
        has_point = loc.lat is not None and loc.lon is not None
        row.update(
            {
                "ActionGeo_Type": 4 if has_point else 1,
                "ActionGeo_FullName": loc.name,
                "ActionGeo_Lat": loc.lat,
                "ActionGeo_Long": loc.lon,
            }
        )
    return row


_ROW: dict[str, Callable[[StoredEvent, CameoTriple, int, dt.date], dict[str, Any]]] = {
    "phoenix": _phoenix,
    "icews": _icews,
    "gdelt": _gdelt,
}


def dataset_rows(s: StoredEvent, fmt: Dataset) -> list[dict[str, Any]]:
    """The rows of one stored event in the dataset ``fmt``: one per directed pair of its parties
    (``cameo.triples``), none for an undated event, since every row of these datasets has a
    date."""
    if s.day is None:
        return []
    pairs = triples(s.event)
    if len(pairs) >= _PAIRS_PER_EVENT:
        raise ValueError(f"event {s.id} has {len(pairs)} party pairs, too many for a row id")
    return [_ROW[fmt](s, t, s.id * _PAIRS_PER_EVENT + k, s.day) for k, t in enumerate(pairs)]


def write_dataset(events: Iterable[StoredEvent], fh: IO[str], fmt: Dataset) -> int:
    """Write the rows of ``events`` to ``fh`` tab-separated, with a header line except for GDELT
    (whose files have none); return the number of rows (pairs, not events)."""
    if fmt not in DATASET_FORMATS:
        raise ValueError(f"dataset format is one of {', '.join(DATASET_FORMATS)}, not {fmt!r}")
    writer = csv.DictWriter(
        fh, fieldnames=COLUMNS[fmt], delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL
    )
    if _HEADER[fmt]:
        writer.writeheader()
    n = 0
    for s in events:
        for row in dataset_rows(s, fmt):
            writer.writerow(row)
            n += 1
    return n


def read_options(fmt: Dataset) -> dict[str, Any]:
    """Keyword arguments for ``pandas.read_csv`` that read a file of ``fmt`` as written: the tab
    separator, GDELT's column names (its file has no header), and the code columns as text so
    that "042" keeps its zero."""
    opts: dict[str, Any] = {"sep": "\t", "dtype": dict.fromkeys(_TEXT_COLUMNS[fmt], str)}
    if not _HEADER[fmt]:
        opts.update(header=None, names=list(GDELT_COLUMNS))
    return opts
