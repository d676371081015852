package de.ihk.write;

import java.util.List;
import java.util.UUID;

/**
 * Rows of {@code table} whose representation changed with another record's write (they show it, or its publication
 * decides whether they are seen) and got a new version for it; fired inside the writing transaction, like
 * {@link RecordChange}, for everything that follows every change of a representation (the change feed).
 * {@code visibilityMayChange} is false when the rows moved only because they show the written record (a step's edit
 * moves its measure): whether readers without draft rights see them, and what hangs from them, stays as it was.
 */
public record VersionsMoved(String table, List<UUID> ids, boolean visibilityMayChange) {}
