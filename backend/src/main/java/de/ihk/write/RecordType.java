package de.ihk.write;

import java.util.Locale;

/** The kinds of records that are written through {@link Writes}, and whose changes are kept. */
public enum RecordType {
    AREA,
    EDITION,
    ACTION_FIELD,
    NEED,
    MEASURE,
    ACTION_STEP,
    PRESENTATION,
    INDICATOR,
    ACTOR,
    COMMITTEE,
    TARGET_GROUP,
    ACCOUNT,
    API_TOKEN,
    WEBHOOK,
    MESSAGE;

    /** How messages name a record of this type, e.g. "action step". */
    public String noun() {
        return this == API_TOKEN ? "API token" : name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
