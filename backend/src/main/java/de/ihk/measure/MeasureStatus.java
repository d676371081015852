package de.ihk.measure;

public enum MeasureStatus {
    IDEA,
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    ONGOING,
    DISCONTINUED
}
