"""Analyses as partitioned Parquet: what ``detente ingest --output DIR`` writes instead of a store,
and what ``detente load DIR`` brings into one.

On a cluster the single SQLite writer becomes the limit, so each worker writes its own partition
next to the others (shared storage) and no result travels back. A partition is one file set, one
file per table, named alike::

    DIR/documents/part-<run>-<index>.parquet   one row per article: its text, metadata, key
                                                points, actors and mentions (nested)
    DIR/events/part-<run>-<index>.parquet       one row per event, ``document`` = the article id
    DIR/quotes/part-<run>-<index>.parquet       one row per quotation
    DIR/failures/part-<run>-<index>.parquet     one row per input that could not be analysed

The columns are the fields of ``model.py``'s records (``read_partition`` gives back equal
``Analysis`` objects), so DuckDB, pandas or Spark read the directory as plain tables, e.g.
``SELECT event_type, count(*) FROM 'DIR/events/*.parquet' GROUP BY 1``. Each file is written
under a temporary name and renamed; the documents file last, so a partition whose documents
file exists is complete, and a crashed writer leaves nothing a reader takes for data.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .errors import InputError
from .model import (
    Actor,
    ActorSummary,
    Analysis,
    Article,
    Event,
    Failure,
    Mention,
    Quote,
)

__all__ = [
    "FORMAT_VERSION",
    "TABLES",
    "Partition",
    "PartitionSummary",
    "partition_names",
    "read_partition",
    "run_id",
    "write_partition",
]

FORMAT_VERSION = "1"
_FORMAT_KEY = b"detente.parquet"  # schema metadata: which layout wrote the file

_ACTOR = pa.struct(
    [
        ("text", pa.string()),
        ("name", pa.string()),
        ("code", pa.string()),
        ("sector", pa.string()),
        ("kind", pa.string()),
        ("id", pa.string()),
    ]
)
_STRINGS = pa.list_(pa.string())
_SPAN = pa.list_(pa.int32())

_DOCUMENTS = pa.schema(
    [
        ("id", pa.string(), False),
        ("position", pa.int32(), False),  # the article's place in its partition (input order)
        ("title", pa.string()),
        ("published", pa.date32()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("language", pa.string()),
        ("author", pa.string()),
        ("site", pa.string()),
        ("external_id", pa.string()),
        ("text", pa.string()),
        ("key_points", _STRINGS),
        ("publisher_key_points", _STRINGS),  # Article.key_points: the publisher's own bullets
        ("credits", _STRINGS),
        ("warnings", _STRINGS),
        ("article_warnings", _STRINGS),
        (
            "actors",
            pa.list_(pa.struct([("actor", _ACTOR), ("mentions", pa.int32()), ("texts", _STRINGS)])),
        ),
        (
            "mentions",
            pa.list_(
                pa.struct(
                    [
                        ("actor", _ACTOR),
                        ("start", pa.int32()),
                        ("end", pa.int32()),
                        ("token_start", pa.int32()),
                        ("token_end", pa.int32()),
                        ("head", pa.int32()),
                        ("sentence_index", pa.int32()),
                        ("via", pa.string()),
                    ]
                )
            ),
        ),
    ]
)
_EVENTS = pa.schema(
    [
        ("document", pa.string(), False),
        ("document_position", pa.int32(), False),  # the document's ``position``
        ("position", pa.int32(), False),  # the event's place in its document's list
        ("day", pa.date32()),  # the event's date, else the article's: for queries, not read back
        ("event_type", pa.string()),
        ("mode", pa.string()),
        ("context", _STRINGS),
        ("cameo", pa.string()),
        ("goldstein", pa.float64()),
        ("quad_class", pa.int32()),
        ("source", pa.list_(_ACTOR)),
        ("target", pa.list_(_ACTOR)),
        ("negated", pa.bool_()),
        ("hypothetical", pa.bool_()),
        ("future", pa.bool_()),
        ("historical", pa.bool_()),
        ("date", pa.date32()),
        ("date_precision", pa.string()),
        (
            "location",
            pa.struct(
                [
                    ("name", pa.string()),
                    ("code", pa.string()),
                    ("lat", pa.float64()),
                    ("lon", pa.float64()),
                    ("precision", pa.string()),
                    ("char_span", pa.list_(pa.int32())),
                    ("geonameid", pa.int64()),
                ]
            ),
        ),
        ("sentence_index", pa.int32()),
        ("sentence", pa.string()),
        ("trigger", pa.string()),
        ("char_span", _SPAN),
        ("confidence", pa.float64()),
        ("rule", pa.string()),
        ("reported_by", pa.list_(_ACTOR)),
        ("mutual", pa.bool_()),
    ]
)
_QUOTES = pa.schema(
    [
        ("document", pa.string(), False),
        ("document_position", pa.int32(), False),
        ("position", pa.int32(), False),
        ("content", pa.string()),
        ("speaker", _ACTOR),
        ("speaker_span", _SPAN),
        ("cue", pa.string()),
        ("direct", pa.bool_()),
        ("char_span", _SPAN),
        ("pieces", pa.list_(_SPAN)),
        ("sentence_index", pa.int32()),
    ]
)
_FAILURES = pa.schema(
    [
        ("position", pa.int32(), False),  # the failed input's place in its partition
        ("source", pa.string()),
        ("reason", pa.string()),
        ("code", pa.string()),
        ("stage", pa.string()),
    ]
)

# Table name → schema, in the order the files of a partition are renamed into place: documents
# last, so that a documents file means the partition is complete.
TABLES: dict[str, pa.Schema] = {
    "events": _EVENTS,
    "quotes": _QUOTES,
    "failures": _FAILURES,
    "documents": _DOCUMENTS,
}


@dataclass(slots=True)
class PartitionSummary:
    """What one written partition holds: small enough to travel back from a worker."""

    name: str
    documents: int = 0
    events: int = 0
    quotes: int = 0
    failures: list[Failure] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Partition:
    """One partition read back: its items in the order they were written."""

    name: str
    items: tuple[Analysis | Failure, ...]


def run_id() -> str:
    """A name prefix for the partitions of one run: runs writing into the same directory (one
    after the other, or at once from several clients) never overwrite each other's files, and
    sorting the names keeps runs in the order they started."""
    now = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    return f"{now}-{secrets.token_hex(3)}"


# ----------------------------------------------------------------------------------------------
# records → rows


def _actor(a: Actor | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return a.to_dict()


def _document_row(position: int, x: Analysis) -> dict[str, Any]:
    a = x.article
    return {
        "id": a.id,
        "position": position,
        "title": a.title,
        "published": a.published,
        "source": a.source,
        "url": a.url,
        "language": a.language,
        "author": a.author,
        "site": a.site,
        "external_id": a.external_id,
        "text": a.text,
        "key_points": list(x.key_points),
        "publisher_key_points": list(a.key_points),
        "credits": list(a.credits),
        "warnings": list(x.warnings),
        "article_warnings": list(a.warnings),
        "actors": [
            {"actor": _actor(s.actor), "mentions": s.mentions, "texts": list(s.texts)}
            for s in x.actors
        ],
        "mentions": [
            {
                "actor": _actor(m.actor),
                "start": m.start,
                "end": m.end,
                "token_start": m.token_start,
                "token_end": m.token_end,
                "head": m.head,
                "sentence_index": m.sentence_index,
                "via": m.via,
            }
            for m in x.mentions
        ],
    }


def _event_row(document: Analysis, at: int, position: int, e: Event) -> dict[str, Any]:
    loc = e.location
    return {
        "document": document.id,
        "document_position": at,
        "position": position,
        "day": e.date or document.article.published,
        "event_type": e.event_type,
        "mode": e.mode,
        "context": list(e.context),
        "cameo": e.cameo,
        "goldstein": e.goldstein,
        "quad_class": e.quad_class,
        "source": [_actor(a) for a in e.source],
        "target": [_actor(a) for a in e.target],
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "future": e.future,
        "historical": e.historical,
        "date": e.date,
        "date_precision": e.date_precision,
        "location": loc.to_dict() if loc else None,
        "sentence_index": e.sentence_index,
        "sentence": e.sentence,
        "trigger": e.trigger,
        "char_span": list(e.char_span),
        "confidence": e.confidence,
        "rule": e.rule,
        "reported_by": [_actor(a) for a in e.reported_by],
        "mutual": e.mutual,
    }


def _quote_row(document: Analysis, at: int, position: int, q: Quote) -> dict[str, Any]:
    return {
        "document": document.id,
        "document_position": at,
        "position": position,
        "content": q.content,
        "speaker": _actor(q.speaker),
        "speaker_span": list(q.speaker_span) if q.speaker_span else None,
        "cue": q.cue,
        "direct": q.direct,
        "char_span": list(q.char_span),
        "pieces": [list(p) for p in q.pieces],
        "sentence_index": q.sentence_index,
    }


def _rows(items: Iterable[Analysis | Failure]) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for position, item in enumerate(items):
        if isinstance(item, Failure):
            rows["failures"].append({"position": position, **item.to_dict()})
            continue
        rows["documents"].append(_document_row(position, item))
        rows["events"].extend(_event_row(item, position, i, e) for i, e in enumerate(item.events))
        rows["quotes"].extend(_quote_row(item, position, i, q) for i, q in enumerate(item.quotes))
    return rows


def write_partition(
    items: Iterable[Analysis | Failure], directory: str | Path, name: str
) -> PartitionSummary:
    """Write one partition (``name``, e.g. ``part-<run>-00042``) of analyses and failures under
    ``directory``, one file per table; return what it holds."""
    root = Path(directory)
    rows = _rows(items)
    for table, schema in TABLES.items():
        folder = root / table
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / f"{name}.parquet"
        temporary = folder / f".{name}.parquet.tmp"  # hidden: readers of the folder skip it
        meta = {_FORMAT_KEY: FORMAT_VERSION.encode()}
        arrow = pa.Table.from_pylist(rows[table], schema=schema.with_metadata(meta))
        pq.write_table(arrow, temporary, compression="zstd")
        os.replace(temporary, final)
    return PartitionSummary(
        name=name,
        documents=len(rows["documents"]),
        events=len(rows["events"]),
        quotes=len(rows["quotes"]),
        failures=[
            Failure(r["source"], r["reason"], r["code"], r["stage"]) for r in rows["failures"]
        ],
    )


# ----------------------------------------------------------------------------------------------
# rows → records


def _pair(values: list[int]) -> tuple[int, int]:
    return int(values[0]), int(values[1])


def _quote_of(r: dict[str, Any]) -> Quote:
    return Quote(
        content=r["content"],
        speaker=Actor.from_dict(r["speaker"]) if r["speaker"] else None,
        cue=r["cue"],
        direct=r["direct"],
        char_span=_pair(r["char_span"]),
        sentence_index=r["sentence_index"],
        pieces=tuple(_pair(p) for p in r["pieces"]),
        speaker_span=_pair(r["speaker_span"]) if r["speaker_span"] else None,
    )


def _analysis_of(
    d: dict[str, Any], events: list[dict[str, Any]], quotes: list[dict[str, Any]]
) -> Analysis:
    article = Article(
        id=d["id"],
        title=d["title"],
        text=d["text"],
        source=d["source"],
        url=d["url"],
        published=d["published"],
        author=d["author"],
        site=d["site"],
        language=d["language"],
        key_points=tuple(d["publisher_key_points"]),
        credits=tuple(d["credits"]),
        warnings=tuple(d["article_warnings"]),
        external_id=d["external_id"],
    )
    return Analysis(
        article=article,
        actors=tuple(
            ActorSummary(Actor.from_dict(s["actor"]), s["mentions"], tuple(s["texts"]))
            for s in d["actors"]
        ),
        mentions=tuple(
            Mention(
                Actor.from_dict(m["actor"]),
                m["start"],
                m["end"],
                m["token_start"],
                m["token_end"],
                m["head"],
                m["sentence_index"],
                m["via"],
            )
            for m in d["mentions"]
        ),
        events=tuple(Event.from_dict(e) for e in sorted(events, key=lambda e: e["position"])),
        quotes=tuple(_quote_of(q) for q in sorted(quotes, key=lambda q: q["position"])),
        key_points=tuple(d["key_points"]),
        warnings=tuple(d["warnings"]),
    )


def _read_table(path: Path, schema: pa.Schema) -> list[dict[str, Any]]:
    """The rows of one file, checked against the layout; ``InputError`` E124 with a one-line
    reason when the file is missing, damaged or of another layout."""
    if not path.is_file():
        raise InputError(
            f"{path}: missing (the partition is incomplete)", code="E124", source=str(path)
        )
    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowException) as exc:
        why = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(
            f"{path}: not a readable Parquet file ({why})", code="E124", source=str(path)
        ) from None
    version = (table.schema.metadata or {}).get(_FORMAT_KEY)
    if version is None:
        raise InputError(
            f"{path}: not written by `detente ingest --output` (no {_FORMAT_KEY.decode()} mark)",
            code="E124",
            source=str(path),
        )
    if version.decode() != FORMAT_VERSION:
        raise InputError(
            f"{path}: layout version {version.decode()}, this detente reads {FORMAT_VERSION}",
            code="E124",
            source=str(path),
        )
    missing = [n for n in schema.names if n not in table.schema.names]
    if missing:
        raise InputError(f"{path}: no column {', '.join(missing)}", code="E124", source=str(path))
    try:
        table = table.select(schema.names).cast(schema)
    except (pa.ArrowException, ValueError) as exc:
        why = str(exc).splitlines()[0]
        raise InputError(
            f"{path}: columns of the wrong type ({why})", code="E124", source=str(path)
        ) from None
    rows: list[dict[str, Any]] = table.to_pylist()
    return rows


def read_partition(directory: str | Path, name: str) -> Partition:
    """One partition's analyses and failures, in the order they were written. Raises
    ``InputError`` (E124) when one of its files is missing, damaged or of another layout."""
    root = Path(directory)
    tables = {t: _read_table(root / t / f"{name}.parquet", s) for t, s in TABLES.items()}
    # Rows join their document by its position: the same article twice in one partition has
    # one id and two positions.
    events: dict[int, list[dict[str, Any]]] = {}
    quotes: dict[int, list[dict[str, Any]]] = {}
    for row in tables["events"]:
        events.setdefault(row["document_position"], []).append(row)
    for row in tables["quotes"]:
        quotes.setdefault(row["document_position"], []).append(row)
    placed: list[tuple[int, Analysis | Failure]] = [
        (at, _analysis_of(d, events.get(at, []), quotes.get(at, [])))
        for d in tables["documents"]
        for at in (d["position"],)
    ]
    placed.extend(
        (f["position"], Failure(f["source"], f["reason"], f["code"], f["stage"]))
        for f in tables["failures"]
    )
    placed.sort(key=lambda p: p[0])
    return Partition(name, tuple(item for _, item in placed))


def partition_names(directory: str | Path) -> Iterator[str]:
    """The complete partitions under ``directory`` (those with a documents file), in name order:
    runs in the order they started, a run's partitions in input order."""
    root = Path(directory) / "documents"
    if not root.is_dir():
        raise InputError(
            f"{directory}: no documents/ folder: not written by `detente ingest --output`",
            code="E124",
        )
    for path in sorted(root.glob("part-*.parquet")):
        yield path.name.removesuffix(".parquet")
