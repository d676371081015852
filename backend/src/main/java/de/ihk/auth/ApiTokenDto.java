package de.ihk.auth;

import de.ihk.access.Role;
import de.ihk.actor.ActorSummary;
import de.ihk.common.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ApiTokenDto(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String name,
        Role role,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt,
        List<MeDto.AreaRef> areas,
        List<ActorSummary> actors)
        implements Versioned {

    static ApiTokenDto of(ApiToken t) {
        return new ApiTokenDto(
                t.id,
                t.version,
                t.createdAt,
                t.updatedAt,
                t.name,
                t.role,
                t.expiresAt,
                t.revokedAt,
                t.lastUsedAt,
                AuthService.areas(t.areas),
                ActorSummary.of(t.actors));
    }
}
