"""A corpus from files to the store: read → analyse → store, with the analysis in this process,
in a pool of processes, or on Dask; or to partitioned Parquet, and from there into a store.

Follow one article of ``detente ingest corpus/``:

1. **read**: ``ingest.read`` walks the sources (files, directories, URLs, stdin) and yields one
   ``Document`` per article, or a ``Failure`` for an input it could not read.
2. **analyse**: ``analyze`` sends the stream through ``pipeline.analyze_many`` (extract, parse in
   batches, ``pipeline.analyze_doc``), here (``workers=1``), in ``workers`` spawned processes
   (``analyze_parallel``; ``"auto"``: one per usable core, here when the corpus is too small to
   pay for starting them) or on Dask (``distributed.analyze_with_dask``). Elsewhere the documents
   travel in partitions (``analyze_partition``) and each process loads the model once, from the
   picklable ``Options``. Results come back in input order; a bad article is a ``Failure``,
   never an exception.
3. **store**: ``Store.ingest``, in this process — SQLite has one writer — adds each ``Analysis``
   in its own transaction (an article already stored is skipped) and records each ``Failure`` in
   the ``errors`` table.

``run`` does the three and returns a ``RunSummary``. ``run_to_parquet`` replaces step 3: each
worker writes its partitions as Parquet files (``parquet.py``) and only their counts come back,
so no single writer limits a cluster; ``load`` brings such a directory into a store later. The
``ingest``, ``load`` and ``demo`` commands and the benchmarks call these; the commands only add
a progress bar and the printing.
"""

from __future__ import annotations

import concurrent.futures as cf
import itertools
import multiprocessing as mp
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from . import ingest as readers
from .config import Options
from .model import Analysis, Document, Failure
from .pipeline import Resources, analyze_many
from .store.records import IngestSummary

if TYPE_CHECKING:
    from .parquet import PartitionSummary
    from .store import Outcome, Store

__all__ = [
    "PARTITION_SIZE",
    "LoadSummary",
    "RunSummary",
    "Workers",
    "analyze",
    "analyze_parallel",
    "analyze_partition",
    "chunks",
    "in_order",
    "load",
    "map_local",
    "run",
    "run_to_parquet",
    "usable_cores",
    "worker_count",
    "worker_pool",
    "worker_resources",
    "write_partition",
]

PARENT_CHECK_SECONDS = 0.5  # how often a worker looks whether its parent is still there
# Documents per partition: about half a second of work for a short item, so that the scheduler's
# cost per task is small and the last partitions of a run leave a worker idle only briefly.
PARTITION_SIZE = 64

Workers = int | Literal["auto"]


@dataclass(slots=True)
class RunSummary(IngestSummary):
    """What a run did (the store's counts and failures) and how long it took: ``seconds`` in
    all, ``waiting`` of them with the writer idle, waiting for analyses (the rest is the one
    serial part, storing). A run to Parquet counts written documents as ``stored``."""

    seconds: float = 0.0
    waiting: float = 0.0


@dataclass(slots=True)
class LoadSummary(IngestSummary):
    """What ``load`` did: the store's counts, and the partitions read and refused (each
    refusal a ``Failure`` E120 naming the file and why, also in ``failures``)."""

    partitions: int = 0
    refused: list[Failure] = field(default_factory=list)


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, which a container or ``taskset``
    narrows), not the machine's count."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    counted: int | None = getattr(os, "process_cpu_count", os.cpu_count)()  # 3.13 and later
    return counted or 1


# ----------------------------------------------------------------------------------------------
# analysing in other processes

_WORKER_RESOURCES: dict[Options, Resources] = {}


def worker_resources(options: Options) -> Resources:
    """Per-process cache: a worker loads the model once, not once per partition (a Dask worker
    once when the run's plugin starts, ``distributed.WorkerSetup``)."""
    res = _WORKER_RESOURCES.get(options)
    if res is None:
        res = _WORKER_RESOURCES[options] = Resources.load(options)
    return res


def analyze_partition(
    documents: Iterable[Document | Failure], options: Options | None = None
) -> list[Analysis | Failure]:
    """Analyse one partition of documents; the function a process pool or a Dask worker
    applies. Only ``options`` crosses the process boundary, never a model."""
    options = options or Options()
    return list(analyze_many(documents, worker_resources(options)))


def write_partition(
    documents: Iterable[Document | Failure],
    options: Options,
    directory: str,
    name: str,
) -> PartitionSummary:
    """Analyse one partition and write it as Parquet under ``directory`` (``parquet.py``): the
    function a pool or a Dask worker applies for ``run_to_parquet``. Only the counts and the
    failures travel back."""
    from .parquet import write_partition as write

    return write(analyze_partition(documents, options), directory, name)


