"""Scaling out on Dask when one machine is not enough.

The per-article work is a pure function of a document and picklable ``Options``
(``corpus.analyze_partition``), so any engine that maps a function over partitions can run it.
This module does that with Dask: partitions of documents go to the workers, each worker loads the
model once and keeps it for every later partition, and the analyses stream back to the one place
that writes the store — SQLite has one writer, and it stays in this process.

    detente ingest corpus/ --dask processes            # local processes, no cluster needed
    detente ingest corpus/ --dask tcp://scheduler:8786 # an existing cluster (needs `distributed`)

Partitions are submitted in a bounded window, so a corpus larger than memory streams through.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .config import Options
from .corpus import analyze_partition, chunks
from .errors import ConfigError
from .model import Analysis, Document, Failure

__all__ = ["LOCAL_SCHEDULERS", "analyze_with_dask"]

LOCAL_SCHEDULERS = ("synchronous", "threads", "processes")


def _scheduler(name: str) -> Any:
    """A local scheduler name, or a ``distributed.Client`` for a cluster address."""
    if name in LOCAL_SCHEDULERS:
        return name
    try:
        from distributed import Client
    except ImportError:
        raise ConfigError(
            f"--dask {name}: connecting to a cluster needs the distributed package "
            "(pip install distributed); local schedulers: " + ", ".join(LOCAL_SCHEDULERS),
            code="E503",
        ) from None
    return Client(name)


def analyze_with_dask(
    items: Iterable[Document | Failure],
    options: Options | None = None,
    *,
    scheduler: str = "processes",
    partition_size: int = 64,
    window: int = 8,
) -> Iterator[Analysis | Failure]:
    """``pipeline.analyze_many`` run by Dask, results in input order.

    ``scheduler`` is a local Dask scheduler (``synchronous``, ``threads``, ``processes``) or the
    address of a Dask cluster. ``window`` partitions are in flight at a time.
    """
    try:
        from dask.base import compute
        from dask.delayed import delayed
    except ImportError:
        raise ConfigError(
            "--dask needs the dask package: pip install 'detente[dask]'", code="E503"
        ) from None
    options = options or Options()
    target = _scheduler(scheduler)
    extra: dict[str, Any] = {}
    if target == "processes":
        # One pool for the whole run: dask would start a fresh one per compute, and every fresh
        # worker would load the model again. Spawned, as a model must not be forked.
        import concurrent.futures as cf
        import multiprocessing as mp

        target = cf.ProcessPoolExecutor(mp_context=mp.get_context("spawn"))
        extra = {"scheduler": "processes", "pool": target}
    else:
        extra = {"scheduler": target}
    task = delayed(analyze_partition, pure=False)
    pending: list[list[Document | Failure]] = []

    def run(parts: list[list[Document | Failure]]) -> Iterator[Analysis | Failure]:
        for result in compute(*(task(p, options) for p in parts), **extra):
            yield from result

    try:
        for part in chunks(items, partition_size):
            pending.append(part)
            if len(pending) >= window:
                yield from run(pending)
                pending = []
        if pending:
            yield from run(pending)
    finally:
        if hasattr(target, "shutdown"):
            target.shutdown()
        elif hasattr(target, "close"):
            target.close()
