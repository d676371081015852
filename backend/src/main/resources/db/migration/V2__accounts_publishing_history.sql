-- Accounts, API tokens, publication state and the change history.

-- Publication: records that existed before publishing was introduced were public, so they start
-- out published; new records start as drafts.
ALTER TABLE area ADD COLUMN publication_status varchar(20) NOT NULL DEFAULT 'PUBLISHED';
ALTER TABLE area ALTER COLUMN publication_status SET DEFAULT 'DRAFT';
ALTER TABLE action_field ADD COLUMN publication_status varchar(20) NOT NULL DEFAULT 'PUBLISHED';
ALTER TABLE action_field ALTER COLUMN publication_status SET DEFAULT 'DRAFT';
ALTER TABLE need ADD COLUMN publication_status varchar(20) NOT NULL DEFAULT 'PUBLISHED';
ALTER TABLE need ALTER COLUMN publication_status SET DEFAULT 'DRAFT';
ALTER TABLE measure ADD COLUMN publication_status varchar(20) NOT NULL DEFAULT 'PUBLISHED';
ALTER TABLE measure ALTER COLUMN publication_status SET DEFAULT 'DRAFT';
ALTER TABLE presentation ADD COLUMN publication_status varchar(20) NOT NULL DEFAULT 'PUBLISHED';
ALTER TABLE presentation ALTER COLUMN publication_status SET DEFAULT 'DRAFT';

CREATE INDEX area_published_idx ON area (publication_status);
CREATE INDEX action_field_published_idx ON action_field (area_id, publication_status);
CREATE INDEX need_published_idx ON need (area_id, publication_status);
CREATE INDEX measure_published_idx ON measure (area_id, publication_status);
CREATE INDEX presentation_published_idx ON presentation (area_id, publication_status);

CREATE TABLE account (
    id             uuid PRIMARY KEY,
    username       varchar(100) NOT NULL,
    display_name   varchar(200) NOT NULL,
    password_hash  varchar(100) NOT NULL,
    role           varchar(20)  NOT NULL,
    enabled        boolean      NOT NULL DEFAULT true,
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX account_username_idx ON account (lower(username));

CREATE TABLE account_area (
    account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    area_id    uuid NOT NULL REFERENCES area (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, area_id)
);
CREATE INDEX account_area_area_idx ON account_area (area_id);

CREATE TABLE account_actor (
    account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    actor_id   uuid NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, actor_id)
);
CREATE INDEX account_actor_actor_idx ON account_actor (actor_id);

-- Failed logins per user name (known or not, so that the answer reveals nothing).
CREATE TABLE login_throttle (
    username_key  varchar(100) PRIMARY KEY,
    failures      integer      NOT NULL,
    locked_until  timestamptz,
    last_failure  timestamptz  NOT NULL
);

CREATE TABLE api_token (
    id           uuid PRIMARY KEY,
    name         varchar(200) NOT NULL,
    token_hash   varchar(64)  NOT NULL UNIQUE,
    role         varchar(20)  NOT NULL,
    expires_at   timestamptz  NOT NULL,
    revoked_at   timestamptz,
    created_by   uuid         REFERENCES account (id) ON DELETE SET NULL,
    last_used_at timestamptz,
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE api_token_area (
    token_id uuid NOT NULL REFERENCES api_token (id) ON DELETE CASCADE,
    area_id  uuid NOT NULL REFERENCES area (id) ON DELETE CASCADE,
    PRIMARY KEY (token_id, area_id)
);
CREATE INDEX api_token_area_area_idx ON api_token_area (area_id);

CREATE TABLE api_token_actor (
    token_id uuid NOT NULL REFERENCES api_token (id) ON DELETE CASCADE,
    actor_id uuid NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    PRIMARY KEY (token_id, actor_id)
);
CREATE INDEX api_token_actor_actor_idx ON api_token_actor (actor_id);

-- The key that signs session cookies, shared by every backend instance through the database.
CREATE TABLE server_secret (
    name       varchar(50) PRIMARY KEY,
    value      bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Every change to every record: who, when, which fields from what to what. Revisions do not
-- reference the record, so the history of a deleted record stays.
CREATE TABLE revision (
    id            uuid PRIMARY KEY,
    record_type   varchar(30)  NOT NULL,
    record_id     uuid         NOT NULL,
    area_id       uuid,
    record_label  varchar(300) NOT NULL,
    action        varchar(10)  NOT NULL,
    author_id     uuid,
    author_name   varchar(200),
    author_role   varchar(20)  NOT NULL,
    via_token     boolean      NOT NULL DEFAULT false,
    published     boolean      NOT NULL,
    changed_at    timestamptz  NOT NULL,
    changes       jsonb        NOT NULL
);
CREATE INDEX revision_record_idx ON revision (record_type, record_id, changed_at DESC);
CREATE INDEX revision_area_deleted_idx ON revision (area_id, changed_at DESC) WHERE action = 'DELETED';
