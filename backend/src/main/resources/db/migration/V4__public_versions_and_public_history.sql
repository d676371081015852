-- Readers without draft rights are shown the version of the last change they could see (public_version), so that
-- changes that touch only drafts move neither their ETags nor the version in the body (see de.ihk.write.Writes).
ALTER TABLE area ADD COLUMN public_version bigint NOT NULL DEFAULT 0;
ALTER TABLE action_field ADD COLUMN public_version bigint NOT NULL DEFAULT 0;
ALTER TABLE need ADD COLUMN public_version bigint NOT NULL DEFAULT 0;
ALTER TABLE measure ADD COLUMN public_version bigint NOT NULL DEFAULT 0;
ALTER TABLE presentation ADD COLUMN public_version bigint NOT NULL DEFAULT 0;
UPDATE area SET public_version = version WHERE version <> 0;
UPDATE action_field SET public_version = version WHERE version <> 0;
UPDATE need SET public_version = version WHERE version <> 0;
UPDATE measure SET public_version = version WHERE version <> 0;
UPDATE presentation SET public_version = version WHERE version <> 0;

-- The history shown to readers without draft rights: the change between the record's public representations before
-- and after (what those readers saw), NULL when they saw nothing of it. Revisions written before this column existed
-- compared the editors' representations, which may name drafts, so they stay visible to editors only.
ALTER TABLE revision ADD COLUMN public_changes jsonb;
ALTER TABLE revision DROP COLUMN published;
