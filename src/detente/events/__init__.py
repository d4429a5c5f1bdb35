"""PLACEHOLDER (owner: events helper) — ontology, lexicon, coder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Doc

from ..model import Event, Mention


class Lexicon:
    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> "Lexicon":
        return cls()


def code(doc: Doc, mentions: Sequence[Mention], *, lexicon: Lexicon, catalogue, published: dt.date | None) -> list[Event]:
    return []


def code_text(text: str, resources, *, date: str | None = None) -> list[Event]:
    return []
