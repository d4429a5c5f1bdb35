"""The embedded store: SQLite in WAL mode, one savepoint per article, typed queries.

Why these choices:

- **WAL** lets any number of readers (``detente events``, the dashboard) read a consistent
  snapshot while one writer ingests; readers open ``mode=ro`` connections with ``query_only`` set,
  so a read path cannot write even by mistake. ``busy_timeout`` makes a second writer wait for the
  first instead of failing at once.
- **One savepoint per document, one transaction per group of documents**: ``add`` commits each
  document; ``ingest`` commits at most every 256 documents or every second, each document under
  its own savepoint. A bad row rolls back that document only; an error or an interrupt commits
  what was written before it; a kill loses the open group only, which the next run stores;
  everything committed before stays. ``synchronous=NORMAL`` is safe in WAL mode (a power cut can
  lose the last commits, never corrupt the file).
- **Idempotent by content hash**: ``Article.id`` (sha256 of the cleaned text) is unique; storing
  the same article again is a no-op that ``add`` reports as ``False`` (skipped).
- **Story clusters** are assigned in the same transaction (``detente.stories``), so a document and
  its LSH buckets are written together.

A writable ``Store`` wraps one connection and belongs to the thread that opened it; a read-only
one may move between threads but serves one caller at a time. Open one per request or per
thread (opening is cheap). The schema is documented in docs/schema.md.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from ..errors import DetenteError, StoreError
from ..model import Analysis, Failure
from ..stories import StoryIndex, StoryParams
from . import queries
from .filters import EventFilter
from .migrations import SCHEMA_VERSION, migrate, version
from .queries import Level
from .records import (
    ActorRef,
    DocumentInfo,
    DyadStat,
    ErrorRecord,
    IngestSummary,
    SearchHit,
    StoredDocument,
    StoredEvent,
    StoredQuote,
    StoreStats,
)
from .writer import ActorIds, record_error, warning_failures, write_analysis

__all__ = [
    "SCHEMA_VERSION",
    "ActorRef",
    "DocumentInfo",
    "DyadStat",
    "ErrorRecord",
    "EventFilter",
    "IngestSummary",
    "Outcome",
    "SearchHit",
    "Store",
    "StoreStats",
    "StoredDocument",
    "StoredEvent",
    "StoredQuote",
]

Outcome = Literal["stored", "skipped", "failed"]
DEFAULT_TIMEOUT = 30.0  # seconds a connection waits for a lock (busy_timeout)
GROUP_DOCUMENTS = 256  # documents ``ingest`` commits together, at most
GROUP_SECONDS = 1.0  # the longest ``ingest`` keeps written documents uncommitted


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Store:
    """A detente database. ``Store(path)`` opens it for writing (creating and migrating it as
    needed); ``Store(path, readonly=True)`` opens an existing one for reading only.

    Raises ``StoreError``: E401 when the file cannot be opened or is not a detente store, E403
    when it was written by a newer detente, E407 when a read-only open meets an older schema.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        readonly: bool = False,
        timeout: float = DEFAULT_TIMEOUT,
        story_params: StoryParams | None = None,
    ):
        self.path = Path(path)
        self.readonly = readonly
        self._actor_ids = ActorIds()
        try:
            self._conn = self._connect(timeout)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}", code="E401") from None
        try:
            self._check_or_migrate()
            self._stories: StoryIndex | None = None
            if not readonly:
                self._stories = StoryIndex(self._conn, self._story_params(story_params))
        except BaseException:
            self._conn.close()
            raise

    # -- opening ---------------------------------------------------------------------------

    def _connect(self, timeout: float) -> sqlite3.Connection:
        if self.readonly:
            if not self.path.is_file():
                raise StoreError(
                    f"no store at {self.path}: ingest something first (detente ingest) or pass --db",
                    code="E401",
                )
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            # A reader may be handed from thread to thread (a web framework's dependency and its
            # endpoint): this sqlite3 is built serialized (threadsafety 3), and a reader never
            # holds a write transaction that another thread could disturb.
            conn = sqlite3.connect(
                uri,
                uri=True,
                timeout=timeout,
                isolation_level=None,
                check_same_thread=sqlite3.threadsafety < 3,
            )
            conn.execute("PRAGMA query_only = ON")
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
                conn.close()
                raise StoreError(
                    f"{self.path}: the file system does not allow WAL mode", code="E401"
                )
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB page cache
        return conn

    def _check_or_migrate(self) -> None:
        try:
            current = version(self._conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a detente store: {exc}", code="E401") from None
        if not self.readonly:
            self.schema_version = migrate(self._conn)
            return
        if current == 0:
            raise StoreError(f"{self.path} is not a detente store (no schema)", code="E401")
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"store schema version {current} is newer than this detente supports "
                f"({SCHEMA_VERSION}); upgrade detente",
                code="E403",
            )
        if current < SCHEMA_VERSION:
            raise StoreError(
                f"store schema version {current} is older than {SCHEMA_VERSION}: open it once "
                "for writing (detente ingest) to migrate it",
                code="E407",
            )
        self.schema_version = current

    def _story_params(self, given: StoryParams | None) -> StoryParams:
        settings = dict(self._conn.execute("SELECT key, value FROM settings"))
        stored = StoryParams.from_settings(settings)
        if stored is not None:
            return stored  # a store keeps the parameters it was created with
        params = (given or StoryParams()).resolved()
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            self._conn.executemany(
                "INSERT OR IGNORE INTO settings(key, value) VALUES (?, ?)",
                params.to_settings().items(),
            )
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        settings = dict(self._conn.execute("SELECT key, value FROM settings"))
        return StoryParams.from_settings(settings) or params

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        if not self.readonly:
            # Refresh the planner's statistics where they are stale (cheap; SQLite's advice). A
            # busy store can do without it this time.
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("PRAGMA optimize")
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, readonly={self.readonly})"

    # -- writing ---------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.readonly:
            raise StoreError(f"{self.path} is open read-only", code="E402")

    def add(self, analysis: Analysis) -> bool:
        """Store one analysed article in its own transaction; False if it was already stored.

        Raises ``StoreError`` E402 when a row is refused (the document is rolled back entirely;
        nothing stored before is touched)."""
        self._writable()
        self._begin(analysis.article.source)
        try:
            stored = self._write(analysis)
            self._conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        self._actor_ids.commit()
        return stored

    def _begin(self, source: str) -> None:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"store is busy or unwritable: {exc}", source=source) from None

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")
        self._actor_ids.rollback()

    def _write(self, analysis: Analysis) -> bool:
        """Write one document under its own savepoint in the open transaction; False if it is
        stored already. A refused row rolls this document back to the savepoint, and only it."""
        conn = self._conn
        conn.execute("SAVEPOINT document")
        try:
            stored = not conn.execute(
                "SELECT 1 FROM documents WHERE id = ?", (analysis.id,)
            ).fetchone()
            if stored:
                write_analysis(
                    conn, analysis, actors=self._actor_ids, stories=self._stories, now=_now()
                )
            conn.execute("RELEASE document")
        except BaseException as exc:
            if conn.in_transaction:  # some errors (a full disk) end the transaction themselves
                conn.execute("ROLLBACK TO document")
                conn.execute("RELEASE document")
            self._actor_ids.forget_document()
            if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: rolled back, go on
                raise
            reason = f"{type(exc).__name__}: {exc}".splitlines()[0]
            raise StoreError(
                f"could not store {analysis.id[:19]}: {reason}", source=analysis.article.source
            ) from exc
        self._actor_ids.release()
        return stored

    def add_failure(self, failure: Failure) -> None:
        """Record a document that failed (its own small transaction); the same source, code and
        reason recorded again counts once more and moves to the top (``writer.record_error``)."""
        self._writable()
        try:
            record_error(self._conn, failure, now=_now())
        except sqlite3.Error as exc:
            raise StoreError(f"could not record a failure: {exc}", source=failure.source) from None

    def ingest(
        self,
        results: Iterable[Analysis | Failure],
        *,
        on_result: Callable[[Analysis | Failure, Outcome], None] | None = None,
        group: int = GROUP_DOCUMENTS,
        seconds: float = GROUP_SECONDS,
    ) -> IngestSummary:
        """Store a stream of pipeline results: analyses are added, failures recorded in
        ``errors``; a document the store refuses becomes a failure too. Never raises for one bad
        document.

        Documents are committed in groups, each document under its own savepoint: a commit per
        document rewrites the same index pages hundreds of times a second, and grouping halves
        the writer's work (``bench/writer.py``). A group holds at most ``group`` documents or
        what ``seconds`` brought, so readers see new documents within about that time. A bad
        document rolls back alone; when the stream raises or is interrupted, what was written
        before is committed; only a killed process loses its open group, which the next run
        stores (nothing committed is touched). ``on_result`` is called for each item once its
        group is committed (for a progress bar that counts what is safe)."""
        self._writable()
        summary = IngestSummary()
        pending: list[tuple[Analysis | Failure, Outcome]] = []
        opened = 0.0
        try:
            for item in results:
                outcome: Outcome = "failed"
                if isinstance(item, Analysis):
                    try:
                        if not self._conn.in_transaction:
                            self._begin(item.article.source)
                            opened = time.monotonic()
                        stored = self._write(item)
                    except DetenteError as exc:
                        if not self._conn.in_transaction:  # the transaction ended with the error
                            self._lose(pending, summary, exc.reason)
                        item = Failure(item.article.source, exc.reason, exc.code, exc.stage)
                    else:
                        outcome = "stored" if stored else "skipped"
                        if stored:
                            summary.stored += 1
                            summary.events += len(item.events)
                            for warning in warning_failures(item):
                                self.add_failure(warning)
                        else:
                            summary.skipped += 1
                if isinstance(item, Failure):
                    summary.failures.append(item)
                    self.add_failure(item)
                pending.append((item, outcome))
                if len(pending) >= group or time.monotonic() - opened >= seconds:
                    self._commit(pending, summary, on_result)
        finally:
            self._commit(pending, summary, on_result)
        return summary

    def _commit(
        self,
        pending: list[tuple[Analysis | Failure, Outcome]],
        summary: IngestSummary,
        on_result: Callable[[Analysis | Failure, Outcome], None] | None,
    ) -> None:
        """Commit the open group, then report its items."""
        if self._conn.in_transaction:
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._lose(pending, summary, f"could not commit: {exc}")
            else:
                self._actor_ids.commit()
        if on_result is not None:
            for item, outcome in pending:
                on_result(item, outcome)
        pending.clear()

    def _lose(
        self,
        pending: list[tuple[Analysis | Failure, Outcome]],
        summary: IngestSummary,
        reason: str,
    ) -> None:
        """The open group is rolled back: its stored documents become failures with ``reason``,
        and its failures, recorded inside it, are recorded again."""
        self._rollback()
        for i, (item, outcome) in enumerate(pending):
            if isinstance(item, Analysis) and outcome == "stored":
                summary.stored -= 1
                summary.events -= len(item.events)
                item = Failure(item.article.source, reason, StoreError.code, StoreError.stage)
                summary.failures.append(item)
                pending[i] = (item, "failed")
            if isinstance(item, Failure):
                with contextlib.suppress(StoreError):
                    self.add_failure(item)

    # -- reading ---------------------------------------------------------------------------

    def _query(self, flt: EventFilter | None, words: dict[str, Any]) -> EventFilter:
        """The filter a reading method was given, or the one its keywords spell (not both), with
        its document resolved to a full id."""
        if flt is not None and words:
            raise TypeError("give an EventFilter or filter keywords, not both")
        if flt is not None and not isinstance(flt, EventFilter):
            raise TypeError(f"expected an EventFilter, not {type(flt).__name__}")
        flt = flt if flt is not None else EventFilter.build(**words)
        if flt.document:
            flt = dataclasses.replace(flt, document=self.resolve(flt.document))
        return flt

    def events(
        self,
        flt: EventFilter | None = None,
        /,
        *,
        limit: int | None = 100,
        offset: int = 0,
        newest_first: bool = False,
        strongest_first: bool = False,
        **words: Any,
    ) -> list[StoredEvent]:
        """Events that ``flt`` selects, in date order: ``store.events(EventFilter.build(
        dyad="PRK:RUS", since="2023"))``, or the same words as keywords, which build the filter
        (``store.events(dyad="PRK:RUS", since="2023")``; see ``EventFilter.build``). By default
        asserted events only and no historical mentions.

        ``limit=None``: all. Order: oldest first, ``newest_first``, or ``strongest_first``
        (largest |Goldstein|, then newest).
        Raises ValueError on a malformed filter, StoreError E404/E405 on an unknown document.
        """
        return list(
            self.iter_events(
                self._query(flt, words),
                limit=limit,
                offset=offset,
                newest_first=newest_first,
                strongest_first=strongest_first,
            )
        )

    def iter_events(
        self,
        flt: EventFilter | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = False,
        strongest_first: bool = False,
    ) -> Iterator[StoredEvent]:
        """Stream events matching ``flt`` (by default asserted, non-historical ones) without
        holding them all in memory: what exports use."""
        return queries.iter_events(
            self._conn,
            self._query(flt, {}),
            limit=limit,
            offset=offset,
            newest_first=newest_first,
            strongest_first=strongest_first,
        )

    def quotes(
        self,
        *,
        speaker: str | None = None,
        document: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        direct: bool | None = None,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[StoredQuote]:
        """Quotes in publication order. ``speaker``: an actor code (``PRK``), a catalogue id, or
        words in the speaker's name or text; ``document``: an id or unique prefix."""
        return list(
            queries.iter_quotes(
                self._conn,
                speaker=speaker,
                document=self.resolve(document) if document else None,
                since=queries.parse_day(since),
                until=queries.parse_day(until, end=True),
                direct=direct,
                limit=limit,
                offset=offset,
            )
        )

    def iter_quotes(
        self, *, since: str | dt.date | None = None, until: str | dt.date | None = None
    ) -> Iterator[StoredQuote]:
        """Every quote (of documents published within [since, until] when given), streamed."""
        return queries.iter_quotes(
            self._conn, since=queries.parse_day(since), until=queries.parse_day(until, end=True)
        )

    def resolve(self, ref: str) -> str:
        """The full id of a document given its id, a unique prefix or its external id."""
        return queries.resolve_document(self._conn, ref)[1]

    def document(self, ref: str) -> Analysis:
        """The stored ``Analysis`` of a document (id, unique id prefix or external id).
        Raises StoreError E404 (not found) or E405 (ambiguous prefix)."""
        pk, _ = queries.resolve_document(self._conn, ref)
        return queries.load_analysis(self._conn, pk)

    def document_info(self, ref: str) -> DocumentInfo:
        """Title, date, story and counts of a document, without its text."""
        return queries.document_infos(self._conn, ids=[self.resolve(ref)])[0]

    def documents(
        self,
        *,
        story_id: int | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        limit: int | None = 100,
        offset: int = 0,
        newest_first: bool = False,
    ) -> list[DocumentInfo]:
        """Documents in publication order (``story_id``: the members of one story)."""
        return queries.document_infos(
            self._conn,
            story_id=story_id,
            since=queries.parse_day(since),
            until=queries.parse_day(until, end=True),
            limit=limit,
            offset=offset,
            newest_first=newest_first,
        )

    def iter_documents(
        self, *, since: str | dt.date | None = None, until: str | dt.date | None = None
    ) -> Iterator[StoredDocument]:
        """Stored documents in full (publication date within [since, until] when given), in
        storage order, one at a time: what the JSONL export of documents uses."""
        clauses, params = [], []
        if (lo := queries.parse_day(since)) is not None:
            clauses.append("published >= ?")
            params.append(lo)
        if (hi := queries.parse_day(until, end=True)) is not None:
            clauses.append("published <= ?")
            params.append(hi)
        where = " AND ".join(clauses) or "1"
        rows = self._conn.execute(
            f"SELECT pk, story_id, ingested_at FROM documents WHERE {where} ORDER BY pk", params
        ).fetchall()
        for pk, story_id, ingested_at in rows:
            yield StoredDocument(queries.load_analysis(self._conn, pk), story_id, ingested_at)

    def story_of(self, ref: str) -> int | None:
        """The story cluster of a document (id, unique prefix or external id)."""
        row = self._conn.execute(
            "SELECT story_id FROM documents WHERE id = ?", (self.resolve(ref),)
        ).fetchone()
        return row[0] if row else None

    def search(
        self,
        query: str,
        *,
        what: Literal["documents", "events"] = "documents",
        limit: int = 20,
        syntax: bool = False,
        mark: tuple[str, str] = ("[", "]"),
    ) -> list[SearchHit]:
        """Full-text search over document titles and texts, or event sentences, best first.
        ``mark`` surrounds matched words in the snippet (a web page passes markers it can find
        again after escaping the text)."""
        return queries.search(self._conn, query, what=what, limit=limit, syntax=syntax, mark=mark)

    def dyads(
        self,
        flt: EventFilter | None = None,
        /,
        *,
        directed: bool = True,
        level: Level = "country",
        min_events: int = 1,
        limit: int | None = None,
    ) -> list[DyadStat]:
        """Actor pairs by activity among the events ``flt`` selects, each story counted once
        (see ``queries.dyads``)."""
        if level not in ("country", "sector"):
            raise ValueError(f"level is country or sector, not {level!r}")
        return queries.dyads(
            self._conn,
            self._query(flt, {}),
            directed=directed,
            level=level,
            min_events=min_events,
            limit=limit,
        )

    def actor_names(self, actor: str | ActorRef, *, limit: int = 12) -> list[str]:
        """Canonical names the store knows for an actor (``PRK``: "North Korea", "Kim Jong Un",
        ...), countries first; empty for an actor never seen."""
        return queries.actor_names(self._conn, ActorRef.parse(actor), limit=limit)

    def activity(self, flt: EventFilter | None = None) -> list[tuple[dt.date, int, int]]:
        """Events per month and quad class of the events ``flt`` selects (by default asserted,
        non-historical ones): (month, quad class, count)."""
        return queries.activity(self._conn, self._query(flt, {}))

    def coverage(self) -> tuple[dt.date, dt.date] | None:
        """First and last publication date of the stored documents (None when empty)."""
        return queries.coverage(self._conn)

    def change_token(self) -> tuple[int, int, int]:
        """Changes whenever documents, events or failures are added: a cache key for whole-store
        aggregates."""
        return queries.change_token(self._conn)

    def errors(self, *, limit: int | None = None, code: str | None = None) -> list[ErrorRecord]:
        """Recorded failures, newest first."""
        return queries.errors(self._conn, limit=limit, code=code)

    def stats(self) -> StoreStats:
        return queries.stats(self._conn, str(self.path), self.schema_version)
