-- billwatch schema, version 1. History is append-only: rows in actions, versions,
-- version_texts, bill_revisions, matches and changes are never deleted. The few
-- columns that do move (bills.* "current" columns, actions.removed_at,
-- bills.removed_at) are derived state whose every transition is in changes.

CREATE TABLE bills (
    id             TEXT PRIMARY KEY,          -- stable id: vt/2026/H.121
    jurisdiction   TEXT NOT NULL,
    session        TEXT NOT NULL,
    identifier     TEXT NOT NULL,             -- as the legislature writes it
    title          TEXT NOT NULL DEFAULT '',  -- current (latest revision)
    abstract       TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT '',  -- comma-separated
    status         TEXT NOT NULL DEFAULT '',  -- the site's own status line
    revision       INTEGER NOT NULL DEFAULT 0, -- current bill_revisions.rev
    first_seen     TEXT NOT NULL,             -- RFC 3339 UTC
    last_changed   TEXT NOT NULL,
    removed_at     TEXT                       -- set when it vanished from a healthy full list
);
CREATE INDEX bills_juris_session ON bills(jurisdiction, session);

-- Every distinct metadata observation (title, sponsors, subjects...) as canonical JSON.
CREATE TABLE bill_revisions (
    bill_id    TEXT NOT NULL REFERENCES bills(id),
    rev        INTEGER NOT NULL,
    data       TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    run_id     INTEGER,
    PRIMARY KEY (bill_id, rev)
);

CREATE TABLE actions (
    id             INTEGER PRIMARY KEY,
    bill_id        TEXT NOT NULL REFERENCES bills(id),
    key            TEXT NOT NULL,             -- date|chamber|text fingerprint + occurrence
    date           TEXT NOT NULL,
    time           TEXT NOT NULL DEFAULT '',
    chamber        TEXT NOT NULL DEFAULT '',
    actor          TEXT NOT NULL DEFAULT '',
    text           TEXT NOT NULL,
    ord            INTEGER NOT NULL,
    classification TEXT NOT NULL,             -- comma-separated Open States codes
    first_seen     TEXT NOT NULL,
    run_id         INTEGER,
    removed_at     TEXT,
    UNIQUE (bill_id, key)
);
CREATE INDEX actions_bill ON actions(bill_id, date, ord);

-- Versions and supporting documents; role = 'version' or 'document'.
CREATE TABLE versions (
    id         INTEGER PRIMARY KEY,
    bill_id    TEXT NOT NULL REFERENCES bills(id),
    role       TEXT NOT NULL DEFAULT 'version',
    name       TEXT NOT NULL,
    date       TEXT NOT NULL DEFAULT '',
    url        TEXT NOT NULL,
    media_type TEXT NOT NULL DEFAULT '',
    class      TEXT NOT NULL DEFAULT '',
    ord        INTEGER NOT NULL,
    first_seen TEXT NOT NULL,
    run_id     INTEGER,
    UNIQUE (bill_id, url)
);

-- Every distinct text ever extracted from a version's document.
CREATE TABLE version_texts (
    id         INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES versions(id),
    sha256     TEXT NOT NULL,             -- of the fetched document bytes
    text       TEXT NOT NULL,
    markup     TEXT NOT NULL DEFAULT '',
    fetched_at TEXT NOT NULL,
    run_id     INTEGER
);
CREATE INDEX version_texts_version ON version_texts(version_id, id);

-- Watchlist results; a row is written only when the result differs from the last one.
CREATE TABLE matches (
    id          INTEGER PRIMARY KEY,
    bill_id     TEXT NOT NULL REFERENCES bills(id),
    watchlist   TEXT NOT NULL,
    matched     INTEGER NOT NULL,
    explanation TEXT NOT NULL,            -- JSON: reason and hits (term, field, snippet)
    seen_at     TEXT NOT NULL,
    run_id      INTEGER
);
CREATE INDEX matches_bill ON matches(bill_id, watchlist, id);

-- The change log: the single source for feeds, the digest and `history`.
CREATE TABLE changes (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    bill_id      TEXT REFERENCES bills(id), -- NULL for source-level changes
    jurisdiction TEXT NOT NULL,
    kind         TEXT NOT NULL,
    summary      TEXT NOT NULL,
    details      TEXT NOT NULL DEFAULT '{}',
    seen_at      TEXT NOT NULL,
    run_id       INTEGER
);
CREATE INDEX changes_bill ON changes(bill_id, id);
CREATE INDEX changes_seen ON changes(seen_at);

CREATE TABLE runs (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,
    session      TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    status       TEXT NOT NULL,           -- running, ok, partial, failed, aborted
    requests     INTEGER NOT NULL DEFAULT 0,
    bytes        INTEGER NOT NULL DEFAULT 0,
    not_modified INTEGER NOT NULL DEFAULT 0,
    bills_seen   INTEGER NOT NULL DEFAULT 0,
    bills_changed INTEGER NOT NULL DEFAULT 0,
    changes      INTEGER NOT NULL DEFAULT 0,
    rows_written INTEGER NOT NULL DEFAULT 0,   -- history rows written (0 for a run that found nothing new)
    errors       TEXT NOT NULL DEFAULT '[]', -- JSON array of messages
    message      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX runs_source ON runs(source, id);

-- Conditional-request validators and content fingerprints per URL.
CREATE TABLE http_cache (
    url           TEXT PRIMARY KEY,
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    sha256        TEXT NOT NULL DEFAULT '',
    fetched_at    TEXT NOT NULL
);

-- Full-text index over titles, abstracts and the text of every version.
CREATE VIRTUAL TABLE search USING fts5(
    bill_id UNINDEXED, field UNINDEXED, body,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
