package de.ihk.history;

import com.fasterxml.jackson.databind.JsonNode;
import de.ihk.access.Role;
import de.ihk.write.RecordType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change of a record: who, when, and which fields went from what to what. */
public record RevisionDto(
        UUID id,
        RecordType recordType,
        UUID recordId,
        String recordLabel,
        Action action,
        Instant changedAt,
        Author author,
        List<Change> changes) {

    public enum Action {
        CREATED,
        UPDATED,
        DELETED
    }

    /** The author; anonymous readers see only the role. */
    public record Author(String name, Role role, boolean viaToken) {}

    public record Change(String field, JsonNode from, JsonNode to) {}
}
