package de.ihk.committee;

import de.ihk.common.Versioned;
import java.time.Instant;
import java.util.UUID;

public record CommitteeDto(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String name,
        String shortName,
        String municipality,
        String oparlOrganizationUrl)
        implements Versioned {

    static CommitteeDto of(Committee c) {
        return new CommitteeDto(
                c.id, c.version, c.createdAt, c.updatedAt, c.name, c.shortName, c.municipality, c.oparlOrganizationUrl);
    }
}
