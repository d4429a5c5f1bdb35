"""JSON Lines (and JSON) input: one article per record.

A record carries ``text`` or ``html`` (``content``, ``body`` and ``article`` are read as text
too, since exports and datasets name it so), plus optional ``title``, ``url``, ``date``, ``id``,
``author`` and ``site``. The file is streamed line by line, each line bounded by
``Limits.max_bytes``, so a corpus of any size can be read; a bad line becomes a Failure naming
the file and line and the rest go on. A ``.json`` file holding one object or an array of objects
is read whole (within the size limit).

Hostile records fail alone: a line nested too deeply for the parser is E117, a compressed stream
that ends early keeps the lines before the cut and fails with E116 naming the last line read. A
field of the wrong type (a list for a title, a number for a date) is left empty with an E115
warning, never turned into a string: ``['a']`` is not a title, and 12345 is not a date.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..config import Limits
from ..dates import declared_date
from ..errors import InputError, coded_warning
from ..model import Document, Failure
from ._io import read_bounded

__all__ = ["TEXT_FIELDS", "read_json", "read_jsonl", "record_document"]

TEXT_FIELDS = ("text", "content", "body", "article")
_DATE_FIELDS = ("date", "published", "published_at", "datePublished", "pubdate")


def _field(record: dict[str, Any], key: str, warnings: list[str], *, number: bool = False) -> Any:
    """``record[key]`` when it is a string (or, with ``number``, an integer), stripped; None
    otherwise, with an E115 warning when it is there but of another type."""
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if number and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    warnings.append(
        coded_warning("E115", f"field '{key}' is a JSON {_json_type(value)}, not a string: ignored")
    )
    return None


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", bool: "boolean", int: "number", float: "number"}
    return names.get(type(value), type(value).__name__)


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
    warnings: list[str] = []
    date_key = next((k for k in _DATE_FIELDS if record.get(k) not in (None, "")), None)
    raw_date = _field(record, date_key, warnings) if date_key else None
    meta: dict[str, Any] = {"title_in_text": False}
    published = declared_date(raw_date)
    if raw_date is not None and published is None:
        meta["date"] = raw_date  # extraction reports it as unparseable
    for key in ("author", "site"):
        value = _field(record, key, warnings)
        if value:
            meta[key] = value
    url = _field(record, "url", warnings)
    external_id = _field(record, "id", warnings, number=True)
    title = _field(record, "title", warnings)
    if warnings:
        meta["warnings"] = tuple(warnings)  # extraction carries them to the article
    return Document(
        source=source,
        content=content,
        media_type=media,
        url=url,
        id=external_id,
        title=title,
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


def _too_deep(what: str, where: str) -> InputError:
    return InputError(f"{what} is JSON nested too deeply to read", code="E117", source=where)


def read_jsonl(stream: BinaryIO, source: str, limits: Limits) -> Iterator[Document | Failure]:
    """One Document (or Failure) per non-blank line of a JSON Lines stream; raises E116 (after
    the lines read before it) when a compressed stream ends early."""
    lineno = 0
    try:
        for lineno, line in _lines(stream, limits.max_bytes):
            yield from _line_items(line, lineno, source, limits)
    except InputError as exc:
        if exc.code != "E116":
            raise
        raise InputError(
            f"{source}: cut after line {lineno}: {exc.reason.removeprefix(f'{source}: ')}",
            code="E116",
            source=source,
        ) from None


def _line_items(
    line: bytes | None, lineno: int, source: str, limits: Limits
) -> Iterator[Document | Failure]:
    """The Document or Failure of one line (nothing for a blank one)."""
    where = f"{source}:{lineno}"
    if line is None:
        yield _failure(
            InputError(
                f"line {lineno} is over the {limits.max_bytes:,}-byte limit",
                code="E104",
                source=where,
            )
        )
        return
    if not line.strip():
        return
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        yield _failure(
            InputError(
                f"line {lineno} is not valid UTF-8 ({exc.reason})", code="E105", source=where
            )
        )
        return
    except json.JSONDecodeError as exc:
        yield _failure(
            InputError(
                f"line {lineno} is not valid JSON ({exc.msg} at column {exc.colno})",
                code="E106",
                source=where,
            )
        )
        return
    except RecursionError:
        yield _failure(_too_deep(f"line {lineno}", where))
        return
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
    except RecursionError:
        raise _too_deep(source, source) from None
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
