-- Indicators (social monitoring): what an area measures to see whether its concept works. An indicator has a baseline,
-- targets by year and values over time (each for a year or for a date, with an optional value for the whole city), and
-- is linked to the action fields and needs it measures and the measures expected to move it.

CREATE TABLE indicator (
    id              uuid PRIMARY KEY,
    area_id         uuid          NOT NULL REFERENCES area (id),
    name            varchar(200)  NOT NULL,
    description     varchar(20000),
    unit            varchar(50),
    value_type      varchar(20)   NOT NULL,
    direction       varchar(20)   NOT NULL,
    source          varchar(500),
    spatial_level   varchar(30)   NOT NULL,
    baseline_year   integer,
    baseline_date   date,
    baseline_value  numeric(20, 6),
    baseline_city_value numeric(20, 6),
    baseline_note   varchar(500),
    baseline_source varchar(500),
    publication_status varchar(20) NOT NULL DEFAULT 'DRAFT',
    version         bigint        NOT NULL DEFAULT 0,
    public_version  bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    search_vector   tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('german', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('german', coalesce(description, '') || ' ' || coalesce(source, '')), 'C')) STORED,
    CONSTRAINT indicator_baseline_period CHECK (
        (baseline_value IS NULL AND baseline_year IS NULL AND baseline_date IS NULL)
        OR (baseline_value IS NOT NULL AND (baseline_year IS NULL) <> (baseline_date IS NULL)))
);
CREATE INDEX indicator_area_name_idx ON indicator (area_id, lower(name));
CREATE INDEX indicator_search_idx ON indicator USING gin (search_vector);

-- A value is for a year or for a date, never both; one value per year and per date (checked first by the service, with
-- a message naming the field). The values and targets of an indicator are rewritten as a whole when it changes.
CREATE TABLE indicator_value (
    indicator_id uuid           NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    year         integer,
    date         date,
    value        numeric(20, 6) NOT NULL,
    city_value   numeric(20, 6),
    note         varchar(500),
    source       varchar(500),
    CONSTRAINT indicator_value_period CHECK ((year IS NULL) <> (date IS NULL)),
    CONSTRAINT indicator_value_year_unique UNIQUE (indicator_id, year),
    CONSTRAINT indicator_value_date_unique UNIQUE (indicator_id, date)
);

CREATE TABLE indicator_target (
    indicator_id uuid           NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    year         integer        NOT NULL,
    value        numeric(20, 6) NOT NULL,
    note         varchar(500),
    CONSTRAINT indicator_target_year_unique UNIQUE (indicator_id, year)
);

CREATE TABLE indicator_action_field (
    indicator_id    uuid NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    action_field_id uuid NOT NULL REFERENCES action_field (id),
    PRIMARY KEY (indicator_id, action_field_id)
);
CREATE INDEX indicator_action_field_field_idx ON indicator_action_field (action_field_id);

CREATE TABLE indicator_need (
    indicator_id uuid NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    need_id      uuid NOT NULL REFERENCES need (id),
    PRIMARY KEY (indicator_id, need_id)
);
CREATE INDEX indicator_need_need_idx ON indicator_need (need_id);

CREATE TABLE indicator_measure (
    indicator_id uuid NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    measure_id   uuid NOT NULL REFERENCES measure (id),
    PRIMARY KEY (indicator_id, measure_id)
);
CREATE INDEX indicator_measure_measure_idx ON indicator_measure (measure_id);

-- The answer cache (V3): an indicator and everything of it raise its area's revision.
CREATE FUNCTION bump_revision_by_indicator() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_revision r SET revision = r.revision + 1 FROM indicator i
     WHERE i.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.indicator_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.indicator_id END)
       AND r.area_id = i.area_id;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER indicator_revision AFTER INSERT OR UPDATE OR DELETE ON indicator DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_area();
CREATE CONSTRAINT TRIGGER indicator_value_revision AFTER INSERT OR UPDATE OR DELETE ON indicator_value DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_indicator();
CREATE CONSTRAINT TRIGGER indicator_target_revision AFTER INSERT OR UPDATE OR DELETE ON indicator_target DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_indicator();
CREATE CONSTRAINT TRIGGER indicator_action_field_revision AFTER INSERT OR UPDATE OR DELETE ON indicator_action_field DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_indicator();
CREATE CONSTRAINT TRIGGER indicator_need_revision AFTER INSERT OR UPDATE OR DELETE ON indicator_need DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_indicator();
CREATE CONSTRAINT TRIGGER indicator_measure_revision AFTER INSERT OR UPDATE OR DELETE ON indicator_measure DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_indicator();
