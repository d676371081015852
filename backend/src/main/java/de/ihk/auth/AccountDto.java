package de.ihk.auth;

import de.ihk.access.Role;
import de.ihk.actor.ActorSummary;
import de.ihk.common.Versioned;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record AccountDto(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String username,
        String displayName,
        Role role,
        boolean enabled,
        String email,
        String language,
        boolean digestSubscribed,
        DayOfWeek digestWeekday,
        List<MeDto.AreaRef> areas,
        List<ActorSummary> actors)
        implements Versioned {

    static AccountDto of(Account a) {
        return new AccountDto(
                a.id,
                a.version,
                a.createdAt,
                a.updatedAt,
                a.username,
                a.displayName,
                a.role,
                a.enabled,
                a.email,
                a.language,
                a.digestSubscribed,
                a.digestWeekday,
                AuthService.areas(a.areas),
                ActorSummary.of(a.actors));
    }
}
