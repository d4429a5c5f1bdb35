"""The store: round trip, idempotency, per-document transactions, concurrent readers, failures,
migrations, queries and full-text search."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

import detente
from detente.errors import StoreError
from detente.model import Actor, Event, Failure, Quote
from detente.store import SCHEMA_VERSION, EventFilter, Store, writer
from detente.store.migrations import MIGRATIONS, Migration, migrate, split_statements, version
from support.records import actor, analysis, event, rich_analysis

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# ------------------------------------------------------------------------------------------
# round trip and idempotency


def test_an_analysis_comes_back_exactly_as_stored(db: Path) -> None:
    a = rich_analysis()
    with detente.open(db) as store:
        assert store.add(a) is True
        back = store.document(a.id)
    assert back.to_dict() == a.to_dict()
    assert back.mentions == a.mentions
    assert back.article.key_points == a.key_points  # publisher bullets stay publisher bullets


def test_extracted_key_points_are_not_taken_for_the_publishers(db: Path) -> None:
    a = analysis("A short text about talks between two governments.", key_points=("Talks.",))
    with detente.open(db) as store:
        store.add(a)
        back = store.document(a.id)
    assert back.key_points == ("Talks.",)
    assert back.article.key_points == ()


def test_the_same_article_twice_is_stored_once(db: Path) -> None:
    a = rich_analysis()
    with detente.open(db) as store:
        assert store.add(a) is True
        assert store.add(a) is False
        summary = store.ingest([a, a])
        assert store.stats().documents == 1
        assert store.stats().events == len(a.events)
    assert (summary.stored, summary.skipped, summary.failed) == (0, 2, 0)
    assert _count(db, "quotes") == len(a.quotes)


def test_the_store_is_in_wal_mode_with_a_schema_version(db: Path) -> None:
    with detente.open(db) as store:
        store.add(rich_analysis())
        assert store.schema_version == SCHEMA_VERSION
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert version(conn) == SCHEMA_VERSION


# ------------------------------------------------------------------------------------------
# one transaction per document


def _bad_event() -> Event:
    return dataclasses.replace(event("CONSULT", "PRK", "RUS"), goldstein=42.0)  # out of range


def test_a_refused_row_rolls_back_its_whole_document_and_nothing_else(db: Path) -> None:
    good = rich_analysis()
    newcomer = Actor("Ruritania", "Ruritania", "RUR", "GOV", "country", "country:rur")
    bad_events = (
        event("AGREE", "PRK", "RUS"),
        dataclasses.replace(_bad_event(), source=(newcomer,)),
    )
    bad = analysis("A text whose second event cannot be stored.", events=bad_events)
    with detente.open(db) as store:
        store.add(good)
        before = {
            t: _count(db, t)
            for t in ("documents", "events", "event_actors", "actors", "stories", "story_buckets")
        }
        with pytest.raises(StoreError) as info:
            store.add(bad)
        assert info.value.code == "E402"
        assert "CHECK" in info.value.reason
        after = {t: _count(db, t) for t in before}
        assert after == before  # not one row of the bad document, not its new actor
        # The actor cache must not remember the rolled-back actor: storing it again works.
        again = analysis(
            "Another text naming the same new actor.",
            events=(dataclasses.replace(event("AID", "RUS", "PRK"), target=(newcomer,)),),
        )
        assert store.add(again) is True
        assert store.document(good.id).to_dict() == good.to_dict()
        assert store.events(actor="RUR")[0].event.target[0].name == "Ruritania"


def test_ingest_turns_a_refused_document_into_a_recorded_failure(db: Path) -> None:
    bad = analysis("A text with an event out of range.", events=(_bad_event(),))
    good = analysis("A text with a good event in it.", events=(event("CONSULT", "PRK", "RUS"),))
    outcomes: list[str] = []
    with detente.open(db) as store:
        summary = store.ingest(
            [bad, good], on_result=lambda _item, outcome: outcomes.append(outcome)
        )
        errors = store.errors()
    assert outcomes == ["failed", "stored"]
    assert (summary.stored, summary.failed) == (1, 1)
    assert errors[0].code == "E402" and errors[0].stage == "store"
    assert errors[0].source == bad.article.source


_CRASH_SCRIPT = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, {tests!r})
    from support.records import analysis, event
    import detente
    from detente.store import writer

    store = detente.open({db!r})
    store.add(analysis("The first article, stored before the crash.", events=(event("CONSULT", "PRK", "RUS"),)))
    real = writer._write_event
    calls = []

    def dying(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:  # the second event of the second article: mid-document
            os._exit(17)
        return real(*args, **kwargs)

    writer._write_event = dying
    store.add(analysis("The second article, cut off by the crash.",
                       events=(event("AGREE", "PRK", "RUS"), event("AID", "RUS", "PRK"))))
    """
)


