"""Exports of the store: events, documents or quotes as JSON Lines, CSV or Parquet.

- **JSON Lines** keeps the contract shapes: a document is what ``detente analyze --json`` prints
  (plus ``story_id``), an event is the contract event plus its ids and document, a quote likewise.
- **CSV and Parquet** are flat tables for spreadsheets, pandas, R, DuckDB: one row per event (or
  document, or quote), lists joined with ``;``. Events carry the first source and target actor in
  their own columns (``source_code``, ``source_sector``, ...) and all of them in ``source_codes``
  and ``target_codes``; the modality flags (``negated``, ``hypothetical``, ``future``,
  ``asserted``) are columns, so a table holds every coded event unless the filter says otherwise.
  The Parquet schema is typed (dates as date32, flags as booleans) and written in batches, so a
  large store exports in bounded memory. A quote row is a whole quotation: ``pieces`` gives the
  character spans of its parts as ``start-end;start-end``, ``speaker_start``/``speaker_end``
  where the attribution names its speaker.
- **phoenix, icews, gdelt** are events in the column sets of those datasets, one row per directed
  pair of parties (``datasets``): asserted events only, as the datasets hold.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from ..model import Actor
from ..store import EventFilter, Store, StoredDocument, StoredEvent, StoredQuote
from .datasets import (
    DATASET_FORMATS,
    GDELT_COLUMNS,
    ICEWS_COLUMNS,
    PHOENIX_COLUMNS,
    read_options,
    write_dataset,
)

__all__ = [
    "DATASET_FORMATS",
    "DOCUMENT_SCHEMA",
    "EVENT_SCHEMA",
    "FORMATS",
    "GDELT_COLUMNS",
    "ICEWS_COLUMNS",
    "PHOENIX_COLUMNS",
    "QUOTE_SCHEMA",
    "WHATS",
    "export",
    "flat_document",
    "flat_event",
    "flat_quote",
    "read_options",
]

Format = Literal["jsonl", "csv", "parquet", "phoenix", "icews", "gdelt"]
What = Literal["events", "documents", "quotes"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", *DATASET_FORMATS)
WHATS: tuple[str, ...] = ("events", "documents", "quotes")
_BATCH = 5000

EVENT_SCHEMA = pa.schema(
    [
        ("event_id", pa.int64()),
        ("document_id", pa.string()),
        ("story_id", pa.int64()),
        ("day", pa.date32()),
        ("date", pa.date32()),
        ("date_precision", pa.string()),
        ("event_type", pa.string()),
        ("mode", pa.string()),
        ("context", pa.string()),
        ("cameo", pa.string()),
        ("goldstein", pa.float64()),
        ("quad_class", pa.int8()),
        ("source_code", pa.string()),
        ("source_sector", pa.string()),
        ("source_name", pa.string()),
        ("source_text", pa.string()),
        ("target_code", pa.string()),
        ("target_sector", pa.string()),
        ("target_name", pa.string()),
        ("target_text", pa.string()),
        ("source_codes", pa.string()),
        ("target_codes", pa.string()),
        ("reported_by_codes", pa.string()),
        ("negated", pa.bool_()),
        ("hypothetical", pa.bool_()),
        ("future", pa.bool_()),
        ("historical", pa.bool_()),
        ("mutual", pa.bool_()),
        ("asserted", pa.bool_()),
        ("location_name", pa.string()),
        ("location_code", pa.string()),
        ("location_lat", pa.float64()),
        ("location_lon", pa.float64()),
        ("location_precision", pa.string()),
        ("location_start", pa.int32()),
        ("location_end", pa.int32()),
        ("location_geonameid", pa.int64()),
        ("sentence_index", pa.int32()),
        ("sentence", pa.string()),
        ("trigger", pa.string()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("confidence", pa.float64()),
        ("rule", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("url", pa.string()),
    ]
)

DOCUMENT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("language", pa.string()),
        ("author", pa.string()),
        ("site", pa.string()),
        ("external_id", pa.string()),
        ("story_id", pa.int64()),
        ("events", pa.int32()),
        ("quotes", pa.int32()),
        ("actor_codes", pa.string()),
        ("key_points", pa.string()),
        ("credits", pa.string()),
        ("text", pa.string()),
        ("ingested_at", pa.string()),
    ]
)

QUOTE_SCHEMA = pa.schema(
    [
        ("quote_id", pa.int64()),
        ("document_id", pa.string()),
        ("content", pa.string()),
        ("speaker_text", pa.string()),
        ("speaker_name", pa.string()),
        ("speaker_code", pa.string()),
        ("speaker_sector", pa.string()),
        ("speaker_kind", pa.string()),
        ("speaker_id", pa.string()),
        ("cue", pa.string()),
        ("direct", pa.bool_()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("pieces", pa.string()),
        ("speaker_start", pa.int32()),
        ("speaker_end", pa.int32()),
        ("sentence_index", pa.int32()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("url", pa.string()),
    ]
)


def _join(values: Iterable[str | None]) -> str:
    return ";".join(v for v in values if v)


def _first(actors: tuple[Actor, ...]) -> Actor | None:
    return actors[0] if actors else None


def flat_event(s: StoredEvent) -> dict[str, Any]:
    e = s.event
    src, tgt = _first(e.source), _first(e.target)
    loc = e.location
    return {
        "event_id": s.id,
        "document_id": s.document_id,
        "story_id": s.story_id,
        "day": s.day,
        "date": e.date,
        "date_precision": e.date_precision,
        "event_type": e.event_type,
        "mode": e.mode,
        "context": _join(e.context),
        "cameo": e.cameo,
        "goldstein": e.goldstein,
        "quad_class": e.quad_class,
        "source_code": src.code if src else None,
        "source_sector": src.sector if src else None,
        "source_name": src.name if src else None,
        "source_text": src.text if src else None,
        "target_code": tgt.code if tgt else None,
        "target_sector": tgt.sector if tgt else None,
        "target_name": tgt.name if tgt else None,
        "target_text": tgt.text if tgt else None,
        "source_codes": _join(a.code for a in e.source),
        "target_codes": _join(a.code for a in e.target),
        "reported_by_codes": _join(a.code for a in e.reported_by),
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "future": e.future,
        "historical": e.historical,
        "mutual": e.mutual,
        "asserted": e.asserted,
        "location_name": loc.name if loc else None,
        "location_code": loc.code if loc else None,
        "location_lat": loc.lat if loc else None,
        "location_lon": loc.lon if loc else None,
        "location_precision": loc.precision if loc else None,
        "location_start": loc.char_span[0] if loc and loc.char_span else None,
        "location_end": loc.char_span[1] if loc and loc.char_span else None,
        "location_geonameid": loc.geonameid if loc else None,
        "sentence_index": e.sentence_index,
        "sentence": e.sentence,
        "trigger": e.trigger,
        "char_start": e.char_span[0],
        "char_end": e.char_span[1],
        "confidence": e.confidence,
        "rule": e.rule,
        "title": s.title,
        "published": s.published,
        "url": s.url,
    }


def flat_document(d: StoredDocument) -> dict[str, Any]:
    a = d.analysis
    art = a.article
    return {
        "id": art.id,
        "title": art.title,
        "published": art.published,
        "source": art.source,
        "url": art.url,
        "language": art.language,
        "author": art.author,
        "site": art.site,
        "external_id": art.external_id,
        "story_id": d.story_id,
        "events": len(a.events),
        "quotes": len(a.quotes),
        "actor_codes": _join(dict.fromkeys(s.actor.code for s in a.actors if s.actor.code)),
        "key_points": " | ".join(a.key_points),
        "credits": _join(art.credits),
        "text": art.text,
        "ingested_at": d.ingested_at,
    }


def flat_quote(s: StoredQuote) -> dict[str, Any]:
    q = s.quote
    sp = q.speaker
    return {
        "quote_id": s.id,
        "document_id": s.document_id,
        "content": q.content,
        "speaker_text": sp.text if sp else None,
        "speaker_name": sp.name if sp else None,
        "speaker_code": sp.code if sp else None,
        "speaker_sector": sp.sector if sp else None,
        "speaker_kind": sp.kind if sp else None,
        "speaker_id": sp.id if sp else None,
        "cue": q.cue,
        "direct": q.direct,
        "char_start": q.char_span[0],
        "char_end": q.char_span[1],
        "pieces": _join(f"{start}-{end}" for start, end in q.pieces),
        "speaker_start": q.speaker_span[0] if q.speaker_span else None,
        "speaker_end": q.speaker_span[1] if q.speaker_span else None,
        "sentence_index": q.sentence_index,
        "title": s.title,
        "published": s.published,
        "url": s.url,
    }


def _csv_value(v: Any) -> Any:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def _rows(
    store: Store, what: What, flt: EventFilter | None, since: str | None, until: str | None
) -> tuple[Iterator[Any], Callable[[Any], dict[str, Any]], pa.Schema]:
    if what == "events":
        return (
            store.iter_events(flt or EventFilter.every()),
            flat_event,
            EVENT_SCHEMA,
        )
    if what == "documents":
        return store.iter_documents(since=since, until=until), flat_document, DOCUMENT_SCHEMA
    if what == "quotes":
        return store.iter_quotes(since=since, until=until), flat_quote, QUOTE_SCHEMA
    raise ValueError(f"export what= one of {', '.join(WHATS)}, not {what!r}")


def export(
    store: Store,
    out: str | Path | IO[str] | IO[bytes],
    *,
    what: What = "events",
    fmt: Format = "jsonl",
    flt: EventFilter | None = None,
    since: str | None = None,
    until: str | None = None,
) -> int:
    """Write ``what`` to ``out`` (a path, or an open text stream for jsonl/csv, binary for
    parquet) and return the number of rows. Events: those matching ``flt``, by default every
    stored event, the non-asserted ones and historical mentions included (flagged in their
    columns); documents and quotes: published within
    [since, until] when given. The dataset formats (phoenix, icews, gdelt) take events only, and
    of those the asserted ones: rows are directed pairs of parties, so the count is of rows."""
    if fmt not in FORMATS:
        raise ValueError(f"export format is one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt in DATASET_FORMATS:
        if what != "events":
            raise ValueError(f"the {fmt} format holds events, not {what}")
        return _dataset(store, out, fmt, flt or EventFilter.every())  # type: ignore[arg-type]  # text stream, by contract
    items, flatten, schema = _rows(store, what, flt, since, until)
    if fmt == "parquet":
        return _parquet(items, flatten, schema, out)  # type: ignore[arg-type]  # parquet: a binary stream, by contract
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return _text(items, flatten, schema, fmt, fh)
    return _text(items, flatten, schema, fmt, out)  # type: ignore[arg-type]  # jsonl/csv: a text stream, by contract


def _dataset(store: Store, out: str | Path | IO[str], fmt: Any, flt: EventFilter) -> int:
    """Events in a dataset's columns. The datasets hold what their coders took to have happened,
    so negated, hypothetical and future events are left out whatever ``flt`` lets through."""
    events = (s for s in store.iter_events(flt) if s.event.asserted)
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return write_dataset(events, fh, fmt)
    return write_dataset(events, out, fmt)


def _text(
    items: Iterator[Any],
    flatten: Callable[[Any], dict[str, Any]],
    schema: pa.Schema,
    fmt: Format,
    fh: IO[str],
) -> int:
    n = 0
    if fmt == "jsonl":
        for item in items:
            fh.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            n += 1
        return n
    writer = csv.DictWriter(fh, fieldnames=schema.names, lineterminator="\n")
    writer.writeheader()
    for item in items:
        writer.writerow({k: _csv_value(v) for k, v in flatten(item).items()})
        n += 1
    return n


def _parquet(
    items: Iterator[Any],
    flatten: Callable[[Any], dict[str, Any]],
    schema: pa.Schema,
    out: str | Path | IO[bytes],
) -> int:
    sink: Any = str(out) if isinstance(out, str | Path) else out
    n = 0
    with pq.ParquetWriter(sink, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for item in items:
            batch.append(flatten(item))
            if len(batch) >= _BATCH:
                writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
