-- Committee dates taken from the council information system (OParl): the meeting and agenda item they were taken
-- from (OParl ids, which the synchronisation follows), and where the meeting takes place.
ALTER TABLE presentation ADD COLUMN location varchar(500);
ALTER TABLE presentation ADD COLUMN oparl_meeting_url varchar(2000);
ALTER TABLE presentation ADD COLUMN oparl_agenda_item_url varchar(2000);
CREATE INDEX presentation_oparl_meeting_idx ON presentation (committee_id, oparl_meeting_url)
    WHERE oparl_meeting_url IS NOT NULL;

-- The lease of the scheduled synchronisation: one row, taken by the instance that runs it, so that with several
-- instances one runs it per interval.
CREATE TABLE oparl_sync_lease (
    id              int PRIMARY KEY CHECK (id = 1),
    holder          varchar(100),
    leased_until    timestamptz,
    last_started_at timestamptz,
    last_finished_at timestamptz
);
INSERT INTO oparl_sync_lease (id) VALUES (1);
