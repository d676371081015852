package de.ihk.write;

import java.util.List;
import java.util.UUID;

/**
 * Rows of {@code table} whose representation changed with another record's write (they show it, or its publication
 * decides whether they are seen) and got a new version for it; fired inside the writing transaction, like
 * {@link RecordChange}, for everything that follows every change of a representation (the change feed).
 */
public record VersionsMoved(String table, List<UUID> ids) {}
