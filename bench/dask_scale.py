"""Scale-out, measured: the same Current Events items with 1 and with 2 workers, in one run, on
the process pool and on a ``dask.distributed`` LocalCluster, into a store and into Parquet.

    .venv/bin/python bench/dask_scale.py [--limit 5000] [--workers 1 2]
        [--corpus ../shared/corpus/current-events/items.jsonl.gz] [--only pool dask parquet]

What runs, each configuration in its own fresh process (no model or cache carries over):

- **pool**: ``corpus.run(workers=N)`` into a new store, what ``detente ingest --workers N`` does
  (``--workers 1`` analyses and stores in one process, one after the other).
- **dask**: a LocalCluster of N worker processes (one thread each) is started and its workers load
  the model (``distributed.WorkerSetup``), as a cluster is up before a job comes; then
  ``corpus.run(dask=ADDRESS)`` into a new store, what ``detente ingest --dask ADDRESS`` does. The
  start-up is reported apart from the run.
- **parquet**: the same cluster, ``corpus.run_to_parquet(dask=ADDRESS)``: each worker writes its
  partitions, nothing comes back to a writer (``detente ingest --dask ADDRESS --output DIR``).

Reported for each: wall seconds, items/s, the speed-up from the first ``--workers`` value to the
others, and for the runs into a store the share of wall time the single SQLite writer was busy
(the rest it waited for analyses), and the CPU time of all its processes per item, start-up
included (equal per-item CPU with 1 and 2 workers means nothing is lost to coordination, and
the wall-time ratio is what the free cores allow), and for the Dask runs the share of the
run's wall time the workers spent computing partitions, from the scheduler's task stream (near
100 % means the scheduling keeps every worker fed, whatever CPU the machine gives it). The
machine's load average before and after
each run is printed too: other processes on the cores make every figure slower and the ratios
smaller.
The corpus is CC BY-SA Wikipedia text read from ../shared; nothing of it is written to the
repository (stores and Parquet go to a temporary directory).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _measure import in_fresh_process

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "current-events" / "items.jsonl.gz"
KINDS = ("pool", "dask", "parquet")


def _cpu() -> float:
    """CPU seconds of this process and its ended children (pool and cluster workers)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _side(kind: str, workers: int, corpus: Path, limit: int, out: Path, queue: mp.Queue) -> None:
    import detente
    from detente import corpus as corpus_run
    from detente.config import Options
    from detente.distributed import dask_client

    options = Options()
    load_before = os.getloadavg()[0]
    cpu_before = _cpu()
    result: dict[str, Any] = {"kind": kind, "workers": workers, "startup": 0.0}
    if kind == "pool":
        with detente.open(out / f"pool-{workers}.db") as store:
            summary = corpus_run.run([corpus], store, options, workers=workers, limit=limit)
        result |= {"seconds": summary.seconds, "writer": 1 - summary.waiting / summary.seconds}
        result |= {"items": summary.stored + summary.skipped + summary.failed}
    else:
        from distributed import get_task_stream

        start = time.perf_counter()
        with dask_client("processes", options, workers=workers) as client:
            address = client.scheduler.address
            result["startup"] = time.perf_counter() - start
            with get_task_stream(client) as stream:  # the scheduler's record of every task
                if kind == "dask":
                    with detente.open(out / f"dask-{workers}.db") as store:
                        summary = corpus_run.run(
                            [corpus], store, options, dask=address, limit=limit
                        )
                    writer = 1 - summary.waiting / summary.seconds
                else:
                    summary = corpus_run.run_to_parquet(
                        [corpus], out / f"parquet-{workers}", options, dask=address, limit=limit
                    )
                    writer = 0.0
        busy = sum(
            s["stop"] - s["start"]
            for task in stream.data
            for s in task["startstops"]
            if s["action"] == "compute"
        )
        result["occupancy"] = busy / (workers * summary.seconds)
        result |= {"seconds": summary.seconds, "writer": writer}
        result |= {"items": summary.stored + summary.skipped + summary.failed}
    result["load"] = (load_before, os.getloadavg()[0])
    result["cpu"] = _cpu() - cpu_before  # the workers are ended by now, so they count
    queue.put(result)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=5000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--only", nargs="+", choices=KINDS, default=list(KINDS))
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"{args.limit} items of {args.corpus.name}; {cores} usable cores; workers {args.workers}")
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="detente-scale-") as tmp:
        for kind in args.only:
            for workers in args.workers:
                r = in_fresh_process(_side, kind, workers, args.corpus, args.limit, Path(tmp))
                rows.append(r)
                base = next(x for x in rows if x["kind"] == kind)
                print(
                    f"{kind:8} workers {workers}: {r['seconds']:6.1f} s  "
                    f"{r['items'] / r['seconds']:6.1f} items/s  "
                    f"×{base['seconds'] / r['seconds']:.2f} against {base['workers']} worker(s)  "
                    + (f"writer busy {r['writer']:.0%}  " if kind != "parquet" else "")
                    + (f"start-up {r['startup']:.1f} s  " if r["startup"] else "")
                    + (f"workers busy {r['occupancy']:.0%}  " if "occupancy" in r else "")
                    + f"CPU {1000 * r['cpu'] / r['items']:.1f} ms/item  "
                    + f"load avg {r['load'][0]:.2f} → {r['load'][1]:.2f}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
