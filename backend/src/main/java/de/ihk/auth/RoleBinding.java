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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A role with what it is bound to, as accounts and API tokens are given it: editors to areas,
 * contributors to actors, admins to nothing. Bindings that do not fit the role are dropped.
 */
record RoleBinding(Role role, Set<Area> areas, Set<Actor> actors) {

    /** Whether the account has exactly these rights (same role, same areas, same actors). */
    boolean isHeldBy(Account account) {
        return account.role == role
                && ids(account.areas, a -> a.id).equals(ids(areas, a -> a.id))
                && ids(account.actors, a -> a.id).equals(ids(actors, a -> a.id));
    }

    private static <T> Set<UUID> ids(Set<T> records, Function<T, UUID> id) {
        return records.stream().map(id).collect(Collectors.toSet());
    }

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
