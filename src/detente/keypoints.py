"""PLACEHOLDER (owner: quotes helper)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .model import Article, Event, Mention


def select(article: Article, doc: Doc, mentions: Sequence[Mention], events: Sequence[Event], *, n: int = 4) -> list[str]:
    return [s.text.strip() for s in list(doc.sents)[:n]]
