package de.ihk.actor;

import de.ihk.common.FieldError;
import de.ihk.common.References;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records of an area refer to actors of the area's municipality only. */
public final class ActorReferences {

    private ActorReferences() {}

    public static Actor one(
            References references, UUID id, String municipality, String field, List<FieldError> errors) {
        if (id == null) {
            return null;
        }
        List<Actor> found = find(references, List.of(id), municipality, field, false, errors);
        return found.isEmpty() ? null : found.get(0);
    }

    public static List<Actor> all(
            References references, List<UUID> ids, String municipality, String field, List<FieldError> errors) {
        return find(references, ids, municipality, field, true, errors);
    }

    private static List<Actor> find(
            References references,
            List<UUID> ids,
            String municipality,
            String field,
            boolean indexed,
            List<FieldError> errors) {
        return references.resolve(
                Actor.class,
                "id",
                ids,
                "e.municipality = :municipality",
                Map.of("municipality", municipality),
                a -> a.id,
                field,
                indexed,
                errors,
                id -> "There is no actor with id " + id + " in " + municipality + ".");
    }
}
