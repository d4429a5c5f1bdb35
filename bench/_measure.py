"""What the benchmarks share: corpus texts, a fresh process per measured side, peak memory.

Each side of a comparison runs in its own spawned process, so that its peak resident memory
(``ru_maxrss`` only ever grows within a process) is its own and no model or cache carries over.
"""

from __future__ import annotations

import gzip
import itertools
import json
import multiprocessing as mp
import resource
from pathlib import Path
from typing import Any


def maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def read_texts(corpus: Path, limit: int | None = None) -> list[str]:
    """The ``text`` field of the first ``limit`` records of a JSON Lines file, gzipped or not."""
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in itertools.islice(fh, limit)]


def in_fresh_process(target: Any, *args: Any) -> dict[str, Any]:
    """Run ``target(*args, queue)`` in a spawned process and return what it puts on the queue."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result
