-- Accounts, subscriptions and the alert outbox. Secrets are never stored: passwords as PBKDF2 hashes, API keys,
-- session ids and feed tokens as SHA-256 digests of high-entropy random values.
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    service_limit INTEGER,
    created_at BIGINT NOT NULL
);

CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id),
    key_sha256 TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

CREATE TABLE sessions (
    id_sha256 TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id),
    services TEXT NOT NULL,
    documents TEXT NOT NULL,
    topics TEXT NOT NULL,
    min_severity TEXT,
    significance TEXT NOT NULL,
    channel_type TEXT NOT NULL,
    channel_target TEXT,
    webhook_secret TEXT,
    feed_token_sha256 TEXT UNIQUE,
    mode TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    deleted_at BIGINT
);
CREATE INDEX subscriptions_by_user ON subscriptions (user_id);

-- One row per (subscription, change): written in the transaction that records the change, so an alert exists
-- exactly when its change does. The idempotency key goes to receivers with every attempt; alerts of one digest
-- share a digest key (subscription and digest slot), which is the delivery key of the digest.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id),
    change_id INTEGER NOT NULL REFERENCES changes (id),
    idempotency_key TEXT NOT NULL UNIQUE,
    digest_key TEXT,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    due_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    delivered_at BIGINT,
    last_error TEXT,
    UNIQUE (subscription_id, change_id)
);
CREATE INDEX outbox_due ON outbox (status, due_at);

CREATE TABLE delivery_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    outbox_id INTEGER NOT NULL REFERENCES outbox (id),
    attempted_at BIGINT NOT NULL,
    outcome TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX delivery_attempts_by_outbox ON delivery_attempts (outbox_id);
