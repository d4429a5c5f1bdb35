"""Ingest the Wikipedia Current Events corpus (115,096 items) into a store: items/s, peak memory,
and query latency at that scale, against a bare ``nlp.pipe`` over the same texts in the same run.

    .venv/bin/python bench/ingest_current_events.py [--limit N] [--workers 2] [--db out.db]
        [--corpus ../shared/corpus/current-events/items.jsonl.gz]
        [--no-baseline | --baseline-limit N] [--no-language-check]

The corpus is CC BY-SA Wikipedia text read from ../shared; it is never copied into the
repository (a store built with ``--db`` holds it, so keep that file out of git too).

What runs, each side in its own fresh process so that peak resident memory is its own:

- **baseline**: the records' texts through ``nlp.pipe`` of the same spaCy model, one process.
- **detente**: ``detente.ingest.read`` on the gzip JSON Lines file, the full pipeline
  (``corpus.run`` with ``--workers`` processes), one writer storing each item in its own
  transaction with story clustering — what ``detente ingest --workers N`` does.

Reported: items/s of both and their ratio (per process: detente's rate divided by its workers,
against the one-process baseline), the share of wall time the writer was busy (the writer is
the one serial part), peak RSS of the writer process and of the largest worker, failures by
code, what the store holds, its size on disk, and the time of typical queries on it (events of
an actor, a dyad series, the whole network). ``--limit`` takes the first N items, for a slice;
``--baseline-limit`` times bare spaCy on fewer items than detente (rates stay comparable, the
items are one or two sentences throughout) to save a second full pass over the corpus.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from _measure import in_fresh_process, maxrss_mb, read_texts

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "current-events" / "items.jsonl.gz"


def _baseline(corpus: Path, limit: int | None, queue: mp.Queue) -> None:
    from detente import nlp as nlp_stage

    nlp = nlp_stage.load()
    texts = read_texts(corpus, limit)
    start = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=256))
    queue.put({"n": n, "seconds": time.perf_counter() - start, "maxrss_mb": maxrss_mb()})


def _detente(
    corpus: Path, limit: int | None, workers: int, db: Path, check_language: bool, queue: mp.Queue
) -> None:
    import detente
    from detente import corpus as corpus_run
    from detente.config import Options
    from detente.relations import build_network, dyad_series

    options = Options(check_language=check_language)
    codes: Counter[str] = Counter()
    with detente.open(db) as store:
        summary = corpus_run.run([corpus], store, options, workers=workers, limit=limit)
        for f in summary.failures:
            codes[f.code] += 1
        stats = store.stats()
        queries: dict[str, float] = {}
        for name, call in (
            ("events --actor PRK (all)", lambda s: s.events(actor="PRK", limit=None)),
            ("events --dyad RUS:UKR (all)", lambda s: s.events(dyad="RUS:UKR", limit=None)),
            ("relations PRK RUS --by month", lambda s: dyad_series(s, "PRK", "RUS")),
            ("relations RUS UKR --by month", lambda s: dyad_series(s, "RUS", "UKR")),
            ("network (whole store)", lambda s: build_network(s)),
            ("search 'summit'", lambda s: s.search("summit", limit=50)),
        ):
            with detente.open(db, readonly=True) as reader:
                t = time.perf_counter()
                call(reader)
                queries[name] = time.perf_counter() - t
        clustered = store._conn.execute(
            "SELECT coalesce(sum(size), 0) FROM stories WHERE size > 1"
        ).fetchone()[0]
    queue.put(
        {
            "n": summary.stored + summary.skipped + summary.failed,
            "stored": summary.stored,
            "skipped": summary.skipped,
            "failed": summary.failed,
            "failures": dict(codes.most_common()),
            "seconds": summary.seconds,
            "writer_busy": summary.seconds - summary.waiting,
            "maxrss_mb": maxrss_mb(),
            "children_maxrss_mb": maxrss_mb(resource.RUSAGE_CHILDREN),
            "stats": stats.to_dict(),
            "clustered_documents": clustered,
            "db_mb": sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 2**20,
            "queries": queries,
        }
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="the first N items only")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument(
        "--db", type=Path, default=None, help="keep the store here (default: a temp file)"
    )
    ap.add_argument("--no-baseline", action="store_true", help="skip the bare nlp.pipe run")
    ap.add_argument(
        "--baseline-limit",
        type=int,
        default=None,
        help="time bare spaCy on the first N items only (default: the same items as detente)",
    )
    ap.add_argument("--no-language-check", action="store_true")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (it is read from ../shared)", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "current-events.db"
        if db.exists():
            print(
                f"{db} exists: give a new path (this benchmark measures a fresh ingest)",
                file=sys.stderr,
            )
            return 2
        base_limit = args.baseline_limit or args.limit
        base = None if args.no_baseline else in_fresh_process(_baseline, args.corpus, base_limit)
        det = in_fresh_process(
            _detente, args.corpus, args.limit, args.workers, db, not args.no_language_check
        )

    rate = det["n"] / det["seconds"]
    print(f"corpus: {args.corpus} ({det['n']} items), {args.workers} worker(s)")
    if base:
        base_rate = base["n"] / base["seconds"]
        print(
            f"bare nlp.pipe, 1 process  {base_rate:8.1f} items/s  {base['seconds']:8.1f} s  "
            f"peak RSS {base['maxrss_mb']:6.0f} MB  ({base['n']} items)"
        )
    print(
        f"detente ingest            {rate:8.1f} items/s  {det['seconds']:8.1f} s  "
        f"peak RSS writer {det['maxrss_mb']:.0f} MB, largest worker {det['children_maxrss_mb']:.0f} MB"
    )
    if base:
        per_process = rate / max(args.workers, 1)
        print(
            f"ratio                     {per_process / base_rate:.3f} of bare spaCy's rate per process "
            f"({base_rate / per_process:.1f}x its time)"
        )
    print(
        f"writer busy               {det['writer_busy']:.1f} s of {det['seconds']:.1f} s "
        f"({100 * det['writer_busy'] / det['seconds']:.0f}% of wall time)"
    )
    print(
        f"outcome                   stored {det['stored']}, skipped {det['skipped']}, "
        f"failed {det['failed']} {det['failures']}"
    )
    s = det["stats"]
    print(
        f"store                     {s['documents']} documents, {s['events']} events "
        f"({s['asserted_events']} asserted), {s['quotes']} quotes, {s['stories']} stories "
        f"({det['clustered_documents']} documents in multi-document stories), "
        f"{det['db_mb']:.0f} MB on disk"
    )
    for name, seconds in det["queries"].items():
        print(f"query  {name:<32} {1000 * seconds:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
