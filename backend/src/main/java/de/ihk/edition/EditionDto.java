package de.ihk.edition;

import de.ihk.common.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record EditionDto(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String label,
        LocalDate publishedOn,
        String documentUrl,
        String summary,
        EditionStatus status,
        LocalDate adoptedOn)
        implements Versioned {

    public static EditionDto of(Edition e) {
        return e == null
                ? null
                : new EditionDto(
                        e.id,
                        e.version,
                        e.createdAt,
                        e.updatedAt,
                        e.label,
                        e.publishedOn,
                        e.documentUrl,
                        e.summary,
                        e.status,
                        e.adoptedOn);
    }
}
