"""Read queries over the store, returning typed records.

Every value a user gives reaches SQL as a bound parameter; the only text spliced into SQL is
chosen from fixed fragments in this module (column lists, the number of ``?`` marks). Which
events a query wants is an ``EventFilter`` (``filters.py``), turned into SQL by ``event_where``
only, so that the CLI, the dashboard and the relations code build the same query from the same
words.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ..dates import iso_day, period_bound
from ..errors import StoreError
from ..model import Actor, ActorSummary, Analysis, Article, Event, Location, Mention, Quote
from .records import (
    ActorRef,
    DocumentInfo,
    DyadStat,
    ErrorRecord,
    SearchHit,
    StoredEvent,
    StoredQuote,
    StoreStats,
)

if TYPE_CHECKING:
    from .filters import EventFilter

__all__ = [
    "activity",
    "actor_names",
    "change_token",
    "coverage",
    "document_infos",
    "dyads",
    "errors",
    "event_where",
    "fts_query",
    "iter_events",
    "iter_quotes",
    "load_analysis",
    "parse_day",
    "resolve_document",
    "search",
    "stats",
]

Level = Literal["country", "sector"]
_WORD = re.compile(r"\w+")
_CODE_LIKE = re.compile(r"^[A-Z]{2,5}(-[A-Z]{2,5})?$")
_CHUNK = 500  # ids per IN (...) list


# ------------------------------------------------------------------------------------------
# dates


def parse_day(value: str | dt.date | None, *, end: bool = False) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or a date) as an ISO day: the first day of the
    period, or its last day with ``end=True`` (so ``--until 2023`` includes all of 2023).
    Raises ValueError on anything else."""
    day = period_bound(value, end=end)
    return day.isoformat() if day is not None else None


def _date(value: str | None) -> dt.date | None:
    return iso_day(value)


# ------------------------------------------------------------------------------------------
# filters


def fts_query(text: str) -> str | None:
    """Plain words as an FTS5 query that matches documents holding all of them; FTS5 operators
    in user text are taken as words, so no input is a syntax error."""
    words = _WORD.findall(text)
    return " ".join(f'"{w}"' for w in words) or None


def _actor_match(ref: ActorRef, alias: str) -> tuple[str, list[Any]]:
    if ref.catalogue_id:
        return f"{alias}.actor IN (SELECT id FROM actors WHERE catalogue_id = ?)", [
            ref.catalogue_id
        ]
    if ref.sector:
        return f"{alias}.code = ? AND {alias}.sector = ?", [ref.code, ref.sector]
    return f"{alias}.code = ?", [ref.code]


def _date_range(clauses: list[str], params: list[Any], column: str, since: Any, until: Any) -> None:
    """Both ends inclusive, as ISO text compares: ``since``/``until`` may be partial dates."""
    if since:
        clauses.append(f"{column} >= ?")
        params.append(since)
    if until:
        clauses.append(f"{column} <= ?")
        params.append(until)


def _dyad_sql(a: ActorRef, b: ActorRef) -> tuple[str, list[Any]]:
    """Events with A among the sources and B among the targets, or A and B both among the
    parties of a mutual event (a meeting or a clash codes every party as a source)."""
    sa, pa = _actor_match(a, "s")
    tb, pb = _actor_match(b, "t")
    sql = (
        "SELECT s.event FROM event_actors s JOIN event_actors t "
        f"ON t.event = s.event AND t.role = 'target' AND {tb} "
        f"WHERE s.role = 'source' AND {sa} "
        "UNION SELECT s.event FROM event_actors s JOIN event_actors t "
        f"ON t.event = s.event AND t.role = 'source' AND t.position != s.position AND {tb} "
        "JOIN events m ON m.id = s.event AND m.mutual = 1 "
        f"WHERE s.role = 'source' AND {sa}"
    )
    return sql, [*pb, *pa, *pb, *pa]


