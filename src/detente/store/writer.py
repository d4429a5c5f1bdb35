"""Writing one ``Analysis`` as rows: the body of the per-document transaction; and one row of
the ``errors`` table.

``Store.add`` opens the transaction, calls ``write_analysis`` and commits; any exception rolls the
whole document back. Nothing here commits, so a document is in the store entirely or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable

from ..errors import warning_code
from ..model import Actor, Analysis, Event, Failure
from ..stories import StoryIndex, StoryMatch

__all__ = ["ActorIds", "actor_key", "record_error", "warning_failures", "write_analysis"]


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _json(values: Iterable[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def actor_key(actor: Actor) -> str:
    """One row per distinct resolved actor: the same catalogue id with the same name, code,
    sector and kind is one row, so reading an event back gives exactly the actor that was coded."""
    return json.dumps(
        [actor.id, actor.name, actor.code, actor.sector, actor.kind], ensure_ascii=False
    )


class ActorIds:
    """Actor row ids by key, cached across documents.

    Ids created inside a transaction are not trusted until it commits: those of the document
    being written are ``_document``'s, those of documents written earlier in the same open
    transaction ``_group``'s. A document rolled back to its savepoint forgets its own; a rollback
    of the transaction forgets both, so the cache never points at a row that was rolled back.
    """

    def __init__(self) -> None:
        self._known: dict[str, int] = {}
        self._group: dict[str, int] = {}
        self._document: dict[str, int] = {}

    def get(self, conn: sqlite3.Connection, actor: Actor) -> int:
        key = actor_key(actor)
        found = self._known.get(key) or self._group.get(key) or self._document.get(key)
        if found is not None:
            return found
        row = conn.execute("SELECT id FROM actors WHERE key = ?", (key,)).fetchone()
        if row is None:
            cur = conn.execute(
                "INSERT INTO actors(key, catalogue_id, name, code, sector, kind) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (key, actor.id, actor.name, actor.code, actor.sector, actor.kind),
            )
            actor_id = int(cur.lastrowid or 0)
        else:
            actor_id = int(row[0])
        self._document[key] = actor_id
        return actor_id

    def release(self) -> None:
        """The document's savepoint was released: its ids live as long as the transaction."""
        self._group.update(self._document)
        self._document.clear()

    def forget_document(self) -> None:
        """The document was rolled back to its savepoint."""
        self._document.clear()

    def commit(self) -> None:
        self.release()
        self._known.update(self._group)
        self._group.clear()

    def rollback(self) -> None:
        self._group.clear()
        self._document.clear()


def _story(
    conn: sqlite3.Connection, stories: StoryIndex | None, analysis: Analysis
) -> tuple[int, StoryMatch | None]:
    """The story this document belongs to (joined or newly opened) and the match to record."""
    article = analysis.article
    published = _iso(article.published)
    match = stories.match(article.text, article.published) if stories is not None else None
    if match is not None and match.story_id is not None:
        conn.execute(
            """UPDATE stories SET size = size + 1,
                   first_published = CASE WHEN first_published IS NULL OR ?1 < first_published
                                          THEN coalesce(?1, first_published) ELSE first_published END,
                   last_published = CASE WHEN last_published IS NULL OR ?1 > last_published
                                         THEN coalesce(?1, last_published) ELSE last_published END
               WHERE id = ?2""",
            (published, match.story_id),
        )
        return match.story_id, match
    cur = conn.execute(
        "INSERT INTO stories(first_document, size, first_published, last_published) "
        "VALUES (?, 1, ?, ?)",
        (article.id, published, published),
    )
    return int(cur.lastrowid or 0), match


