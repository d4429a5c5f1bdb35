"""HTML → article text and metadata, with trafilatura's precision settings.

trafilatura finds the article body and drops navigation, asides and comment sections, and reads
the title, author and site name from the page's metadata. ``favor_precision=True`` because a
sentence of page furniture coded as an event is worse than a lost paragraph. The publication
date comes from htmldate, given the HTML string (never a URL: htmldate would download it).
trafilatura renders lists as "- item" lines, so the plain-text rules run on its output too and
find publisher bullets, credits and leftover furniture the same way as for text files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..dates import declared_date

__all__ = ["Page", "extract_html", "fragment_text", "page_date"]

_BLOCKS = frozenset(
    {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "dd"}
    | {"dt", "figcaption", "section", "article", "br"}
)


@dataclass(frozen=True, slots=True)
class Page:
    text: str  # one paragraph (or list item) a line, as trafilatura gives it
    title: str | None
    author: str | None
    site: str | None
    published: dt.date | None
    description: str | None


def page_date(html: str) -> dt.date | None:
    """The page's original publication date according to htmldate, or None."""
    from htmldate import find_date

    if html.lstrip().startswith("http") and " " not in html.strip():
        return None  # htmldate would treat this as a URL and fetch it
    try:
        found = find_date(html, original_date=True, extensive_search=True)
    except Exception:  # htmldate raises on malformed input; a missing date is not an error
        return None
    return declared_date(found)


def extract_html(html: str, *, url: str | None = None) -> Page:
    """Run trafilatura on one page; ``Page.text`` is empty when it finds no article."""
    import trafilatura
    from trafilatura.settings import Document as Extracted

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
    )
    if not isinstance(doc, Extracted):  # None when no article; a dict only with as_dict=True
        return Page("", None, None, None, page_date(html), None)
    return Page(
        text=doc.text or "",
        title=(doc.title or "").strip() or None,
        author=(doc.author or "").strip() or None,
        site=(doc.sitename or "").strip() or None,
        published=page_date(html) or declared_date(doc.date),
        description=(doc.description or "").strip() or None,
    )


def fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed entry's summary), one block element a line.

    trafilatura gives up on fragments too short to look like an article body; a feed summary
    is nevertheless the text its publisher meant, so it is read as is.
    """
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises several types on hopeless markup
        return ""
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCKS:
                flush()
                if tag == "li":
                    current.append("- ")
            if el.text and tag not in ("script", "style"):
                current.append(el.text)
        else:
            if tag in _BLOCKS:
                flush()
            if el.tail and el is not root:
                current.append(el.tail)
    flush()
    return "\n".join(lines)
