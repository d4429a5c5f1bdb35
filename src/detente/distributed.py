"""Scaling out on Dask when one machine is not enough.

The per-article work is a pure function of a document and picklable ``Options``
(``corpus.analyze_partition``, or ``corpus.write_partition`` that also writes the partition as
Parquet), so any engine that maps a function over partitions can run it. This module does that
with ``dask.distributed``:

    detente ingest corpus/ --dask processes                   # a local cluster, --workers processes
    detente ingest corpus/ --dask tcp://scheduler:8786        # an existing cluster
    detente ingest corpus/ --dask tcp://scheduler:8786 --output /shared/run1   # no single writer

Why it scales (it did not: 1.15× from one to two processes where the pool gave 1.76×): dask's
local ``processes`` scheduler batches up to six ready tasks into one submission, so of a window of
eight partitions one process got six and the other two and then sat idle; and each window was a
``compute`` that returned only when all of it was done, so no worker analysed while this process
stored. Now partitions are futures on a ``distributed`` cluster, at most four per worker thread in
flight, consumed in input order as each completes: every worker always has the next partition,
and storing overlaps the analysis. ``WorkerSetup`` loads the model and catalogue once per worker
process when the run starts (not in the first task). The worker processes of a local cluster
exit when this process dies, even by SIGKILL, as the pool's workers do (``distributed`` gives
each a pipe from its parent and exits when it closes; the old pool of dask's ``processes``
scheduler had no such watch and left orphans holding a model each). Results are plain pickled
records (about 1 KB and 0.05 ms per short article, against 7 ms of analysis: not a cost worth
compacting further); with ``--output`` only the counts travel back.

``synchronous`` and ``threads`` run dask's in-process schedulers, for debugging.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

from .config import Options
from .corpus import (
    PARTITION_SIZE,
    analyze_partition,
    chunks,
    in_order,
    usable_cores,
    worker_resources,
)
from .errors import ConfigError, DetenteError
from .model import Analysis, Document, Failure

try:
    from dask.base import compute
    from dask.delayed import delayed
    from distributed import Client, LocalCluster
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # imported only when --dask is asked for: say what to install
    raise ConfigError(
        "--dask needs the dask and distributed packages: pip install 'detente[dask]'",
        code="E503",
    ) from None

__all__ = [
    "IN_PROCESS_SCHEDULERS",
    "LOCAL_SCHEDULERS",
    "WorkerSetup",
    "analyze_with_dask",
    "dask_client",
    "map_in_order",
]

IN_PROCESS_SCHEDULERS = ("synchronous", "threads")
LOCAL_SCHEDULERS = (*IN_PROCESS_SCHEDULERS, "processes")


class WorkerSetup(WorkerPlugin):
    """Registered on every worker of a run: loads the resources of ``options`` once per worker
    process, when the run starts rather than inside its first partition, and keeps them for
    every later partition (``corpus.worker_resources``)."""

    name = "detente-setup"

    def __init__(self, options: Options) -> None:
        self.options = options

    def setup(self, worker: Any) -> None:
        # A model that cannot be loaded fails the first partition again; the client reports it.
        with suppress(DetenteError):
            worker_resources(self.options)


@contextmanager
def dask_client(scheduler: str, options: Options, *, workers: int | None = None) -> Iterator[Any]:
    """A ``distributed.Client`` ready for a run: on a new local cluster of ``workers`` processes
    (one thread each: the work holds the GIL) for ``processes``, else connected to the cluster
    at the address ``scheduler``; ``WorkerSetup`` registered either way. Closed on exit (the
    local cluster with it)."""
    cluster = None
    if scheduler == "processes":
        with warnings.catch_warnings():  # another cluster on the machine: any port will do
            warnings.filterwarnings("ignore", message="Port .* is already in use")
            cluster = LocalCluster(
                n_workers=workers or usable_cores(),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        client = Client(cluster)
    else:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, ValueError) as exc:
            raise ConfigError(
                f"--dask {scheduler}: cannot reach a Dask scheduler there ({exc}); local "
                "schedulers: " + ", ".join(LOCAL_SCHEDULERS),
                code="E503",
            ) from None
    try:
        client.register_plugin(WorkerSetup(options))
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _slots(client: Any) -> int:
    """Worker threads of the cluster: how many partitions run at once."""
    workers = client.scheduler_info(n_workers=-1).get("workers", {})
    return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))


def _in_process(calls: Iterable[tuple[Any, ...]], scheduler: str, window: int) -> Iterator[Any]:
    """``calls`` run by a dask in-process scheduler, ``window`` at a time, in order."""
    for batch in chunks(calls, window):
        tasks = (delayed(fn, pure=False)(*args) for fn, *args in batch)
        yield from compute(*tasks, scheduler=scheduler)


def map_in_order(
    calls: Iterable[tuple[Any, ...]],
    options: Options,
    *,
    scheduler: str = "processes",
    workers: int | None = None,
    window: int | None = None,
) -> Iterator[Any]:
    """``fn(*args)`` for each ``(fn, *args)`` of ``calls``, on Dask, results in order.

    ``scheduler`` is ``processes`` (a local cluster of ``workers`` processes), an in-process
    scheduler (``synchronous``, ``threads``) or the address of a cluster. ``window`` calls are
    in flight at a time (default: four per worker thread, so that a slow partition at the head
    of the line, waited for in order, does not leave the other workers without work)."""
    if scheduler in IN_PROCESS_SCHEDULERS:
        yield from _in_process(calls, scheduler, window or 8)
        return
    with dask_client(scheduler, options, workers=workers) as client:

        def submit(fn: Any, *args: Any) -> Any:
            return client.submit(fn, *args, pure=False)

        yield from in_order(submit, calls, window or 4 * _slots(client))


def analyze_with_dask(
    items: Iterable[Document | Failure],
    options: Options | None = None,
    *,
    scheduler: str = "processes",
    workers: int | None = None,
    partition_size: int = PARTITION_SIZE,
    window: int | None = None,
) -> Iterator[Analysis | Failure]:
    """``pipeline.analyze_many`` run by Dask, results in input order (see ``map_in_order``)."""
    options = options or Options()
    calls = ((analyze_partition, part, options) for part in chunks(items, partition_size))
    for result in map_in_order(calls, options, scheduler=scheduler, workers=workers, window=window):
        yield from result
