"""A corpus from files to the store: read → analyse → store, with the analysis in this process,
in a pool of processes, or on Dask.

Follow one article of ``detente ingest corpus/``:

1. **read**: ``ingest.read`` walks the sources (files, directories, URLs, stdin) and yields one
   ``Document`` per article, or a ``Failure`` for an input it could not read.
2. **analyse**: ``analyze`` sends the stream through ``pipeline.analyze_many`` (extract, parse in
   batches, ``pipeline.analyze_doc``), here (``workers=1``), in ``workers`` spawned processes
   (``analyze_parallel``) or on Dask (``distributed.analyze_with_dask``). Elsewhere the
   documents travel in partitions (``analyze_partition``) and each process loads the model once,
   from the picklable ``Options``. Results come back in input order; a bad article is a
   ``Failure``, never an exception.
3. **store**: ``Store.ingest``, in this process — SQLite has one writer — adds each ``Analysis``
   in its own transaction (an article already stored is skipped) and records each ``Failure`` in
   the ``errors`` table.

``run`` does the three and returns a ``RunSummary``. The ``ingest`` and ``demo`` commands and the
benchmarks call it; the commands only add a progress bar and the printing.
"""

from __future__ import annotations

import concurrent.futures as cf
import itertools
import multiprocessing as mp
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import ingest as readers
from .config import Options
from .model import Analysis, Document, Failure
from .pipeline import Resources, analyze_many
from .store.records import IngestSummary

if TYPE_CHECKING:
    from .store import Outcome, Store

__all__ = [
    "RunSummary",
    "analyze",
    "analyze_parallel",
    "analyze_partition",
    "chunks",
    "run",
    "worker_pool",
]

PARENT_CHECK_SECONDS = 0.5  # how often a worker looks whether its parent is still there


@dataclass(slots=True)
class RunSummary(IngestSummary):
    """What a run did (the store's counts and failures) and how long it took: ``seconds`` in
    all, ``waiting`` of them with the writer idle, waiting for analyses (the rest is the one
    serial part, storing)."""

    seconds: float = 0.0
    waiting: float = 0.0


# ----------------------------------------------------------------------------------------------
# analysing in other processes

_WORKER_RESOURCES: dict[Options, Resources] = {}


def _worker_resources(options: Options) -> Resources:
    """Per-process cache: a worker loads the model once, not once per partition."""
    res = _WORKER_RESOURCES.get(options)
    if res is None:
        res = _WORKER_RESOURCES[options] = Resources.load(options)
    return res


def analyze_partition(
    documents: Iterable[Document | Failure], options: Options | None = None
) -> list[Analysis | Failure]:
    """Analyse one partition of documents; the function a process pool or ``dask.bag``'s
    ``map_partitions`` applies. Only ``options`` crosses the process boundary, never a model."""
    options = options or Options()
    return list(analyze_many(documents, _worker_resources(options)))


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


def analyze_parallel(
    items: Iterable[Document | Failure],
    options: Options | None = None,
    *,
    workers: int | None = None,
    chunk_size: int = 64,
) -> Iterator[Analysis | Failure]:
    """``pipeline.analyze_many`` over a process pool, results in input order. With one worker it
    runs in this process (no pickling, no start-up cost)."""
    options = options or Options()
    workers = workers or os.cpu_count() or 1
    if workers <= 1:
        yield from analyze_many(items, _worker_resources(options))
        return
    with worker_pool(workers) as pool:
        pending: list[cf.Future[list[Analysis | Failure]]] = []
        for chunk in chunks(items, chunk_size):
            pending.append(pool.submit(analyze_partition, chunk, options))
            while len(pending) > workers * 2:
                yield from pending.pop(0).result()
        for fut in pending:
            yield from fut.result()


def analyze(
    items: Iterable[Document | Failure],
    options: Options | None = None,
    *,
    workers: int = 1,
    dask: str | None = None,
    resources: Resources | None = None,
) -> Iterator[Analysis | Failure]:
    """Analyse a stream of documents where asked: on Dask when ``dask`` names a scheduler or a
    cluster, in ``workers`` processes when more than one, else here with ``resources`` (loaded
    from ``options`` when not given). Results in input order."""
    options = options or (resources.options if resources else Options())
    if dask:
        from .distributed import analyze_with_dask

        return analyze_with_dask(items, options, scheduler=dask)
    if workers > 1:
        return analyze_parallel(items, options, workers=workers)
    return analyze_many(items, resources or Resources.load(options))


# ----------------------------------------------------------------------------------------------
# the whole run


def run(
    sources: Sequence[str | Path],
    store: Store,
    options: Options | None = None,
    *,
    workers: int = 1,
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
    documents: Iterable[Document | Failure] = readers.read(list(sources), limits=options.limits)
    if limit is not None:
        documents = itertools.islice(documents, limit)
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
