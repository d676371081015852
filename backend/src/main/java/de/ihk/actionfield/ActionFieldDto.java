package de.ihk.actionfield;

import de.ihk.common.PublicationStatus;
import de.ihk.common.Versioned;
import java.time.Instant;
import java.util.UUID;

public record ActionFieldDto(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String code,
        String title,
        String description,
        String goal,
        String easyLanguageSummary,
        int position,
        String color,
        PublicationStatus publicationStatus)
        implements Versioned {

    /** @param drafts whether the reader sees drafts (and so the version of every change) */
    static ActionFieldDto of(ActionField f, boolean drafts) {
        return new ActionFieldDto(
                f.id,
                f.versionFor(drafts),
                f.createdAt,
                f.updatedAt,
                f.code,
                f.title,
                f.description,
                f.goal,
                f.easyLanguageSummary,
                f.position,
                f.color,
                f.publicationStatus);
    }
}
