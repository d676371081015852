-- Revisions that validate the API's answer cache (de.ihk.web.AnswerCache). Every committed change to a record that
-- belongs to an area raises that area's revision; changes to records shown across areas (actors, committees, target
-- groups) and the creation or deletion of areas raise the global revision. A backend instance reads these numbers
-- (one indexed query) before it answers a public read from its cache, so no instance serves an answer that a commit
-- anywhere has made stale. The triggers are deferred to the commit: the revision row is locked only for the commit's
-- last moment, and a transaction that changes many rows of one area still raises the number once per row at most.

CREATE TABLE area_revision (
    area_id  uuid   PRIMARY KEY REFERENCES area (id) ON DELETE CASCADE,
    revision bigint NOT NULL
);

CREATE TABLE global_revision (
    id       integer PRIMARY KEY CHECK (id = 1),
    revision bigint  NOT NULL
);

INSERT INTO global_revision VALUES (1, 1);
INSERT INTO area_revision SELECT id, 1 FROM area;

CREATE FUNCTION bump_global_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE global_revision SET revision = revision + 1 WHERE id = 1;
    RETURN NULL;
END $$;

-- A new area gets its row at once (not deferred), so that deferred triggers of its records find it.
CREATE FUNCTION add_area_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO area_revision VALUES (NEW.id, 1) ON CONFLICT (area_id) DO UPDATE SET revision = area_revision.revision + 1;
    RETURN NULL;
END $$;

CREATE FUNCTION bump_revision_by_area() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE area_revision SET revision = revision + 1 WHERE area_id = OLD.area_id;
    ELSIF TG_OP = 'UPDATE' AND NEW.area_id IS DISTINCT FROM OLD.area_id THEN
        UPDATE area_revision SET revision = revision + 1 WHERE area_id IN (OLD.area_id, NEW.area_id);
    ELSE
        UPDATE area_revision SET revision = revision + 1 WHERE area_id = NEW.area_id;
    END IF;
    RETURN NULL;
END $$;

-- Records of a measure (steps, links, needs, partners, target groups, further action fields): the measure's area.
-- When the measure itself is gone by the commit, its own trigger has raised the area's revision.
CREATE FUNCTION bump_revision_by_measure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE area_revision r SET revision = r.revision + 1 FROM measure m WHERE m.id = OLD.measure_id AND r.area_id = m.area_id;
    ELSIF TG_OP = 'UPDATE' AND NEW.measure_id IS DISTINCT FROM OLD.measure_id THEN
        UPDATE area_revision r SET revision = r.revision + 1 FROM measure m
         WHERE m.id IN (OLD.measure_id, NEW.measure_id) AND r.area_id = m.area_id;
    ELSE
        UPDATE area_revision r SET revision = r.revision + 1 FROM measure m WHERE m.id = NEW.measure_id AND r.area_id = m.area_id;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION bump_revision_by_need() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_revision r SET revision = r.revision + 1 FROM need n
     WHERE n.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.need_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.need_id END)
       AND r.area_id = n.area_id;
    RETURN NULL;
END $$;

CREATE FUNCTION bump_revision_by_presentation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_revision r SET revision = r.revision + 1 FROM presentation p
     WHERE p.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.presentation_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.presentation_id END)
       AND r.area_id = p.area_id;
    RETURN NULL;
END $$;

CREATE FUNCTION bump_area_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE area_revision SET revision = revision + 1 WHERE area_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER area_revision_insert AFTER INSERT ON area FOR EACH ROW EXECUTE FUNCTION add_area_revision();
CREATE CONSTRAINT TRIGGER area_revision_update AFTER UPDATE ON area DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_area_revision();
-- The list of areas and searches across areas see areas come and go.
CREATE CONSTRAINT TRIGGER area_global_revision AFTER INSERT OR DELETE ON area DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_global_revision();
CREATE CONSTRAINT TRIGGER actor_global_revision AFTER INSERT OR UPDATE OR DELETE ON actor DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_global_revision();
CREATE CONSTRAINT TRIGGER committee_global_revision AFTER INSERT OR UPDATE OR DELETE ON committee DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_global_revision();
CREATE CONSTRAINT TRIGGER target_group_global_revision AFTER INSERT OR UPDATE OR DELETE ON target_group DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_global_revision();
CREATE CONSTRAINT TRIGGER edition_revision AFTER INSERT OR UPDATE OR DELETE ON edition DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_area();
CREATE CONSTRAINT TRIGGER action_field_revision AFTER INSERT OR UPDATE OR DELETE ON action_field DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_area();
CREATE CONSTRAINT TRIGGER need_revision AFTER INSERT OR UPDATE OR DELETE ON need DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_area();
CREATE CONSTRAINT TRIGGER measure_revision AFTER INSERT OR UPDATE OR DELETE ON measure DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_area();
CREATE CONSTRAINT TRIGGER presentation_revision AFTER INSERT OR UPDATE OR DELETE ON presentation DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_area();
CREATE CONSTRAINT TRIGGER action_step_revision AFTER INSERT OR UPDATE OR DELETE ON action_step DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_measure();
CREATE CONSTRAINT TRIGGER measure_action_field_revision AFTER INSERT OR UPDATE OR DELETE ON measure_action_field DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_measure();
CREATE CONSTRAINT TRIGGER measure_need_revision AFTER INSERT OR UPDATE OR DELETE ON measure_need DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_measure();
CREATE CONSTRAINT TRIGGER measure_partner_actor_revision AFTER INSERT OR UPDATE OR DELETE ON measure_partner_actor DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_measure();
CREATE CONSTRAINT TRIGGER measure_target_group_revision AFTER INSERT OR UPDATE OR DELETE ON measure_target_group DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_measure();
CREATE CONSTRAINT TRIGGER measure_link_revision AFTER INSERT OR UPDATE OR DELETE ON measure_link DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_measure();
CREATE CONSTRAINT TRIGGER need_target_group_revision AFTER INSERT OR UPDATE OR DELETE ON need_target_group DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_need();
CREATE CONSTRAINT TRIGGER presentation_measure_revision AFTER INSERT OR UPDATE OR DELETE ON presentation_measure DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_presentation();
