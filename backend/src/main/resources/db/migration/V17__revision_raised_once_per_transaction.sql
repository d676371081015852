-- The answer cache's revisions (V3, V13) are raised by deferred triggers, once per changed row. A transaction that
-- changes thousands of rows of one area (an import, a bulk load) updated the same revision row thousands of times at
-- its commit, and each of those updates had to walk past all the row versions the transaction had made before: the
-- commit took time growing with the square of the rows. Readers only ever see a transaction's last value, so raising
-- each revision once per transaction is enough: a revision row whose current version this transaction wrote already
-- (its xmin is the transaction's id) is left alone.

CREATE OR REPLACE FUNCTION bump_global_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE global_revision SET revision = revision + 1 WHERE id = 1 AND xmin <> pg_current_xact_id()::xid;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION bump_revision_by_area() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE area_revision SET revision = revision + 1
         WHERE area_id = OLD.area_id AND xmin <> pg_current_xact_id()::xid;
    ELSIF TG_OP = 'UPDATE' AND NEW.area_id IS DISTINCT FROM OLD.area_id THEN
        UPDATE area_revision SET revision = revision + 1
         WHERE area_id IN (OLD.area_id, NEW.area_id) AND xmin <> pg_current_xact_id()::xid;
    ELSE
        UPDATE area_revision SET revision = revision + 1
         WHERE area_id = NEW.area_id AND xmin <> pg_current_xact_id()::xid;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION bump_revision_by_measure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE area_revision r SET revision = r.revision + 1 FROM measure m
         WHERE m.id = OLD.measure_id AND r.area_id = m.area_id AND r.xmin <> pg_current_xact_id()::xid;
    ELSIF TG_OP = 'UPDATE' AND NEW.measure_id IS DISTINCT FROM OLD.measure_id THEN
        UPDATE area_revision r SET revision = r.revision + 1 FROM measure m
         WHERE m.id IN (OLD.measure_id, NEW.measure_id) AND r.area_id = m.area_id
           AND r.xmin <> pg_current_xact_id()::xid;
    ELSE
        UPDATE area_revision r SET revision = r.revision + 1 FROM measure m
         WHERE m.id = NEW.measure_id AND r.area_id = m.area_id AND r.xmin <> pg_current_xact_id()::xid;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION bump_revision_by_need() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_revision r SET revision = r.revision + 1 FROM need n
     WHERE n.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.need_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.need_id END)
       AND r.area_id = n.area_id AND r.xmin <> pg_current_xact_id()::xid;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION bump_revision_by_presentation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_revision r SET revision = r.revision + 1 FROM presentation p
     WHERE p.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.presentation_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.presentation_id END)
       AND r.area_id = p.area_id AND r.xmin <> pg_current_xact_id()::xid;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION bump_area_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_revision SET revision = revision + 1 WHERE area_id = NEW.id AND xmin <> pg_current_xact_id()::xid;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION bump_revision_by_indicator() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_revision r SET revision = r.revision + 1 FROM indicator i
     WHERE i.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.indicator_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.indicator_id END)
       AND r.area_id = i.area_id AND r.xmin <> pg_current_xact_id()::xid;
    RETURN NULL;
END $$;
