"""What the single SQLite writer costs a document: a commit per document against grouped commits.

    .venv/bin/python bench/writer.py [--items 4000] [--skip 20000] [--repeat 3] [--preload 0]

The writer is the one serial part of an ingest (``Store.ingest``, one thread), and it shares the
machine's cores with the analysing processes, so every millisecond it spends a document is taken
from the analysis. This analyses ``--items`` Current Events items once (after skipping the first
``--skip``), then stores the same analyses into fresh stores, alternating a commit per document
(``group=1``, what ``ingest`` did before 0.2) with the default groups (``GROUP_DOCUMENTS``
documents or ``GROUP_SECONDS`` a transaction, each document under its own savepoint), ``--repeat``
times each; the best time of each is kept and their ratio reported. ``--preload N`` first stores N
other analysed items in each store (not timed), to see the cost in a store that is not empty.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "current-events" / "items.jsonl.gz"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=4000)
    parser.add_argument("--skip", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--preload", type=int, default=0)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"{CORPUS} is absent: this benchmark reads the shared corpora", file=sys.stderr)
        return 2

    import detente
    from detente.config import Options
    from detente.ingest import read
    from detente.pipeline import Resources, analyze_many
    from detente.store import GROUP_DOCUMENTS, GROUP_SECONDS

    resources = Resources.load(Options())
    documents = itertools.islice(
        read([str(CORPUS)]), args.skip, args.skip + args.preload + args.items
    )
    print(f"analysing {args.preload + args.items} items ...", file=sys.stderr)
    analysed = list(analyze_many(documents, resources))
    preload, timed = analysed[: args.preload], analysed[args.preload :]

    best: dict[str, float] = {}
    stored = 0
    for _ in range(args.repeat):
        for name, group in (("a commit per document", 1), ("grouped commits", GROUP_DOCUMENTS)):
            with tempfile.TemporaryDirectory() as tmp, detente.open(Path(tmp) / "w.db") as store:
                store.ingest(preload)
                start = time.perf_counter()
                stored = store.ingest(timed, group=group).stored
                seconds = time.perf_counter() - start
            best[name] = min(best.get(name, seconds), seconds)

    print(
        f"{len(timed)} analyses ({stored} stored), {args.preload} stored before, "
        f"best of {args.repeat}; groups: {GROUP_DOCUMENTS} documents or {GROUP_SECONDS} s"
    )
    for name, seconds in best.items():
        print(f"  {name:<22} {seconds:6.2f} s  {1000 * seconds / len(timed):.3f} ms a document")
    ratio = best["grouped commits"] / best["a commit per document"]
    print(f"grouped / per document: {ratio:.2f}× the time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
