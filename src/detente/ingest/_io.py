"""Byte-stream helpers shared by the readers: peeking without seeking, bounded reads.

stdin and HTTP bodies cannot be rewound, yet a reader must look at the first bytes to know what
it holds; ``peek`` reads a head and returns a stream that replays it. ``read_bounded`` reads at
most ``max_bytes`` and fails with E104 past that, so no input can exhaust memory.
"""

from __future__ import annotations

import gzip
import io
import zlib
from typing import TYPE_CHECKING, BinaryIO

from ..errors import InputError

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

__all__ = ["HEAD_BYTES", "gunzipped", "peek", "read_bounded", "too_large"]

HEAD_BYTES = 8192


class _Replay(io.RawIOBase):
    """A raw stream that returns ``head`` first, then the rest of ``stream``; ``error``, raised
    while the head was read, is raised again once the head is used up."""

    def __init__(self, head: bytes, stream: BinaryIO, error: InputError | None = None) -> None:
        self._head = memoryview(head)
        self._stream = stream
        self._error = error

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        if self._head.nbytes:
            n = min(len(view), self._head.nbytes)
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        if self._error is not None:
            raise self._error
        data = self._stream.read(len(view))
        view[: len(data)] = data
        return len(data)


def peek(stream: BinaryIO, n: int = HEAD_BYTES) -> tuple[bytes, BinaryIO]:
    """The first ``n`` bytes of ``stream`` and a stream that still starts at byte 0. A stream
    that breaks (E116) within them yields what came before the break first."""
    head = b""
    error = None
    try:
        while len(head) < n:
            chunk = stream.read(n - len(head))
            if not chunk:
                break
            head += chunk
    except InputError as exc:
        error = exc
    return head, io.BufferedReader(_Replay(head, stream, error), buffer_size=65536)


class _Gunzipped(io.RawIOBase):
    """The decompressed bytes of a gzip stream; a stream that ends early or breaks raises E116
    naming how far it got, so that a reader keeps the records it read before the cut."""

    def __init__(self, stream: BinaryIO, source: str) -> None:
        self._inner = gzip.GzipFile(fileobj=stream, mode="rb")
        self._source = source
        self.position = 0  # bytes of content delivered so far

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        try:
            data = self._inner.read1(len(view))
        except (EOFError, zlib.error, OSError) as exc:  # BadGzipFile is an OSError
            why = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise InputError(
                f"{self._source}: the gzip data ends or breaks after {self.position:,} bytes of "
                f"content ({why})",
                code="E116",
                source=self._source,
            ) from None
        view[: len(data)] = data
        self.position += len(data)
        return len(data)


def gunzipped(stream: BinaryIO, source: str) -> BinaryIO:
    """The decompressed content of the gzip ``stream``, unbuffered: each read returns what one
    step of decompression gives, so that nothing read before a break is lost in a buffer."""
    return _Gunzipped(stream, source)  # type: ignore[return-value]  # a raw stream of bytes


def too_large(source: str, size: int | None, max_bytes: int) -> InputError:
    what = f"{size:,} bytes" if size is not None else "larger than that"
    return InputError(
        f"{source} is {what}, over the {max_bytes:,}-byte limit (raise it with --max-bytes)",
        code="E104",
        source=source,
    )


def read_bounded(stream: BinaryIO, source: str, max_bytes: int) -> bytes:
    """Read the whole stream, or raise E104 as soon as it passes ``max_bytes``."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(source, None, max_bytes)
    return data
