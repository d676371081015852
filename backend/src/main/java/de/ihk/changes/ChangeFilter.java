package de.ihk.changes;

import de.ihk.write.RecordType;
import java.util.Set;
import java.util.UUID;

/** Which changes a reader of the feed asks for: those of one area (null: all) and of some record types (empty: all). */
public record ChangeFilter(UUID areaId, Set<RecordType> types) {

    public static final ChangeFilter ALL = new ChangeFilter(null, Set.of());
}
