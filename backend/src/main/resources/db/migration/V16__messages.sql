-- Residents' questions and hints to the quarter management ("Frage oder Hinweis"), about a measure, a need, the
-- accessibility of the site, or the area in general. Only the area's editors read them; a message whose answer is
-- published shows the text the editor approved (published_question) and the answer, never name or e-mail. Messages
-- are deleted after the retention period (MessageRetentionJob); deleting an area deletes its messages.
CREATE TABLE message (
    id                 uuid          PRIMARY KEY,
    area_id            uuid          NOT NULL REFERENCES area (id) ON DELETE CASCADE,
    subject            varchar(20)   NOT NULL,
    measure_id         uuid          REFERENCES measure (id) ON DELETE SET NULL,
    need_id            uuid          REFERENCES need (id) ON DELETE SET NULL,
    sender_name        varchar(200),
    sender_email       varchar(254),
    content            varchar(2000) NOT NULL,
    status             varchar(20)   NOT NULL DEFAULT 'NEW',
    answer             varchar(4000),
    answered_at        timestamptz,
    published_question varchar(2000),
    published          boolean       NOT NULL DEFAULT false,
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL DEFAULT now(),
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT message_one_reference CHECK (measure_id IS NULL OR need_id IS NULL),
    CONSTRAINT message_published_has_answer CHECK (NOT published OR (answer IS NOT NULL AND published_question IS NOT NULL))
);
CREATE INDEX message_area_created_idx ON message (area_id, created_at DESC);
CREATE INDEX message_measure_idx ON message (measure_id) WHERE measure_id IS NOT NULL;
CREATE INDEX message_need_idx ON message (need_id) WHERE need_id IS NOT NULL;
CREATE INDEX message_created_idx ON message (created_at);

-- Published answers are part of the area's public answers (the questions below a measure or need).
CREATE CONSTRAINT TRIGGER message_revision AFTER INSERT OR UPDATE OR DELETE ON message DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_revision_by_area();
