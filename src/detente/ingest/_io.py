"""Byte-stream helpers shared by the readers: peeking without seeking, bounded reads.

stdin and HTTP bodies cannot be rewound, yet a reader must look at the first bytes to know what
it holds; ``peek`` reads a head and returns a stream that replays it. ``read_bounded`` reads at
most ``max_bytes`` and fails with E104 past that, so no input can exhaust memory.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, BinaryIO

from ..errors import InputError

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

__all__ = ["HEAD_BYTES", "peek", "read_bounded", "too_large"]

HEAD_BYTES = 8192


class _Replay(io.RawIOBase):
    """A raw stream that returns ``head`` first, then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = memoryview(head)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        if self._head.nbytes:
            n = min(len(view), self._head.nbytes)
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(view))
        view[: len(data)] = data
        return len(data)


def peek(stream: BinaryIO, n: int = HEAD_BYTES) -> tuple[bytes, BinaryIO]:
    """The first ``n`` bytes of ``stream`` and a stream that still starts at byte 0."""
    head = b""
    while len(head) < n:
        chunk = stream.read(n - len(head))
        if not chunk:
            break
        head += chunk
    return head, io.BufferedReader(_Replay(head, stream), buffer_size=65536)


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
