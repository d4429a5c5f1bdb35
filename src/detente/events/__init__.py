"""Event coding: ontology, lexicon, coder, modality, time expressions and explanation.

The stage the pipeline calls is ``code`` (a parsed article and its actor mentions to events);
``code_text`` codes a short text for ``detente.code()`` and ``detente code``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..errors import ConfigError
from ..model import Event
from .coder import Trace, code
from .lexicon import Entry, Lexicon
from .ontology import Ontology, ontology

if TYPE_CHECKING:
    from ..pipeline import Resources

__all__ = ["Entry", "Lexicon", "Ontology", "Trace", "code", "code_text", "ontology", "parse_date"]


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """A record's ``date`` field as a date; E503 when it is not ISO ``YYYY-MM-DD``."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ConfigError(f"date {value!r} is not YYYY-MM-DD", code="E503") from None


def code_text(
    text: str,
    resources: Resources,
    *,
    date: str | dt.date | None = None,
    trace: Trace | None = None,
) -> list[Event]:
    """Code a short text (a sentence or a paragraph): parse, resolve actors, code events."""
    from .. import actors

    published = parse_date(date)
    doc = resources.nlp(text)
    mentions = actors.resolve(doc, resources.catalogue, published=published)
    return code(
        doc,
        mentions,
        lexicon=resources.lexicon,
        catalogue=resources.catalogue,
        published=published,
        antecedent=actors.antecedent,
        trace=trace,
    )
