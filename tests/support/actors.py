"""Actor resolution on text written for the tests, the way the resolver tests call it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from detente.actors import Catalogue, resolve
from detente.model import Mention

Resolved = tuple[Any, list[Mention]]


def resolver(nlp: Any, cat: Catalogue, default: dt.date | None) -> Callable[..., Resolved]:
    """``run(text, date=default)``: the parsed ``text`` and its mentions resolved as of ``date``
    (a publication day; None for an undated text)."""

    def run(text: str, date: dt.date | None = default) -> Resolved:
        doc = nlp(text)
        return doc, resolve(doc, cat, published=date)

    return run
