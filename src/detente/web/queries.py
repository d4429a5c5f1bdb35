"""The few reads the dashboard needs that ``detente.store.Store`` does not offer.

Each one runs on the store's own read-only connection (``mode=ro`` and ``query_only``), with
every value bound as a parameter; the only text spliced into SQL is fixed fragments chosen here. Everything else the dashboard shows goes through the store's and the
relations module's public functions, so the pages, the CLI and the JSON API agree.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store import Store

__all__ = [
    "actor_known",
    "actor_names",
    "connection",
    "documents_of_events",
    "monthly_quads",
    "store_token",
    "top_event_ids",
]


def monthly_quads(conn: sqlite3.Connection, *, asserted_only: bool = True) -> list[dict[str, Any]]:
    """Events per calendar month and quad class over the whole store (undated events left out):
    the overview's picture of what the corpus covers.

    Rows: ``start`` (first day of the month), ``quad_class``, ``count``. One pass over the
    ``events`` table; the dashboard caches the result until the store changes.
    """
    where = "day IS NOT NULL" + (" AND asserted = 1" if asserted_only else "")
    rows = conn.execute(
        f"SELECT substr(day, 1, 7) AS month, quad_class, count(*) FROM events WHERE {where} "
        "GROUP BY month, quad_class ORDER BY month, quad_class"
    )
    return [{"start": f"{m}-01", "quad_class": q, "count": n} for m, q, n in rows]


def connection(store: Store) -> sqlite3.Connection:
    """The store's own read-only connection (``Store`` opened with ``readonly=True``), so that
    the queries below see the same snapshot as the store's methods in one request."""
    if not store.readonly:
        raise ValueError("the dashboard reads only from a store opened with readonly=True")
    return store._conn


def store_token(conn: sqlite3.Connection) -> tuple[Any, ...]:
    """Something that changes whenever documents, events or failures are added: the largest
    row ids (O(1) lookups), used to invalidate cached whole-store aggregates."""
    return conn.execute(
        "SELECT (SELECT max(pk) FROM documents), (SELECT max(id) FROM events), "
        "(SELECT max(id) FROM errors)"
    ).fetchone()


def actor_names(
    conn: sqlite3.Connection, code: str, sector: str | None = None, limit: int = 12
) -> list[str]:
    """Canonical names of the actors coded ``code`` (and ``sector``): the country's own name
    first, then people and organisations; empty when the store has never seen the code."""
    sql = "SELECT DISTINCT name, kind = 'country' FROM actors WHERE code = ? AND name IS NOT NULL"
    params: list[Any] = [code]
    if sector:
        sql += " AND sector = ?"
        params.append(sector)
    sql += " ORDER BY 2 DESC, name LIMIT ?"
    params.append(limit)
    return [r[0] for r in conn.execute(sql, params)]


def actor_known(conn: sqlite3.Connection, code: str, sector: str | None = None) -> bool:
    """Whether any actor in the store carries this code (index ``actors_code``)."""
    sql = "SELECT 1 FROM actors WHERE code = ?" + (" AND sector = ?" if sector else "") + " LIMIT 1"
    return conn.execute(sql, (code, sector) if sector else (code,)).fetchone() is not None


def top_event_ids(
    conn: sqlite3.Connection, code: str, sector: str | None = None, *, limit: int = 10
) -> list[int]:
    """Ids of the asserted events with the actor as source or target, strongest first (largest
    |Goldstein|, then newest): the actor page's "top events"."""
    match = "code = ?" + (" AND sector = ?" if sector else "")
    params: list[Any] = [code, *([sector] if sector else []), int(limit)]
    rows = conn.execute(
        "SELECT e.id FROM events e WHERE e.asserted = 1 AND e.id IN "
        f"(SELECT event FROM event_actors WHERE role IN ('source', 'target') AND {match}) "
        "ORDER BY abs(e.goldstein) DESC, e.day DESC, e.id DESC LIMIT ?",
        params,
    )
    return [r[0] for r in rows]


def documents_of_events(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, str]:
    """Event id → id of its document, for fetching those events through ``Store.events``."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT e.id, d.id FROM events e JOIN documents d ON d.pk = e.document WHERE e.id IN ({marks})",
        [int(i) for i in ids],
    )
    return dict(rows.fetchall())
