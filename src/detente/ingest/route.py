"""One byte stream → Documents: sniff what it holds, hand it to the right reader.

Files, stdin and URL bodies all end here, so a JSONL corpus piped into stdin, a feed fetched
from a URL and a gzipped WARC on disk are read by the same code. Multi-record kinds (JSON Lines,
WARC) are streamed record by record; single documents and feeds are read whole, bounded by
``Limits.max_bytes``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..config import Limits
from ..errors import InputError
from ..model import Document, Failure
from ._io import gunzipped, peek, read_bounded
from .feed import read_feed
from .html import html_document
from .jsonl import read_json, read_jsonl
from .sniff import gunzip_head, is_gzip, sniff
from .text import text_document
from .warc import read_warc

__all__ = ["read_stream"]


def read_stream(
    stream: BinaryIO,
    *,
    source: str,
    limits: Limits,
    name: str | None = None,
    url: str | None = None,
    content_type: str | None = None,
) -> Iterator[Document | Failure]:
    """Documents (and per-record Failures) of one input stream; raises ``InputError`` when the
    stream as a whole cannot be read."""
    head, stream = peek(stream)
    if not head.strip():
        raise InputError(f"{source} is empty", code="E102", source=source)
    if is_gzip(head):
        inner = gunzip_head(head)
        if inner is None:
            raise InputError(
                f"{source} is a damaged or truncated gzip file", code="E116", source=source
            )
        if inner.startswith(b"WARC/"):
            yield from read_warc(stream, source, limits)  # warcio reads gzip members itself
            return
        head, stream = peek(gunzipped(stream, source))
        if not head.strip():
            raise InputError(f"{source} is empty", code="E102", source=source)
    kind = sniff(head, name=name, content_type=content_type, source=source)
    if kind == "warc":
        yield from read_warc(stream, source, limits)
    elif kind == "jsonl":
        yield from read_jsonl(stream, source, limits)
    elif kind == "json":
        yield from read_json(stream, source, limits)
    elif kind == "feed":
        yield from read_feed(read_bounded(stream, source, limits.max_bytes), source, limits)
    elif kind == "html":
        data = read_bounded(stream, source, limits.max_bytes)
        yield html_document(source, data, url=url, content_type=content_type)
    else:
        data = read_bounded(stream, source, limits.max_bytes)
        yield text_document(source, data, url=url, content_type=content_type)
