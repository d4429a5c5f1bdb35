"""HTML input: a saved page, a fetched page or a WARC payload, handed over as bytes.

The page's own charset declaration (HTTP header, ``<meta charset>``) travels in
``meta["content_type"]`` so that extraction can weigh it against the bytes.
"""

from __future__ import annotations

from ..model import Document

__all__ = ["html_document"]


def html_document(
    source: str, data: bytes | str, *, url: str | None = None, content_type: str | None = None
) -> Document:
    meta: dict[str, object] = {}
    if content_type:
        meta["content_type"] = content_type
    return Document(source=source, content=data, media_type="text/html", url=url, meta=meta)
