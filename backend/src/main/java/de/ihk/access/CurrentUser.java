package de.ihk.access;

import de.ihk.common.ApiException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who makes the current request and what they may do. Filled by {@link AuthFilter} from a session
 * cookie or an API token; anonymous otherwise. Services ask it before they read drafts or write.
 */
@RequestScoped
public class CurrentUser {

    private Role role = Role.ANONYMOUS;
    private UUID accountId;
    private UUID tokenId;
    private String name;
    private Set<UUID> areaIds = Set.of();
    private Set<UUID> actorIds = Set.of();

    /** Called once per request by the authentication filter. */
    public void signIn(Role role, UUID accountId, UUID tokenId, String name, Set<UUID> areaIds, Set<UUID> actorIds) {
        this.role = role;
        this.accountId = accountId;
        this.tokenId = tokenId;
        this.name = name;
        this.areaIds = Set.copyOf(areaIds);
        this.actorIds = Set.copyOf(actorIds);
    }

    /**
     * Runs {@code work} as a system actor: a process of the server, not a person (the council information system's
     * synchronisation). It acts with an administrator's rights, without account or token, and the history names
     * {@code name} as the author of its changes. Who was signed in before is signed in again afterwards, so that a
     * request can run part of its work as the system (a person starting the synchronisation). Needs an active request
     * context (scheduled methods have one).
     */
    public <T> T runAsSystem(String name, Supplier<T> work) {
        Role previousRole = role;
        UUID previousAccount = accountId;
        UUID previousToken = tokenId;
        String previousName = this.name;
        Set<UUID> previousAreas = areaIds;
        Set<UUID> previousActors = actorIds;
        signIn(Role.ADMIN, null, null, name, Set.of(), Set.of());
        try {
            return work.get();
        } finally {
            signIn(previousRole, previousAccount, previousToken, previousName, previousAreas, previousActors);
        }
    }

    public Role role() {
        return role;
    }

    public UUID accountId() {
        return accountId;
    }

    public UUID tokenId() {
        return tokenId;
    }

    public String name() {
        return name;
    }

    public Set<UUID> areaIds() {
        return areaIds;
    }

    public Set<UUID> actorIds() {
        return actorIds;
    }

    public boolean isAnonymous() {
        return role == Role.ANONYMOUS;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** May change everything in the area (admin, or an editor bound to it). */
    public boolean mayEdit(UUID areaId) {
        return isAdmin() || (role == Role.EDITOR && areaIds.contains(areaId));
    }

    /** Whether one of the caller's actors is among the given ones (contributors only). */
    public boolean actsFor(Collection<UUID> actors) {
        return role == Role.CONTRIBUTOR && actors.stream().anyMatch(actorIds::contains);
    }

    public void requireSignedIn() {
        if (isAnonymous()) {
            throw ApiException.unauthorized();
        }
    }

    public void requireAdmin() {
        requireSignedIn();
        if (!isAdmin()) {
            throw ApiException.forbidden("Only an administrator may do this.");
        }
    }

    public void requireEditor(UUID areaId, String slug) {
        requireSignedIn();
        if (!mayEdit(areaId)) {
            throw ApiException.forbidden("You may not change the content of area '" + slug + "'.");
        }
    }
}
