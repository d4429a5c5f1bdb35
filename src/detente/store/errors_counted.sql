-- Step 2: the errors table keeps one row per source, code and reason, with how many times it
-- was recorded (count) and the last time (at), so that re-running the same failing inputs does
-- not grow it. Rows recorded twice by step 1 stores are merged; their order (newest last) stays.
CREATE TABLE errors_counted (
    id     INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    code   TEXT NOT NULL,
    reason TEXT NOT NULL,
    stage  TEXT NOT NULL,
    at     TEXT NOT NULL,
    count  INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
    UNIQUE (source, code, reason)
);
-- SQLite takes the bare column (stage) from the row that holds max(at): the last recording.
INSERT INTO errors_counted(source, code, reason, stage, at, count)
    SELECT source, code, reason, stage, max(at), count(*)
    FROM errors
    GROUP BY source, code, reason
    ORDER BY max(id);
DROP TABLE errors;
ALTER TABLE errors_counted RENAME TO errors;
CREATE INDEX errors_at ON errors(at);
