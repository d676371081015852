package de.ihk.changes;

import de.ihk.common.ApiException;
import de.ihk.write.RecordType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the change feed in commit order. Rows are written by {@link ChangeRecorder} in the writing transaction, in
 * the order of writing; {@link #sequence()} numbers those that have committed since it last ran, one run at a time
 * across all instances, so that a position once read is never followed by a smaller one: a transaction that commits
 * late gets a position after everything that was readable before.
 */
@ApplicationScoped
public class ChangeFeed {

    public static final int MAX_LIMIT = 1000;

    @Inject
    EntityManager em;

    /** Gives positions to the changes committed since the last run; cheap when there are none. Own transaction. */
    public void sequence() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!hasUnsequenced()) {
                return;
            }
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('ihk.change-feed.sequence'))")
                    .getSingleResult();
            em.createNativeQuery("""
                            WITH pending AS (SELECT seq, row_number() OVER (ORDER BY seq) AS n
                                             FROM change_log WHERE position IS NULL),
                                 top AS (SELECT last_position FROM change_feed_state WHERE id = 1),
                                 given AS (UPDATE change_log c SET position = top.last_position + pending.n
                                           FROM pending, top WHERE c.seq = pending.seq RETURNING c.position)
                            UPDATE change_feed_state
                            SET last_position = coalesce((SELECT max(position) FROM given), last_position)
                            WHERE id = 1""").executeUpdate();
        });
    }

    private boolean hasUnsequenced() {
        return (Boolean)
                em.createNativeQuery("SELECT EXISTS (SELECT 1 FROM change_log WHERE position IS NULL)", Boolean.class)
                        .getSingleResult();
    }

    /** The position of the newest sequenced change, 0 when there is none. */
    public long latestPosition() {
        return QuarkusTransaction.joiningExisting()
                .call(() -> ((Number) em.createNativeQuery("SELECT last_position FROM change_feed_state WHERE id = 1")
                                .getSingleResult())
                        .longValue());
    }

    /** As {@link #items} for readers without draft rights, after a position this instance gave out itself. */
    public List<ChangeItem> publicItemsAfter(long position, int limit, ChangeFilter filter) {
        return QuarkusTransaction.joiningExisting()
                .call(() -> read(position, limit, filter, Set.of(), prunedPosition()));
    }

    /** The position of the newest removed deletion; cursors say which they knew of. */
    long prunedPosition() {
        return ((Number) em.createNativeQuery("SELECT pruned_position FROM change_feed_state WHERE id = 1")
                        .getSingleResult())
                .longValue();
    }

    /**
     * Up to {@code limit} changes after {@code position} in commit order, as a reader sees them who sees the drafts of
     * {@code draftAreas} (null: of every area). 410 when changes after the position were compacted away.
     */
    public List<ChangeItem> items(ChangeCursor after, int limit, ChangeFilter filter, Set<UUID> draftAreas) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            long pruned = prunedPosition();
            if (after.missed(pruned)) {
                throw ApiException.gone("Changes after this cursor were removed: deletions are kept for a limited"
                        + " time. Read everything again (every list, or the feed without 'after') and continue with"
                        + " the new nextCursor.");
            }
            return read(after.position(), limit, filter, draftAreas, pruned);
        });
    }

    @SuppressWarnings("unchecked")
    private List<ChangeItem> read(long position, int limit, ChangeFilter filter, Set<UUID> draftAreas, long pruned) {
        String action;
        String version;
        if (draftAreas == null) {
            action = "c.action";
            version = "c.version";
        } else if (draftAreas.isEmpty()) {
            action = "c.public_action";
            version = "c.public_version";
        } else {
            action = "CASE WHEN c.area_id IN (:draftAreas) THEN c.action ELSE c.public_action END";
            version = "CASE WHEN c.area_id IN (:draftAreas) THEN c.version ELSE c.public_version END";
        }
        StringBuilder where = new StringBuilder("c.position > :position AND " + action + " IS NOT NULL");
        if (filter.areaId() != null) {
            where.append(" AND c.area_id = :area");
        }
        if (!filter.types().isEmpty()) {
            where.append(" AND c.record_type IN (:types)");
        }
        Query query = em.createNativeQuery("""
                        SELECT c.position, c.record_type, c.record_id, coalesce(a.slug, c.area_slug),
                               coalesce('/api/v1/target-groups/' || tg.code, c.path), %s, %s, c.changed_at
                        FROM change_log c LEFT JOIN area a ON a.id = c.area_id
                        LEFT JOIN target_group tg ON c.record_type = 'TARGET_GROUP' AND tg.id = c.record_id
                        WHERE %s ORDER BY c.position LIMIT :limit""".formatted(action, version, where))
                .setParameter("position", position)
                .setParameter("limit", limit);
        if (draftAreas != null && !draftAreas.isEmpty()) {
            query.setParameter("draftAreas", List.copyOf(draftAreas));
        }
        if (filter.areaId() != null) {
            query.setParameter("area", filter.areaId());
        }
        if (!filter.types().isEmpty()) {
            query.setParameter("types", filter.types().stream().map(Enum::name).toList());
        }
        List<ChangeItem> items = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            long at = ((Number) row[0]).longValue();
            String slug = (String) row[3];
            String path = (String) row[4];
            items.add(new ChangeItem(
                    at,
                    new ChangeCursor(at, pruned).toString(),
                    RecordType.valueOf((String) row[1]),
                    (UUID) row[2],
                    slug,
                    (String) row[5],
                    row[6] == null ? 0 : ((Number) row[6]).longValue(),
                    instant(row[7]),
                    path.startsWith("/") ? path : "/api/v1/areas/" + slug + (path.isEmpty() ? "" : "/" + path)));
        }
        return items;
    }

    /** The id of the area a feed may be filtered by: the area with this slug, or the deleted one that had it. */
    @SuppressWarnings("unchecked")
    public UUID areaForFilter(String slug) {
        List<UUID> ids =
                em.createNativeQuery("""
                        SELECT id FROM area WHERE slug = :slug
                        UNION ALL (SELECT area_id FROM change_log WHERE area_slug = :slug AND area_id IS NOT NULL
                                   ORDER BY seq DESC LIMIT 1)""", UUID.class).setParameter("slug", slug).getResultList();
        if (ids.isEmpty()) {
            throw ApiException.notFound("There is no area '" + slug + "' in the change feed.");
        }
        return ids.get(0);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
