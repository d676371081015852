-- Webhook subscriptions (Standard Webhooks): an administrator names a receiver URL and which changes of the change
-- feed it wants (record types, optionally areas); the server posts them to it in signed batches. The secret is kept
-- as it is shown once to the administrator, since every delivery is signed with it (a hash could not sign).
-- area_ids holds no foreign key: a deleted area's id stays and matches nothing more, so that the subscription does
-- not silently widen to every area.
CREATE TABLE webhook (
    id              uuid PRIMARY KEY,
    url             varchar(2000) NOT NULL,
    description     varchar(500),
    events          varchar(30)[] NOT NULL,
    area_ids        uuid[]        NOT NULL DEFAULT '{}',
    secret          varchar(100)  NOT NULL,
    active          boolean       NOT NULL DEFAULT true,
    disabled_at     timestamptz,
    disabled_reason varchar(500),
    created_by      uuid          REFERENCES account (id) ON DELETE SET NULL,
    version         bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX webhook_created_by_idx ON webhook (created_by);

-- Where the delivery of each subscription stands; written by the dispatcher only, never by the write path, so that
-- an administrator's edit and a delivery never overwrite each other. delivered_position is the change feed position
-- up to which the receiver has confirmed everything; batch_last_position the end of the batch being delivered, so
-- that a retry sends the same batch (and the same webhook-id). A dispatcher claims a row by setting leased_until and
-- lease_id in a short transaction, calls the receiver outside any transaction, and writes the outcome only while its
-- lease_id is still the row's.
CREATE TABLE webhook_dispatch (
    webhook_id          uuid PRIMARY KEY REFERENCES webhook (id) ON DELETE CASCADE,
    delivered_position  bigint       NOT NULL,
    batch_last_position bigint,
    attempts            integer      NOT NULL DEFAULT 0,
    next_attempt_at     timestamptz  NOT NULL DEFAULT now(),
    leased_until        timestamptz,
    lease_id            uuid,
    last_success_at     timestamptz,
    last_failure_at     timestamptz,
    last_error          varchar(500)
);
CREATE INDEX webhook_dispatch_due_idx ON webhook_dispatch (next_attempt_at);

-- The recent delivery attempts of each subscription (the dispatcher keeps the newest ones only).
CREATE TABLE webhook_delivery (
    id           bigserial PRIMARY KEY,
    webhook_id   uuid         NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    attempted_at timestamptz  NOT NULL,
    message_id   varchar(200) NOT NULL,
    attempt      integer      NOT NULL,
    items        integer      NOT NULL,
    status       integer,
    error        varchar(500),
    duration_ms  integer      NOT NULL
);
CREATE INDEX webhook_delivery_webhook_idx ON webhook_delivery (webhook_id, id DESC);
