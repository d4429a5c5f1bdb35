"""A corpus run (read → analyse → store) stores the same whether the analysis runs here or in a
pool of processes, and reports what it did."""

from __future__ import annotations

import json
from pathlib import Path

import detente
from detente import corpus

TEXTS = [
    ("Trade talks", "South Korea and Japan held talks in Seoul on Monday about trade and tariffs."),
    ("Sanctions", "The United States imposed sanctions on Russia over the invasion of Ukraine."),
    ("Empty", ""),  # fails: a record without text
    ("Visit", "Chinese President Xi Jinping visited Moscow and met Vladimir Putin on Tuesday."),
    ("Aid", "Japan pledged emergency aid to Turkey after the earthquake, its minister said."),
]


def _records(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, (title, text) in enumerate(TEXTS):
            record = {"id": f"c{i}", "title": title, "text": text, "date": "2023-03-21"}
            fh.write(json.dumps(record) + "\n")
    return path


def _contents(db: Path) -> tuple[list, list, list]:
    """Every stored analysis in full, the events and the failures of a store, in a form
    independent of the order of insertion."""
    with detente.open(db, readonly=True) as store:
        docs = sorted(
            (json.dumps(s.analysis.to_dict(), sort_keys=True) for s in store.iter_documents()),
        )
        events = sorted(
            (s.document_id, s.event.event_type, s.event.trigger, s.event.char_span)
            for s in store.events(limit=None, include_hypothetical=True)
        )
        errors = sorted((e.source, e.code) for e in store.errors())
    return docs, events, errors


def test_serial_and_two_workers_store_the_same(tmp_path, resources) -> None:
    src = _records(tmp_path / "in.jsonl")
    seen: list[str] = []
    with detente.open(tmp_path / "serial.db") as store:
        serial = corpus.run(
            [src], store, resources=resources, on_result=lambda _item, out: seen.append(out)
        )
    with detente.open(tmp_path / "pool.db") as store:
        pooled = corpus.run([src], store, resources.options, workers=2)

    assert (serial.stored, serial.skipped, serial.failed) == (4, 0, 1)
    assert (pooled.stored, pooled.skipped, pooled.failed, pooled.events) == (
        serial.stored,
        serial.skipped,
        serial.failed,
        serial.events,
    )
    assert seen == ["stored", "stored", "failed", "stored", "stored"]
    assert [f.code for f in serial.failures] == ["E106"]
    assert serial.events > 0 and 0 <= serial.waiting <= serial.seconds
    assert _contents(tmp_path / "pool.db") == _contents(tmp_path / "serial.db")


def test_a_second_run_skips_what_is_stored_and_limit_stops_early(tmp_path, resources) -> None:
    src = _records(tmp_path / "in.jsonl")
    with detente.open(tmp_path / "d.db") as store:
        first = corpus.run([src], store, resources=resources, limit=2)
        again = corpus.run([src], store, resources=resources)
    assert (first.stored, first.failed) == (2, 0)
    assert (again.stored, again.skipped, again.failed) == (2, 2, 1)
