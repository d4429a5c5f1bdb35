"""Typed records that flow between the pipeline stages, and their contract serialisation.

Every stage takes and returns these dataclasses, so one article can be followed from file to
dashboard by reading types alone. ``to_dict`` produces exactly the shape fixed in
``CONTRACT.md`` (fields may be added, never renamed or dropped); ``from_dict`` reads it back, which
is what the store, the exports and the evaluation harnesses rely on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from .dates import iso_day

__all__ = [
    "Actor",
    "ActorSummary",
    "Analysis",
    "Article",
    "Document",
    "Event",
    "Failure",
    "Location",
    "Mention",
    "Quote",
]

ActorKind = Literal["country", "person", "organization", "group"]


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _pair(span: Any) -> tuple[int, int]:
    """A ``[start, end]`` list read from JSON as an offset pair."""
    return int(span[0]), int(span[1])


# --------------------------------------------------------------------------------------------
# ingest → extract


@dataclass(frozen=True, slots=True)
class Document:
    """One unit of input as a reader found it, before any cleaning.

    ``content`` stays bytes when the reader could not know the encoding (files, URLs): decoding is
    extraction's job, so that the encoding guess and its failure are reported in one place.
    ``meta`` carries what the source itself declared (a JSONL record's title and date, a feed
    entry's published time) and wins over what extraction guesses.
    """

    source: str
    content: str | bytes
    media_type: str  # "text/plain", "text/html", ...
    url: str | None = None
    id: str | None = None
    title: str | None = None
    published: dt.date | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be read or analysed: kept, with a one-line reason, never raised
    past the loop that processes many documents."""

    source: str
    reason: str
    code: str  # the numbered error code, e.g. "E102"
    stage: str  # "ingest", "extract", "nlp", "store", ...

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "reason": self.reason,
            "code": self.code,
            "stage": self.stage,
        }


@dataclass(frozen=True, slots=True)
class Article:
    """Clean text and metadata of one article: what extraction makes of a Document."""

    id: str  # "sha256:<hex>" of the cleaned text: the idempotency key of the store
    title: str | None
    text: str  # the cleaned body; every char_span in the output points into this string
    source: str
    url: str | None = None
    published: dt.date | None = None
    author: str | None = None
    site: str | None = None
    language: str = "en"
    key_points: tuple[str, ...] = ()  # bullets given by the publisher, if any
    credits: tuple[str, ...] = ()  # agency credits such as "With inputs from agencies"
    warnings: tuple[str, ...] = ()
    external_id: str | None = None  # the id a JSONL record or feed entry carried


# --------------------------------------------------------------------------------------------
# actors


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor as the contract shows it: the words used and what they stand for."""

    text: str
    name: str | None
    code: str | None
    sector: str | None = None
    kind: ActorKind = "country"
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "code": self.code,
            "sector": self.sector,
            "kind": self.kind,
            "id": self.id,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(
            text=d.get("text") or "",
            name=d.get("name"),
            code=d.get("code"),
            sector=d.get("sector"),
            kind=d.get("kind") or "country",
            id=d.get("id"),
        )

    @property
    def key(self) -> str:
        """Identity across mentions: the catalogue id, else code/sector/name."""
        return self.id or f"{self.kind}:{self.code}:{self.sector}:{self.name}"

    def with_text(self, text: str) -> Actor:
        return replace(self, text=text)


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text where an actor is named.

    Character offsets point into ``Article.text``; token offsets into the spaCy Doc of that text,
    so later stages can go from a parse node to the actor it names without searching strings.
    ``head`` is the token index of the mention's syntactic head (the last token of "North Korean
    leader Kim Jong Un" that the parser attaches to the rest of the sentence).
    """

    actor: Actor
    start: int
    end: int
    token_start: int
    token_end: int  # exclusive
    head: int
    sentence_index: int
    via: str = "catalogue"  # how it was resolved: catalogue, alias, coref, metonym, user, ...


