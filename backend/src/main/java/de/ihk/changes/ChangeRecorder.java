package de.ihk.changes;

import de.ihk.write.RecordChange;
import de.ihk.write.RecordType;
import de.ihk.write.VersionsMoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;

/**
 * Writes the change feed from the write path, inside the writing transaction: a row for every record whose
 * representation changed (the written record, and the records that show it), with what readers who see drafts and
 * readers who do not are told. Readers without draft rights are told what changes for them: a record they now see
 * is an {@code UPSERT} when they were not told of this public version yet; one they were told of and no longer see
 * (unpublished, or its action field, measure or area unpublished) is a {@code DELETE}. Publishing an area or a
 * measure decides what they see of its content, so its content is looked at again then.
 */
@ApplicationScoped
public class ChangeRecorder {

    static final String UPSERT = "UPSERT";
    static final String DELETE = "DELETE";

    @Inject
    EntityManager em;

    void recordWrite(@Observes RecordChange change) {
        ChangeSource.of(change.type()).ifPresent(source -> {
            if (change.action() == RecordChange.Action.DELETED) {
                recordDeletion("record_id = :id", change.id());
                if (change.type() == RecordType.MEASURE) {
                    recordDeletion("parent_id = :id AND record_type = 'ACTION_STEP'", change.id());
                }
            } else {
                record(source, "x.id = :id", change.id(), UPSERT);
                lookAgainAtContent(change.type(), List.of(change.id()));
            }
        });
    }

    void recordVersionsMoved(@Observes VersionsMoved moved) {
        ChangeSource.ofTable(moved.table()).ifPresent(source -> {
            record(source, "x.id IN (:id)", moved.ids(), UPSERT);
            if (moved.visibilityMayChange()) {
                lookAgainAtContent(source.type(), moved.ids());
            }
        });
    }

    /** Whether readers without draft rights see the content of these records changed with them. */
    private void lookAgainAtContent(RecordType type, List<UUID> ids) {
        if (type == RecordType.MEASURE) {
            record(ChangeSource.of(RecordType.ACTION_STEP).orElseThrow(), "x.parent_id IN (:id)", ids, null);
        } else if (type == RecordType.AREA) {
            for (ChangeSource source : ChangeSource.all()) {
                if (source.type() != RecordType.AREA) {
                    record(source, "x.area_id IN (:id)", ids, null);
                }
            }
        }
    }

    /**
     * Adds a row for each record of {@code source} that {@code condition} selects: {@code action} for readers who see
     * drafts (null: nothing changed for them), and for the others what changed for them, if anything.
     */
    private void record(ChangeSource source, String condition, Object id, String action) {
        Query insert = em.createNativeQuery("""
                        INSERT INTO change_log (record_type, record_id, parent_id, area_id, area_slug, path, action, version,
                                                public_action, public_version, changed_at)
                        SELECT * FROM (
                            SELECT CAST(:type AS varchar), x.id, x.parent_id, x.area_id, x.area_slug, x.path,
                                   CAST(:action AS varchar) AS action, x.version,
                                   CASE WHEN x.is_public AND (told.public_action IS DISTINCT FROM 'UPSERT'
                                                              OR told.public_version IS DISTINCT FROM x.public_version)
                                            THEN 'UPSERT'
                                        WHEN NOT x.is_public AND told.public_action = 'UPSERT' THEN 'DELETE'
                                   END AS public_action,
                                   x.public_version, clock_timestamp()
                            FROM (%s) x
                            LEFT JOIN LATERAL (SELECT c.public_action, c.public_version FROM change_log c
                                               WHERE c.record_id = x.id AND c.public_action IS NOT NULL
                                               ORDER BY c.seq DESC LIMIT 1) told ON TRUE
                            WHERE %s) n
                        WHERE n.action IS NOT NULL OR n.public_action IS NOT NULL""".formatted(source.select(), condition));
        insert.setParameter("type", source.type().name()).setParameter("action", action);
        if (id != null) {
            insert.setParameter("id", id);
        }
        insert.executeUpdate();
    }

    /** Adds a DELETE for each record that {@code condition} selects in the feed and that was not deleted yet. */
    private void recordDeletion(String condition, UUID id) {
        em.createNativeQuery("""
                        INSERT INTO change_log (record_type, record_id, parent_id, area_id, area_slug, path, action, version,
                                                public_action, public_version, changed_at)
                        SELECT l.record_type, l.record_id, l.parent_id, l.area_id, l.area_slug, l.path, 'DELETE', l.version,
                               CASE WHEN told.public_action = 'UPSERT' THEN 'DELETE' END, l.public_version,
                               clock_timestamp()
                        FROM (SELECT DISTINCT ON (record_id) * FROM change_log WHERE %s
                              ORDER BY record_id, seq DESC) l
                        LEFT JOIN LATERAL (SELECT c.action FROM change_log c
                                           WHERE c.record_id = l.record_id AND c.action IS NOT NULL
                                           ORDER BY c.seq DESC LIMIT 1) was ON TRUE
                        LEFT JOIN LATERAL (SELECT c.public_action FROM change_log c
                                           WHERE c.record_id = l.record_id AND c.public_action IS NOT NULL
                                           ORDER BY c.seq DESC LIMIT 1) told ON TRUE
                        WHERE was.action IS DISTINCT FROM 'DELETE'""".formatted(condition)).setParameter("id", id).executeUpdate();
    }

    /**
     * Adds an UPSERT for every record that has no row yet: records written before the feed existed, or loaded by SQL
     * (the demo data). Cheap when there are none.
     */
    public void recordUnrecorded() {
        for (ChangeSource source : ChangeSource.all()) {
            record(source, "NOT EXISTS (SELECT 1 FROM change_log k WHERE k.record_id = x.id)", null, UPSERT);
        }
    }
}