def test_a_process_killed_mid_document_leaves_no_half_article(db: Path) -> None:
    script = _CRASH_SCRIPT.format(tests=str(ROOT / "tests"), db=str(db))
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 17, proc.stderr
    with detente.open(db) as store:
        stats = store.stats()
        assert stats.documents == 1 and stats.events == 1 and stats.stories == 1
        assert [e.event.event_type for e in store.events()] == ["CONSULT"]
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.close()
        # and the store takes the article that crashed, whole, the next time
        assert (
            store.add(
                analysis(
                    "The second article, cut off by the crash.",
                    events=(event("AGREE", "PRK", "RUS"), event("AID", "RUS", "PRK")),
                )
            )
            is True
        )
        assert store.stats().events == 3


# ------------------------------------------------------------------------------------------
# readers during a write


def test_a_reader_reads_the_last_commit_while_a_write_is_in_progress(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with detente.open(db) as store:
        store.add(
            analysis(
                "An article committed before the write began.",
                events=(event("CONSULT", "PRK", "RUS"),),
            )
        )
    inside = threading.Event()
    release = threading.Event()
    real = writer._write_event

    def slow(*args, **kwargs):
        inside.set()
        assert release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(writer, "_write_event", slow)
    result: list[bool] = []

    def write() -> None:
        with detente.open(db) as w:
            result.append(
                w.add(
                    analysis("An article written slowly.", events=(event("AGREE", "RUS", "PRK"),))
                )
            )

    thread = threading.Thread(target=write)
    thread.start()
    try:
        assert inside.wait(20), "the writer never started"
        started = time.monotonic()
        with detente.open(db, readonly=True) as reader:
            assert reader.stats().documents == 1  # the uncommitted article is invisible
            assert [e.event.event_type for e in reader.events()] == ["CONSULT"]
            assert reader.search("committed")[0].title == "A test article"
        assert time.monotonic() - started < 5  # not blocked by the writer's lock
    finally:
        release.set()
        thread.join(30)
    assert result == [True]
    with detente.open(db, readonly=True) as reader:
        assert reader.stats().documents == 2


def test_another_process_reads_while_a_write_transaction_is_open(db: Path) -> None:
    with detente.open(db) as store:
        store.add(rich_analysis())
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute(
        "INSERT INTO errors(source, code, reason, stage, at) VALUES ('x', 'E102', 'r', 'ingest', 'now')"
    )
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "detente", "stats", "--json", "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert proc.returncode == 0, proc.stderr
    assert '"documents": 1' in proc.stdout
    assert '"errors": 0' in proc.stdout  # the open transaction was not visible


# ------------------------------------------------------------------------------------------
# failures, read-only use, opening errors


def test_failures_are_recorded_with_source_code_reason_and_stage(db: Path) -> None:
    with detente.open(db) as store:
        store.add_failure(Failure("inbox/empty.txt", "inbox/empty.txt is empty", "E102", "ingest"))
        summary = store.ingest([Failure("feed.xml", "feed could not be parsed", "E108", "ingest")])
        rows = store.errors()
    assert summary.failed == 1 and summary.failures[0].code == "E108"
    assert [(r.source, r.code, r.stage) for r in rows] == [
        ("feed.xml", "E108", "ingest"),
        ("inbox/empty.txt", "E102", "ingest"),
    ]
    assert rows[1].reason == "inbox/empty.txt is empty" and rows[1].at.startswith("20")


def test_a_read_only_store_refuses_to_write(db: Path) -> None:
    with detente.open(db) as store:
        store.add(rich_analysis())
    with detente.open(db, readonly=True) as reader:
        with pytest.raises(StoreError):
            reader.add(analysis("Anything at all, to be refused."))
        with pytest.raises(sqlite3.OperationalError):
            reader._conn.execute("DELETE FROM documents")
    assert _count(db, "documents") == 1


def test_opening_problems_have_codes(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as missing:
        Store(tmp_path / "nowhere.db", readonly=True)
    assert missing.value.code == "E401"
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all, just words" * 100)
    with pytest.raises(StoreError) as notdb:
        Store(junk)
    assert notdb.value.code == "E401"
    empty_sqlite = tmp_path / "other.db"
    sqlite3.connect(empty_sqlite).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(StoreError) as other:
        Store(empty_sqlite, readonly=True)
    assert other.value.code == "E401"


# ------------------------------------------------------------------------------------------
# migrations


@dataclass(frozen=True, slots=True)
class InlineMigration(Migration):
    text: str = ""

    def sql(self) -> str:
        return self.text


def test_an_empty_file_is_migrated_to_the_current_schema(db: Path) -> None:
    db.touch()
    with detente.open(db) as store:
        assert store.schema_version == SCHEMA_VERSION
        store.add(rich_analysis())
    with sqlite3.connect(db) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {
        "documents",
        "events",
        "event_actors",
        "quotes",
        "key_points",
        "errors",
        "actors",
        "mentions",
        "stories",
        "documents_fts",
        "events_fts",
    } <= names


def test_forward_migrations_run_once_and_a_failing_step_is_rolled_back(db: Path) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    assert migrate(conn) == SCHEMA_VERSION
    step2 = InlineMigration(
        SCHEMA_VERSION + 1, "", "CREATE TABLE extra (x INTEGER);\nINSERT INTO extra VALUES (1);"
    )
    assert migrate(conn, (*MIGRATIONS, step2)) == SCHEMA_VERSION + 1
    assert migrate(conn, (*MIGRATIONS, step2)) == SCHEMA_VERSION + 1  # nothing left to run
    assert conn.execute("SELECT count(*) FROM extra").fetchone()[0] == 1
    broken = InlineMigration(
        SCHEMA_VERSION + 2, "", "CREATE TABLE half (x);\nINSERT INTO nowhere VALUES (1);"
    )
    with pytest.raises(StoreError) as info:
        migrate(conn, (*MIGRATIONS, step2, broken))
    assert info.value.code == "E401"
    assert version(conn) == SCHEMA_VERSION + 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0
    conn.close()


def test_a_store_from_a_newer_detente_is_refused(db: Path) -> None:
    with detente.open(db):
        pass
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    for readonly in (False, True):
        with pytest.raises(StoreError) as info:
            Store(db, readonly=readonly)
        assert info.value.code == "E403"


def test_a_store_of_schema_version_1_migrates_and_keeps_its_quotes(db: Path) -> None:
    """A store written before quotations had pieces (schema 1) opens for writing, is migrated,
    and reads back its old quotes as one-piece quotes beside the new ones."""
    a = analysis("An article stored by an older detente, with one quotation in it.")
    conn = sqlite3.connect(db, isolation_level=None)
    assert migrate(conn, MIGRATIONS[:1]) == 1
    conn.execute(
        "INSERT INTO stories(id, first_document, size, first_published, last_published) "
        "VALUES (1, ?, 1, NULL, NULL)",
        (a.id,),
    )
    conn.execute(
        "INSERT INTO documents(pk, id, title, published, source, url, language, text, credits, "
        "warnings, story_id, ingested_at) VALUES (1, ?, 'Old', '2023-01-02', 'old.txt', NULL, "
        "'en', ?, '[]', '[]', 1, '2023-01-02T00:00:00+00:00')",
        (a.id, a.article.text),
    )
    conn.execute(
        "INSERT INTO quotes(document, position, content, speaker, speaker_text, cue, direct, "
        "span_start, span_end, sentence_index) VALUES (1, 0, 'one quotation', NULL, 'a clerk', "
        "'said', 1, 44, 57, 0)"
    )
    conn.close()
    with pytest.raises(StoreError) as old:
        Store(db, readonly=True)
    assert old.value.code == "E407"
    with detente.open(db) as store:
        assert store.schema_version == SCHEMA_VERSION
        [stored] = store.quotes()
        assert stored.quote.pieces == ((44, 57),) and stored.quote.speaker_span is None
        assert store.document(a.id).quotes == (stored.quote,)
        store.add(rich_analysis())
    with detente.open(db, readonly=True) as store:
        assert len(store.quotes()) == 1 + len(rich_analysis().quotes)
        split = store.document(rich_analysis().id).quotes[0]
        assert split.pieces == ((240, 258), (262, 276)) and split.speaker_span == (278, 288)


def test_the_schema_script_splits_into_complete_statements() -> None:
    statements = split_statements(MIGRATIONS[0].sql())
    triggers = [s for s in statements if s.upper().startswith("CREATE TRIGGER")]
    assert len(triggers) == 6
    assert all(s.rstrip().endswith("END;") for s in triggers)
    with pytest.raises(ValueError):
        split_statements("CREATE TABLE a (x);\nCREATE TABLE b (")


# ------------------------------------------------------------------------------------------
# queries


@pytest.fixture
def filled(db: Path) -> Path:
    """Five articles with events of every modality, actors and dates, written for these tests."""
    items = [
        analysis(
            "Kim and Putin met at a spaceport in the Russian Far East.",
            published="2023-09-13",
            events=(event("CONSULT", "PRK", "RUS"),),
        ),
        analysis(
            "Russia vowed to send food aid to North Korea next year.",
            published="2023-10-02",
            events=(event("AID", "RUS", "PRK", future=True),),
        ),
        analysis(
            "Moscow denied that Pyongyang had shipped shells to Russia.",
            published="2023-10-20",
            events=(event("AID", "PRK", "RUS", negated=True),),
        ),
        analysis(
            "Washington imposed sanctions on North Korean military officers.",
            published="2024-01-05",
            events=(event("SANCTION", "USA", "PRK", target_sector="MIL", date="2024-01-04"),),
        ),
        analysis(
            "The army of North Korea fired shells near the border with the South.",
            published="2024-02-01",
            events=(
                event(
                    "ASSAULT",
                    "PRK",
                    "KOR",
                    sector="MIL",
                    sentence="The army fired shells near the border.",
                ),
                event("THREATEN", "PRK", "USA", hypothetical=True, position=1),
            ),
        ),
    ]
    with detente.open(db) as store:
        for item in items:
            assert store.add(item)
    return db


def _types(rows) -> list[str]:
    return [r.event.event_type for r in rows]


def test_events_leave_out_what_is_not_asserted_unless_asked(filled: Path) -> None:
    with detente.open(filled, readonly=True) as s:
        assert _types(s.events()) == ["CONSULT", "SANCTION", "ASSAULT"]
        everything = s.events(include_hypothetical=True)
    assert _types(everything) == ["CONSULT", "AID", "AID", "SANCTION", "ASSAULT", "THREATEN"]
    assert [e.event.asserted for e in everything] == [True, False, False, True, True, False]


def test_event_filters(filled: Path) -> None:
    with detente.open(filled, readonly=True) as s:
        assert _types(s.events(actor="PRK")) == ["CONSULT", "SANCTION", "ASSAULT"]
        assert _types(s.events(actor="prk", role="target")) == ["SANCTION"]
        assert _types(s.events(actor="PRK-MIL")) == ["SANCTION", "ASSAULT"]
        assert _types(s.events(actor="country:kor")) == ["ASSAULT"]
        assert _types(s.events(dyad="PRK:RUS", include_hypothetical=True)) == [
            "CONSULT",
            "AID",
            "AID",
        ]
        assert _types(s.events(dyad="RUS:PRK", directed=True, include_hypothetical=True)) == ["AID"]
        assert _types(s.events(event_type="sanction")) == ["SANCTION"]
        assert _types(s.events(quad_class=[1, 4])) == ["CONSULT", "SANCTION", "ASSAULT"]
        assert _types(s.events(since="2024")) == ["SANCTION", "ASSAULT"]
        assert _types(s.events(until="2023-12")) == ["CONSULT"]
        assert _types(s.events(since="2024-01-05", until="2024-01-31")) == []  # dated the 4th
        assert _types(s.events(newest_first=True, limit=2)) == ["ASSAULT", "SANCTION"]
        assert _types(s.events(limit=1, offset=1)) == ["SANCTION"]
        assert _types(s.events(text="army border")) == ["ASSAULT"]
        doc = s.events(event_type="ASSAULT")[0].document_id
        assert _types(s.events(document=doc[7:15], include_hypothetical=True)) == [
            "ASSAULT",
            "THREATEN",
        ]
        # the day is the coded date when there is one, else the publication date
        days = {e.event.event_type: e.day.isoformat() for e in s.events()}
        assert days == {"CONSULT": "2023-09-13", "SANCTION": "2024-01-04", "ASSAULT": "2024-02-01"}
        malformed = (
            {"dyad": "PRK"},
            {"dyad": "PRK:prk"},
            {"actor": "P@K"},
            {"since": "2023-13"},
            {"since": "2024", "until": "2023"},
            {"event_type": "DANCE"},
            {"quad_class": 5},
            {"role": "both"},
        )
        for bad in malformed:
            with pytest.raises(ValueError):
                s.events(**bad)
            with pytest.raises(ValueError):
                EventFilter.build(**bad)
        with pytest.raises(TypeError):
            s.events(EventFilter(), since="2024")  # a filter or its words, not both


def test_an_event_filter_is_one_value_however_it_is_spelled(filled: Path) -> None:
    words = {"dyad": "prk:rus", "event_type": ["consult"], "since": "2023", "until": "2023-09"}
    flt = EventFilter.build(**words)
    assert flt == EventFilter.build(
        dyad=("PRK", "RUS"), event_type="CONSULT", since="2023-01-01", until="2023-09-30"
    )
    assert (flt.since, flt.until, flt.event_types) == ("2023-01-01", "2023-09-30", ("CONSULT",))
    assert not flt.include_hypothetical and not flt.include_historical  # the defaults
    with detente.open(filled, readonly=True) as s:
        assert _types(s.events(flt)) == _types(s.events(**words)) == ["CONSULT"]
        assert all(flt.admits(e) for e in s.events(flt))


def test_documents_by_prefix_external_id_and_errors_for_unknown_or_ambiguous(db: Path) -> None:
    texts = [f"Article number {i} about an exchange of notes." for i in range(40)]
    items = [analysis(t, external_id=f"feed:{i}") for i, t in enumerate(texts)]
    with detente.open(db) as store:
        for item in items:
            store.add(item)
        first = items[0].id
        assert store.resolve(first[7:20]) == first
        assert store.resolve(first[:20]) == first
        assert store.resolve("feed:3") == items[3].id
        assert store.document_info(first[7:20]).title == "A test article"
        hexes = [i.id[7] for i in items]
        shared = next(h for h in hexes if hexes.count(h) > 1)  # 40 ids, 16 first digits
        with pytest.raises(StoreError) as ambiguous:
            store.document(shared)
        assert ambiguous.value.code == "E405"
        with pytest.raises(StoreError) as unknown:
            store.document("feedbeef" * 3)
        assert unknown.value.code == "E404"


def test_quotes_by_speaker_words_code_and_document(db: Path) -> None:
    kim = Actor("Mr Kim", "Kim Jong Un", "PRK", "GOV", "person", "person:kim-jong-un")
    quotes = (
        Quote("We will never give up our deterrent,", kim, "said", True, (0, 10), 0),
        Quote(
            "the talks were useful",
            Actor("a diplomat", None, None, None, "person", None),
            "said",
            False,
            (20, 30),
            1,
        ),
        Quote("no comment", None, None, True, (40, 50), 2),
    )
    a = analysis("Words spoken by several people at a press event.", quotes=quotes)
    b = analysis(
        "A second text where Kim speaks again to reporters.",
        quotes=(quotes[0],),
        published="2024-01-01",
    )
    with detente.open(db) as store:
        store.add(a)
        store.add(b)
        assert [q.quote.content for q in store.quotes(speaker="kim jong")] == [
            quotes[0].content
        ] * 2
        assert len(store.quotes(speaker="PRK")) == 2
        assert len(store.quotes(speaker="person:kim-jong-un", since="2024")) == 1
        assert [q.quote.speaker.text for q in store.quotes(speaker="diplomat")] == ["a diplomat"]
        assert len(store.quotes(document=a.id[:16])) == 3
        assert store.quotes(speaker="100%_sure") == []  # LIKE wildcards are taken literally
        unattributed = store.quotes(document=a.id)[2].quote
        assert unattributed.speaker is None and unattributed.content == "no comment"


def test_dyads_count_each_story_once(db: Path) -> None:
    wire = (
        "North Korean leader Kim Jong Un held talks with President Vladimir Putin on Wednesday at a "
        "spaceport in the Russian Far East, the first summit between the two men since 2019, as "
        "both governments sought closer military and economic ties despite Western sanctions."
    )
    with detente.open(db) as store:
        store.add(
            analysis(
                "By a staff reporter\n" + wire,
                events=(event("CONSULT", "PRK", "RUS"), event("CONSULT", "PRK", "RUS", position=1)),
            )
        )
        store.add(analysis("SEOUL (Wire) -\n" + wire, events=(event("CONSULT", "RUS", "PRK"),)))
        store.add(
            analysis(
                "A separate report on a later visit by the Russian defence minister to the North.",
                published="2023-09-20",
                events=(event("CONSULT", "RUS", "PRK"),),
            )
        )
        directed = {(d.source, d.target): d.events for d in store.dyads()}
        undirected = store.dyads(directed=False)
        assert store.stats().stories == 2
    assert directed == {("PRK", "RUS"): 1, ("RUS", "PRK"): 2}
    assert [(d.source, d.target, d.events) for d in undirected] == [("PRK", "RUS", 2)]
    assert undirected[0].goldstein_sum == pytest.approx(3.8)
    assert undirected[0].index == pytest.approx(1.0)


def test_full_text_search_ranks_titles_folds_diacritics_and_accepts_any_words(db: Path) -> None:
    with detente.open(db) as store:
        in_title = analysis(
            "Leaders met and talked for four hours about many things.",
            title="Summit at the cosmodrome",
        )
        in_text = analysis(
            "The cosmodrome hosted a meeting of delegations on Wednesday.",
            title="Talks in the east",
        )
        accented = analysis(
            "Officials in Pyŏngyang said nothing about the visit at all.", title="Silence"
        )
        for item in (in_title, in_text, accented):
            store.add(item)
        store.add(
            analysis(
                "Sanctions were imposed on a shipping firm by the treasury.",
                events=(
                    event(
                        "SANCTION",
                        "USA",
                        "PRK",
                        sentence="The treasury imposed sanctions on a firm.",
                    ),
                ),
            )
        )
        hits = store.search("cosmodrome")
        assert [h.document_id for h in hits] == [in_title.id, in_text.id]
        assert "[cosmodrome]" in hits[1].snippet.lower()
        assert [h.document_id for h in store.search("pyongyang")] == [accented.id]
        event_hits = store.search("treasury sanctions", what="events")
        assert len(event_hits) == 1 and event_hits[0].event_id is not None
        assert store.search('"unbalanced AND OR ( NEAR') == []  # operators are words here
        assert store.search("") == []
        with pytest.raises(StoreError) as info:
            store.search('"unbalanced', syntax=True)
        assert info.value.code == "E406"
        assert len(store.search("cosmo*", syntax=True)) == 2


def test_stats_and_documents_listing(filled: Path) -> None:
    with detente.open(filled, readonly=True) as s:
        stats = s.stats()
        docs = s.documents(newest_first=True, limit=2)
        since = s.documents(since="2024")
    assert (stats.documents, stats.events, stats.asserted_events, stats.stories) == (5, 6, 3, 5)
    assert (
        stats.first_day.isoformat() == "2023-09-13" and stats.last_day.isoformat() == "2024-02-01"
    )
    assert [d.published.isoformat() for d in docs] == ["2024-02-01", "2024-01-05"]
    assert docs[0].events == 2 and docs[0].story_size == 1
    assert len(since) == 2


def test_actor_ids_are_shared_across_documents(db: Path) -> None:
    with detente.open(db) as store:
        store.add(
            analysis(
                "One text naming Russia and North Korea.", events=(event("CONSULT", "PRK", "RUS"),)
            )
        )
        store.add(
            analysis("Another text naming them both again.", events=(event("AGREE", "RUS", "PRK"),))
        )
    # PRK and RUS as country actors, each once, however many documents name them
    assert _count(db, "actors") == 2
    assert writer.actor_key(actor("PRK")) != writer.actor_key(actor("PRK", "MIL"))


def test_reads_the_dashboard_needs(filled: Path) -> None:
    with detente.open(filled, readonly=True) as s:
        everything = s.events(include_hypothetical=True)
        picked = s.events(ids=[everything[3].id, everything[0].id], include_hypothetical=True)
        strongest = s.events(actor="PRK", strongest_first=True, limit=2)
        names = s.actor_names("PRK")
        unknown = s.actor_names("XYZ")
        months = s.activity()
        token = s.change_token()
    assert [e.id for e in picked] == [everything[0].id, everything[3].id]
    assert _types(strongest) == ["ASSAULT", "SANCTION"]  # -10 before -8
    assert names == ["North Korea"] and unknown == []
    assert [(m.isoformat(), q, n) for m, q, n in months] == [
        ("2023-09-01", 1, 1),
        ("2024-01-01", 4, 1),
        ("2024-02-01", 4, 1),
    ]
    with detente.open(filled) as w:
        w.add_failure(Failure("x", "y", "E102", "ingest"))
        assert w.change_token() == (token[0], token[1], token[2] + 1)


def test_undated_events_come_last_in_either_order(db: Path) -> None:
    with detente.open(db) as store:
        store.add(
            analysis(
                "A dated report on a meeting of ministers.",
                published="2020-01-01",
                events=(event("CONSULT", "PRK", "RUS"),),
            )
        )
        store.add(
            analysis(
                "An undated note about an agreement.",
                published=None,
                events=(event("AGREE", "PRK", "RUS"),),
            )
        )
        store.add(
            analysis(
                "A later dated report on new sanctions.",
                published="2021-01-01",
                events=(event("SANCTION", "USA", "PRK"),),
            )
        )
        assert _types(store.events()) == ["CONSULT", "SANCTION", "AGREE"]
        assert _types(store.events(newest_first=True)) == ["SANCTION", "CONSULT", "AGREE"]
        assert store.events(event_type="AGREE")[0].day is None


def test_historical_events_are_left_out_unless_asked_and_coverage_is_the_publication_span(
    db: Path,
) -> None:
    past = dataclasses.replace(event("SANCTION", "RUS", "PRK", date="2016-01-01"), historical=True)
    with detente.open(db) as store:
        assert store.coverage() is None
        store.add(
            analysis(
                "A report that recalls sanctions joined years ago.",
                published="2023-09-13",
                events=(past, event("CONSULT", "PRK", "RUS")),
            )
        )
        assert _types(store.events()) == ["CONSULT"]
        assert _types(store.events(EventFilter())) == ["CONSULT"]
        assert _types(store.events(include_historical=True)) == ["SANCTION", "CONSULT"]
        assert _types(store.events(EventFilter.every())) == ["SANCTION", "CONSULT"]
        assert {(d.source, d.target) for d in store.dyads()} == {("PRK", "RUS")}
        both = store.dyads(EventFilter(include_historical=True))
        assert {(d.source, d.target) for d in both} == {("PRK", "RUS"), ("RUS", "PRK")}
        assert [n for _, _, n in store.activity()] == [1]
        assert sum(n for _, _, n in store.activity(EventFilter.every())) == 2
        first, last = store.coverage()
    assert first.isoformat() == last.isoformat() == "2023-09-13"


def test_a_read_only_store_can_serve_from_another_thread(db: Path) -> None:
    with detente.open(db) as store:
        store.add(rich_analysis())
    reader = detente.open(db, readonly=True)
    seen: list[int] = []
    worker = threading.Thread(target=lambda: seen.append(reader.stats().documents))
    worker.start()
    worker.join(10)
    reader.close()
    assert seen == [1]