@dataclass(frozen=True, slots=True)
class ActorSummary:
    """An actor of one article with the number of times it is mentioned (the contract's
    ``actors`` list)."""

    actor: Actor
    mentions: int
    texts: tuple[str, ...] = ()  # distinct surface forms, most frequent first

    def to_dict(self) -> dict[str, Any]:
        d = self.actor.to_dict()
        d["mentions"] = self.mentions
        d["texts"] = list(self.texts)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ActorSummary:
        return cls(Actor.from_dict(d), int(d.get("mentions", 0)), tuple(d.get("texts") or ()))


# --------------------------------------------------------------------------------------------
# events, quotes


LocationPrecision = Literal["place", "admin", "country"]


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened (``detente.geo``): a named place, a region or only a country.

    ``precision`` says which: ``place`` (a city or town, its own coordinates), ``admin`` (a
    region or US state, a point inside it) or ``country`` (the country's point: its capital).
    ``char_span`` is where the text names the place (the evidence); None when the country was
    inferred from the event's actors. ``geonameid`` is the GeoNames id of the entry used.
    """

    name: str
    code: str | None = None  # ISO3 country code
    lat: float | None = None
    lon: float | None = None
    precision: LocationPrecision | None = None
    char_span: tuple[int, int] | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "code": self.code,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
            "char_span": list(self.char_span) if self.char_span else None,
            "geonameid": self.geonameid,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Location:
        span = d.get("char_span")
        precision = d.get("precision")
        return cls(
            d["name"],
            d.get("code"),
            d.get("lat"),
            d.get("lon"),
            precision if precision in ("place", "admin", "country") else None,
            _pair(span) if span else None,
            int(d["geonameid"]) if d.get("geonameid") is not None else None,
        )


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event, with everything a person needs to check it against its sentence."""

    event_type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    goldstein: float
    quad_class: int
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    negated: bool
    hypothetical: bool
    future: bool
    date: dt.date | None
    date_precision: str | None  # "day", "week", "month", "year", "decade", or None
    sentence_index: int
    sentence: str
    trigger: str
    char_span: tuple[int, int]
    confidence: float
    rule: str
    location: Location | None = None
    historical: bool = False  # background: the text places it before the news window
    reported_by: tuple[Actor, ...] = ()  # who the sentence attributes it to ("X said Y ...")
    # Every party is a source and none a target, as PLOVER codes meetings, talks, agreements and
    # clashes ("Putin and Kim met"): relations pair the sources with each other. Set by the rule
    # that coded the event, never guessed from the actors ("China and Japan condemned the test"
    # has two sources but is no China–Japan event).
    mutual: bool = False

    @property
    def asserted(self) -> bool:
        """True when the text says it happened: neither denied, nor speculated, nor planned."""
        return not (self.negated or self.hypothetical or self.future)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "future": self.future,
            "historical": self.historical,
            "date": _iso(self.date),
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "trigger": self.trigger,
            "char_span": list(self.char_span),
            "confidence": self.confidence,
            "rule": self.rule,
            "reported_by": [a.to_dict() for a in self.reported_by],
            "mutual": self.mutual,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            event_type=d["event_type"],
            mode=d.get("mode"),
            context=tuple(d.get("context") or ()),
            cameo=d["cameo"],
            goldstein=float(d["goldstein"]),
            quad_class=int(d["quad_class"]),
            source=tuple(Actor.from_dict(a) for a in d.get("source") or ()),
            target=tuple(Actor.from_dict(a) for a in d.get("target") or ()),
            negated=bool(d.get("negated")),
            hypothetical=bool(d.get("hypothetical")),
            future=bool(d.get("future")),
            date=iso_day(d.get("date")),
            date_precision=d.get("date_precision"),
            sentence_index=int(d.get("sentence_index", 0)),
            sentence=d.get("sentence", ""),
            trigger=d.get("trigger", ""),
            char_span=tuple(d.get("char_span") or (0, 0)),
            confidence=float(d.get("confidence", 0.0)),
            rule=d.get("rule", ""),
            location=Location.from_dict(d["location"]) if d.get("location") else None,
            historical=bool(d.get("historical")),
            reported_by=tuple(Actor.from_dict(a) for a in d.get("reported_by") or ()),
            mutual=bool(d.get("mutual")),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation or reported statement: a single unit however many pieces it is cut into.

    A quotation split by its attribution ("“A,” she said, “B.”") is one Quote: ``pieces`` are
    the character spans of its parts in order, ``content`` the parts joined with a space, and
    ``char_span`` runs from the first piece's start to the last piece's end. ``speaker_span`` is
    where the attribution names the speaker (the pronoun "she" when that is what the text says);
    the person a pronoun was resolved to is in ``speaker``'s name, code and id.
    """

    content: str
    speaker: Actor | None
    cue: str | None
    direct: bool
    char_span: tuple[int, int]
    sentence_index: int
    pieces: tuple[tuple[int, int], ...] = ()  # empty means one piece, ``char_span``
    speaker_span: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if not self.pieces:
            object.__setattr__(self, "pieces", (self.char_span,))

    def to_dict(self) -> dict[str, Any]:
        speaker = None
        if self.speaker is not None:
            speaker = self.speaker.to_dict()
            speaker["char_span"] = list(self.speaker_span) if self.speaker_span else None
        return {
            "content": self.content,
            "pieces": [list(p) for p in self.pieces],
            "speaker": speaker,
            "cue": self.cue,
            "direct": self.direct,
            "char_span": list(self.char_span),
            "sentence_index": self.sentence_index,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        sp = d.get("speaker")
        span = _pair(d.get("char_span") or (0, 0))
        speaker_span = sp.get("char_span") if sp else None
        return cls(
            content=d["content"],
            speaker=Actor.from_dict(sp) if sp else None,
            cue=d.get("cue"),
            direct=bool(d.get("direct")),
            char_span=span,
            sentence_index=int(d.get("sentence_index", 0)),
            pieces=tuple(_pair(p) for p in d.get("pieces") or (span,)),
            speaker_span=_pair(speaker_span) if speaker_span else None,
        )


# --------------------------------------------------------------------------------------------
# the result of one article


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything detente makes of one article: the unit the store writes whole or not at all."""

    article: Article
    actors: tuple[ActorSummary, ...]
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    key_points: tuple[str, ...]
    warnings: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.article.id

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id,
            "title": a.title,
            "published": _iso(a.published),
            "source": a.source,
            "url": a.url,
            "language": a.language,
            "author": a.author,
            "site": a.site,
            "credits": list(a.credits),
            "external_id": a.external_id,
            "text": a.text,
            "key_points": list(self.key_points),
            "actors": [s.to_dict() for s in self.actors],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Analysis:
        """Rebuild from the contract shape (mentions are not part of it and come back empty)."""
        article = Article(
            id=d["id"],
            title=d.get("title"),
            text=d.get("text", ""),
            source=d.get("source", ""),
            url=d.get("url"),
            published=iso_day(d.get("published")),
            author=d.get("author"),
            site=d.get("site"),
            language=d.get("language") or "en",
            key_points=tuple(d.get("key_points") or ()),
            credits=tuple(d.get("credits") or ()),
            external_id=d.get("external_id"),
        )
        return cls(
            article=article,
            actors=tuple(ActorSummary.from_dict(x) for x in d.get("actors") or ()),
            mentions=(),
            events=tuple(Event.from_dict(x) for x in d.get("events") or ()),
            quotes=tuple(Quote.from_dict(x) for x in d.get("quotes") or ()),
            key_points=tuple(d.get("key_points") or ()),
            warnings=tuple(d.get("warnings") or ()),
        )
