-- detente store, schema version 1: the base every later migration builds on.
--
-- Dates are ISO 8601 text ('YYYY-MM-DD'), times ISO 8601 UTC, booleans 0/1, lists JSON arrays.
-- Documents have a compact integer key (pk) that child tables reference, and the public content
-- hash (id, 'sha256:...') that makes ingest idempotent. docs/schema.md explains every table.

-- Parameters fixed when the store was created (story clustering), so that a later version of
-- detente with other defaults keeps comparing like with like.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Clusters of near-duplicate documents: one wire story carried by several outlets.
CREATE TABLE stories (
    id              INTEGER PRIMARY KEY,
    first_document  TEXT NOT NULL,            -- documents.id of the document that opened it
    size            INTEGER NOT NULL DEFAULT 1 CHECK (size >= 1),
    first_published TEXT,
    last_published  TEXT
);

CREATE TABLE documents (
    pk          INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,         -- 'sha256:<hex>' of the cleaned text
    title       TEXT,
    published   TEXT,
    source      TEXT NOT NULL,                -- the path, URL or stream it was read from
    url         TEXT,
    language    TEXT NOT NULL DEFAULT 'en',
    author      TEXT,
    site        TEXT,
    external_id TEXT,                         -- the id a JSONL record or feed entry carried
    text        TEXT NOT NULL,                -- every char_span points into this string
    credits     TEXT NOT NULL DEFAULT '[]',   -- JSON: agency credits
    warnings    TEXT NOT NULL DEFAULT '[]',   -- JSON: what the pipeline noticed
    story_id    INTEGER REFERENCES stories(id),
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_story ON documents(story_id);
CREATE INDEX documents_external_id ON documents(external_id);

CREATE TABLE key_points (
    document       INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    text           TEXT NOT NULL,
    from_publisher INTEGER NOT NULL CHECK (from_publisher IN (0, 1)),
    PRIMARY KEY (document, position)
) WITHOUT ROWID;

-- Canonical actors, one row per identity (Actor.key: the catalogue id, else kind:code:sector:name).
CREATE TABLE actors (
    id           INTEGER PRIMARY KEY,
    key          TEXT NOT NULL UNIQUE,
    catalogue_id TEXT,
    name         TEXT,
    code         TEXT,
    sector       TEXT,
    kind         TEXT NOT NULL CHECK (kind IN ('country', 'person', 'organization', 'group'))
);
CREATE INDEX actors_code ON actors(code, sector);
CREATE INDEX actors_catalogue_id ON actors(catalogue_id);

-- The contract's per-article "actors" list: who the article names and how often.
CREATE TABLE document_actors (
    document INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    actor    INTEGER NOT NULL REFERENCES actors(id),
    text     TEXT NOT NULL,
    mentions INTEGER NOT NULL CHECK (mentions >= 0),
    texts    TEXT NOT NULL DEFAULT '[]',      -- JSON: distinct surface forms
    PRIMARY KEY (document, position)
) WITHOUT ROWID;
CREATE INDEX document_actors_actor ON document_actors(actor);

CREATE TABLE mentions (
    document       INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    actor          INTEGER NOT NULL REFERENCES actors(id),
    text           TEXT NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    token_start    INTEGER NOT NULL,
    token_end      INTEGER NOT NULL,
    head           INTEGER NOT NULL,
    sentence_index INTEGER NOT NULL,
    via            TEXT NOT NULL,
    PRIMARY KEY (document, position),
    CHECK (span_start <= span_end)
) WITHOUT ROWID;

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    document       INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    position       INTEGER NOT NULL,          -- order within its document
    story_id       INTEGER REFERENCES stories(id),  -- copied from the document for story dedupe
    event_type     TEXT NOT NULL,
    mode           TEXT,
    context        TEXT NOT NULL DEFAULT '[]',      -- JSON
    cameo          TEXT NOT NULL,
    goldstein      REAL NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
    quad_class     INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
    negated        INTEGER NOT NULL CHECK (negated IN (0, 1)),
    hypothetical   INTEGER NOT NULL CHECK (hypothetical IN (0, 1)),
    future         INTEGER NOT NULL CHECK (future IN (0, 1)),
    historical     INTEGER NOT NULL CHECK (historical IN (0, 1)),
    asserted       INTEGER GENERATED ALWAYS AS (negated = 0 AND hypothetical = 0 AND future = 0) STORED,
    mutual         INTEGER NOT NULL DEFAULT 0 CHECK (mutual IN (0, 1)),  -- parties all sources, no target
    date           TEXT,                      -- as coded (contract field)
    date_precision TEXT,
    day            TEXT,                      -- date, else the document's publication date
    location_name  TEXT,
    location_code  TEXT,
    location_lat   REAL,
    location_lon   REAL,
    sentence_index INTEGER NOT NULL,
    sentence       TEXT NOT NULL,
    trigger        TEXT NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    confidence     REAL NOT NULL,
    rule           TEXT NOT NULL,
    UNIQUE (document, position)
);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_type_day ON events(event_type, day);
CREATE INDEX events_story ON events(story_id);

