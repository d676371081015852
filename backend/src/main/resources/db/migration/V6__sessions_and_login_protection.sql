-- User names are compared by one key (NFKC + case folding, computed by the application: de.ihk.auth.UserNames).
-- Existing names are ASCII only (the API allowed nothing else), for which the key is lower().
ALTER TABLE account ADD COLUMN username_key varchar(200);
UPDATE account SET username_key = lower(username);
ALTER TABLE account ALTER COLUMN username_key SET NOT NULL;
DROP INDEX account_username_idx;
CREATE UNIQUE INDEX account_username_key_idx ON account (username_key);

-- A session cookie is valid only while it carries the account's current generation: logout, a new password, a
-- changed role and disabling move it on and so end every session of the account on every instance.
ALTER TABLE account ADD COLUMN session_generation bigint NOT NULL DEFAULT 0;

-- Failed logins per user name and per client address: a growing delay instead of a lock.
DROP TABLE login_throttle;
CREATE TABLE login_throttle (
    throttle_key   varchar(250) PRIMARY KEY,
    failures       integer      NOT NULL,
    last_failure   timestamptz  NOT NULL,
    blocked_until  timestamptz
);
CREATE INDEX login_throttle_last_failure_idx ON login_throttle (last_failure);

-- The one-time link that lets the operator choose the first administrator's password (only its hash is kept).
CREATE TABLE admin_setup (
    token_hash  varchar(64) PRIMARY KEY,
    expires_at  timestamptz NOT NULL
);
