package de.ihk.presentation;

public enum PresentationStatus {
    SCHEDULED,
    HELD,
    CANCELLED,
    POSTPONED
}
