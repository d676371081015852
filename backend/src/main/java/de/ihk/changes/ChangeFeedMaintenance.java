package de.ihk.changes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the change feed complete and small: on start, records that have no change yet (written before the feed
 * existed, or loaded as SQL like the demo data) get one; once a day, changes older than the retention are compacted:
 * a record keeps only its latest change for each kind of reader, and the records deleted before the retention lose
 * their tombstones, after which a client behind them must read everything again (410).
 */
@ApplicationScoped
public class ChangeFeedMaintenance {

    private static final Logger LOG = Logger.getLogger(ChangeFeedMaintenance.class);

    @Inject
    EntityManager em;

    @Inject
    ChangeRecorder recorder;

    @ConfigProperty(name = "ihk.changes.retention")
    Duration retention;

    /** After the demo data (default observer priority): a database that has records but no changes yet gets them. */
    @Transactional
    void onStart(@Observes @Priority(5000) StartupEvent event) {
        lock();
        boolean empty = (Boolean) em.createNativeQuery("SELECT NOT EXISTS (SELECT 1 FROM change_log)", Boolean.class)
                .getSingleResult();
        if (empty) {
            recorder.recordUnrecorded();
        }
    }

    /** Gives every record that has no change yet one, e.g. after records were loaded as SQL. */
    @Transactional
    public void recordUnrecorded() {
        lock();
        recorder.recordUnrecorded();
    }

    private void lock() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('ihk.change-feed.sequence'))")
                .getSingleResult();
    }

    @Scheduled(cron = "{ihk.changes.compaction-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void compactScheduled() {
        int removed = compact();
        if (removed > 0) {
            LOG.infof("Compacted the change feed: %d changes older than %s removed.", removed, retention);
        }
    }

    /** Removes what the retention allows; returns how many changes were removed. Runs one at a time. */
    @Transactional
    public int compact() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('ihk.change-feed.sequence'))")
                .getSingleResult();
        var cutoff = java.time.Instant.now().minus(retention);
        // Records deleted before the cutoff: every change of theirs goes, and clients behind them must start again.
        int tombstones =
                em.createNativeQuery("""
                        WITH gone AS (
                            SELECT l.record_id, max(l.position) AS position FROM change_log l
                            WHERE l.position IS NOT NULL
                              AND NOT EXISTS (SELECT 1 FROM change_log k WHERE k.record_id = l.record_id
                                              AND (k.position IS NULL OR k.changed_at >= :cutoff))
                              AND (SELECT k.action FROM change_log k WHERE k.record_id = l.record_id
                                   AND k.action IS NOT NULL ORDER BY k.seq DESC LIMIT 1) = 'DELETE'
                            GROUP BY l.record_id),
                        raised AS (UPDATE change_feed_state SET pruned_position =
                                       greatest(pruned_position, (SELECT coalesce(max(position), 0) FROM gone))
                                   WHERE id = 1)
                        DELETE FROM change_log c USING gone WHERE c.record_id = gone.record_id""").setParameter("cutoff", cutoff).executeUpdate();
        // Older changes of the others that a later change of the same kind replaces: clients lose nothing.
        int replaced = em.createNativeQuery("""
                        DELETE FROM change_log c
                        WHERE c.position IS NOT NULL AND c.changed_at < :cutoff
                          AND (c.action IS NULL OR EXISTS (SELECT 1 FROM change_log k WHERE k.record_id = c.record_id
                                                           AND k.seq > c.seq AND k.action IS NOT NULL))
                          AND (c.public_action IS NULL OR EXISTS (SELECT 1 FROM change_log k
                                                                  WHERE k.record_id = c.record_id AND k.seq > c.seq
                                                                    AND k.public_action IS NOT NULL))""").setParameter("cutoff", cutoff).executeUpdate();
        return tombstones + replaced;
    }
}
