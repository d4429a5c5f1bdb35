"""Exports: Parquet and CSV read back column by column, JSONL in the contract shapes."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import detente
from detente.export import DOCUMENT_SCHEMA, EVENT_SCHEMA, QUOTE_SCHEMA, export
from detente.model import Analysis, Location
from detente.store import EventFilter
from support.records import analysis, event, rich_analysis


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    db = tmp_path / "e.db"
    with detente.open(db) as store:
        store.add(rich_analysis())  # CONSULT asserted, AID hypothetical (reported by KOR)
        store.add(
            analysis(
                "Russia and China vetoed a resolution on new sanctions against North Korea.",
                published="2022-05-26",
                events=(event("ASSAULT", ("RUS", "CHN"), "UKR", sector="MIL"),),
            )
        )
    return db


def _text(db: Path, **kwargs) -> str:
    buf = io.StringIO()
    with detente.open(db, readonly=True) as store:
        export(store, buf, **kwargs)
    return buf.getvalue()


def test_events_to_parquet_keep_types_and_values(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    with detente.open(store_path, readonly=True) as store:
        n = export(store, out, what="events", fmt="parquet")
    table = pq.read_table(out)
    assert n == 3 and table.num_rows == 3
    assert table.schema.names == EVENT_SCHEMA.names
    assert str(table.schema.field("day").type) == "date32[day]"
    rows = {r["event_type"]: r for r in table.to_pylist()}
    consult = rows["CONSULT"]
    assert (consult["source_code"], consult["target_code"]) == ("PRK", "RUS")
    assert consult["source_name"] == "Kim Jong Un" and consult["target_text"] == "Putin"
    assert consult["goldstein"] == pytest.approx(1.9) and consult["quad_class"] == 1
    assert consult["day"] == dt.date(2023, 9, 13) and consult["asserted"] is True
    assert consult["location_name"] == "Vostochny Cosmodrome" and consult["location_lat"] == 51.8
    aid = rows["AID"]
    assert aid["hypothetical"] is True and aid["asserted"] is False
    assert aid["reported_by_codes"] == "KOR" and aid["date"] is None
    assault = rows["ASSAULT"]
    assert assault["source_codes"] == "RUS;CHN" and assault["source_sector"] == "MIL"


def test_events_carry_where_the_place_was_found(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    sumy = Location("Sumy", "UKR", 50.9, 34.8, "place", (30, 34), 692194)
    shelling = dataclasses.replace(event("ASSAULT", ("RUS",), "UKR"), location=sumy)
    with detente.open(db) as store:
        store.add(analysis("Russian forces shelled the city of Sumy.", events=(shelling,)))
    out = tmp_path / "events.parquet"
    with detente.open(db, readonly=True) as store:
        export(store, out, what="events", fmt="parquet")
    [row] = pq.read_table(out).to_pylist()
    assert (row["location_precision"], row["location_geonameid"]) == ("place", 692194)
    assert (row["location_start"], row["location_end"]) == (30, 34)


def test_events_to_csv_with_a_header_and_one_row_per_event(store_path: Path) -> None:
    text = _text(store_path, what="events", fmt="csv", flt=EventFilter(include_hypothetical=False))
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames == EVENT_SCHEMA.names
    rows = list(reader)
    assert [r["event_type"] for r in rows] == ["ASSAULT", "CONSULT"]  # asserted only, by date
    assert rows[1]["source_code"] == "PRK" and rows[1]["day"] == "2023-09-13"
    assert rows[1]["negated"] == "false" and rows[1]["asserted"] == "true"
    assert rows[1]["sentence"].startswith("He met President Vladimir Putin")


def test_documents_to_jsonl_in_the_contract_shape(store_path: Path) -> None:
    lines = _text(store_path, what="documents", fmt="jsonl").splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first == {
        **rich_analysis().to_dict(),
        "story_id": 1,
        "ingested_at": first["ingested_at"],
    }
    assert Analysis.from_dict(first).to_dict() == rich_analysis().to_dict()


def test_documents_and_quotes_to_flat_tables(store_path: Path, tmp_path: Path) -> None:
    with detente.open(store_path, readonly=True) as store:
        export(store, tmp_path / "docs.parquet", what="documents", fmt="parquet")
        export(store, tmp_path / "quotes.parquet", what="quotes", fmt="parquet")
        later = io.StringIO()
        export(store, later, what="documents", fmt="csv", since="2023")
    docs = pq.read_table(tmp_path / "docs.parquet")
    assert docs.schema.names == DOCUMENT_SCHEMA.names
    by_title = {r["title"]: r for r in docs.to_pylist()}
    kim = by_title["Kim meets Putin at spaceport"]
    assert kim["events"] == 2 and kim["quotes"] == 2 and kim["actor_codes"] == "PRK;RUS"
    assert kim["key_points"] == "Kim travelled by train. | The leaders discussed arms."
    quotes = pq.read_table(tmp_path / "quotes.parquet").to_pylist()
    assert [q["speaker_text"] for q in quotes] == ["an analyst", None]
    assert quotes[0]["direct"] is True and quotes[0]["cue"] == "said"
    assert quotes[0]["pieces"] == "240-258;262-276"  # one quotation split by its attribution
    assert (quotes[0]["speaker_start"], quotes[0]["speaker_end"]) == (278, 288)
    assert quotes[1]["pieces"] == "0-5" and quotes[1]["speaker_start"] is None
    assert list(pq.read_table(tmp_path / "quotes.parquet").schema.names) == QUOTE_SCHEMA.names
    assert len(list(csv.DictReader(io.StringIO(later.getvalue())))) == 1


def test_an_empty_export_still_has_its_columns(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    with detente.open(db) as store:
        export(store, tmp_path / "none.parquet", what="events", fmt="parquet")
        assert export(store, io.StringIO(), what="events", fmt="jsonl") == 0
    table = pq.read_table(tmp_path / "none.parquet")
    assert table.num_rows == 0 and table.schema.names == EVENT_SCHEMA.names


def test_unknown_formats_are_refused(store_path: Path) -> None:
    with detente.open(store_path, readonly=True) as store:
        with pytest.raises(ValueError):
            export(store, io.StringIO(), fmt="xlsx")  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            export(store, io.StringIO(), what="actors")  # type: ignore[arg-type]
