"""Forward-only schema migrations, versioned with ``PRAGMA user_version``.

Version 0 is an empty file; step *n* takes a store from version *n − 1* to *n*. ``schema.sql`` is
step 1, the base schema; a later change of the schema adds a new numbered SQL file and a step here,
and never edits a released step, so that every store, however old, reaches the current version by
running the steps it has not run yet. Each step runs in one ``BEGIN IMMEDIATE`` transaction that
also sets ``user_version``: a crash mid-migration leaves the store at the previous version, and two
processes opening a new store at once cannot both run a step (the second re-reads the version
once it holds the write lock).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from ..errors import StoreError

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Migration", "migrate", "split_statements", "version"]


@dataclass(frozen=True, slots=True)
class Migration:
    """One step: the version it produces and the SQL script (a file in this package) that does it."""

    version: int
    script: str

    def sql(self) -> str:
        return resources.files(__package__).joinpath(self.script).read_text(encoding="utf-8")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "schema.sql"),
    Migration(2, "errors_counted.sql"),  # errors: one row per source and reason, with a count
    Migration(3, "v3_quote_pieces.sql"),  # quotations as units (pieces) and the speaker's span
    Migration(4, "v4_places.sql"),  # where events happen: precision, span and GeoNames id
    Migration(5, "v5_watch.sql"),  # watch: sources, HTTP validators, articles met, alerts
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def split_statements(script: str) -> list[str]:
    """Split a script into complete statements (trigger bodies keep their inner semicolons).

    ``executescript`` would do it, but it commits any open transaction first, and a step must run
    inside the transaction that holds the write lock.
    """
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement at the end of a migration: {buffer[:60]!r}")
    return statements


def migrate(conn: sqlite3.Connection, steps: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the store up to the last step's version; return the version reached.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Raises ``StoreError`` E403 when
    the store was written by a newer detente, E401 when a step fails (the step is rolled back).
    """
    target = steps[-1].version if steps else 0
    current = version(conn)
    if current > target:
        raise StoreError(
            f"store schema version {current} is newer than this detente supports ({target}); "
            "upgrade detente",
            code="E403",
        )
    for step in steps:
        if step.version <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = version(conn)  # another process may have run it while we waited
            if step.version > current:
                for statement in split_statements(step.sql()):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {int(step.version)}")
                current = step.version
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise StoreError(
                f"migration to schema version {step.version} failed: {exc}", code="E401"
            ) from exc
    return current
