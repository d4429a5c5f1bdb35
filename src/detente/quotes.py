"""PLACEHOLDER (owner: quotes helper)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .model import Mention, Quote


def extract_quotes(doc: Doc, mentions: Sequence[Mention]) -> list[Quote]:
    return []
