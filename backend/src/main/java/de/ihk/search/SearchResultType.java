package de.ihk.search;

public enum SearchResultType {
    AREA,
    ACTION_FIELD,
    NEED,
    MEASURE,
    ACTION_STEP,
    ACTOR
}
