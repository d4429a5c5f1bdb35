"""What ``detente watch`` remembers between polls and runs, kept in the store itself.

Why in the store: one file to back up, and a restart (or a second machine given the file)
resumes exactly where the last run stopped — which URLs were met, which validators each feed
answered with, when each source is next due, which alerts fired. The tables (schema step 5,
``store/v5_watch.sql``) sit beside the documents they refer to; each write here is its own
short transaction on a connection of its own, so that it never holds the lock while the store's
writer adds an article.

Nothing here grows with polling alone: a re-poll that brings no new article updates rows in
place (``watch_sources``, ``watch_http``) and inserts none.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..errors import StoreError

__all__ = [
    "MAX_ARTICLE_ATTEMPTS",
    "Counts",
    "Outcome",
    "SourceStatus",
    "StoredAlert",
    "Validators",
    "WatchState",
    "now",
]

MAX_ARTICLE_ATTEMPTS = 3  # an article that failed this often is not tried again
Outcome = Literal["stored", "duplicate", "story", "failed"]


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _iso(t: dt.datetime | None) -> str | None:
    return None if t is None else t.astimezone(dt.UTC).isoformat(timespec="seconds")


def _time(text: str | None) -> dt.datetime | None:
    return None if not text else dt.datetime.fromisoformat(text)


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server said about a response, to ask next time whether it changed."""

    etag: str | None = None
    last_modified: str | None = None

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)


@dataclass(slots=True)
class Counts:
    """What one poll of one source did."""

    not_modified: bool = False
    fetched: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0


@dataclass(frozen=True, slots=True)
class SourceStatus:
    name: str
    kind: str
    location: str
    last_attempt: dt.datetime | None
    last_success: dt.datetime | None
    last_error: str | None
    last_error_at: dt.datetime | None
    failures_in_row: int
    next_due: dt.datetime | None
    polls: int
    not_modified: int
    errors: int
    fetched: int
    stored: int
    duplicates: int
    failed: int

    @property
    def healthy(self) -> bool:
        return self.failures_in_row == 0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in self.__slots__:
            value = getattr(self, name)
            out[name] = _iso(value) if isinstance(value, dt.datetime) else value
        out["healthy"] = self.healthy
        return out


@dataclass(frozen=True, slots=True)
class StoredAlert:
    id: int
    rule: str
    kind: str
    key: str
    title: str
    detail: dict[str, Any]
    fired_at: dt.datetime
    delivery: dict[str, str]
    delivered: bool
    events: tuple[int, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "rule": self.rule,
            "kind": self.kind,
            "key": self.key,
            "title": self.title,
            "detail": self.detail,
            "fired_at": _iso(self.fired_at),
            "delivery": self.delivery,
            "delivered": self.delivered,
            "events": list(self.events),
        }


_SOURCE_COLUMNS = (
    "name, kind, location, last_attempt, last_success, last_error, last_error_at, "
    "failures_in_row, next_due, polls, not_modified, errors, fetched, stored, duplicates, failed"
)


