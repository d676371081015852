package de.ihk.measure;

public enum StepStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
