package de.ihk.message;

import de.ihk.access.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes residents' messages once the retention period ({@code MESSAGES_RETENTION}, default 365 days) has passed
 * since they arrived, daily at {@code MESSAGES_RETENTION_CRON}. Deletions go through the write path (the history
 * records them without personal data, readers of the change feed learn that a published answer is gone), in batches of
 * their own transactions. Several instances may run it at once: each skips the rows another is deleting.
 */
@ApplicationScoped
public class MessageRetentionJob {

    private static final Logger LOG = Logger.getLogger(MessageRetentionJob.class);
    private static final int BATCH = 200;

    @Inject
    MessageService service;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @ConfigProperty(name = "ihk.messages.retention")
    Duration retention;

    @Scheduled(
            identity = "message-retention",
            cron = "{ihk.messages.retention-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int deleted = run();
        if (deleted > 0) {
            LOG.infof("Deleted %d messages older than %s.", deleted, retention);
        }
    }

    /** Deletes every message older than the retention; returns how many. */
    @ActivateRequestContext
    public int run() {
        Instant cutoff = clock.instant().minus(retention);
        int total = 0;
        int deleted;
        do {
            deleted = user.runAsSystem(
                    "Aufbewahrungsfrist",
                    () -> QuarkusTransaction.requiringNew().call(() -> service.deleteOlderThan(cutoff, BATCH)));
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
