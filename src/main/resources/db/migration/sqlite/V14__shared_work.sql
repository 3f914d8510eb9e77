-- Work shared by processes on one database (PostgreSQL): tracking passes and their document jobs under leases, whose
-- turn each host is, robots.txt answers. SQLite runs one process and leaves those tables empty; it keeps failed
-- sign-ins and the webhook decision of each subscription like PostgreSQL.
CREATE TABLE tracking_passes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    origin TEXT NOT NULL,
    scope TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    finished_at BIGINT
);

CREATE INDEX tracking_passes_open ON tracking_passes (origin, scope) WHERE finished_at IS NULL;

CREATE TABLE tracking_jobs (
    pass_id BIGINT NOT NULL REFERENCES tracking_passes (id),
    service TEXT NOT NULL,
    terms_type TEXT NOT NULL,
    host TEXT NOT NULL,
    worker TEXT,
    lease_until BIGINT,
    attempts INTEGER NOT NULL DEFAULT 0,
    done_at BIGINT,
    outcome TEXT,
    PRIMARY KEY (pass_id, service, terms_type)
);

CREATE INDEX tracking_jobs_open ON tracking_jobs (pass_id) WHERE done_at IS NULL;

CREATE TABLE host_turns (
    host TEXT PRIMARY KEY,
    holder TEXT,
    held_until BIGINT NOT NULL DEFAULT 0,
    free_at BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE robots_answers (
    robots_url TEXT PRIMARY KEY,
    status INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    body BLOB NOT NULL,
    fetched_at BIGINT NOT NULL
);

CREATE TABLE sign_in_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL,
    address TEXT NOT NULL,
    failed_at BIGINT NOT NULL
);

CREATE INDEX sign_in_failures_email ON sign_in_failures (email, failed_at);
CREATE INDEX sign_in_failures_address ON sign_in_failures (address, failed_at);

-- Whether the subscription's webhook may reach private addresses: decided when it is created, from the deployment's
-- setting, so that every process that delivers its alerts decides alike.
ALTER TABLE subscriptions ADD COLUMN webhook_private INTEGER NOT NULL DEFAULT 0;
