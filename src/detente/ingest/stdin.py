"""Standard input (``-``): whatever is piped in, sniffed like a file.

``cat corpus.jsonl | detente ingest -`` streams record by record; a single article piped in is
read whole, bounded by ``Limits.max_bytes``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import BinaryIO

from ..config import Limits
from ..model import Document, Failure
from .route import read_stream

__all__ = ["read_stdin"]


def read_stdin(limits: Limits, stream: BinaryIO | None = None) -> Iterator[Document | Failure]:
    """Documents of ``stream`` (default: the process's standard input, as bytes)."""
    yield from read_stream(stream or sys.stdin.buffer, source="<stdin>", limits=limits)
