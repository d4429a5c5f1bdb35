"""PLACEHOLDER (owner: ingest helper) — Document → Article."""

from __future__ import annotations

import hashlib

from ..config import Limits
from ..model import Article, Document


def extract(document: Document, *, limits: Limits = Limits(), check_language: bool = True) -> Article:
    text = document.content if isinstance(document.content, str) else document.content.decode("utf-8")
    title = document.title
    if title is None:
        title, _, text = text.partition("\n")
    text = text.strip()
    return Article(
        id="sha256:" + hashlib.sha256(text.encode()).hexdigest(),
        title=title.strip() or None,
        text=text,
        source=document.source,
        url=document.url,
        published=document.published,
    )
