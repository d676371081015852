package de.ihk.auth;

import de.ihk.access.Role;
import de.ihk.actor.Actor;
import de.ihk.area.Area;
import de.ihk.common.FieldError;
import de.ihk.common.References;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A role with what it is bound to, as accounts and API tokens are given it: editors to areas,
 * contributors to actors, admins to nothing. Bindings that do not fit the role are dropped.
 */
record RoleBinding(Role role, Set<Area> areas, Set<Actor> actors) {

    /** Resolves the ids and adds every problem to {@code errors}; {@code holder} names what gets the role ("An account"). */
    static RoleBinding resolve(
            References references,
            Role role,
            List<UUID> areaIds,
            List<UUID> actorIds,
            String holder,
            List<FieldError> errors) {
        List<Area> areas = references.all(Area.class, "area", areaIds, "areaIds", errors);
        List<Actor> actors = references.all(Actor.class, "actor", actorIds, "actorIds", errors);
        if (role == Role.ANONYMOUS) {
            errors.add(new FieldError("role", holder + " cannot be anonymous."));
        }
        if (role == Role.EDITOR && areas.isEmpty()) {
            errors.add(new FieldError("areaIds", holder + " with the role EDITOR needs at least one area."));
        }
        if (role == Role.CONTRIBUTOR && actors.isEmpty()) {
            errors.add(new FieldError("actorIds", holder + " with the role CONTRIBUTOR needs at least one actor."));
        }
        return new RoleBinding(
                role,
                new HashSet<>(role == Role.EDITOR ? areas : List.of()),
                new HashSet<>(role == Role.CONTRIBUTOR ? actors : List.of()));
    }
}
