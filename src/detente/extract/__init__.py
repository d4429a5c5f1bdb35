"""Document → Article: decode, find the article, clean it, and settle its metadata.

Every later stage reads ``Article.text``, and every character offset in the output points into
it, so this is where the text is fixed once and for all: page furniture out, paragraphs
separated by a blank line, publisher bullets kept as lines of their own, agency credits moved to
``Article.credits``. ``Article.id`` is the SHA-256 of that text with its whitespace normalised,
the store's idempotency key: the same article read from a text file, its web page or a feed
gets the same id whenever the cleaned words agree.

Metadata precedence, strongest first: what the source declared (``Document`` fields and
``meta``: a JSONL record's title and date, a feed entry's), then what the page says (trafilatura
metadata, htmldate), then what the text says (first line as title, a dateline, a byline), then
weak fallbacks (the WARC crawl date), which add a warning.

Errors: E102 empty, E103 binary, E104 too large, E105 undecodable (from decoding), E201 HTML
without an article, E202 not English, E203 too short after cleaning.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from ..config import Limits
from ..dates import declared_date
from ..errors import ExtractionError, InputError
from ..model import Article, Document
from .encoding import declared_charset, decode
from .html import extract_html, fragment_text
from .language import LanguageGuess, detect_language
from .text import Cleaned, clean_text, normalise

__all__ = ["HTML_TYPES", "article_id", "extract", "looks_like_html"]

DEFAULT_LIMITS = Limits()
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml+html"})
_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.I | re.S
)


def article_id(text: str) -> str:
    """``sha256:<hex>`` of ``text`` with every run of whitespace collapsed to one space."""
    return "sha256:" + hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def looks_like_html(text: str) -> bool:
    """The text opens like an HTML document (doctype, <html>, <head> or <body>)."""
    return bool(_HTML_START.match(text[:2048]))


def _as_text(document: Document, limits: Limits, html: bool, warnings: list[str]) -> str:
    content = document.content
    size = len(content) if isinstance(content, bytes) else len(content.encode("utf-8", "replace"))
    if size > limits.max_bytes:
        raise InputError(
            f"{document.source} is {size:,} bytes, over the {limits.max_bytes:,}-byte limit",
            code="E104",
            source=document.source,
        )
    if isinstance(content, str):
        return content
    if not content.strip():
        raise InputError(f"{document.source} is empty", code="E102", source=document.source)
    declared = declared_charset(content if html else b"", document.meta.get("content_type"))
    decoded = decode(content, declared=declared, source=document.source)
    if decoded.warning:
        warnings.append(decoded.warning)
    return decoded.text


def extract(
    document: Document, *, limits: Limits = DEFAULT_LIMITS, check_language: bool = True
) -> Article:
    """Turn one Document into an Article, or raise ``InputError``/``ExtractionError`` (coded)."""
    source = document.source
    warnings: list[str] = list(document.meta.get("warnings", ()))  # the reader's (E115)
    media = (document.media_type or "").split(";")[0].strip().lower()
    html = media in HTML_TYPES
    text = _as_text(document, limits, html, warnings)
    if not text.strip():
        raise InputError(f"{source} is empty", code="E102", source=source)
    if not html and media in ("", "application/octet-stream") and looks_like_html(text):
        html = True

    meta = document.meta
    author = meta.get("author") or None
    site = meta.get("site") or None
    published = document.published or declared_date(meta.get("date"))
    if meta.get("date") and published is None:
        warnings.append(f"declared date {str(meta['date'])[:40]!r} could not be parsed")
    if html:
        page = extract_html(text, url=document.url)
        if not page.text.strip() and not looks_like_html(text):
            page = replace(page, text=fragment_text(text))
        if not page.text.strip():
            raise ExtractionError(
                f"{source}: no article text found in the HTML page", code="E201", source=source
            )
        cleaned = clean_text(page.text, known_title=document.title or page.title)
        if not cleaned.text:  # only furniture (menus, share bars) was found
            raise ExtractionError(
                f"{source}: no article text found in the HTML page", code="E201", source=source
            )
        title = document.title or page.title or cleaned.title
        author = author or page.author or cleaned.author
        site = site or page.site
        published = published or page.published
    else:
        title_in_text = bool(meta.get("title_in_text", document.title is None))
        cleaned = clean_text(text, title_in_text=title_in_text, known_title=document.title)
        title = document.title or cleaned.title
        author = author or cleaned.author
    published = published or cleaned.published
    if published is None and meta.get("crawl_date"):
        published = declared_date(meta["crawl_date"])
        if published is not None:
            warnings.append("no publication date found: using the crawl date (WARC-Date)")

    _check_text(cleaned, source, limits)
    guess = detect_language(cleaned.text)
    if check_language and not guess.english:
        raise ExtractionError(_language_reason(source, guess), code="E202", source=source)
    return Article(
        id=article_id(cleaned.text),
        title=_one_line(title),
        text=cleaned.text,
        source=source,
        url=document.url,
        published=published,
        author=_one_line(author),
        site=_one_line(site),
        language=guess.code if not guess.english else "en",
        key_points=cleaned.key_points,
        credits=cleaned.credits,
        warnings=tuple(warnings),
        external_id=document.id,
    )


def _one_line(title: str | None) -> str | None:
    if not title:
        return None
    return " ".join(normalise(title).split()) or None


def _check_text(cleaned: Cleaned, source: str, limits: Limits) -> None:
    """E203 for a text too short to analyse: fewer than ``min_chars`` characters, or fewer than
    half as many letters and digits (a file of quotation marks or punctuation holds no words)."""
    n = len(cleaned.text)
    if n < limits.min_chars:
        what = "nothing" if n == 0 else f"only {n} characters"
        raise ExtractionError(
            f"{source}: {what} left after cleaning (at least {limits.min_chars} needed)",
            code="E203",
            source=source,
        )
    words = sum(1 for c in cleaned.text if c.isalnum())
    if words < limits.min_chars // 2:
        raise ExtractionError(
            f"{source}: only {words} letters or digits in {n} characters (no words to analyse)",
            code="E203",
            source=source,
        )


def _language_reason(source: str, guess: LanguageGuess) -> str:
    return (
        f"{source}: text looks {guess.name} ({guess.code}), not English ({guess.evidence}); "
        "detente analyses English text"
    )
