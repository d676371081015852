package de.ihk.actor;

import de.ihk.common.Versioned;
import java.time.Instant;
import java.util.UUID;

public record ActorDto(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String name,
        ActorKind kind,
        String municipality,
        String description,
        String website,
        String email)
        implements Versioned {

    static ActorDto of(Actor a) {
        return new ActorDto(
                a.id,
                a.version,
                a.createdAt,
                a.updatedAt,
                a.name,
                a.kind,
                a.municipality,
                a.description,
                a.website,
                a.email);
    }
}
