-- Lines of a document seen to change on every capture ("Page generated on … (request id …)", a link whose token is
-- new on every request), by shape: the line with its times, timestamps and identifiers masked (VolatileLines). A shape
-- is recorded the first time a new version differs from the one before by such a line; from then on a capture whose
-- only differences from the latest version are rotations of recorded shapes makes no version, and moves last_seen_at
-- and rotations. The key is the SHA-256 of the shape, which can be a whole paragraph: too long for an index entry.
CREATE TABLE volatile_lines (
    document_id BIGINT NOT NULL REFERENCES documents (id),
    shape_key TEXT NOT NULL,
    shape TEXT NOT NULL,
    first_seen_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    rotations INTEGER NOT NULL,
    PRIMARY KEY (document_id, shape_key)
);
