-- The domain of the integrated action concept (see shared DOMAIN.md).
-- Every record: id (uuid), version (optimistic locking), created_at, updated_at.
-- Every foreign key and every column a list filters on has an index.
-- Searchable tables carry a generated tsvector (German configuration) with a GIN index.

CREATE TABLE target_group (
    id          uuid PRIMARY KEY,
    code        varchar(50)  NOT NULL UNIQUE,
    label_de    varchar(200) NOT NULL,
    label_en    varchar(200) NOT NULL,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE area (
    id             uuid PRIMARY KEY,
    slug           varchar(100) NOT NULL UNIQUE,
    name           varchar(200) NOT NULL,
    municipality   varchar(200) NOT NULL,
    programme      varchar(200) NOT NULL,
    funding_start  integer,
    funding_end    integer,
    size_hectares  numeric(10, 2),
    inhabitants    integer,
    budget_amount  numeric(14, 2),
    summary        varchar(2000),
    description    text,
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    search_vector  tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('german', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('german', coalesce(municipality, '') || ' ' || coalesce(summary, '')), 'B') ||
        setweight(to_tsvector('german', coalesce(description, '')), 'C')) STORED
);
CREATE INDEX area_municipality_idx ON area (municipality);
CREATE INDEX area_search_idx ON area USING gin (search_vector);

CREATE TABLE actor (
    id            uuid PRIMARY KEY,
    name          varchar(200) NOT NULL,
    kind          varchar(40)  NOT NULL,
    municipality  varchar(200) NOT NULL,
    description   text,
    website       varchar(2000),
    email         varchar(320),
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('german', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('german', coalesce(description, '')), 'C')) STORED
);
CREATE INDEX actor_kind_idx ON actor (kind);
CREATE INDEX actor_municipality_idx ON actor (municipality);
CREATE INDEX actor_name_idx ON actor (lower(name));
CREATE INDEX actor_search_idx ON actor USING gin (search_vector);

CREATE TABLE committee (
    id                     uuid PRIMARY KEY,
    name                   varchar(200) NOT NULL,
    short_name             varchar(50),
    municipality           varchar(200) NOT NULL,
    oparl_organization_url varchar(2000),
    version                bigint       NOT NULL DEFAULT 0,
    created_at             timestamptz  NOT NULL DEFAULT now(),
    updated_at             timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX committee_municipality_idx ON committee (municipality);

CREATE TABLE edition (
    id            uuid PRIMARY KEY,
    area_id       uuid         NOT NULL REFERENCES area (id),
    label         varchar(200) NOT NULL,
    published_on  date,
    document_url  varchar(2000),
    summary       varchar(20000),
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX edition_area_idx ON edition (area_id, published_on);

CREATE TABLE action_field (
    id            uuid PRIMARY KEY,
    area_id       uuid         NOT NULL REFERENCES area (id),
    code          varchar(20)  NOT NULL,
    title         varchar(200) NOT NULL,
    description   varchar(20000),
    goal          varchar(20000),
    position      integer      NOT NULL DEFAULT 0,
    color         varchar(7),
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('german', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('german', coalesce(goal, '')), 'B') ||
        setweight(to_tsvector('german', coalesce(description, '')), 'C')) STORED,
    CONSTRAINT action_field_code_unique UNIQUE (area_id, code)
);
CREATE INDEX action_field_area_position_idx ON action_field (area_id, position);
CREATE INDEX action_field_search_idx ON action_field USING gin (search_vector);

CREATE TABLE need (
    id              uuid PRIMARY KEY,
    area_id         uuid         NOT NULL REFERENCES area (id),
    action_field_id uuid         NOT NULL REFERENCES action_field (id),
    code            varchar(20)  NOT NULL,
    title           varchar(200) NOT NULL,
    description     varchar(20000),
    evidence        varchar(20000),
    priority        varchar(20)  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    search_vector   tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('german', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('german', coalesce(description, '') || ' ' || coalesce(evidence, '')), 'C')) STORED,
    CONSTRAINT need_code_unique UNIQUE (area_id, code)
);
CREATE INDEX need_action_field_idx ON need (action_field_id);
CREATE INDEX need_area_priority_idx ON need (area_id, priority);
CREATE INDEX need_search_idx ON need USING gin (search_vector);

CREATE TABLE need_target_group (
    need_id         uuid NOT NULL REFERENCES need (id) ON DELETE CASCADE,
    target_group_id uuid NOT NULL REFERENCES target_group (id),
    PRIMARY KEY (need_id, target_group_id)
);
CREATE INDEX need_target_group_group_idx ON need_target_group (target_group_id);

