package de.ihk.history;

/** The kinds of records whose changes are kept. */
public enum RecordType {
    AREA, EDITION, ACTION_FIELD, NEED, MEASURE, ACTION_STEP, PRESENTATION, ACTOR, COMMITTEE, TARGET_GROUP
}
