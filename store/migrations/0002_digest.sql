-- Digest emails that an SMTP server accepted: one row per watchlist, recipient
-- and message. A row is written only after the server said 250 to the DATA, so
-- a failed send leaves no row and the next run covers the same changes again.
-- A recipient's cursor is max(to_change_id) over their rows with advances = 1;
-- one-off digests (`billwatch digest --since ... --send`) are kept for the
-- record with advances = 0 and never move it.
CREATE TABLE digest_sends (
    id             INTEGER PRIMARY KEY,
    watchlist      TEXT NOT NULL,
    recipient      TEXT NOT NULL,            -- bare address, lower-cased
    from_change_id INTEGER NOT NULL,         -- exclusive: changes with id > this...
    to_change_id   INTEGER NOT NULL,         -- ...and id <= this were covered
    sent_at        TEXT NOT NULL,            -- RFC 3339 UTC
    message_id     TEXT NOT NULL,            -- without angle brackets
    advances       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX digest_sends_cursor ON digest_sends(watchlist, recipient, to_change_id);
