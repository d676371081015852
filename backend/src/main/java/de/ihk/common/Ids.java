package de.ihk.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Parses ids from paths and query strings, so that a malformed id is a clear 400 rather than a 404 or 500. */
public final class Ids {

    private Ids() {}

    public static UUID parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value.trim());
            if (id.toString().equalsIgnoreCase(value.trim())) {
                return id;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw ApiException.invalid(
                name, "'" + value + "' is not a valid id (a UUID such as 3f1c2a9e-8d1b-4c7a-9e2f-0b6d5a4c3e21).");
    }

    /** The items with these ids, in the order of the ids; ids without an item are skipped. */
    public static <T> List<T> inOrder(List<UUID> ids, Collection<T> items, Function<T, UUID> idOf) {
        Map<UUID, T> byId = new HashMap<>();
        for (T item : items) {
            byId.put(idOf.apply(item), item);
        }
        List<T> ordered = new ArrayList<>(byId.size());
        for (UUID id : ids) {
            T item = byId.get(id);
            if (item != null) {
                ordered.add(item);
            }
        }
        return ordered;
    }
}
