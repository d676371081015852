package de.ihk.auth;

import de.ihk.access.Role;
import de.ihk.actor.Actor;
import de.ihk.area.Area;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Maps the groups (or roles) of an ID token to a role of ours: the admin group makes an administrator; otherwise the
 * editor groups (prefix + an area's slug) make an editor of those areas; otherwise the contributor groups (prefix +
 * an actor's id) make a contributor for those actors. Groups naming no existing area or actor are ignored; with no
 * mapped group at all the person gets no role. Names are compared without regard to case.
 */
final class SsoRoles {

    private SsoRoles() {}

    static Optional<RoleBinding> map(
            Collection<String> groups,
            SsoConfig config,
            Function<String, Optional<Area>> areaBySlug,
            Function<UUID, Optional<Actor>> actorById) {
        Set<Area> areas = new HashSet<>();
        Set<Actor> actors = new HashSet<>();
        for (String raw : groups) {
            String group = raw.trim().toLowerCase(Locale.ROOT);
            if (group.equals(config.adminGroup().toLowerCase(Locale.ROOT))) {
                return Optional.of(new RoleBinding(Role.ADMIN, Set.of(), Set.of()));
            }
            suffix(group, config.editorGroupPrefix()).flatMap(areaBySlug).ifPresent(areas::add);
            suffix(group, config.contributorGroupPrefix())
                    .flatMap(SsoRoles::uuid)
                    .flatMap(actorById)
                    .ifPresent(actors::add);
        }
        if (!areas.isEmpty()) {
            return Optional.of(new RoleBinding(Role.EDITOR, areas, Set.of()));
        }
        if (!actors.isEmpty()) {
            return Optional.of(new RoleBinding(Role.CONTRIBUTOR, Set.of(), actors));
        }
        return Optional.empty();
    }

    private static Optional<String> suffix(String group, String prefix) {
        String lowerPrefix = prefix.toLowerCase(Locale.ROOT);
        return !lowerPrefix.isEmpty() && group.startsWith(lowerPrefix) && group.length() > lowerPrefix.length()
                ? Optional.of(group.substring(lowerPrefix.length()))
                : Optional.empty();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
