"""PLACEHOLDER (owner: actors helper) — catalogue and resolver."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Doc

from ..model import ActorSummary, Mention


class Catalogue:
    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> "Catalogue":
        return cls()


def resolve(doc: Doc, catalogue: Catalogue, *, published: dt.date | None = None) -> list[Mention]:
    return []


def summarise(mentions: Sequence[Mention]) -> list[ActorSummary]:
    return []
