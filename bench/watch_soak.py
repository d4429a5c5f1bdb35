"""Soak test of ``detente watch``: many polling cycles against a local site, memory and store
size measured after a warm-up.

Two sources on two local sites serving the same demo briefs (``detente.watch.demosite``, each
in a process of its own, so that only the watcher is measured): one
answers conditional requests with 304, the other ignores validators and answers every poll in
full, so each cycle exercises both the cheap path and the whole listing path (fetch, parse,
look every entry up in the store). The first cycle ingests the briefs with the real pipeline;
every later cycle finds nothing new. tracemalloc runs from the second cycle on (so it sees
what polling allocates, not the model); after ``--warmup`` cycles the bench reads the traced
memory and the resident set size; after the remaining cycles it measures both again and
reports the growth as ratios (1.00 = flat), with the store's size (pages, after a checkpoint)
before and after the re-polls.

    PYTHONPATH=src python bench/watch_soak.py --cycles 2000 --warmup 200
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import logging
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from detente.watch import Watcher
from detente.watch.config import parse_config


def rss_kib() -> int:
    """Resident set size now (Linux: /proc/self/statm), in KiB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def store_pages(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(conn.execute("PRAGMA page_count").fetchone()[0])
    finally:
        conn.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def site(briefs: int, *, conditional: bool) -> Iterator[str]:
    """The demo site in a process of its own (so that its memory is not measured); its URL."""
    port = free_port()
    args = [sys.executable, "-m", "detente.watch.demosite", "--port", str(port)]
    args += ["--briefs", str(briefs)] + ([] if conditional else ["--no-conditional"])
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        proc.stdout.readline()  # "serving ...": it listens
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def soak(cycles: int, warmup: int, briefs: int) -> dict[str, Any]:
    with (
        site(briefs, conditional=True) as cached,
        site(briefs, conditional=False) as full,
        tempfile.TemporaryDirectory() as tmp,
    ):
        config = parse_config(
            {
                "sources": [
                    {"name": "conditional", "feed": cached + "/feed.xml", "every": 1},
                    {"name": "full", "feed": full + "/feed.xml", "every": 1},
                ],
                "alerts": [{"name": "events", "kind": "event", "dyad": "PRK:USA"}],
                "deliver": {"console": True},
                "settings": {"host_delay": 0, "retries": 0},
            }
        )
        db = Path(tmp) / "soak.db"
        with Watcher(config, db, console=io.StringIO()) as w:
            t = time.perf_counter()
            first = w.cycle(force=True)
            ingest_seconds = time.perf_counter() - t
            tracemalloc.start()  # what polling allocates and keeps, the model left aside
            for _ in range(warmup - 1):
                w.cycle(force=True)
            gc.collect()
            pages_before = store_pages(db)
            rss_before = rss_kib()
            traced_before = tracemalloc.get_traced_memory()[0]
            t = time.perf_counter()
            for _ in range(cycles - warmup):
                w.cycle(force=True)
            seconds = time.perf_counter() - t
            gc.collect()
            traced_after = tracemalloc.get_traced_memory()[0]
            rss_after = rss_kib()
            tracemalloc.stop()
            pages_after = store_pages(db)
            alerts = w.state.alert_count()
            status = {s.name: s for s in w.state.sources()}
            requests = w.fetcher.requests
        return {
            "cycles": cycles,
            "warmup": warmup,
            "briefs": briefs,
            "stored_first_cycle": first.stored,
            "alerts": alerts,
            "first_cycle_seconds": round(ingest_seconds, 2),
            "cycles_per_second": round((cycles - warmup) / seconds, 1),
            "requests": requests,
            "polls_answered_304": status["conditional"].not_modified,
            "articles_read": sum(s.fetched for s in status.values()),
            "traced_kib_after_warmup": traced_before // 1024,
            "traced_kib_at_end": traced_after // 1024,
            "traced_growth_ratio": round(traced_after / max(traced_before, 1), 3),
            "traced_bytes_per_cycle": round((traced_after - traced_before) / (cycles - warmup), 1),
            "rss_mib_after_warmup": round(rss_before / 1024, 1),
            "rss_mib_at_end": round(rss_after / 1024, 1),
            "rss_growth_ratio": round(rss_after / rss_before, 3),
            "store_pages_after_warmup": pages_before,
            "store_pages_at_end": pages_after,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--briefs", type=int, default=10)
    args = parser.parse_args()
    if not 1 <= args.warmup < args.cycles:
        parser.error("--warmup must be at least 1 and below --cycles")
    logging.basicConfig(level=logging.WARNING)
    print(json.dumps(soak(args.cycles, args.warmup, args.briefs), indent=2))


if __name__ == "__main__":
    main()
