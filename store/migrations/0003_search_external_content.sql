-- The full-text index stops keeping its own copy of every text. Until now
-- `search` stored each indexed body in its content table as well, so every
-- version text was written twice (version_texts and search_content): about a
-- third of the database and of a bulk ingest's writes. `search` becomes an
-- external-content FTS5 table over the view search_source, which reads a
-- version's text from version_texts and keeps only titles and abstracts
-- (small) in search_docs itself. bm25() reads only the index; snippet() and
-- `SELECT bill_id, field, body FROM search` read through the view, so
-- queries written against the old table still work.

-- One row per indexed body: the search rowid, what it belongs to, and where
-- its words are. Rows are never deleted, like the rest of the history.
CREATE TABLE search_docs (
    id      INTEGER PRIMARY KEY,                   -- = search.rowid
    bill_id TEXT NOT NULL,
    field   TEXT NOT NULL,                         -- title, abstract or version:<name>
    text_id INTEGER REFERENCES version_texts(id),  -- the body is this text...
    body    TEXT,                                  -- ...or this, when text_id is NULL
    CHECK ((text_id IS NULL) <> (body IS NULL))
);

CREATE VIEW search_source (id, bill_id, field, body) AS
    SELECT d.id, d.bill_id, d.field, coalesce(d.body, t.text)
    FROM search_docs d LEFT JOIN version_texts t ON t.id = d.text_id;

-- Carry the old index over with its rowids. Each indexed version text is
-- matched to the first stored text with the same words under that version
-- name (the rows the apply code deduplicated against); a body with no such
-- text is kept inline, so nothing the old index held is lost.
INSERT INTO search_docs (id, bill_id, field, text_id, body)
SELECT id, bill_id, field, text_id, CASE WHEN text_id IS NULL THEN body END FROM (
    SELECT s.rowid AS id, s.bill_id, s.field, s.body,
        CASE WHEN s.field GLOB 'version:*' THEN (
            SELECT min(t.id) FROM versions v JOIN version_texts t ON t.version_id = v.id
            WHERE v.bill_id = s.bill_id AND 'version:' || v.name = s.field AND t.text = s.body)
        END AS text_id
    FROM search s
)
ORDER BY id;

DROP TABLE search;

CREATE VIRTUAL TABLE search USING fts5(
    bill_id UNINDEXED, field UNINDEXED, body,
    tokenize = 'porter unicode61 remove_diacritics 2',
    content = 'search_source', content_rowid = 'id'
);

-- Index everything again from search_source: tokenizing is the one-off cost
-- of this upgrade (the old index's segments cannot be carried over as such):
-- 0.9 s for a database of 20,000 synthetic bills. The pages the old copy of
-- the texts freed stay in the file and are reused by later writes; VACUUM
-- gives them back to the file system.
INSERT INTO search (search) VALUES ('rebuild');
