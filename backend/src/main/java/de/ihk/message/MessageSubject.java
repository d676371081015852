package de.ihk.message;

/** What a message is about: a measure, a need, the accessibility of the site, or the area in general. */
public enum MessageSubject {
    MEASURE,
    NEED,
    ACCESSIBILITY,
    GENERAL
}
