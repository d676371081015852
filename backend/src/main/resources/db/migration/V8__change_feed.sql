-- The change feed (de.ihk.changes): one row per change of a record as readers see it, written by the write path in the
-- writing transaction. `seq` is the order of writing; `position`, the order clients read in, is given after commit by
-- the sequencer (ChangeFeed.sequence), so that a change can never appear behind a position a client already passed,
-- however transactions commit. Each row holds two views: `action`/`version` for readers who see the area's drafts,
-- `public_action`/`public_version` for readers who do not (NULL: the change shows nothing to them).
CREATE TABLE change_log (
    seq             bigserial    PRIMARY KEY,
    position        bigint       UNIQUE,
    record_type     varchar(30)  NOT NULL,
    record_id       uuid         NOT NULL,
    parent_id       uuid,
    area_id         uuid,
    area_slug       varchar(100),
    path            varchar(300) NOT NULL,
    action          varchar(6),
    version         bigint,
    public_action   varchar(6),
    public_version  bigint,
    changed_at      timestamptz  NOT NULL,
    CHECK (action IS NOT NULL OR public_action IS NOT NULL)
);
CREATE INDEX change_log_unsequenced_idx ON change_log (seq) WHERE position IS NULL;
CREATE INDEX change_log_record_idx ON change_log (record_id, seq DESC);
CREATE INDEX change_log_parent_idx ON change_log (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX change_log_area_idx ON change_log (area_id, position);
CREATE INDEX change_log_area_slug_idx ON change_log (area_slug);

-- The last position given (positions are never given twice, even after compaction removed the rows that had them),
-- and the highest position of a deletion that compaction removed: a client whose cursor is behind it and older than
-- that compaction must read everything again (410).
CREATE TABLE change_feed_state (
    id               integer PRIMARY KEY CHECK (id = 1),
    last_position    bigint  NOT NULL DEFAULT 0,
    pruned_position  bigint  NOT NULL DEFAULT 0
);
INSERT INTO change_feed_state (id) VALUES (1);
