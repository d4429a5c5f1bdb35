-- Step 5: what `detente watch` keeps between runs, so that a restart resumes where it stopped.

-- One row per configured source: when it was last polled, how it went, what it brought.
CREATE TABLE watch_sources (
    name            TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,              -- feed | sitemap | urls | folder
    location        TEXT NOT NULL,              -- URL or folder
    last_attempt    TEXT,                       -- ISO 8601 UTC
    last_success    TEXT,
    last_error      TEXT,                       -- one line, led by its code: "[E121] ..."
    last_error_at   TEXT,
    failures_in_row INTEGER NOT NULL DEFAULT 0, -- consecutive failed polls (back-off)
    next_due        TEXT,                       -- when the next poll is due
    polls           INTEGER NOT NULL DEFAULT 0,
    not_modified    INTEGER NOT NULL DEFAULT 0, -- polls answered 304 Not Modified
    errors          INTEGER NOT NULL DEFAULT 0, -- failed polls
    fetched         INTEGER NOT NULL DEFAULT 0, -- articles read (pages fetched, files read)
    stored          INTEGER NOT NULL DEFAULT 0, -- new stories stored
    duplicates      INTEGER NOT NULL DEFAULT 0, -- already stored, or a copy of a stored story
    failed          INTEGER NOT NULL DEFAULT 0  -- articles that could not be read or analysed
);

-- HTTP validators per URL, sent back as If-None-Match / If-Modified-Since.
CREATE TABLE watch_http (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    checked_at    TEXT NOT NULL
) WITHOUT ROWID;

-- Every article URL (or folder file) met, so that it is fetched once.
CREATE TABLE watch_articles (
    key         TEXT PRIMARY KEY,               -- URL, or file:PATH:MTIME:SIZE
    source      TEXT NOT NULL,
    document_id TEXT,                           -- documents.id when stored or already there
    outcome     TEXT NOT NULL CHECK (outcome IN ('stored', 'duplicate', 'story', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 1,     -- a failed article is tried again, 3 times
    seen_at     TEXT NOT NULL
) WITHOUT ROWID;

-- Alerts: one row per rule and change (the key), so that a change fires once.
CREATE TABLE watch_alerts (
    id          INTEGER PRIMARY KEY,
    rule        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('index', 'shift', 'event', 'burst')),
    key         TEXT NOT NULL,
    title       TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '{}',     -- JSON
    fired_at    TEXT NOT NULL,
    delivery    TEXT NOT NULL DEFAULT '{}',     -- JSON: channel -> "ok" or the error
    delivered   INTEGER NOT NULL DEFAULT 0,     -- 1 once every channel took it
    attempts    INTEGER NOT NULL DEFAULT 0,     -- delivery attempts
    UNIQUE (rule, key)
);
CREATE INDEX watch_alerts_pending ON watch_alerts(delivered) WHERE delivered = 0;

-- The events behind each alert.
CREATE TABLE watch_alert_events (
    alert INTEGER NOT NULL REFERENCES watch_alerts(id) ON DELETE CASCADE,
    event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (alert, event)
) WITHOUT ROWID;
CREATE INDEX watch_alert_events_event ON watch_alert_events(event);

-- Watch looks articles up by URL before fetching them.
CREATE INDEX documents_url ON documents(url);
