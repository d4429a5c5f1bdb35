"""kill -9 during ingest (issue 11): an ingest killed mid-run and run again leaves the store a
clean run leaves: the same documents, events and quotes, no orphan rows, and a database that
passes ``PRAGMA integrity_check``."""

from __future__ import annotations

import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from support import ROOT

BRIEFS = ROOT / "src" / "detente" / "data" / "demo" / "briefs.jsonl"
COPIES = 6  # each demo brief six times, told apart by a line: a run of several group commits
DOCUMENTS = 104 * COPIES
KILL_AFTER = 8  # documents stored before the kill
# Rows that hang off a document, and the columns that say what they hold (no row ids, no times).
CONTENT = {
    "documents": "id, title, published, source, url, text, warnings",
    "events": "d.id, t.position, event_type, cameo, goldstein, date, span_start, span_end, rule",
    "quotes": "d.id, t.position, content, speaker_text, span_start, span_end",
    "mentions": "d.id, t.position, t.text, span_start, span_end",
    "key_points": "d.id, t.position, t.text",
}
ORPHANS = {
    "events": "SELECT count(*) FROM events WHERE document NOT IN (SELECT pk FROM documents)",
    "quotes": "SELECT count(*) FROM quotes WHERE document NOT IN (SELECT pk FROM documents)",
    "mentions": "SELECT count(*) FROM mentions WHERE document NOT IN (SELECT pk FROM documents)",
    "event_actors": "SELECT count(*) FROM event_actors WHERE event NOT IN (SELECT id FROM events)",
}


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "detente", "ingest", str(corpus), "--db", str(db)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def _content(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        got: dict[str, list[tuple]] = {}
        for table, columns in CONTENT.items():
            join = "" if table == "documents" else " t JOIN documents d ON d.pk = t.document"
            got[table] = sorted(conn.execute(f"SELECT {columns} FROM {table}{join}"))
        got["orphans"] = [(name, conn.execute(sql).fetchone()[0]) for name, sql in ORPHANS.items()]
        got["integrity"] = conn.execute("PRAGMA integrity_check").fetchall()
    return got


def test_a_killed_ingest_run_again_equals_a_clean_run(tmp_path: Path) -> None:
    corpus = tmp_path / "briefs.jsonl"
    briefs = [json.loads(line) for line in BRIEFS.read_text().splitlines()]
    with corpus.open("w") as fh:
        for copy, brief in itertools.product(range(COPIES), briefs):
            record = {**brief, "id": f"{brief['id']}-{copy}"}
            record["text"] += f"\n\nThis is copy {copy} of the brief."
            fh.write(json.dumps(record) + "\n")

    killed = tmp_path / "killed.db"
    proc = _ingest(corpus, killed)
    deadline = time.monotonic() + 240
    while _stored(killed) < KILL_AFTER and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    at_kill = _stored(killed)
    assert KILL_AFTER <= at_kill < DOCUMENTS
    assert _content(killed)["integrity"] == [("ok",)]

    again = _ingest(corpus, killed)
    clean = tmp_path / "clean.db"
    first = _ingest(corpus, clean)
    assert again.wait(300) == 0 and first.wait(300) == 0

    resumed, fresh = _content(killed), _content(clean)
    assert len(fresh["documents"]) == DOCUMENTS and fresh["events"]
    assert resumed == fresh
    assert fresh["orphans"] == [(name, 0) for name in ORPHANS]
    assert fresh["integrity"] == [("ok",)]