-- Source, target and reporting actors of each event, with code and sector copied from actors so
-- that "all events of PRK" and "PRK -> RUS" are index lookups without a join. The code index
-- ends with (event, sector): a dyad query finds its source rows by (code, role) and then each
-- target row by (code, role, event) in one probe, with the sector read from the index itself.
CREATE TABLE event_actors (
    event    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('source', 'target', 'reported_by')),
    position INTEGER NOT NULL,
    actor    INTEGER NOT NULL REFERENCES actors(id),
    text     TEXT NOT NULL,
    code     TEXT,
    sector   TEXT,
    PRIMARY KEY (event, role, position)
) WITHOUT ROWID;
CREATE INDEX event_actors_code ON event_actors(code, role, event, sector);
CREATE INDEX event_actors_actor ON event_actors(actor, role, event);

CREATE TABLE quotes (
    id             INTEGER PRIMARY KEY,
    document       INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    content        TEXT NOT NULL,
    speaker        INTEGER REFERENCES actors(id),
    speaker_text   TEXT,
    cue            TEXT,
    direct         INTEGER NOT NULL CHECK (direct IN (0, 1)),
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    sentence_index INTEGER NOT NULL,
    UNIQUE (document, position)
);
CREATE INDEX quotes_speaker ON quotes(speaker);

-- Every input that could not be read, analysed or stored, with its one-line reason. Step 2
-- (errors_counted.sql) gives it a count and one row per source, code and reason.
CREATE TABLE errors (
    id     INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    code   TEXT NOT NULL,
    reason TEXT NOT NULL,
    stage  TEXT NOT NULL,
    at     TEXT NOT NULL
);
CREATE INDEX errors_at ON errors(at);

-- MinHash signatures and LSH buckets of documents (see detente.stories): persisted so that a
-- later ingest run joins existing stories without holding an index in memory.
CREATE TABLE story_signatures (
    document  INTEGER PRIMARY KEY REFERENCES documents(pk) ON DELETE CASCADE,
    signature BLOB NOT NULL
);
CREATE TABLE story_buckets (
    key      INTEGER NOT NULL,                -- 64-bit hash of (band number, band of the signature)
    document INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    PRIMARY KEY (key, document)
) WITHOUT ROWID;

-- Full-text search (FTS5, external content: the text is stored once, in documents and events).
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content = 'documents', content_rowid = 'pk',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.pk, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.pk, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;

CREATE VIRTUAL TABLE events_fts USING fts5(
    sentence, content = 'events', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts(rowid, sentence) VALUES (new.id, new.sentence);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF sentence ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence);
    INSERT INTO events_fts(rowid, sentence) VALUES (new.id, new.sentence);
END;
