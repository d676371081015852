package de.ihk.measure;

import java.util.List;

public enum MeasureStatus {
    IDEA,
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    ONGOING,
    DISCONTINUED;

    /** Measures still under way; finished and given-up ones need no work (the work view's notion of active). */
    public static final List<MeasureStatus> ACTIVE = List.of(IDEA, PLANNED, IN_PROGRESS, ONGOING);
}
