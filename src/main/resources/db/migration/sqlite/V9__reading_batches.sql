-- One row per transaction that records readings, so that pages a running 'serve' has cached are rendered again when
-- 'analyse' (or serve's own background reading) records readings, which carry no version of their own. Rows are only
-- ever inserted, so concurrent writers never wait on one another here; the content stamp reads MAX(id).
CREATE TABLE reading_batches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    readings INTEGER NOT NULL
);
