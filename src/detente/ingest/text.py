"""Plain-text input: a string, a ``.txt`` file, a text body from stdin or a URL.

The text stays bytes when it came as bytes: decoding (and the warning naming a legacy
encoding) is extraction's job. The first line of a text file is its title, which extraction
takes off the body (``meta["title_in_text"]``).
"""

from __future__ import annotations

from ..model import Document

__all__ = ["from_text", "text_document"]


def from_text(text: str, *, title: str | None = None, source: str = "<text>") -> Document:
    """A Document from an article's text; its first line is the title unless ``title`` is given
    or the text is a single line (a lone sentence has no title to spare)."""
    return Document(
        source=source,
        content=text,
        media_type="text/plain",
        title=title,
        meta={"title_in_text": title is None and "\n" in text.strip()},
    )


def text_document(
    source: str, data: bytes, *, url: str | None = None, content_type: str | None = None
) -> Document:
    meta: dict[str, object] = {"title_in_text": True}
    if content_type:
        meta["content_type"] = content_type
    return Document(source=source, content=data, media_type="text/plain", url=url, meta=meta)
