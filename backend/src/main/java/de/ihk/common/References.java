package de.ihk.common;

import de.ihk.actor.Actor;
import de.ihk.area.Area;
import de.ihk.targetgroup.TargetGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves the ids a request refers to and checks that they may be referred to: records of the
 * same area, actors of the area's municipality, known target groups. Problems are collected in a
 * list, so that one response names every wrong reference.
 */
@ApplicationScoped
public class References {

    @Inject
    EntityManager em;

    /** A record of the given area, or null (and an error) when there is none. */
    public <E extends BaseEntity> E inArea(Class<E> type, String label, UUID id, Area area, String field, List<FieldError> errors) {
        if (id == null) {
            return null;
        }
        List<E> found = loadInArea(type, label, List.of(id), area, field, false, errors);
        return found.isEmpty() ? null : found.get(0);
    }

    /** All records of the given area with these ids, reporting each unknown id at {@code field[i]}. */
    public <E extends BaseEntity> List<E> allInArea(Class<E> type, String label, List<UUID> ids, Area area, String field, List<FieldError> errors) {
        return loadInArea(type, label, ids, area, field, true, errors);
    }

    private <E extends BaseEntity> List<E> loadInArea(Class<E> type, String label, List<UUID> ids, Area area, String field,
                                                      boolean indexed, List<FieldError> errors) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<E> found = em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.id IN :ids AND e.area = :area", type)
                .setParameter("ids", new LinkedHashSet<>(ids))
                .setParameter("area", area)
                .getResultList();
        return inRequestOrder(found, e -> e.id, ids, field, indexed, errors, id -> "There is no " + label + " with id " + id + " in area '" + area.slug + "'.");
    }

    /** All records with these ids, whatever their area, reporting each unknown id at {@code field[i]}. */
    public <E extends BaseEntity> List<E> all(Class<E> type, String label, List<UUID> ids, String field, List<FieldError> errors) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<E> found = em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.id IN :ids", type)
                .setParameter("ids", new LinkedHashSet<>(ids))
                .getResultList();
        return inRequestOrder(found, e -> e.id, ids, field, true, errors, id -> "There is no " + label + " with id " + id + ".");
    }

    public Actor actor(UUID id, String municipality, String field, List<FieldError> errors) {
        if (id == null) {
            return null;
        }
        List<Actor> found = loadActors(List.of(id), municipality, field, false, errors);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Actors with these ids that belong to the municipality of the area that refers to them. */
    public List<Actor> actors(List<UUID> ids, String municipality, String field, List<FieldError> errors) {
        return loadActors(ids, municipality, field, true, errors);
    }

    private List<Actor> loadActors(List<UUID> ids, String municipality, String field, boolean indexed, List<FieldError> errors) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<Actor> found = em.createQuery("SELECT a FROM Actor a WHERE a.id IN :ids AND a.municipality = :municipality", Actor.class)
                .setParameter("ids", new LinkedHashSet<>(ids))
                .setParameter("municipality", municipality)
                .getResultList();
        return inRequestOrder(found, a -> a.id, ids, field, indexed, errors, id -> "There is no actor with id " + id + " in " + municipality + ".");
    }

    public List<TargetGroup> targetGroups(List<String> codes, String field, List<FieldError> errors) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        List<TargetGroup> found = em.createQuery("SELECT t FROM TargetGroup t WHERE t.code IN :codes", TargetGroup.class)
                .setParameter("codes", new LinkedHashSet<>(codes))
                .getResultList();
        return inRequestOrder(found, t -> t.code, codes, field, true, errors, code -> "There is no target group with code '" + code + "'.");
    }

    private static <E, K> List<E> inRequestOrder(List<E> found, Function<E, K> key, List<K> requested, String field,
                                                 boolean indexed, List<FieldError> errors, Function<K, String> missing) {
        Map<K, E> byKey = found.stream().collect(Collectors.toMap(key, Function.identity()));
        List<E> result = new ArrayList<>();
        Set<K> seen = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            K wanted = requested.get(i);
            String at = indexed ? field + "[" + i + "]" : field;
            if (wanted == null) {
                errors.add(new FieldError(at, "Must not be null."));
            } else if (!byKey.containsKey(wanted)) {
                errors.add(new FieldError(at, missing.apply(wanted)));
            } else if (seen.add(wanted)) {
                result.add(byKey.get(wanted));
            }
        }
        return result;
    }

    /** Throws one validation problem naming every collected error. */
    public static void failIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
