package de.ihk.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves the ids (or codes) a request refers to and checks that they may be referred to: records of the same area,
 * actors of the area's municipality, known target groups. Problems are collected in a list, so that one response
 * names every wrong reference.
 */
@ApplicationScoped
public class References {

    @Inject
    EntityManager em;

    /** What a record of an area may refer to: records of the same area. */
    public record Scope(UUID areaId, String areaSlug) {}

    /** A record of the given area, or null (and an error) when there is none. */
    public <E extends BaseEntity> E inArea(
            Class<E> type, String label, UUID id, Scope area, String field, List<FieldError> errors) {
        if (id == null) {
            return null;
        }
        List<E> found = inArea(type, label, List.of(id), area, field, false, errors);
        return found.isEmpty() ? null : found.get(0);
    }

    /** All records of the given area with these ids, reporting each unknown id at {@code field[i]}. */
    public <E extends BaseEntity> List<E> allInArea(
            Class<E> type, String label, List<UUID> ids, Scope area, String field, List<FieldError> errors) {
        return inArea(type, label, ids, area, field, true, errors);
    }

    private <E extends BaseEntity> List<E> inArea(
            Class<E> type,
            String label,
            List<UUID> ids,
            Scope area,
            String field,
            boolean indexed,
            List<FieldError> errors) {
        return resolve(
                type,
                "id",
                ids,
                "e.area.id = :area",
                Map.of("area", area.areaId()),
                e -> e.id,
                field,
                indexed,
                errors,
                id -> "There is no " + label + " with id " + id + " in area '" + area.areaSlug() + "'.");
    }

    /** All records with these ids, whatever their area, reporting each unknown id at {@code field[i]}. */
    public <E extends BaseEntity> List<E> all(
            Class<E> type, String label, List<UUID> ids, String field, List<FieldError> errors) {
        return resolve(
                type,
                "id",
                ids,
                "TRUE",
                Map.of(),
                e -> e.id,
                field,
                true,
                errors,
                id -> "There is no " + label + " with id " + id + ".");
    }

    /**
     * The records of {@code type} whose {@code keyProperty} is among {@code keys} and which meet {@code condition} (JPQL
     * on the alias {@code e}), in the order requested, without repetitions.
     *
     * @param indexed whether errors name the position in the list ({@code field[i]}) or the field alone
     */
    public <E, K> List<E> resolve(
            Class<E> type,
            String keyProperty,
            List<K> keys,
            String condition,
            Map<String, Object> parameters,
            Function<E, K> key,
            String field,
            boolean indexed,
            List<FieldError> errors,
            Function<K, String> missing) {
        if (keys == null || keys.isEmpty()) {
            return List.of();
        }
        Set<K> wanted = keys.stream().filter(k -> k != null).collect(Collectors.toCollection(LinkedHashSet::new));
        List<E> found = List.of();
        if (!wanted.isEmpty()) {
            TypedQuery<E> query = em.createQuery(
                            "SELECT e FROM " + type.getSimpleName() + " e WHERE e." + keyProperty + " IN :keys AND "
                                    + condition,
                            type)
                    .setParameter("keys", wanted);
            parameters.forEach(query::setParameter);
            found = query.getResultList();
        }
        Map<K, E> byKey = found.stream().collect(Collectors.toMap(key, Function.identity()));
        List<E> result = new ArrayList<>();
        Set<K> seen = new LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            K requested = keys.get(i);
            String at = indexed ? field + "[" + i + "]" : field;
            if (requested == null) {
                errors.add(new FieldError(at, "Must not be null."));
            } else if (!byKey.containsKey(requested)) {
                errors.add(new FieldError(at, missing.apply(requested)));
            } else if (seen.add(requested)) {
                result.add(byKey.get(requested));
            }
        }
        return result;
    }

    /**
     * Refuses (409) to delete a record while indicators are linked to it in {@code linkTable}, where {@code column}
     * holds its id; {@code record} names it in the message ("Need B1").
     */
    public void refuseWhileIndicatorsLink(String linkTable, String column, UUID id, String record) {
        long indicators = ((Number)
                        em.createNativeQuery("SELECT count(*) FROM " + linkTable + " WHERE " + column + " = :id")
                                .setParameter("id", id)
                                .getSingleResult())
                .longValue();
        if (indicators > 0) {
            throw ApiException.conflict(record + " cannot be deleted: " + indicators
                    + (indicators == 1 ? " indicator is" : " indicators are")
                    + " linked to it. Remove it from them first.");
        }
    }

    /** Throws one validation problem naming every collected error. */
    public static void failIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