def event_where(flt: EventFilter, *, actor_pairs: bool = False) -> tuple[str, list[Any]]:
    """The WHERE clause of ``flt`` over ``events e`` and its parameters: the one translation of
    an ``EventFilter`` into SQL. ``actor_pairs``: the query pairs ``event_actors s`` (a source)
    with ``event_actors t`` (a target or co-party), and the actor must be one of the pair, on
    the side ``role`` names, rather than anywhere in the event."""
    clauses: list[str] = []
    params: list[Any] = []
    if not flt.include_hypothetical:
        clauses.append("e.asserted = 1")
    if not flt.include_historical:
        clauses.append("e.historical = 0")
    _date_range(clauses, params, "e.day", flt.since, flt.until)
    if flt.event_types:
        clauses.append(f"e.event_type IN ({','.join('?' * len(flt.event_types))})")
        params.extend(flt.event_types)
    if flt.quad_classes:
        clauses.append(f"e.quad_class IN ({','.join('?' * len(flt.quad_classes))})")
        params.extend(flt.quad_classes)
    if flt.document:
        clauses.append("e.document = (SELECT pk FROM documents WHERE id = ?)")
        params.append(flt.document)
    if flt.story_id is not None:
        clauses.append("e.story_id = ?")
        params.append(flt.story_id)
    if flt.ids:
        clauses.append(f"e.id IN ({','.join('?' * len(flt.ids))})")
        params.extend(flt.ids)
    if flt.actor is not None and actor_pairs:
        sides = [a for a, role in (("s", "source"), ("t", "target")) if flt.role in ("any", role)]
        matches = [_actor_match(flt.actor, a) for a in sides]
        clauses.append("(" + " OR ".join(f"({m})" for m, _ in matches) + ")")
        params.extend(p for _, mp in matches for p in mp)
    elif flt.actor is not None:
        match, mp = _actor_match(flt.actor, "x")
        roles = ("source", "target") if flt.role == "any" else (flt.role,)
        clauses.append(
            "e.id IN (SELECT x.event FROM event_actors x "
            f"WHERE x.role IN ({','.join('?' * len(roles))}) AND {match})"
        )
        params.extend([*roles, *mp])
    if flt.dyad is not None:
        a, b = flt.dyad
        sql, dp = _dyad_sql(a, b)
        if flt.directed:
            clauses.append(f"e.id IN ({sql})")
            params.extend(dp)
        else:
            back, bp = _dyad_sql(b, a)
            clauses.append(f"(e.id IN ({sql}) OR e.id IN ({back}))")
            params.extend([*dp, *bp])
    if flt.text:
        q = fts_query(flt.text)
        clauses.append("e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
        params.append(q or '""')
    return (" AND ".join(clauses) or "1"), params


# ------------------------------------------------------------------------------------------
# events

_EVENT_COLUMNS = """e.id, d.id, e.story_id, e.position, e.day, e.event_type, e.mode, e.context,
    e.cameo, e.goldstein, e.quad_class, e.negated, e.hypothetical, e.future, e.historical, e.date,
    e.date_precision, e.location_name, e.location_code, e.location_lat, e.location_lon,
    e.sentence_index, e.sentence, e.trigger, e.span_start, e.span_end, e.confidence, e.rule,
    d.title, d.published, d.url, e.mutual, e.location_precision, e.location_start,
    e.location_end, e.location_geonameid"""


def _chunks(ids: Sequence[int], size: int = _CHUNK) -> Iterator[Sequence[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def _event_actors(
    conn: sqlite3.Connection, ids: Sequence[int]
) -> dict[int, dict[str, list[Actor]]]:
    out: dict[int, dict[str, list[Actor]]] = defaultdict(lambda: defaultdict(list))
    for chunk in _chunks(ids):
        rows = conn.execute(
            f"""SELECT ea.event, ea.role, ea.text, a.name, ea.code, ea.sector, a.kind, a.catalogue_id
                FROM event_actors ea JOIN actors a ON a.id = ea.actor
                WHERE ea.event IN ({",".join("?" * len(chunk))})
                ORDER BY ea.event, ea.role, ea.position""",
            tuple(chunk),
        )
        for event, role, text, name, code, sector, kind, cid in rows:
            out[event][role].append(Actor(text, name, code, sector, kind, cid))
    return out


def _stored_events(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> list[StoredEvent]:
    actors = _event_actors(conn, [r[0] for r in rows])
    result = []
    for r in rows:
        roles = actors.get(r[0], {})
        location = (
            Location(
                r[17],
                r[18],
                r[19],
                r[20],
                precision=r[32],
                char_span=(r[33], r[34]) if r[33] is not None else None,
                geonameid=r[35],
            )
            if r[17] is not None
            else None
        )
        event = Event(
            event_type=r[5],
            mode=r[6],
            context=tuple(json.loads(r[7])),
            cameo=r[8],
            goldstein=r[9],
            quad_class=r[10],
            source=tuple(roles.get("source", ())),
            target=tuple(roles.get("target", ())),
            negated=bool(r[11]),
            hypothetical=bool(r[12]),
            future=bool(r[13]),
            date=_date(r[15]),
            date_precision=r[16],
            sentence_index=r[21],
            sentence=r[22],
            trigger=r[23],
            char_span=(r[24], r[25]),
            confidence=r[26],
            rule=r[27],
            location=location,
            historical=bool(r[14]),
            reported_by=tuple(roles.get("reported_by", ())),
            mutual=bool(r[31]),
        )
        result.append(
            StoredEvent(
                id=r[0],
                document_id=r[1],
                story_id=r[2],
                position=r[3],
                day=_date(r[4]),
                event=event,
                title=r[28],
                published=_date(r[29]),
                url=r[30],
            )
        )
    return result


def iter_events(
    conn: sqlite3.Connection,
    flt: EventFilter,
    *,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = False,
    strongest_first: bool = False,
    batch: int = 500,
) -> Iterator[StoredEvent]:
    """Events matching ``flt`` in date order (undated last), streamed in batches;
    ``strongest_first`` orders by |Goldstein| (then newest) instead."""
    where, params = event_where(flt)
    direction = "DESC" if newest_first else "ASC"
    order = f"e.day {direction} NULLS LAST, e.id {direction}"  # walks the events_day index
    if strongest_first:
        order = "abs(e.goldstein) DESC, e.day DESC NULLS LAST, e.id DESC"
    sql = (
        f"SELECT {_EVENT_COLUMNS} FROM events e JOIN documents d ON d.pk = e.document "
        f"WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
    )
    cur = conn.execute(sql, (*params, -1 if limit is None else int(limit), int(offset)))
    while rows := cur.fetchmany(batch):
        yield from _stored_events(conn, rows)


# ------------------------------------------------------------------------------------------
# quotes

_QUOTE_COLUMNS = """q.id, d.id, q.position, q.content, q.speaker_text, a.name, a.code, a.sector,
    a.kind, a.catalogue_id, q.cue, q.direct, q.span_start, q.span_end, q.sentence_index,
    d.title, d.published, d.url, q.pieces, q.speaker_start, q.speaker_end"""


def _quote(r: Sequence[Any]) -> Quote:
    speaker = Actor(r[4] or "", r[5], r[6], r[7], r[8], r[9]) if r[8] is not None else None
    return Quote(
        r[3],
        speaker,
        r[10],
        bool(r[11]),
        (r[12], r[13]),
        r[14],
        pieces=tuple((int(s), int(e)) for s, e in json.loads(r[18])),
        speaker_span=(r[19], r[20]) if r[19] is not None else None,
    )


def iter_quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    document: str | None = None,
    since: str | None = None,
    until: str | None = None,
    direct: bool | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[StoredQuote]:
    """Quotes in publication order. ``speaker`` is an actor code (``PRK``, ``PRK-GOV``), a
    catalogue id, or else words looked for in the speaker's name or text (case-insensitive)."""
    clauses: list[str] = []
    params: list[Any] = []
    if speaker:
        if ":" in speaker or _CODE_LIKE.match(speaker):
            ref = ActorRef.parse(speaker)
            if ref.catalogue_id:
                clauses.append("a.catalogue_id = ?")
                params.append(ref.catalogue_id)
            else:
                clauses.append("a.code = ?" + (" AND a.sector = ?" if ref.sector else ""))
                params.extend([ref.code, *([ref.sector] if ref.sector else [])])
        else:
            clauses.append("(a.name LIKE ? ESCAPE '\\' OR q.speaker_text LIKE ? ESCAPE '\\')")
            pattern = "%" + re.sub(r"([%_\\])", r"\\\1", speaker) + "%"
            params.extend([pattern, pattern])
    if document:
        clauses.append("d.id = ?")
        params.append(document)
    _date_range(clauses, params, "d.published", since, until)
    if direct is not None:
        clauses.append("q.direct = ?")
        params.append(int(direct))
    where = " AND ".join(clauses) or "1"
    sql = (
        f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.pk = q.document "
        f"LEFT JOIN actors a ON a.id = q.speaker WHERE {where} "
        "ORDER BY d.published NULLS LAST, d.pk, q.position LIMIT ? OFFSET ?"
    )
    for r in conn.execute(sql, (*params, -1 if limit is None else int(limit), int(offset))):
        yield StoredQuote(r[0], r[1], r[2], _quote(r), r[15], _date(r[16]), r[17])


# ------------------------------------------------------------------------------------------
# documents


def resolve_document(conn: sqlite3.Connection, ref: str) -> tuple[int, str]:
    """A document's (pk, id) from its id, a unique prefix of its hash (with or without
    ``sha256:``), or the external id its source gave (``wcep:2023-09-13:011``).
    Raises StoreError E404 (no such document) or E405 (the prefix is ambiguous)."""
    ref = ref.strip()
    if not ref:
        raise StoreError("a document id or id prefix is needed", code="E404")
    row = conn.execute("SELECT pk, id FROM documents WHERE id = ?", (ref,)).fetchone()
    if row:
        return int(row[0]), row[1]
    rows = conn.execute(
        "SELECT pk, id FROM documents WHERE external_id = ? LIMIT 2", (ref,)
    ).fetchall()
    if not rows:
        prefix = ref if ref.startswith("sha256:") else "sha256:" + ref.lower()
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        rows = conn.execute(
            "SELECT pk, id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 3",
            (prefix, upper),
        ).fetchall()
    if not rows:
        raise StoreError(f"no document {ref!r} in the store", code="E404")
    if len(rows) > 1:
        shown = ", ".join(r[1][:19] for r in rows[:2])
        raise StoreError(
            f"{ref!r} matches several documents ({shown}, ...): give more of the id", code="E405"
        )
    return int(rows[0][0]), rows[0][1]


def load_analysis(conn: sqlite3.Connection, pk: int) -> Analysis:
    """Rebuild the whole ``Analysis`` of a stored document, mentions included."""
    row = conn.execute(
        """SELECT id, title, published, source, url, language, author, site, external_id, text,
                  credits, warnings FROM documents WHERE pk = ?""",
        (pk,),
    ).fetchone()
    if row is None:
        raise StoreError(f"no document with pk {pk}", code="E404")
    kp_rows = conn.execute(
        "SELECT text, from_publisher FROM key_points WHERE document = ? ORDER BY position", (pk,)
    ).fetchall()
    key_points = tuple(r[0] for r in kp_rows)
    warnings = tuple(json.loads(row[11]))
    article = Article(
        id=row[0],
        title=row[1],
        text=row[9],
        source=row[3],
        url=row[4],
        published=_date(row[2]),
        author=row[6],
        site=row[7],
        language=row[5],
        key_points=key_points if kp_rows and kp_rows[0][1] else (),
        credits=tuple(json.loads(row[10])),
        warnings=warnings,
        external_id=row[8],
    )
    summaries = tuple(
        ActorSummary(Actor(text, name, code, sector, kind, cid), mentions, tuple(json.loads(texts)))
        for text, name, code, sector, kind, cid, mentions, texts in conn.execute(
            """SELECT da.text, a.name, a.code, a.sector, a.kind, a.catalogue_id, da.mentions, da.texts
               FROM document_actors da JOIN actors a ON a.id = da.actor
               WHERE da.document = ? ORDER BY da.position""",
            (pk,),
        )
    )
    mentions = tuple(
        Mention(Actor(r[0], r[1], r[2], r[3], r[4], r[5]), *r[6:])
        for r in conn.execute(
            """SELECT m.text, a.name, a.code, a.sector, a.kind, a.catalogue_id, m.span_start,
                      m.span_end, m.token_start, m.token_end, m.head, m.sentence_index, m.via
               FROM mentions m JOIN actors a ON a.id = m.actor
               WHERE m.document = ? ORDER BY m.position""",
            (pk,),
        )
    )
    event_rows = conn.execute(
        f"""SELECT {_EVENT_COLUMNS} FROM events e JOIN documents d ON d.pk = e.document
            WHERE e.document = ? ORDER BY e.position""",
        (pk,),
    ).fetchall()
    events = tuple(s.event for s in _stored_events(conn, event_rows))
    quotes = tuple(
        _quote(r)
        for r in conn.execute(
            f"""SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.pk = q.document
                LEFT JOIN actors a ON a.id = q.speaker WHERE q.document = ? ORDER BY q.position""",
            (pk,),
        )
    )
    return Analysis(article, summaries, mentions, events, quotes, key_points, warnings)


_INFO_COLUMNS = """d.id, d.title, d.published, d.source, d.url, d.language, d.site, d.story_id,
    coalesce(s.size, 1),
    (SELECT count(*) FROM events e WHERE e.document = d.pk),
    (SELECT count(*) FROM quotes q WHERE q.document = d.pk),
    d.ingested_at"""


def document_infos(
    conn: sqlite3.Connection,
    *,
    ids: Iterable[str] | None = None,
    story_id: int | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = False,
) -> list[DocumentInfo]:
    """Documents without their text, in publication order."""
    clauses: list[str] = []
    params: list[Any] = []
    if ids is not None:
        id_list = list(ids)
        if not id_list:
            return []
        clauses.append(f"d.id IN ({','.join('?' * len(id_list))})")
        params.extend(id_list)
    if story_id is not None:
        clauses.append("d.story_id = ?")
        params.append(story_id)
    _date_range(clauses, params, "d.published", since, until)
    direction = "DESC" if newest_first else "ASC"
    sql = (
        f"SELECT {_INFO_COLUMNS} FROM documents d LEFT JOIN stories s ON s.id = d.story_id "
        f"WHERE {' AND '.join(clauses) or '1'} "
        f"ORDER BY d.published {direction} NULLS LAST, d.pk {direction} LIMIT ? OFFSET ?"
    )
    return [
        DocumentInfo(
            r[0], r[1], _date(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11]
        )
        for r in conn.execute(sql, (*params, -1 if limit is None else int(limit), int(offset)))
    ]


# ------------------------------------------------------------------------------------------
# search, dyads, stats, errors


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    what: Literal["documents", "events"] = "documents",
    limit: int = 20,
    syntax: bool = False,
    mark: tuple[str, str] = ("[", "]"),
) -> list[SearchHit]:
    """Full-text search, best first (bm25; a title match weighs five times a text match).
    Plain words by default; ``syntax=True`` passes FTS5 query syntax through (``"kim putin"``,
    ``sanction*``, ``NEAR(...)``) and raises StoreError E406 when it is malformed."""
    q = query.strip() if syntax else fts_query(query)
    if not q:
        return []
    if what == "documents":
        sql = """SELECT d.id, d.title, d.published,
                        snippet(documents_fts, -1, ?, ?, ' … ', 16), bm25(documents_fts, 5.0, 1.0),
                        NULL
                 FROM documents_fts JOIN documents d ON d.pk = documents_fts.rowid
                 WHERE documents_fts MATCH ? ORDER BY 5 LIMIT ?"""
    elif what == "events":
        sql = """SELECT d.id, d.title, d.published,
                        snippet(events_fts, 0, ?, ?, ' … ', 24), bm25(events_fts), e.id
                 FROM events_fts JOIN events e ON e.id = events_fts.rowid
                 JOIN documents d ON d.pk = e.document
                 WHERE events_fts MATCH ? ORDER BY 5 LIMIT ?"""
    else:
        raise ValueError(f"search what= documents or events, not {what!r}")
    try:
        rows = conn.execute(sql, (mark[0], mark[1], q, int(limit))).fetchall()
    except sqlite3.OperationalError as exc:
        raise StoreError(f"invalid search query {query!r}: {exc}", code="E406") from None
    return [SearchHit(r[0], r[1], _date(r[2]), r[3], float(r[4]), r[5]) for r in rows]


def dyads(
    conn: sqlite3.Connection,
    flt: EventFilter,
    *,
    directed: bool = True,
    level: Level = "country",
    min_events: int = 1,
    limit: int | None = None,
) -> list[DyadStat]:
    """Activity per actor pair among the events ``flt`` selects, most active first, each story
    counted once.

    A unit is one (story, event type, source, target): the copies of a wire story, and the
    repetitions of one event within an article, count once (the first stored event stands for
    them). Pairs come from source × target of each event, and from every two parties of a mutual
    event (a meeting, a clash); an actor paired with itself is left out.
    Undirected pairs are ordered alphabetically. The filter's ``actor`` keeps the pairs it takes
    part in (on the side its ``role`` names).
    """
    side = {"country": "{a}.code", "sector": "{a}.code || coalesce('-' || {a}.sector, '')"}[level]
    src, tgt = side.format(a="s"), side.format(a="t")
    if not directed:
        src, tgt = f"min({src}, {tgt})", f"max({src}, {tgt})"
    where, params = event_where(flt, actor_pairs=True)
    clauses = ["s.code IS NOT NULL", "t.code IS NOT NULL", where]
    sql = f"""
        WITH pairs AS (
            SELECT e.id, coalesce(e.story_id, -e.document) AS story, e.event_type,
                   {src} AS src, {tgt} AS tgt
            FROM events e
            JOIN event_actors s ON s.event = e.id AND s.role = 'source'
            JOIN event_actors t ON t.event = e.id AND (t.role = 'target' OR
                 (e.mutual = 1 AND t.role = 'source' AND t.position != s.position))
            WHERE {" AND ".join(clauses)}
        ), units AS (
            SELECT min(id) AS id, src, tgt FROM pairs WHERE src != tgt
            GROUP BY story, event_type, src, tgt
        )
        SELECT u.src, u.tgt, count(*), sum(e.goldstein), avg(e.goldstein), sum(abs(e.goldstein)),
               sum(e.quad_class = 1), sum(e.quad_class = 2), sum(e.quad_class = 3),
               sum(e.quad_class = 4), min(e.day), max(e.day)
        FROM units u JOIN events e ON e.id = u.id
        GROUP BY u.src, u.tgt HAVING count(*) >= ?
        ORDER BY count(*) DESC, u.src, u.tgt LIMIT ?"""
    rows = conn.execute(sql, (*params, int(min_events), -1 if limit is None else int(limit)))
    return [
        DyadStat(
            r[0],
            r[1],
            r[2],
            float(r[3]),
            float(r[4]),
            float(r[5]),
            (r[6], r[7], r[8], r[9]),
            _date(r[10]),
            _date(r[11]),
        )
        for r in rows
    ]


def stats(conn: sqlite3.Connection, path: str, schema_version: int) -> StoreStats:
    def one(sql: str) -> Any:
        return conn.execute(sql).fetchone()[0]

    first, last = conn.execute("SELECT min(day), max(day) FROM events").fetchone()
    first_pub, last_pub = conn.execute(
        "SELECT min(published), max(published) FROM documents"
    ).fetchone()
    return StoreStats(
        path=path,
        schema_version=schema_version,
        documents=one("SELECT count(*) FROM documents"),
        stories=one("SELECT count(*) FROM stories"),
        events=one("SELECT count(*) FROM events"),
        asserted_events=one("SELECT count(*) FROM events WHERE asserted = 1"),
        quotes=one("SELECT count(*) FROM quotes"),
        actors=one("SELECT count(*) FROM actors"),
        errors=one("SELECT count(*) FROM errors"),
        first_day=_date(first),
        last_day=_date(last),
        first_published=_date(first_pub),
        last_published=_date(last_pub),
    )


def errors(
    conn: sqlite3.Connection, *, limit: int | None = None, code: str | None = None
) -> list[ErrorRecord]:
    """Recorded failures, newest first: one per source and reason, with how often it happened."""
    sql = "SELECT id, source, code, reason, stage, at, count FROM errors"
    params: list[Any] = []
    if code:
        sql += " WHERE code = ?"
        params.append(code)
    sql += " ORDER BY id DESC LIMIT ?"
    return [
        ErrorRecord(*r) for r in conn.execute(sql, (*params, -1 if limit is None else int(limit)))
    ]


def activity(conn: sqlite3.Connection, flt: EventFilter) -> list[tuple[dt.date, int, int]]:
    """(first day of the month, quad class, events) of the events ``flt`` selects, undated
    ones left out: what the corpus covers, month by month. Every stored event counts (no story
    folding)."""
    where, params = event_where(flt)
    rows = conn.execute(
        "SELECT substr(e.day, 1, 7), e.quad_class, count(*) FROM events e "
        f"WHERE e.day IS NOT NULL AND {where} GROUP BY 1, 2 ORDER BY 1, 2",
        params,
    )
    return [(dt.date.fromisoformat(m + "-01"), q, n) for m, q, n in rows]


def actor_names(conn: sqlite3.Connection, ref: ActorRef, *, limit: int = 12) -> list[str]:
    """Canonical names of the actors ``ref`` stands for, countries first, then people and
    organisations by name; empty when the store has never seen it."""
    params: list[str | None]
    if ref.catalogue_id:
        where, params = "catalogue_id = ?", [ref.catalogue_id]
    elif ref.sector:
        where, params = "code = ? AND sector = ?", [ref.code, ref.sector]
    else:
        where, params = "code = ?", [ref.code]
    rows = conn.execute(
        f"SELECT name, max(kind = 'country') FROM actors WHERE {where} AND name IS NOT NULL "
        "GROUP BY name ORDER BY 2 DESC, name LIMIT ?",
        (*params, int(limit)),
    )
    return [r[0] for r in rows]


def coverage(conn: sqlite3.Connection) -> tuple[dt.date, dt.date] | None:
    """First and last publication date of the stored documents: the span the store observes
    (events it dates outside come from retrospective mentions)."""
    first, last = conn.execute("SELECT min(published), max(published) FROM documents").fetchone()
    return (dt.date.fromisoformat(first), dt.date.fromisoformat(last)) if first else None


def change_token(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """Largest document, event and error row ids: it changes whenever something is added
    (rows are never updated), so a reader can cache whole-store aggregates until it does."""
    row = conn.execute(
        "SELECT coalesce((SELECT max(pk) FROM documents), 0), "
        "coalesce((SELECT max(id) FROM events), 0), coalesce((SELECT max(id) FROM errors), 0)"
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])
