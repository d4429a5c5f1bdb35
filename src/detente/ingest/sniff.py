"""What kind of input a file or stream holds: by content signature first, then by name.

Strong signatures decide over the extension ("WARC/1.1", an RSS or Atom root element, an HTML
doctype), because files are often misnamed (a saved page called ``article.txt``); the extension
decides over weak hints (a text file may well start with "{"); weak hints decide last.
"""

from __future__ import annotations

import re
import zlib
from typing import Literal

from ..errors import InputError
from ..extract import looks_like_html
from ..extract.encoding import binary_kind

__all__ = ["EXTENSIONS", "Kind", "gunzip_head", "is_gzip", "kind_from_name", "sniff"]

Kind = Literal["text", "html", "jsonl", "json", "feed", "warc"]

EXTENSIONS: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".xml": "feed",
    ".warc": "warc",
    ".arc": "warc",
}
_CONTENT_TYPES: dict[str, Kind] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/json": "json",
    "application/warc": "warc",
}
_FEED_ROOT = re.compile(
    r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*\?>\s*)*<(rss|feed|rdf:RDF)\b",
    re.IGNORECASE | re.DOTALL,
)
_TAGS = re.compile(
    r"</?(p|div|span|a|br|h[1-6]|article|section|ul|li|strong|em|img)\b", re.IGNORECASE
)


def is_gzip(head: bytes) -> bool:
    return head.startswith(b"\x1f\x8b")


def gunzip_head(head: bytes, n: int = 4096) -> bytes | None:
    """The first bytes of gzip-compressed data (as many as ``head`` yields; empty for an empty
    member), or None when ``head`` is not valid gzip data."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, n)
    except zlib.error:
        return None


def kind_from_name(name: str | None) -> Kind | None:
    if not name:
        return None
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    for ext, kind in EXTENSIONS.items():
        if lower.endswith(ext):
            return kind
    return None


def _head_text(head: bytes) -> str:
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[2:].decode(codec, "ignore")
    return head.decode("utf-8", "ignore").lstrip("\ufeff")


def sniff(
    head: bytes,
    *,
    name: str | None = None,
    content_type: str | None = None,
    source: str = "<input>",
) -> Kind:
    """The kind of input whose first bytes are ``head``; raises E103 for binary data."""
    if head.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    kind = binary_kind(head)
    if kind:
        raise InputError(f"{source} is {kind}, not text", code="E103", source=source)
    text = _head_text(head)
    if _FEED_ROOT.match(text):
        return "feed"
    if looks_like_html(text):
        return "html"
    by_name = kind_from_name(name)
    if by_name:
        return by_name
    declared = _CONTENT_TYPES.get((content_type or "").split(";")[0].strip().lower())
    if declared:
        return declared
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return "jsonl"
    if stripped.startswith("[") and stripped[1:].lstrip().startswith("{"):
        return "json"
    if len(_TAGS.findall(text)) >= 3:
        return "html"
    return "text"
