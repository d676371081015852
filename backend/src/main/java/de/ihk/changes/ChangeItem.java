package de.ihk.changes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.ihk.write.RecordType;
import java.time.Instant;
import java.util.UUID;

/** TEMPORARY stand-in for the change feed's contract, replaced when the change feed is merged. */
public record ChangeItem(
        @JsonIgnore long position,
        String cursor,
        RecordType recordType,
        UUID id,
        String areaSlug,
        String action,
        long version,
        Instant changedAt,
        String href) {}
