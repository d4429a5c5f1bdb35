"""``Store.ingest`` commits documents in groups, each document under its own savepoint: a bad
document still rolls back alone, what was written before an error stays, a kill loses only the
open group (which the next run stores), and items are reported once they are committed."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import detente
from detente.model import Actor, Analysis
from detente.store import Store
from support.records import analysis, event

ROOT = Path(__file__).resolve().parent.parent


def _doc(n: int) -> Analysis:
    return analysis(f"Article number {n} about talks.", events=(event("CONSULT", "PRK", "RUS"),))


def _documents(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]


def test_a_refused_document_in_a_group_rolls_back_alone_and_its_new_actor_is_forgotten(
    tmp_path: Path,
) -> None:
    db = tmp_path / "s.db"
    newcomer = Actor("Ruritania", "Ruritania", "RUR", "GOV", "country", "country:rur")
    bad = analysis(
        "A text whose second event cannot be stored.",
        events=(
            dataclasses.replace(event("AID", "RUS", "PRK"), target=(newcomer,)),
            dataclasses.replace(event("CONSULT", "PRK", "RUS"), goldstein=42.0),  # out of range
        ),
    )
    again = analysis(
        "Another text naming the same new actor.",
        events=(dataclasses.replace(event("AID", "RUS", "PRK"), target=(newcomer,)),),
    )
    with detente.open(db) as store:
        summary = store.ingest([_doc(1), bad, again, _doc(2)], group=100)
        assert (summary.stored, summary.failed, summary.events) == (3, 1, 3)
        assert store.events(actor="RUR")[0].event.target[0].name == "Ruritania"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_a_stream_that_raises_keeps_what_was_written_before(tmp_path: Path) -> None:
    db = tmp_path / "s.db"

    def stream() -> Iterator[Analysis]:
        yield from (_doc(n) for n in range(3))
        raise RuntimeError("the analysis died")

    with detente.open(db) as store, pytest.raises(RuntimeError):
        store.ingest(stream(), group=100, seconds=3600)
    assert _documents(db) == 3


def test_items_are_reported_once_their_group_is_committed(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    seen: list[tuple[str, int]] = []

    def report(item: Any, outcome: str) -> None:
        with Store(db, readonly=True) as reader:  # another connection sees only commits
            seen.append((outcome, reader.stats().documents))

    with detente.open(db) as store:
        store.ingest([_doc(n) for n in range(5)], on_result=report, group=2, seconds=3600)
    assert seen == [("stored", 2), ("stored", 2), ("stored", 4), ("stored", 4), ("stored", 5)]


def test_groups_are_committed_as_the_stream_goes_by_count_and_by_time(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    visible: list[int] = []

    def stream(first: int, n: int) -> Iterator[Analysis]:
        for i in range(first, first + n):
            visible.append(_documents(db))
            yield _doc(i)

    with detente.open(db) as store:
        store.ingest(stream(0, 5), group=2, seconds=3600)
        assert visible == [0, 0, 2, 2, 4]
        visible.clear()
        store.ingest(stream(5, 3), group=1000, seconds=0.0)  # each document outlasts the bound
        assert visible == [5, 6, 7]


_KILL_SCRIPT = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, {tests!r})
    from support.records import analysis, event
    import detente

    def docs():
        for n in range(7):
            yield analysis(f"Article number {{n}} about talks.", events=(event("CONSULT", "PRK", "RUS"),))
        os._exit(17)  # killed while waiting for the eighth: the seventh is in the open group

    with detente.open({db!r}) as store:
        store.ingest(docs(), group=3, seconds=3600)
    """
)


def test_a_killed_ingest_loses_only_its_open_group_and_a_second_run_stores_it(
    tmp_path: Path,
) -> None:
    db = tmp_path / "s.db"
    script = _KILL_SCRIPT.format(tests=str(ROOT / "tests"), db=str(db))
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 17, proc.stderr
    assert _documents(db) == 6
    with detente.open(db) as store:
        summary = store.ingest([_doc(n) for n in range(7)])
        assert (summary.stored, summary.skipped) == (1, 6)
        assert store.stats().events == 7
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


class _FailingCommit:
    """A connection whose next COMMIT fails, as on a full disk."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.armed = True

    def execute(self, sql: str, *args: Any) -> Any:
        if sql == "COMMIT" and self.armed:
            self.armed = False
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_a_group_whose_commit_fails_becomes_failures_and_the_next_run_stores_it(
    tmp_path: Path,
) -> None:
    db = tmp_path / "s.db"
    outcomes: list[str] = []
    with detente.open(db) as store:
        real = store._conn
        store._conn = _FailingCommit(real)  # type: ignore[assignment]
        summary = store.ingest(
            [_doc(n) for n in range(3)],
            on_result=lambda _i, outcome: outcomes.append(outcome),
            group=100,
        )
        store._conn = real
        assert (summary.stored, summary.events, summary.failed) == (0, 0, 3)
        assert outcomes == ["failed"] * 3
        assert {f.reason for f in summary.failures} == {
            "could not commit: database or disk is full"
        }
        assert store.stats().documents == 0
        assert store.errors()[0].code == "E402"
        assert store.ingest([_doc(n) for n in range(3)]).stored == 3