class WatchState:
    """The watch tables of one store, on a connection of their own.

    Open it after ``Store(path)`` has created or migrated the store (``readonly=True`` for the
    status command and the dashboard, which never write)."""

    def __init__(self, path: str | Path, *, readonly: bool = False, timeout: float = 30.0):
        self.path = Path(path)
        try:
            if readonly:
                uri = f"{self.path.resolve().as_uri()}?mode=ro"
                self._conn = sqlite3.connect(
                    uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False
                )
                self._conn.execute("PRAGMA query_only = ON")
            else:
                self._conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self._conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("SELECT 1 FROM watch_sources LIMIT 1")
        except sqlite3.Error as exc:
            raise StoreError(
                f"cannot open the watch tables of {self.path}: {exc} (open the store for "
                "writing once, e.g. with `detente watch run`, to migrate it)",
                code="E401",
            ) from None

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> WatchState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"watch state: the store is busy or unwritable: {exc}") from None
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"watch state could not be written: {exc}") from None
            raise

    # -- sources -------------------------------------------------------------------------

    def register(self, name: str, kind: str, location: str) -> None:
        """Make sure a configured source has its row (its kind or location may have changed)."""
        with self._write() as conn:
            conn.execute(
                """INSERT INTO watch_sources(name, kind, location) VALUES (?, ?, ?)
                   ON CONFLICT(name) DO UPDATE SET kind = excluded.kind,
                                                  location = excluded.location""",
                (name, kind, location),
            )

    def next_due(self, name: str) -> dt.datetime | None:
        row = self._conn.execute(
            "SELECT next_due FROM watch_sources WHERE name = ?", (name,)
        ).fetchone()
        return _time(row[0]) if row else None

    def record_poll(
        self,
        name: str,
        *,
        at: dt.datetime,
        counts: Counts,
        error: str | None,
        next_due: dt.datetime,
    ) -> None:
        """Add one poll's outcome to the source's row: a success resets the failure streak, an
        error (``"[E121] ..."``) is kept with its time until the next success."""
        with self._write() as conn:
            conn.execute(
                """UPDATE watch_sources SET
                     last_attempt = ?, next_due = ?, polls = polls + 1,
                     not_modified = not_modified + ?, fetched = fetched + ?,
                     stored = stored + ?, duplicates = duplicates + ?, failed = failed + ?,
                     last_success = CASE WHEN ? IS NULL THEN ? ELSE last_success END,
                     last_error = COALESCE(?, last_error),
                     last_error_at = CASE WHEN ? IS NULL THEN last_error_at ELSE ? END,
                     errors = errors + (? IS NOT NULL),
                     failures_in_row = CASE WHEN ? IS NULL THEN 0 ELSE failures_in_row + 1 END
                   WHERE name = ?""",
                (
                    _iso(at),
                    _iso(next_due),
                    int(counts.not_modified),
                    counts.fetched,
                    counts.stored,
                    counts.duplicates,
                    counts.failed,
                    error,
                    _iso(at),
                    error,
                    error,
                    _iso(at),
                    error,
                    error,
                    name,
                ),
            )

    def failures_in_row(self, name: str) -> int:
        row = self._conn.execute(
            "SELECT failures_in_row FROM watch_sources WHERE name = ?", (name,)
        ).fetchone()
        return int(row[0]) if row else 0

    def sources(self) -> list[SourceStatus]:
        rows = self._conn.execute(f"SELECT {_SOURCE_COLUMNS} FROM watch_sources ORDER BY name")
        out = []
        for r in rows:
            out.append(
                SourceStatus(
                    name=r[0],
                    kind=r[1],
                    location=r[2],
                    last_attempt=_time(r[3]),
                    last_success=_time(r[4]),
                    last_error=r[5],
                    last_error_at=_time(r[6]),
                    failures_in_row=r[7],
                    next_due=_time(r[8]),
                    polls=r[9],
                    not_modified=r[10],
                    errors=r[11],
                    fetched=r[12],
                    stored=r[13],
                    duplicates=r[14],
                    failed=r[15],
                )
            )
        return out

    # -- HTTP validators -----------------------------------------------------------------

    def validators(self, url: str) -> Validators:
        row = self._conn.execute(
            "SELECT etag, last_modified FROM watch_http WHERE url = ?", (url,)
        ).fetchone()
        return Validators(row[0], row[1]) if row else Validators()

    def save_validators(self, url: str, validators: Validators) -> None:
        with self._write() as conn:
            conn.execute(
                """INSERT INTO watch_http(url, etag, last_modified, checked_at)
                   VALUES (?, ?, ?, ?)
                   ON CONFLICT(url) DO UPDATE SET etag = excluded.etag,
                       last_modified = excluded.last_modified, checked_at = excluded.checked_at""",
                (url, validators.etag, validators.last_modified, _iso(now())),
            )

    # -- articles ------------------------------------------------------------------------

    def known(self, key: str) -> bool:
        """Whether an article was met before and needs no new attempt."""
        row = self._conn.execute(
            "SELECT outcome, attempts FROM watch_articles WHERE key = ?", (key,)
        ).fetchone()
        return bool(row) and (row[0] != "failed" or row[1] >= MAX_ARTICLE_ATTEMPTS)

    def stored_document(self, url: str | None, external_id: str | None) -> str | None:
        """The id of a stored document with this URL or external id (one stored by an earlier
        ``detente ingest``, or by a run killed before it noted the article)."""
        for column, value in (("url", url), ("external_id", external_id)):
            if value:
                row = self._conn.execute(
                    f"SELECT id FROM documents WHERE {column} = ? LIMIT 1", (value,)
                ).fetchone()
                if row:
                    return str(row[0])
        return None

    def story_copies(self, document_id: str) -> int:
        """How many stored documents share this document's story (1: a story of its own)."""
        row = self._conn.execute(
            """SELECT COUNT(*) FROM documents
               WHERE story_id = (SELECT story_id FROM documents WHERE id = ?)""",
            (document_id,),
        ).fetchone()
        return int(row[0]) if row else 0

    def note_article(
        self, key: str, source: str, outcome: Outcome, document_id: str | None = None
    ) -> None:
        with self._write() as conn:
            conn.execute(
                """INSERT INTO watch_articles(key, source, document_id, outcome, seen_at)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT(key) DO UPDATE SET outcome = excluded.outcome,
                       document_id = excluded.document_id, seen_at = excluded.seen_at,
                       attempts = attempts + 1""",
                (key, source, document_id, outcome, _iso(now())),
            )

    # -- alerts --------------------------------------------------------------------------

    def has_alert(self, rule: str, key: str) -> bool:
        return bool(
            self._conn.execute(
                "SELECT 1 FROM watch_alerts WHERE rule = ? AND key = ?", (rule, key)
            ).fetchone()
        )

    def add_alert(
        self,
        *,
        rule: str,
        kind: str,
        key: str,
        title: str,
        detail: dict[str, Any],
        events: Sequence[int],
    ) -> int | None:
        """Store an alert with the events behind it; None when this rule already fired for
        this key (a change fires once)."""
        with self._write() as conn:
            cur = conn.execute(
                """INSERT OR IGNORE INTO watch_alerts(rule, kind, key, title, detail, fired_at)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                (rule, kind, key, title, json.dumps(detail, sort_keys=True), _iso(now())),
            )
            if not cur.rowcount:
                return None
            alert = int(cur.lastrowid or 0)
            conn.executemany(
                """INSERT OR IGNORE INTO watch_alert_events(alert, event)
                   SELECT ?, id FROM events WHERE id = ?""",
                [(alert, e) for e in dict.fromkeys(events)],
            )
            return alert

    def record_delivery(self, alert: int, results: dict[str, str]) -> None:
        """Note how each channel took the alert; it stays pending while one failed."""
        done = all(v == "ok" for v in results.values())
        with self._write() as conn:
            conn.execute(
                """UPDATE watch_alerts SET delivery = ?, delivered = ?, attempts = attempts + 1
                   WHERE id = ?""",
                (json.dumps(results, sort_keys=True), int(done), alert),
            )

    def pending(self, *, max_attempts: int) -> list[StoredAlert]:
        """Alerts some channel has not taken yet, tried fewer than ``max_attempts`` times."""
        ids = [
            r[0]
            for r in self._conn.execute(
                "SELECT id FROM watch_alerts WHERE delivered = 0 AND attempts < ? ORDER BY id",
                (max_attempts,),
            )
        ]
        return self._alerts_by_id(ids)

    def alerts(
        self, *, limit: int | None = 100, offset: int = 0, rule: str | None = None
    ) -> list[StoredAlert]:
        """Alerts, newest first."""
        where, params = ("WHERE rule = ?", [rule]) if rule else ("", [])
        ids = [
            r[0]
            for r in self._conn.execute(
                f"SELECT id FROM watch_alerts {where} ORDER BY id DESC LIMIT ? OFFSET ?",
                (*params, -1 if limit is None else limit, offset),
            )
        ]
        return self._alerts_by_id(ids)

    def alert_count(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM watch_alerts").fetchone()[0])

    def _alerts_by_id(self, ids: Sequence[int]) -> list[StoredAlert]:
        out = []
        for alert_id in ids:
            r = self._conn.execute(
                """SELECT id, rule, kind, key, title, detail, fired_at, delivery, delivered
                   FROM watch_alerts WHERE id = ?""",
                (alert_id,),
            ).fetchone()
            events = tuple(
                e[0]
                for e in self._conn.execute(
                    "SELECT event FROM watch_alert_events WHERE alert = ? ORDER BY event",
                    (alert_id,),
                )
            )
            out.append(
                StoredAlert(
                    id=r[0],
                    rule=r[1],
                    kind=r[2],
                    key=r[3],
                    title=r[4],
                    detail=json.loads(r[5]),
                    fired_at=dt.datetime.fromisoformat(r[6]),
                    delivery=json.loads(r[7]),
                    delivered=bool(r[8]),
                    events=events,
                )
            )
        return out
