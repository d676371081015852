package de.ihk.auth;

import de.ihk.access.Role;
import de.ihk.actor.ActorSummary;
import java.util.List;
import java.util.UUID;

/** Who the caller is: name, role, and the areas or actors the role is bound to. */
public record MeDto(
        UUID accountId,
        String username,
        String displayName,
        Role role,
        boolean viaToken,
        List<AreaRef> areas,
        List<ActorSummary> actors,
        String csrfToken) {

    public record AreaRef(UUID id, String slug, String name) {}
}
