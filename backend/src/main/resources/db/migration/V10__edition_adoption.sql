-- Editions as the adopted concept: an edition is being prepared or has been adopted; adopting it freezes the
-- published concept of its area in a snapshot that never changes afterwards.
ALTER TABLE edition
    ADD COLUMN status     varchar(20) NOT NULL DEFAULT 'PREPARING',
    ADD COLUMN adopted_on date,
    ADD CONSTRAINT edition_status_check CHECK (status IN ('PREPARING', 'ADOPTED')),
    ADD CONSTRAINT edition_adopted_on_check CHECK ((status = 'ADOPTED') = (adopted_on IS NOT NULL));

-- The frozen concept (JSON with a schemaVersion) and, once first asked for, its PDF document.
CREATE TABLE edition_snapshot (
    edition_id  uuid PRIMARY KEY REFERENCES edition (id) ON DELETE CASCADE,
    content     jsonb       NOT NULL,
    captured_at timestamptz NOT NULL,
    pdf         bytea
);

-- An adopted edition stays as the council heard it: its snapshot is never rewritten, and the PDF is stored once.
CREATE FUNCTION edition_snapshot_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.content IS DISTINCT FROM OLD.content OR NEW.captured_at IS DISTINCT FROM OLD.captured_at
            OR NEW.edition_id IS DISTINCT FROM OLD.edition_id
            OR (OLD.pdf IS NOT NULL AND NEW.pdf IS DISTINCT FROM OLD.pdf) THEN
        RAISE EXCEPTION 'the snapshot of an adopted edition cannot be changed';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER edition_snapshot_frozen BEFORE UPDATE ON edition_snapshot
    FOR EACH ROW EXECUTE FUNCTION edition_snapshot_frozen();
