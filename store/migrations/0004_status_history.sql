-- The site's status line ("Passed Senate", "Signed by Governor") lives in
-- bills.status and is replaced when the site changes it. Until now the old
-- line was simply overwritten; from here on it is kept. A row is written only
-- when a status is replaced (the current one stays in bills.status), so a bill
-- whose status never changes costs nothing. The status line mirrors the latest
-- action, which the actions table already keeps, so no change is logged: this
-- is the record of how the site worded it at the time.
CREATE TABLE status_history (
    id          INTEGER PRIMARY KEY,
    bill_id     TEXT NOT NULL REFERENCES bills(id),
    status      TEXT NOT NULL,             -- the line as it was
    replaced_at TEXT NOT NULL,             -- RFC 3339 UTC: first seen replaced
    run_id      INTEGER                    -- the run that saw the new one
);
CREATE INDEX status_history_bill ON status_history(bill_id, id);
