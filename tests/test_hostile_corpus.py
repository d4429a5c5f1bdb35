"""The hostile-input corpus (``scripts/hostile_corpus.py``) through a whole ingest into a fresh
store: every input ends as stored or as one recorded failure with the expected code, and the two
good articles around them are stored."""

from __future__ import annotations

import importlib.util
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

from detente import corpus
from detente.store import Store
from support import ROOT


def _script() -> Any:
    spec = importlib.util.spec_from_file_location(
        "hostile_corpus", ROOT / "scripts" / "hostile_corpus.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_hostile_input_gets_its_outcome(tmp_path: Path, resources: Any) -> None:
    manifest = _script().build(tmp_path / "corpus")
    inputs = tmp_path / "corpus" / "inputs"
    db = tmp_path / "hostile.db"
    with Store(db) as store:
        summary = corpus.run([inputs], store, resources=resources)
    prefix = f"{inputs}/"
    with sqlite3.connect(db) as conn:
        stored = [s.removeprefix(prefix) for (s,) in conn.execute("SELECT source FROM documents")]
        rows = conn.execute("SELECT source, code, stage, count FROM errors").fetchall()
    failures = {s.removeprefix(prefix): c for s, c, stage, _ in rows if stage != "warning"}
    warned = Counter((s.removeprefix(prefix), c) for s, c, stage, _ in rows if stage == "warning")
    got = {**{s: "stored" for s in stored}, **failures}
    assert got == manifest["expected"]
    assert len(stored) == len(set(stored)) and all(n == 1 for *_, n in rows)  # once each
    for source, codes in manifest["warnings"].items():
        assert {c for s, c in warned if s == source} == set(codes), source
    assert summary.stored == len(stored) and summary.failed == len(failures)
