package de.ihk.common;

/** Drafts are seen only by those who may edit them; anonymous readers see published records only. */
public enum PublicationStatus {
    DRAFT,
    PUBLISHED;

    public static String nameOf(PublicationStatus status) {
        return status == null ? null : status.name();
    }

    /** The requested status, or the current one when the request names none (new records: DRAFT). */
    public static PublicationStatus orDefault(PublicationStatus requested, PublicationStatus current) {
        return requested != null ? requested : current == null ? DRAFT : current;
    }
}
