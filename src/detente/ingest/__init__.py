"""PLACEHOLDER (owner: ingest helper) — readers turning paths, URLs and streams into Documents."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..config import Limits
from ..model import Document, Failure


def from_text(text: str, *, title: str | None = None, source: str = "<text>") -> Document:
    return Document(source=source, content=text, media_type="text/plain", title=title)


def read_path_single(path: Path, *, limits: Limits = Limits()) -> Document:
    return Document(source=str(path), content=path.read_bytes(), media_type="text/plain")


def read(sources: Iterable[str | Path], *, limits: Limits = Limits()) -> Iterator[Document | Failure]:
    for s in sources:
        yield read_path_single(Path(s), limits=limits)
