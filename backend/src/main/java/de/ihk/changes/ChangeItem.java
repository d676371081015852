package de.ihk.changes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.ihk.write.RecordType;
import java.time.Instant;
import java.util.UUID;

/**
 * One item of the change feed as the caller sees it. {@code position} is its place in commit order (the cursor says the
 * same to clients, opaquely); {@code href} is the record's path, or where it was for a {@code DELETE}.
 */
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
