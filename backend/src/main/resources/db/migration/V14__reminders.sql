-- E-mail reminders: an account's address, language and weekly digest subscription, and one row per digest.

ALTER TABLE account
    ADD COLUMN email             varchar(254),
    ADD COLUMN language          varchar(2)  NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en')),
    ADD COLUMN digest_subscribed boolean     NOT NULL DEFAULT false,
    ADD COLUMN digest_weekday    varchar(9)  NOT NULL DEFAULT 'MONDAY'
        CHECK (digest_weekday IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'));

-- The digest of an account for one week (the Monday that starts it). The row is created once (unique key), claimed by
-- one backend instance at a time with a lease (leased_until, lease_id; SELECT … FOR UPDATE SKIP LOCKED), and records
-- the outcome: SENT (with recipient, subject and the number of items), EMPTY (nothing to remind of, no mail), CANCELLED
-- (unsubscribed or no address any more before it went out), FAILED (the retries are used up), or PENDING with the
-- time of the next attempt after an SMTP failure.
CREATE TABLE digest (
    id              uuid PRIMARY KEY,
    account_id      uuid         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    week            date         NOT NULL,
    state           varchar(10)  NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'SENT', 'EMPTY', 'CANCELLED', 'FAILED')),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    leased_until    timestamptz,
    lease_id        uuid,
    recipient       varchar(254),
    subject         varchar(300),
    items           integer,
    sent_at         timestamptz,
    last_error      varchar(500),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT digest_account_week_key UNIQUE (account_id, week)
);
CREATE INDEX digest_pending_idx ON digest (next_attempt_at) WHERE state = 'PENDING';
