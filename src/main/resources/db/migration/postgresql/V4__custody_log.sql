-- The chain of custody of the archive: one link per recorded capture, in the order they were recorded, each holding
-- the SHA-256 of the previous link and of the capture's index entry (URL, time, payload digest, WARC location).
-- Editing, inserting or deleting an earlier capture breaks the chain from there on; `verify` walks it.
CREATE TABLE custody_log (
    seq BIGINT PRIMARY KEY,
    capture_id BIGINT NOT NULL UNIQUE REFERENCES captures (id),
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
