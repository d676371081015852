package de.ihk.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * One create, update or delete that went through {@link Writes}, fired as a CDI event inside the writing transaction
 * (so that an observer's own writes commit or roll back with it). The history keeps it; anything else that must
 * follow every change (a change feed, webhooks) observes it the same way.
 *
 * @param before       the representation for readers who see drafts, before the change (null when created)
 * @param after        the same after the change (null when deleted)
 * @param publicBefore the representation readers without draft rights saw before (null when they saw nothing)
 * @param publicAfter  what they see after it (null when they see nothing)
 */
public record RecordChange(
        RecordType type,
        UUID id,
        UUID areaId,
        String label,
        Action action,
        JsonNode before,
        JsonNode after,
        JsonNode publicBefore,
        JsonNode publicAfter) {

    public enum Action {
        CREATED,
        UPDATED,
        DELETED
    }
}
