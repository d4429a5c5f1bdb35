"""RSS and Atom feed files: one Document per entry.

feedparser copes with every feed dialect and with broken XML; an entry becomes an HTML Document
with its link, title, published date, author, the feed's title as site name, and its full
content (or, failing that, its summary). A feed that cannot be parsed at all fails with E108; an
entry without text fails alone (E113), naming the feed and the entry number.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from typing import Any

from ..config import Limits
from ..errors import InputError
from ..model import Document, Failure

__all__ = ["read_feed"]


def _date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            return dt.datetime.fromtimestamp(calendar.timegm(t), tz=dt.UTC).date()
    return None


def _body(entry: Any) -> tuple[str, str] | None:
    """(content, media type) of an entry: its longest content part, else its summary."""
    parts = [c for c in entry.get("content") or () if (c.get("value") or "").strip()]
    if parts:
        best = max(parts, key=lambda c: len(c["value"]))
        return best["value"], _media(best.get("type"))
    summary = entry.get("summary") or ""
    if summary.strip():
        detail = entry.get("summary_detail") or {}
        return summary, _media(detail.get("type"))
    return None


def _media(kind: str | None) -> str:
    return "text/plain" if (kind or "").lower() == "text/plain" else "text/html"


def read_feed(data: bytes, source: str, limits: Limits) -> Iterator[Document | Failure]:
    """Documents of every entry of an RSS/Atom feed given as bytes."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.get("bozo"):
        raise InputError(
            f"{source} is XML but not an RSS/Atom feed (detente reads feeds, not other XML)",
            code="E109",
            source=source,
        )
    if not parsed.entries:
        if parsed.get("bozo"):
            why = str(parsed.get("bozo_exception") or "not well-formed").splitlines()[0]
            raise InputError(
                f"{source} is not a readable RSS/Atom feed ({why})", code="E108", source=source
            )
        raise InputError(f"{source}: feed holds no entries", code="E102", source=source)
    site = (parsed.feed.get("title") or "").strip() or None
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{source}#entry-{n}"
        body = _body(entry)
        if body is None:
            yield Failure(where, f"entry {n} has no content or summary", "E113", "ingest")
            continue
        content, media = body
        if len(content.encode("utf-8")) > limits.max_bytes:
            yield Failure(
                where, f"entry {n} is over the {limits.max_bytes:,}-byte limit", "E104", "ingest"
            )
            continue
        meta: dict[str, Any] = {"title_in_text": False}
        if site:
            meta["site"] = site
        if (entry.get("author") or "").strip():
            meta["author"] = entry["author"].strip()
        yield Document(
            source=where,
            content=content,
            media_type=media,
            url=entry.get("link") or None,
            id=entry.get("id") or entry.get("link") or None,
            title=(entry.get("title") or "").strip() or None,
            published=_date(entry),
            meta=meta,
        )