def _exit_with_parent(parent: int) -> None:
    """Pool initializer: a watchdog thread ends this worker once ``parent`` is gone. A parent
    killed with SIGKILL cannot tell its workers, and a worker holding a loaded model (about
    190 MB) would stay alive, an orphan, and keep the resource tracker alive with it."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)  # nothing of a worker's is worth a clean exit: its results have no reader

    if os.getppid() != parent:  # died while this worker started
        os._exit(1)
    threading.Thread(target=watch, name="detente-parent-watch", daemon=True).start()


def worker_pool(workers: int) -> cf.ProcessPoolExecutor:
    """A pool of ``workers`` spawned processes that exit when this process dies."""
    ctx = mp.get_context("spawn")  # fork after loading a model is unsafe with some BLAS builds
    return cf.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=ctx,
        initializer=_exit_with_parent,
        initargs=(os.getpid(),),
    )


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """``items`` in lists of ``size`` (the last one shorter), without reading ahead further."""
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def in_order(
    submit: Callable[..., Any], calls: Iterable[tuple[Any, ...]], window: int
) -> Iterator[Any]:
    """``submit(*call).result()`` for each call, in order, with at most ``window`` calls in
    flight: the workers keep working while the caller consumes (stores) earlier results, and a
    corpus larger than memory streams through. ``submit`` is a process pool's or a Dask
    client's."""
    pending: deque[Any] = deque()
    try:
        for call in calls:
            pending.append(submit(*call))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:  # the caller stopped early: what was not started never starts
            future.cancel()


def worker_count(
    workers: Workers, items: Iterable[Any], *, per_worker: int = PARTITION_SIZE
) -> tuple[int, Iterable[Any]]:
    """``workers`` as a number, and the items (with any read ahead put back). ``"auto"`` is one
    worker per usable core, but one (this process) for a run of fewer than ``per_worker`` items
    per core: starting the processes and loading the model in each would cost more than it
    saves."""
    if workers != "auto":
        return workers, items
    cores = usable_cores()
    if cores <= 1:
        return 1, items
    stream = iter(items)
    head = list(itertools.islice(stream, per_worker * cores))
    if len(head) < per_worker * cores:
        return 1, head
    return cores, itertools.chain(head, stream)


def analyze_parallel(
    items: Iterable[Document | Failure],
    options: Options | None = None,
    *,
    workers: int | None = None,
    chunk_size: int = PARTITION_SIZE,
) -> Iterator[Analysis | Failure]:
    """``pipeline.analyze_many`` over a process pool, results in input order. With one worker it
    runs in this process (no pickling, no start-up cost)."""
    options = options or Options()
    workers = workers or usable_cores()
    if workers <= 1:
        yield from analyze_many(items, worker_resources(options))
        return
    calls = ((analyze_partition, chunk, options) for chunk in chunks(items, chunk_size))
    for result in map_local(calls, workers):
        yield from result


def analyze(
    items: Iterable[Document | Failure],
    options: Options | None = None,
    *,
    workers: Workers = 1,
    dask: str | None = None,
    resources: Resources | None = None,
) -> Iterator[Analysis | Failure]:
    """Analyse a stream of documents where asked: on Dask when ``dask`` names a scheduler or a
    cluster (``workers`` local processes for ``processes``), in ``workers`` processes when more
    than one (``"auto"``: see ``_worker_count``), else here with ``resources`` (loaded from
    ``options`` when not given). Results in input order."""
    options = options or (resources.options if resources else Options())
    if dask:
        from .distributed import analyze_with_dask

        local = usable_cores() if workers == "auto" else workers
        return analyze_with_dask(items, options, scheduler=dask, workers=local)
    count, items = worker_count(workers, items)
    if count > 1:
        return analyze_parallel(items, options, workers=count)
    return analyze_many(items, resources or Resources.load(options))


# ----------------------------------------------------------------------------------------------
# the whole run


def _documents(
    sources: Sequence[str | Path], options: Options, limit: int | None
) -> Iterable[Document | Failure]:
    documents: Iterable[Document | Failure] = readers.read(list(sources), limits=options.limits)
    if limit is not None:
        documents = itertools.islice(documents, limit)
    return documents