CREATE TABLE measure (
    id              uuid PRIMARY KEY,
    area_id         uuid          NOT NULL REFERENCES area (id),
    action_field_id uuid          NOT NULL REFERENCES action_field (id),
    code            varchar(20)   NOT NULL,
    title           varchar(200)  NOT NULL,
    summary         varchar(2000),
    description     varchar(20000),
    status          varchar(20)   NOT NULL,
    priority        varchar(20)   NOT NULL,
    progress        integer       NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    start_date      date,
    end_date        date,
    lead_actor_id   uuid          REFERENCES actor (id),
    location        varchar(500),
    budget_amount   numeric(14, 2),
    budget_currency varchar(3),
    funding_source  varchar(500),
    version         bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    search_vector   tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('german', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('german', coalesce(summary, '')), 'B') ||
        setweight(to_tsvector('german', coalesce(description, '') || ' ' || coalesce(location, '')), 'C')) STORED,
    CONSTRAINT measure_code_unique UNIQUE (area_id, code),
    CONSTRAINT measure_dates_in_order CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)
);
CREATE INDEX measure_area_status_idx ON measure (area_id, status);
CREATE INDEX measure_action_field_idx ON measure (action_field_id);
CREATE INDEX measure_lead_actor_idx ON measure (lead_actor_id);
CREATE INDEX measure_area_period_idx ON measure (area_id, start_date, end_date);
CREATE INDEX measure_search_idx ON measure USING gin (search_vector);

CREATE TABLE measure_action_field (
    measure_id      uuid NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    action_field_id uuid NOT NULL REFERENCES action_field (id),
    PRIMARY KEY (measure_id, action_field_id)
);
CREATE INDEX measure_action_field_field_idx ON measure_action_field (action_field_id);

CREATE TABLE measure_need (
    measure_id uuid NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    need_id    uuid NOT NULL REFERENCES need (id),
    PRIMARY KEY (measure_id, need_id)
);
CREATE INDEX measure_need_need_idx ON measure_need (need_id);

CREATE TABLE measure_partner_actor (
    measure_id uuid NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    actor_id   uuid NOT NULL REFERENCES actor (id),
    PRIMARY KEY (measure_id, actor_id)
);
CREATE INDEX measure_partner_actor_actor_idx ON measure_partner_actor (actor_id);

CREATE TABLE measure_target_group (
    measure_id      uuid NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    target_group_id uuid NOT NULL REFERENCES target_group (id),
    PRIMARY KEY (measure_id, target_group_id)
);
CREATE INDEX measure_target_group_group_idx ON measure_target_group (target_group_id);

CREATE TABLE measure_link (
    measure_id uuid          NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    position   integer       NOT NULL,
    label      varchar(200)  NOT NULL,
    url        varchar(2000) NOT NULL,
    PRIMARY KEY (measure_id, position)
);

CREATE TABLE action_step (
    id                   uuid PRIMARY KEY,
    measure_id           uuid         NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    title                varchar(200) NOT NULL,
    description          varchar(20000),
    due_date             date,
    status               varchar(20)  NOT NULL,
    responsible_actor_id uuid         REFERENCES actor (id),
    position             integer      NOT NULL DEFAULT 0,
    version              bigint       NOT NULL DEFAULT 0,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    search_vector        tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('german', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('german', coalesce(description, '')), 'C')) STORED
);
CREATE INDEX action_step_measure_position_idx ON action_step (measure_id, position);
CREATE INDEX action_step_responsible_idx ON action_step (responsible_actor_id);
CREATE INDEX action_step_due_idx ON action_step (due_date) WHERE status IN ('OPEN', 'IN_PROGRESS');
CREATE INDEX action_step_search_idx ON action_step USING gin (search_vector);

CREATE TABLE presentation (
    id                  uuid PRIMARY KEY,
    area_id             uuid         NOT NULL REFERENCES area (id),
    committee_id        uuid         NOT NULL REFERENCES committee (id),
    date                date         NOT NULL,
    time                time,
    title               varchar(200) NOT NULL,
    description         varchar(20000),
    edition_id          uuid         REFERENCES edition (id),
    presenter_actor_id  uuid         REFERENCES actor (id),
    status              varchar(20)  NOT NULL,
    meeting_url         varchar(2000),
    agenda_item_url     varchar(2000),
    paper_url           varchar(2000),
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX presentation_area_date_idx ON presentation (area_id, date);
CREATE INDEX presentation_committee_idx ON presentation (committee_id);
CREATE INDEX presentation_edition_idx ON presentation (edition_id);
CREATE INDEX presentation_presenter_idx ON presentation (presenter_actor_id);

CREATE TABLE presentation_measure (
    presentation_id uuid NOT NULL REFERENCES presentation (id) ON DELETE CASCADE,
    measure_id      uuid NOT NULL REFERENCES measure (id),
    PRIMARY KEY (presentation_id, measure_id)
);
CREATE INDEX presentation_measure_measure_idx ON presentation_measure (measure_id);
