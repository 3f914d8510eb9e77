-- Several delivery workers on one database: a worker claims an alert (claimed_by, until claim_expires_at) before
-- sending it, so no other worker sends it meanwhile; a claim that outlives its lease (the worker crashed) lapses
-- and the alert is sent again by whoever claims it next.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claim_expires_at BIGINT;

-- 1 while the user still signs in with the one-time password from 'user add': the web asks for a new one first.
ALTER TABLE users ADD COLUMN password_change_required INTEGER NOT NULL DEFAULT 0;

CREATE INDEX sessions_by_expiry ON sessions (expires_at);
CREATE INDEX api_keys_by_user ON api_keys (user_id);
