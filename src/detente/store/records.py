"""Typed results of store queries.

Each record wraps a contract object (``Event``, ``Quote``) with where it is stored and which
document it came from, so that a consumer (the CLI, the dashboard, an export) never reads a raw
database row. ``to_dict`` gives a JSON-ready shape: the contract fields plus the store's own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..model import Actor, Analysis, Event, Failure, Quote

__all__ = [
    "ActorRef",
    "DocumentInfo",
    "DyadStat",
    "ErrorRecord",
    "IngestSummary",
    "SearchHit",
    "StoreStats",
    "StoredDocument",
    "StoredEvent",
    "StoredQuote",
]


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True)
class ActorRef:
    """How a query names an actor: ``PRK`` (a code), ``PRK-MIL`` (code and sector) or
    ``person:kim-jong-un`` (a catalogue id, anything with a colon)."""

    code: str | None = None
    sector: str | None = None
    catalogue_id: str | None = None

    @classmethod
    def parse(cls, text: str | ActorRef) -> ActorRef:
        if isinstance(text, ActorRef):
            return text
        text = text.strip()
        if not text:
            raise ValueError("an actor is needed: a code (PRK), code-sector (PRK-MIL) or an id")
        if ":" in text:
            return cls(catalogue_id=text)
        code, _, sector = text.partition("-")
        return cls(code=code.upper(), sector=sector.upper() or None)

    def matches(self, actor: Actor) -> bool:
        """Whether a coded actor is this one (a country-level ref matches every sector)."""
        if self.catalogue_id:
            return actor.id == self.catalogue_id
        return actor.code == self.code and (self.sector is None or actor.sector == self.sector)

    @property
    def label(self) -> str:
        if self.catalogue_id:
            return self.catalogue_id
        return f"{self.code}-{self.sector}" if self.sector else str(self.code)

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A stored document without its text: what lists and headers show."""

    id: str
    title: str | None
    published: dt.date | None
    source: str
    url: str | None
    language: str
    site: str | None
    story_id: int | None
    story_size: int
    events: int
    quotes: int
    ingested_at: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": _iso(self.published),
            "source": self.source,
            "url": self.url,
            "language": self.language,
            "site": self.site,
            "story_id": self.story_id,
            "story_size": self.story_size,
            "events": self.events,
            "quotes": self.quotes,
            "ingested_at": self.ingested_at,
        }


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A stored document in full: its ``Analysis`` and the story it belongs to."""

    analysis: Analysis
    story_id: int | None
    ingested_at: str

    def to_dict(self) -> dict[str, Any]:
        """The contract shape of ``detente analyze --json`` plus ``story_id`` and ``ingested_at``."""
        return {
            **self.analysis.to_dict(),
            "story_id": self.story_id,
            "ingested_at": self.ingested_at,
        }


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as stored: the contract ``Event`` plus its row id, document and story.

    ``day`` is the event's date, or the document's publication date when the coder gave none:
    the date every filter and time series uses.
    """

    id: int
    document_id: str
    story_id: int | None
    position: int
    day: dt.date | None
    event: Event
    title: str | None
    published: dt.date | None
    url: str | None

    @property
    def source_codes(self) -> tuple[str, ...]:
        return tuple(a.code for a in self.event.source if a.code)

    @property
    def target_codes(self) -> tuple[str, ...]:
        return tuple(a.code for a in self.event.target if a.code)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.id,
            "story_id": self.story_id,
            "day": _iso(self.day),
            "document": {
                "id": self.document_id,
                "title": self.title,
                "published": _iso(self.published),
                "url": self.url,
            },
            **self.event.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class StoredQuote:
    id: int
    document_id: str
    position: int
    quote: Quote
    title: str | None
    published: dt.date | None
    url: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "quote_id": self.id,
            "document": {
                "id": self.document_id,
                "title": self.title,
                "published": _iso(self.published),
                "url": self.url,
            },
            **self.quote.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A full-text match: a document (title/text) or an event sentence (``event_id`` set).
    ``snippet`` marks matched words with ``[`` and ``]``; lower ``score`` is better (bm25)."""

    document_id: str
    title: str | None
    published: dt.date | None
    snippet: str
    score: float
    event_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "title": self.title,
            "published": _iso(self.published),
            "snippet": self.snippet,
            "score": self.score,
            "event_id": self.event_id,
        }


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    id: int
    source: str
    code: str
    reason: str
    stage: str
    at: str  # the last time it happened
    count: int = 1  # how many times this source failed for this reason

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "code": self.code,
            "reason": self.reason,
            "stage": self.stage,
            "at": self.at,
            "count": self.count,
        }


@dataclass(frozen=True, slots=True)
class DyadStat:
    """Activity of one actor pair, counted once per story (see ``Store.dyads``).
    ``quads`` counts events by quad class 1..4."""

    source: str
    target: str
    events: int
    goldstein_sum: float
    goldstein_mean: float
    goldstein_abs: float  # Σ |g|: the weight of the cooperation–conflict index
    quads: tuple[int, int, int, int]
    first_day: dt.date | None
    last_day: dt.date | None

    @property
    def index(self) -> float | None:
        """The cooperation–conflict index Σg / Σ|g| (see detente.relations.series)."""
        return self.goldstein_sum / self.goldstein_abs if self.goldstein_abs > 0 else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "events": self.events,
            "goldstein_sum": self.goldstein_sum,
            "goldstein_mean": self.goldstein_mean,
            "index": self.index,
            "quads": list(self.quads),
            "first_day": _iso(self.first_day),
            "last_day": _iso(self.last_day),
        }


@dataclass(frozen=True, slots=True)
class StoreStats:
    path: str
    schema_version: int
    documents: int
    stories: int
    events: int
    asserted_events: int
    quotes: int
    actors: int
    errors: int
    first_day: dt.date | None  # the events' date range (historical mentions included)
    last_day: dt.date | None
    first_published: dt.date | None = None  # the articles' publication range: the coverage
    last_published: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "schema_version": self.schema_version,
            "documents": self.documents,
            "stories": self.stories,
            "events": self.events,
            "asserted_events": self.asserted_events,
            "quotes": self.quotes,
            "actors": self.actors,
            "errors": self.errors,
            "first_day": _iso(self.first_day),
            "last_day": _iso(self.last_day),
            "first_published": _iso(self.first_published),
            "last_published": _iso(self.last_published),
        }


@dataclass(slots=True)
class IngestSummary:
    """What an ingest run did: counts, and every failure with its reason (also in ``errors``)."""

    stored: int = 0
    skipped: int = 0  # already in the store (same content hash)
    events: int = 0  # events of the stored documents
    failures: list[Failure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def to_dict(self) -> dict[str, Any]:
        return {
            "stored": self.stored,
            "skipped": self.skipped,
            "failed": self.failed,
            "events": self.events,
            "failures": [f.to_dict() for f in self.failures],
        }
