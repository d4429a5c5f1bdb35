"""The errors table under re-runs (issue 11, item 13): one row per source and reason, with a
count and the last time; coded warnings of stored documents recorded beside the failures; old
stores migrated without losing a row's meaning."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from detente.model import Failure
from detente.store import Store
from detente.store.migrations import MIGRATIONS, migrate
from support.records import analysis

TEXT = "Poland accused Belarus of closing the border to freight without warning, officials said."


def _rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT source, code, reason, stage, count FROM errors ORDER BY id"
        ).fetchall()


def test_the_same_failure_recorded_again_counts_instead_of_adding_a_row(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    bad = Failure("bad.txt", "bad.txt is empty", "E102", "ingest")
    other = Failure("other.txt", "other.txt is binary data, not text", "E103", "ingest")
    for _ in range(3):
        with Store(db) as store:
            store.ingest([bad, other])
    assert _rows(db) == [
        ("bad.txt", "E102", "bad.txt is empty", "ingest", 3),
        ("other.txt", "E103", "other.txt is binary data, not text", "ingest", 3),
    ]
    with Store(db, readonly=True) as store:
        assert [e.source for e in store.errors()] == ["other.txt", "bad.txt"]  # newest first


def test_an_old_store_is_migrated_its_repeated_failures_merged(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, MIGRATIONS[:1])
    conn.executemany(
        "INSERT INTO errors(source, code, reason, stage, at) VALUES (?, ?, ?, ?, ?)",
        [
            ("a.txt", "E102", "a.txt is empty", "ingest", "2024-01-01T00:00:00+00:00"),
            ("b.txt", "E203", "too short", "extract", "2024-01-01T00:00:01+00:00"),
            ("a.txt", "E102", "a.txt is empty", "ingest", "2024-01-02T00:00:00+00:00"),
        ],
    )
    conn.close()
    with Store(db) as store:
        assert store.schema_version == MIGRATIONS[-1].version
        store.ingest([Failure("b.txt", "too short", "E203", "extract")])
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT source, count, at FROM errors ORDER BY source").fetchall()
    assert rows[0] == ("a.txt", 2, "2024-01-02T00:00:00+00:00")
    assert rows[1][:2] == ("b.txt", 2) and rows[1][2] > "2024-01-02"
    with Store(db, readonly=True) as store:
        assert {e.source for e in store.errors()} == {"a.txt", "b.txt"}


def test_coded_warnings_of_a_stored_document_are_recorded(tmp_path: Path) -> None:
    a = analysis(TEXT, source="latin.txt")
    a = dataclasses.replace(
        a,
        warnings=(
            "[E114] not valid UTF-8: decoded as cp1252",
            "no publication date found: using the crawl date (WARC-Date)",
        ),
    )
    db = tmp_path / "w.db"
    with Store(db) as store:
        summary = store.ingest([a])
    assert summary.stored == 1 and summary.failures == []
    assert _rows(db) == [("latin.txt", "E114", "not valid UTF-8: decoded as cp1252", "warning", 1)]
