-- ClauseWatch schema, PostgreSQL dialect. Timestamps are UTC epoch milliseconds (BIGINT) in both dialects.
CREATE TABLE documents (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service TEXT NOT NULL,
    terms_type TEXT NOT NULL,
    UNIQUE (service, terms_type)
);

CREATE TABLE captures (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id BIGINT REFERENCES documents (id),
    url TEXT NOT NULL,
    fetched_at BIGINT NOT NULL,
    status INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    payload_sha256 TEXT NOT NULL,
    payload_bytes BIGINT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    warc_file TEXT NOT NULL,
    warc_offset BIGINT NOT NULL,
    warc_length BIGINT NOT NULL,
    warc_record_id TEXT NOT NULL UNIQUE,
    revisit BOOLEAN NOT NULL,
    rendered BOOLEAN NOT NULL
);
CREATE INDEX captures_by_url ON captures (url, fetched_at, id);
CREATE INDEX captures_by_payload ON captures (payload_sha256, fetched_at);
CREATE INDEX captures_by_document ON captures (document_id);

CREATE TABLE versions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id BIGINT NOT NULL REFERENCES documents (id),
    captured_at BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    bytes BIGINT NOT NULL,
    flags TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    UNIQUE (document_id, captured_at)
);

CREATE TABLE version_texts (
    version_id BIGINT PRIMARY KEY REFERENCES versions (id),
    markdown TEXT NOT NULL
);

CREATE TABLE version_captures (
    version_id BIGINT NOT NULL REFERENCES versions (id),
    position INTEGER NOT NULL,
    capture_id BIGINT NOT NULL REFERENCES captures (id),
    PRIMARY KEY (version_id, position)
);
CREATE INDEX version_captures_by_capture ON version_captures (capture_id);

CREATE TABLE failures (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id BIGINT NOT NULL REFERENCES documents (id),
    failed_at BIGINT NOT NULL,
    failure_class TEXT NOT NULL,
    message TEXT NOT NULL,
    retry_after_millis BIGINT
);
CREATE INDEX failures_by_document ON failures (document_id, failed_at);

CREATE TABLE tracking_status (
    document_id BIGINT PRIMARY KEY REFERENCES documents (id),
    last_success_at BIGINT,
    failure_class TEXT,
    failure_message TEXT,
    failure_since BIGINT,
    last_attempt_at BIGINT
);
