-- Trusted time for the custody chain: an RFC 3161 token from a Time-Stamping Authority whose message imprint is the
-- SHA-256 hash of one link of custody_log, kept with that link. The token proves that the link, and so every link and
-- capture before it, existed at the token's time (stamped_at, read from the token). requested_at is when ClauseWatch
-- asked, so that requests stay at most one per configured interval across processes.
CREATE TABLE custody_timestamps (
    seq BIGINT PRIMARY KEY REFERENCES custody_log (seq),
    token BLOB NOT NULL,
    authority TEXT NOT NULL,
    stamped_at BIGINT NOT NULL,
    requested_at BIGINT NOT NULL
);

-- Requests that got no valid token (the authority unreachable, a refusal, a token that did not check); the head stays
-- unstamped and is asked for again at a later pass.
CREATE TABLE custody_timestamp_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    seq BIGINT NOT NULL REFERENCES custody_log (seq),
    authority TEXT NOT NULL,
    attempted_at BIGINT NOT NULL,
    message TEXT NOT NULL
);
