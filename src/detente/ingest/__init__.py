"""Readers: paths, directories, URLs and stdin → Documents.

A reader only finds documents and what their source declares about them (title, URL, date);
it never cleans text, which is extraction's job. Supported inputs, recognised by content
signature and by name (see ``sniff``): plain text (``.txt``, first line = title), HTML pages,
JSON Lines / JSON records, RSS/Atom feeds (one document per entry), WARC archives (one per
HTML/text response record), gzip-compressed versions of these, directories (recursive), ``-``
for stdin, and http(s) URLs.

``read`` is the batch entry point: it never raises for a bad source; the source (or the one
bad record of a multi-record file) becomes a ``Failure`` with a numbered code and a one-line
reason, and the rest go on.
"""

from __future__ import annotations

import itertools
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..config import Limits
from ..errors import InputError
from ..model import Document, Failure
from ._io import too_large
from .directory import walk
from .route import read_stream
from .stdin import read_stdin
from .text import from_text
from .url import is_url, read_url

DEFAULT_LIMITS = Limits()  # frozen, so one shared default is safe

__all__ = ["from_text", "read", "read_file", "read_one", "read_path_single"]


def read_file(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> Iterator[Document | Failure]:
    """Documents of one file (several for JSONL, feeds and WARC); raises ``InputError`` when the
    file as a whole cannot be read. The size of a single-document file is checked before a byte
    of it is read."""
    source = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(f"{source}: no such file", code="E101", source=source) from None
    except OSError as exc:
        raise InputError(f"{source}: {exc.strerror or exc}", code="E101", source=source) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(
            f"{source} is a directory (use `detente ingest` to read every file in it)",
            code="E111",
            source=source,
        )
    if not stat.S_ISREG(info.st_mode):  # opening a FIFO would block until a writer comes
        raise InputError(
            f"{source} is not a regular file (a FIFO, a device or a socket); "
            "pipe its content into `-` instead",
            code="E118",
            source=source,
        )
    size = info.st_size
    if size == 0:
        raise InputError(f"{source} is empty", code="E102", source=source)
    from .sniff import kind_from_name

    streamed = kind_from_name(path.name) in ("jsonl", "warc") or path.name.lower().endswith(".gz")
    if size > limits.max_bytes and not streamed:
        raise too_large(source, size, limits.max_bytes)
    try:
        with path.open("rb") as fh:
            yield from read_stream(fh, source=source, limits=limits, name=path.name)
    except PermissionError:
        raise InputError(f"{source}: permission denied", code="E101", source=source) from None
    except IsADirectoryError:  # pragma: no cover - raced with the check above
        raise InputError(f"{source} is a directory", code="E111", source=source) from None


def _single(items: Iterator[Document | Failure], source: str) -> Document:
    first = list(itertools.islice(items, 2))
    if not first:
        raise InputError(f"{source} holds no article", code="E102", source=source)
    if len(first) > 1:
        raise InputError(
            f"{source} holds several documents (use `detente ingest` for JSONL, feeds and WARC)",
            code="E112",
            source=source,
        )
    item = first[0]
    if isinstance(item, Failure):
        raise InputError(item.reason, code=item.code, source=item.source)
    return item


def read_path_single(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Exactly one Document from one file; raises ``InputError`` (E101 missing, E111 a
    directory, E112 several documents, E102/E103/E104 ...) otherwise."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file", code="E101", source=str(path))
    return _single(read_file(path, limits=limits), str(path))


def read_one(source: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Exactly one Document from a path, an http(s) URL or ``-`` (stdin): what ``detente
    analyze`` reads."""
    s = str(source)
    if s == "-":
        return _single(read_stdin(limits), "<stdin>")
    if is_url(s):
        return _single(read_url(s, limits), s)
    return read_path_single(Path(source), limits=limits)


def _guarded(items: Iterator[Document | Failure], source: str) -> Iterator[Document | Failure]:
    """Yield from ``items``; a source-level error ends it as one Failure, after the documents
    read before it; a source that yields nothing at all is one Failure too (E102). Any other exception a reader lets through (a library's bug on a hostile
    input) is a Failure too (E119): one source must never end the run."""
    found = False
    try:
        for item in items:
            found = True
            yield item
        if not found:  # a WARC of requests only, a JSON Lines file of blank lines
            yield Failure(source, f"{source} holds no article", "E102", "ingest")
    except InputError as exc:
        yield Failure(exc.source or source, exc.reason, exc.code, "ingest")
    except OSError as exc:
        yield Failure(source, f"could not be read ({exc.strerror or exc})", "E101", "ingest")
    except RecursionError:
        yield Failure(source, f"{source} is nested too deeply to read", "E117", "ingest")
    except Exception as exc:
        why = f"{type(exc).__name__}: {exc}".splitlines()[0]
        yield Failure(source, f"{source} could not be read ({why})", "E119", "ingest")


def read(
    sources: Iterable[str | Path], *, limits: Limits = DEFAULT_LIMITS
) -> Iterator[Document | Failure]:
    """Every Document of every source, in order; bad sources and records become Failures.

    A source is a file, a directory (read recursively, hidden files skipped), ``-`` for stdin
    or an http(s) URL.
    """
    for src in sources:
        s = str(src)
        if s == "-":
            yield from _guarded(read_stdin(limits), "<stdin>")
        elif is_url(s):
            yield from _guarded(read_url(s, limits), s)
        elif "://" in s:
            yield Failure(s, f"{s}: only http and https URLs can be read", "E109", "ingest")
        else:
            path = Path(src)
            if path.is_dir():
                found = False
                for file in walk(path):
                    found = True
                    yield from _guarded(read_file(file, limits=limits), str(file))
                if not found:
                    yield Failure(s, f"{s}: directory holds no files", "E102", "ingest")
            else:
                yield from _guarded(read_file(path, limits=limits), s)
