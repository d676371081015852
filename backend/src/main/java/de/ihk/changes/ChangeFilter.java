package de.ihk.changes;

import de.ihk.write.RecordType;
import java.util.Set;
import java.util.UUID;

/** TEMPORARY stand-in for the change feed's contract, replaced when the change feed is merged. */
public record ChangeFilter(UUID areaId, Set<RecordType> types) {}