def write_analysis(
    conn: sqlite3.Connection,
    analysis: Analysis,
    *,
    actors: ActorIds,
    stories: StoryIndex | None,
    now: str,
) -> int:
    """Insert every row of one analysis; return the document's pk. The caller owns the
    transaction (and has checked that the document is not stored yet)."""
    a = analysis.article
    story_id, match = _story(conn, stories, analysis)
    cur = conn.execute(
        """INSERT INTO documents(id, title, published, source, url, language, author, site,
                                 external_id, text, credits, warnings, story_id, ingested_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            a.id,
            a.title,
            _iso(a.published),
            a.source,
            a.url,
            a.language,
            a.author,
            a.site,
            a.external_id,
            a.text,
            _json(a.credits),
            _json(analysis.warnings),
            story_id,
            now,
        ),
    )
    pk = int(cur.lastrowid or 0)
    if stories is not None and match is not None:
        stories.record(pk, match)

    from_publisher = int(bool(a.key_points) and tuple(a.key_points) == tuple(analysis.key_points))
    conn.executemany(
        "INSERT INTO key_points(document, position, text, from_publisher) VALUES (?, ?, ?, ?)",
        [(pk, i, text, from_publisher) for i, text in enumerate(analysis.key_points)],
    )
    conn.executemany(
        "INSERT INTO document_actors(document, position, actor, text, mentions, texts) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (pk, i, actors.get(conn, s.actor), s.actor.text, s.mentions, _json(s.texts))
            for i, s in enumerate(analysis.actors)
        ],
    )
    conn.executemany(
        """INSERT INTO mentions(document, position, actor, text, span_start, span_end, token_start,
                                token_end, head, sentence_index, via)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                pk,
                i,
                actors.get(conn, m.actor),
                m.actor.text,
                m.start,
                m.end,
                m.token_start,
                m.token_end,
                m.head,
                m.sentence_index,
                m.via,
            )
            for i, m in enumerate(analysis.mentions)
        ],
    )
    for i, event in enumerate(analysis.events):
        _write_event(conn, pk, i, story_id, event, a.published, actors)
    conn.executemany(
        """INSERT INTO quotes(document, position, content, speaker, speaker_text, cue, direct,
                              span_start, span_end, sentence_index, pieces, speaker_start,
                              speaker_end)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                pk,
                i,
                q.content,
                actors.get(conn, q.speaker) if q.speaker else None,
                q.speaker.text if q.speaker else None,
                q.cue,
                int(q.direct),
                q.char_span[0],
                q.char_span[1],
                q.sentence_index,
                json.dumps([list(p) for p in q.pieces]),
                q.speaker_span[0] if q.speaker_span else None,
                q.speaker_span[1] if q.speaker_span else None,
            )
            for i, q in enumerate(analysis.quotes)
        ],
    )
    return pk


def _write_event(
    conn: sqlite3.Connection,
    document: int,
    position: int,
    story_id: int,
    e: Event,
    published: dt.date | None,
    actors: ActorIds,
) -> None:
    loc = e.location
    cur = conn.execute(
        """INSERT INTO events(document, position, story_id, event_type, mode, context, cameo,
                              goldstein, quad_class, negated, hypothetical, future, historical,
                              date, date_precision, day, location_name, location_code,
                              location_lat, location_lon, location_precision, location_start,
                              location_end, location_geonameid, sentence_index, sentence,
                              trigger, span_start, span_end, confidence, rule, mutual)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                   ?, ?, ?, ?)""",
        (
            document,
            position,
            story_id,
            e.event_type,
            e.mode,
            _json(e.context),
            e.cameo,
            float(e.goldstein),
            int(e.quad_class),
            int(e.negated),
            int(e.hypothetical),
            int(e.future),
            int(e.historical),
            _iso(e.date),
            e.date_precision,
            _iso(e.date or published),
            loc.name if loc else None,
            loc.code if loc else None,
            loc.lat if loc else None,
            loc.lon if loc else None,
            loc.precision if loc else None,
            loc.char_span[0] if loc and loc.char_span else None,
            loc.char_span[1] if loc and loc.char_span else None,
            loc.geonameid if loc else None,
            e.sentence_index,
            e.sentence,
            e.trigger,
            e.char_span[0],
            e.char_span[1],
            float(e.confidence),
            e.rule,
            int(e.mutual),
        ),
    )
    event_id = cur.lastrowid
    conn.executemany(
        "INSERT INTO event_actors(event, role, position, actor, text, code, sector) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (event_id, role, i, actors.get(conn, actor), actor.text, actor.code, actor.sector)
            for role, group in (
                ("source", e.source),
                ("target", e.target),
                ("reported_by", e.reported_by),
            )
            for i, actor in enumerate(group)
        ],
    )


def record_error(conn: sqlite3.Connection, failure: Failure, *, now: str) -> None:
    """One row per source, code and reason: a new one, or the old one counted once more with
    ``now`` as its last time and a new id (the errors are listed newest first by id). One
    statement, so one transaction in autocommit mode."""
    conn.execute(
        """INSERT OR REPLACE INTO errors(source, code, reason, stage, at, count)
           VALUES (?1, ?2, ?3, ?4, ?5,
                   1 + coalesce((SELECT count FROM errors
                                 WHERE source = ?1 AND code = ?2 AND reason = ?3), 0))""",
        (failure.source, failure.code, failure.reason, failure.stage, now),
    )


def warning_failures(analysis: Analysis) -> list[Failure]:
    """The coded warnings of a stored document (a guessed encoding E114, a field ignored E115)
    as rows for the ``errors`` table, stage ``warning``: found and counted like failures, while
    the document itself is stored."""
    found = (warning_code(w) for w in analysis.warnings)
    return [
        Failure(analysis.article.source, reason, code, "warning")
        for code, reason in filter(None, found)
    ]
