package de.ihk.changes;

import de.ihk.common.Publication;
import de.ihk.write.RecordType;
import java.util.Map;
import java.util.Optional;

/**
 * Where the change feed finds a record of each type, as one SQL select over alias {@code r}: its parent (a step's
 * measure), area, path, versions, and whether readers without draft rights see it ({@link Publication}'s rule).
 * Paths of area content are relative to the area ({@code measures/…}), so that they follow a renamed slug.
 */
record ChangeSource(RecordType type, String table, String select) {

    private static final String NO_ID = "CAST(NULL AS uuid)";

    private static final String AREA_PUBLISHED =
            "(SELECT pa.publication_status FROM area pa WHERE pa.id = r.area_id) = 'PUBLISHED'";

    private static final Map<RecordType, ChangeSource> SOURCES = Map.ofEntries(
            source(of(RecordType.AREA, "area", NO_ID, "r.id", "''", "r.public_version", Publication.area("r"))),
            source(inArea(RecordType.EDITION, "edition", "'editions/' || r.id", "r.version", "TRUE")),
            source(inArea(
                    RecordType.ACTION_FIELD,
                    "action_field",
                    "'action-fields/' || r.id",
                    "r.public_version",
                    Publication.actionField("r"))),
            source(inArea(RecordType.NEED, "need", "'needs/' || r.id", "r.public_version", Publication.need("r"))),
            source(inArea(
                    RecordType.MEASURE,
                    "measure",
                    "'measures/' || r.id",
                    "r.public_version",
                    Publication.measure("r"))),
            source(new ChangeSource(RecordType.ACTION_STEP, "action_step", """
                    SELECT r.id, r.measure_id AS parent_id, m.area_id, a.slug AS area_slug,
                           'measures/' || r.measure_id || '/steps/' || r.id AS path, r.version,
                           r.version AS public_version,
                           (%s AND %s) AS is_public
                    FROM action_step r JOIN measure m ON m.id = r.measure_id JOIN area a ON a.id = m.area_id""".formatted(
                            Publication.measure("m"), Publication.area("a")))),
            source(inArea(
                    RecordType.PRESENTATION,
                    "presentation",
                    "'presentations/' || r.id",
                    "r.public_version",
                    Publication.presentation("r"))),
            source(inArea(
                    RecordType.INDICATOR,
                    "indicator",
                    "'indicators/' || r.id",
                    "r.public_version",
                    Publication.indicator("r"))),
            source(inArea(
                    RecordType.MESSAGE, "message", "'questions/' || r.id", "r.version", Publication.message("r"))),
            source(shared(RecordType.ACTOR, "actor", "'/api/v1/actors/' || r.id")),
            source(shared(RecordType.COMMITTEE, "committee", "'/api/v1/committees/' || r.id")),
            source(shared(RecordType.TARGET_GROUP, "target_group", "'/api/v1/target-groups/' || r.code")));

    private static Map.Entry<RecordType, ChangeSource> source(ChangeSource source) {
        return Map.entry(source.type, source);
    }

    /** The source of a record type, empty for types that are not in the feed (accounts, tokens). */
    static Optional<ChangeSource> of(RecordType type) {
        return Optional.ofNullable(SOURCES.get(type));
    }

    /** The source of the records kept in {@code table}, empty for tables that are not in the feed. */
    static Optional<ChangeSource> ofTable(String table) {
        return SOURCES.values().stream().filter(s -> s.table.equals(table)).findFirst();
    }

    static Iterable<ChangeSource> all() {
        return SOURCES.values();
    }

    private static ChangeSource of(
            RecordType type,
            String table,
            String parent,
            String area,
            String path,
            String publicVersion,
            String isPublic) {
        return new ChangeSource(type, table, """
                SELECT r.id, %s AS parent_id, %s AS area_id, (SELECT sa.slug FROM area sa WHERE sa.id = %s) AS area_slug,
                       %s AS path, r.version, %s AS public_version, (%s) AS is_public
                FROM %s r""".formatted(parent, area, area, path, publicVersion, isPublic, table));
    }

    private static ChangeSource inArea(RecordType type, String table, String path, String publicVersion, String rule) {
        return of(type, table, NO_ID, "r.area_id", path, publicVersion, "(" + rule + ") AND " + AREA_PUBLISHED);
    }

    private static ChangeSource shared(RecordType type, String table, String path) {
        return of(type, table, NO_ID, NO_ID, path, "r.version", "TRUE");
    }
}
