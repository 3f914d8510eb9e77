-- Provisions of every version, and the provision-level change record of every version after the first.
-- A provision's text is stored once per distinct text (most provisions are unchanged from one version to
-- the next), and referenced by its SHA-256.
CREATE TABLE provision_texts (
    sha256 TEXT PRIMARY KEY,
    text TEXT NOT NULL
);

CREATE TABLE provisions (
    version_id BIGINT NOT NULL REFERENCES versions (id),
    position INTEGER NOT NULL,
    lineage_id TEXT NOT NULL,
    page INTEGER NOT NULL,
    kind TEXT NOT NULL,
    path TEXT NOT NULL,
    context TEXT,
    text_sha256 TEXT NOT NULL REFERENCES provision_texts (sha256),
    PRIMARY KEY (version_id, position)
);
CREATE INDEX provisions_by_lineage ON provisions (lineage_id, version_id);

CREATE TABLE lineage_relations (
    version_id BIGINT NOT NULL REFERENCES versions (id),
    relation TEXT NOT NULL,
    from_lineage TEXT NOT NULL,
    to_lineage TEXT NOT NULL
);
CREATE INDEX lineage_relations_by_version ON lineage_relations (version_id);

CREATE TABLE changes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id BIGINT NOT NULL REFERENCES documents (id),
    from_version_id BIGINT NOT NULL REFERENCES versions (id),
    to_version_id BIGINT NOT NULL UNIQUE REFERENCES versions (id),
    captured_at BIGINT NOT NULL,
    significance TEXT NOT NULL,
    flags TEXT NOT NULL,
    summary TEXT NOT NULL
);
CREATE INDEX changes_by_document ON changes (document_id, captured_at);
CREATE INDEX changes_by_time ON changes (captured_at);

CREATE TABLE change_items (
    change_id BIGINT NOT NULL REFERENCES changes (id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    lineage_id TEXT NOT NULL,
    path TEXT NOT NULL,
    before_text TEXT,
    after_text TEXT,
    redline TEXT,
    significance TEXT NOT NULL,
    summary TEXT NOT NULL,
    PRIMARY KEY (change_id, position)
);
