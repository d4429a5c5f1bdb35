"""WARC files (plain or gzipped): one Document per HTML or text response record.

warcio streams the archive record by record, so a crawl of any size is read in constant memory;
each payload is bounded by ``Limits.max_bytes``. Only successful (2xx) ``response`` records and
``resource``/``conversion`` records with an HTML or plain-text payload are articles: requests,
metadata, redirects, images and scripts are skipped. The record's target URI becomes the URL,
its WARC-Date a weak fallback for the publication date (the crawl date, used with a warning
when the page gives none), and its WARC-Record-ID the external id.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from ..config import Limits
from ..model import Document, Failure

__all__ = ["read_warc"]

_ARTICLE_TYPES = {
    "text/html": "text/html",
    "application/xhtml+xml": "text/html",
    "text/plain": "text/plain",
}


def _content_type(record: Any) -> str:
    if record.http_headers is not None:
        return record.http_headers.get_header("Content-Type") or ""
    return record.rec_headers.get_header("Content-Type") or ""


def _damaged(source: str, n: int, why: str) -> Failure:
    return Failure(
        f"{source}#record-{n}", f"WARC record {n} is damaged or truncated ({why})", "E108", "ingest"
    )


def read_warc(stream: BinaryIO, source: str, limits: Limits) -> Iterator[Document | Failure]:
    """Documents of the article records of a WARC stream."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            n += 1
            if record.rec_type is None:
                yield _damaged(source, n, "no valid WARC header")
                continue
            if record.rec_type not in ("response", "resource", "conversion"):
                continue
            if record.rec_type == "response":
                status = record.http_headers.get_statuscode() if record.http_headers else None
                if not status or not status.startswith("2"):
                    continue
            content_type = _content_type(record)
            media = _ARTICLE_TYPES.get(content_type.split(";")[0].strip().lower())
            if media is None:
                continue
            where = f"{source}#record-{n}"
            payload = record.content_stream().read(limits.max_bytes + 1)
            if len(payload) > limits.max_bytes:
                yield Failure(
                    where,
                    f"record {n} is over the {limits.max_bytes:,}-byte limit",
                    "E104",
                    "ingest",
                )
                continue
            if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than Content-Length
                yield _damaged(source, n, "payload cut short")
                continue
            meta: dict[str, Any] = {
                "content_type": content_type,
                "title_in_text": media == "text/plain",
            }
            crawl_date = record.rec_headers.get_header("WARC-Date")
            if crawl_date:
                meta["crawl_date"] = crawl_date
            yield Document(
                source=where,
                content=payload,
                media_type=media,
                url=record.rec_headers.get_header("WARC-Target-URI") or None,
                id=record.rec_headers.get_header("WARC-Record-ID") or None,
                meta=meta,
            )
    except (ArchiveLoadFailed, ValueError, OSError, EOFError, AttributeError, KeyError) as exc:
        # warcio meets a damaged record with whatever its code trips on (a header missing
        # altogether is an AttributeError): all of them say the archive is damaged here.
        why = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        yield Failure(
            f"{source}#record-{n + 1}",
            f"WARC record {n + 1} could not be read ({why})",
            "E108",
            "ingest",
        )
