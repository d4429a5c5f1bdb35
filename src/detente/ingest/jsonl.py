"""JSON Lines (and JSON) input: one article per record.

A record carries ``text`` or ``html`` (``content``, ``body`` and ``article`` are read as text
too, since exports and datasets name it so), plus optional ``title``, ``url``, ``date``, ``id``,
``author`` and ``site``. The file is streamed line by line, each line bounded by
``Limits.max_bytes``, so a corpus of any size can be read; a bad line becomes a Failure naming
the file and line and the rest go on. A ``.json`` file holding one object or an array of objects
is read whole (within the size limit).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..config import Limits
from ..errors import InputError
from ..extract.dates import parse_date
from ..model import Document, Failure
from ._io import read_bounded

__all__ = ["TEXT_FIELDS", "read_json", "read_jsonl", "record_document"]

TEXT_FIELDS = ("text", "content", "body", "article")
_DATE_FIELDS = ("date", "published", "published_at", "datePublished", "pubdate")


def _str(value: Any) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def record_document(record: Any, source: str) -> Document:
    """The Document of one parsed JSON record; raises E106 when it is not an article record."""
    if not isinstance(record, dict):
        raise InputError(
            f"record is a JSON {type(record).__name__}, not an object",
            code="E106",
            source=source,
        )
    html = record.get("html")
    if isinstance(html, str) and html.strip():
        content, media = html, "text/html"
    else:
        text = next((record[k] for k in TEXT_FIELDS if isinstance(record.get(k), str)), None)
        if text is None or not text.strip():
            raise InputError("record has no 'text' or 'html' field", code="E106", source=source)
        content, media = text, "text/plain"
    raw_date = next((record[k] for k in _DATE_FIELDS if record.get(k) not in (None, "")), None)
    meta: dict[str, Any] = {"title_in_text": False}
    published = parse_date(raw_date)
    if raw_date is not None and published is None:
        meta["date"] = raw_date  # extraction reports it as unparseable
    for key in ("author", "site"):
        if _str(record.get(key)):
            meta[key] = _str(record.get(key))
    return Document(
        source=source,
        content=content,
        media_type=media,
        url=_str(record.get("url")),
        id=_str(record.get("id")),
        title=_str(record.get("title")),
        published=published,
        meta=meta,
    )


def _failure(exc: InputError) -> Failure:
    return Failure(exc.source or "", exc.reason, exc.code, "ingest")


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line; bytes is None for a line longer than ``limit``, whose
    rest is skipped without being held in memory."""
    lineno = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, line


def read_jsonl(stream: BinaryIO, source: str, limits: Limits) -> Iterator[Document | Failure]:
    """One Document (or Failure) per non-blank line of a JSON Lines stream."""
    for lineno, line in _lines(stream, limits.max_bytes):
        where = f"{source}:{lineno}"
        if line is None:
            yield _failure(
                InputError(
                    f"line {lineno} is over the {limits.max_bytes:,}-byte limit",
                    code="E104",
                    source=where,
                )
            )
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            yield _failure(
                InputError(
                    f"line {lineno} is not valid UTF-8 ({exc.reason})", code="E105", source=where
                )
            )
            continue
        except json.JSONDecodeError as exc:
            yield _failure(
                InputError(
                    f"line {lineno} is not valid JSON ({exc.msg} at column {exc.colno})",
                    code="E106",
                    source=where,
                )
            )
            continue
        try:
            yield record_document(record, where)
        except InputError as exc:
            yield _failure(InputError(f"line {lineno}: {exc.reason}", code=exc.code, source=where))


def read_json(stream: BinaryIO, source: str, limits: Limits) -> Iterator[Document | Failure]:
    """A ``.json`` file: one object, or an array of objects. A file that turns out to be JSON
    Lines under a ``.json`` name is read as such."""
    data = read_bounded(stream, source, limits.max_bytes)
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        yield from read_jsonl(io.BytesIO(data), source, limits)
        return
    records = value if isinstance(value, list) else [value]
    for n, record in enumerate(records, 1):
        where = f"{source}[{n}]" if isinstance(value, list) else source
        try:
            yield record_document(record, where)
        except InputError as exc:
            label = f"record {n}" if isinstance(value, list) else "record"
            yield _failure(InputError(f"{label}: {exc.reason}", code=exc.code, source=where))