def run(
    sources: Sequence[str | Path],
    store: Store,
    options: Options | None = None,
    *,
    workers: Workers = 1,
    dask: str | None = None,
    resources: Resources | None = None,
    limit: int | None = None,
    on_result: Callable[[Analysis | Failure, Outcome], None] | None = None,
) -> RunSummary:
    """Read ``sources``, analyse every document and store the results in ``store``.

    ``workers``, ``dask`` and ``resources`` choose where the analysis runs (see ``analyze``);
    ``limit`` keeps the first N documents only. ``on_result(item, outcome)`` is called after
    each document is stored (``"stored"``), skipped as already there (``"skipped"``) or recorded
    as failed (``"failed"``): for a progress bar. Raises a ``DetenteError`` only when nothing
    can go on (the model or a user file cannot be loaded); what is stored by then stays.
    """
    options = options or (resources.options if resources else Options())
    start = time.perf_counter()
    documents = _documents(sources, options, limit)
    clock = {"waiting": 0.0}
    results = _timed(
        analyze(documents, options, workers=workers, dask=dask, resources=resources), clock
    )
    done = store.ingest(results, on_result=on_result)
    return RunSummary(
        stored=done.stored,
        skipped=done.skipped,
        events=done.events,
        failures=done.failures,
        seconds=time.perf_counter() - start,
        waiting=clock["waiting"],
    )


def run_to_parquet(
    sources: Sequence[str | Path],
    directory: str | Path,
    options: Options | None = None,
    *,
    workers: Workers = 1,
    dask: str | None = None,
    limit: int | None = None,
    on_partition: Callable[[PartitionSummary], None] | None = None,
) -> RunSummary:
    """Read ``sources`` and analyse every document as ``run`` does, but have each worker write
    its partitions as Parquet under ``directory`` (``parquet.py``) instead of sending the
    analyses here to be stored. ``stored`` counts the documents written (an article given twice
    is written twice; ``load`` stores it once). ``on_partition`` is called after each partition
    is written, in input order."""
    from .parquet import run_id

    options = options or Options()
    start = time.perf_counter()
    Path(directory).mkdir(parents=True, exist_ok=True)
    prefix = f"part-{run_id()}"
    parts = chunks(_documents(sources, options, limit), PARTITION_SIZE)
    calls: Iterable[tuple[Any, ...]] = (
        (write_partition, part, options, str(directory), f"{prefix}-{i:05d}")
        for i, part in enumerate(parts)
    )
    summaries: Iterable[PartitionSummary]
    if dask:
        from .distributed import map_in_order

        local = usable_cores() if workers == "auto" else workers
        summaries = map_in_order(calls, options, scheduler=dask, workers=local)
    else:
        count, calls = worker_count(workers, calls, per_worker=1)
        summaries = map_local(calls, count)
    summary = RunSummary()
    for part in summaries:
        summary.stored += part.documents
        summary.events += part.events
        summary.failures.extend(part.failures)
        if on_partition is not None:
            on_partition(part)
    summary.seconds = time.perf_counter() - start
    return summary


def map_local(calls: Iterable[tuple[Any, ...]], workers: int) -> Iterator[Any]:
    """``fn(*args)`` for each ``(fn, *args)`` of ``calls``, in order: in a pool of ``workers``
    processes (``in_order``), or here for one."""
    if workers <= 1:
        for fn, *args in calls:
            yield fn(*args)
        return
    with worker_pool(workers) as pool:
        yield from in_order(pool.submit, calls, window=workers * 2 + 1)


def load(
    directory: str | Path,
    store: Store,
    *,
    on_result: Callable[[Analysis | Failure, Outcome], None] | None = None,
) -> LoadSummary:
    """Bring a directory written by ``run_to_parquet`` into ``store``, partition by partition in
    the order they were written. Idempotent: an article already stored is skipped and a failure
    already recorded is not counted again, so loading twice adds nothing. A partition whose
    files are missing, damaged or of another layout is refused whole (a ``Failure`` E120 with
    the reason, recorded in the store's ``errors``) and the others load."""
    from .errors import InputError
    from .parquet import partition_names, read_partition

    summary = LoadSummary()
    recorded = {(e.source, e.code, e.reason) for e in store.errors()}
    for name in partition_names(directory):
        try:
            partition = read_partition(directory, name)
        except InputError as exc:
            refused = Failure(exc.source or name, exc.reason, exc.code, "load")
            summary.refused.append(refused)
            summary.failures.append(refused)
            store.add_failure(refused)
            if on_result is not None:
                on_result(refused, "failed")
            continue
        summary.partitions += 1
        fresh = [
            item
            for item in partition.items
            if not (isinstance(item, Failure) and (item.source, item.code, item.reason) in recorded)
        ]
        done = store.ingest(fresh, on_result=on_result)
        summary.stored += done.stored
        summary.skipped += done.skipped
        summary.events += done.events
        summary.failures.extend(done.failures)
    return summary


def _timed(results: Iterable[Any], clock: dict[str, float]) -> Iterator[Any]:
    """Pass ``results`` through, adding the time spent waiting for each to ``clock``."""
    it = iter(results)
    while True:
        t = time.perf_counter()
        try:
            item = next(it)
        except StopIteration:
            clock["waiting"] += time.perf_counter() - t
            return
        clock["waiting"] += time.perf_counter() - t
        yield item
