package de.ihk.oparl;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a synchronisation of a committee's dates with the council information system found and changed.
 *
 * @param meetings how many meetings were read
 * @param presentations how many committee dates are linked to a meeting
 * @param updated how many of them were changed (moved or cancelled)
 * @param cancelled how many of them were cancelled
 */
public record OparlSyncReport(
        UUID committeeId,
        String committeeName,
        Instant syncedAt,
        int meetings,
        int presentations,
        int updated,
        int cancelled,
        List<PresentationChange> changes) {

    /** One committee date that was changed, with every field that changed. */
    public record PresentationChange(
            UUID presentationId, String areaSlug, String title, String meetingUrl, List<FieldChange> changes) {}

    /** A field of a committee date ({@code date}, {@code time}, {@code status}) from what to what. */
    public record FieldChange(String field, String from, String to) {}
}
