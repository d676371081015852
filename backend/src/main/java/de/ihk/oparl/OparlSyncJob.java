package de.ihk.oparl;

import de.ihk.integration.OparlException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Synchronises every committee with dates linked to a meeting, every {@code OPARL_SYNC_INTERVAL} (default 6h;
 * {@code off} switches it off). With several instances one runs it per interval: the run takes a lease in the
 * database (row {@code oparl_sync_lease}) that no other instance gets while it is held or before half an interval
 * has passed since the last start. A committee whose council system fails is left unchanged and logged.
 */
@ApplicationScoped
public class OparlSyncJob {

    private static final Logger LOG = Logger.getLogger(OparlSyncJob.class);
    /** How long a run may hold the lease before another instance may take it (a run that died). */
    private static final Duration LEASE = Duration.ofMinutes(30);

    @Inject
    OparlService service;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "ihk.oparl.sync-interval")
    String interval;

    private final String holder = UUID.randomUUID().toString();
    private Duration every;

    @PostConstruct
    void init() {
        every = parse(interval);
    }

    @Scheduled(
            identity = "oparl-sync",
            every = "${ihk.oparl.sync-interval}",
            delayed = "${ihk.oparl.sync-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** One run, if this instance gets the lease: the reports of the committees that were synchronised. */
    @ActivateRequestContext
    public Result run() {
        if (!takeLease()) {
            return new Result(false, List.of(), List.of());
        }
        List<OparlSyncReport> reports = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try {
            for (UUID committee : service.linkedCommittees()) {
                try {
                    OparlSyncReport report = service.syncCommittee(committee);
                    reports.add(report);
                    if (report.updated() > 0) {
                        LOG.infof(
                                "Council information system: %d of %d dates of %s changed (%d cancelled)",
                                report.updated(), report.presentations(), report.committeeName(), report.cancelled());
                    }
                } catch (OparlException e) {
                    failures.add(committee + ": " + e.getMessage());
                    LOG.warnf("Council information system: committee %s left unchanged: %s", committee, e.getMessage());
                } catch (RuntimeException e) {
                    failures.add(committee + ": " + e);
                    LOG.errorf(e, "Council information system: synchronising committee %s failed", committee);
                }
            }
        } finally {
            releaseLease();
        }
        return new Result(true, reports, failures);
    }

    /** What one run did: whether it ran at all (another instance may hold the lease), and per committee. */
    public record Result(boolean ran, List<OparlSyncReport> reports, List<String> failures) {}

    private boolean takeLease() {
        long gapSeconds = every == null ? 0 : every.toSeconds() / 2;
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                        UPDATE oparl_sync_lease
                        SET holder = :holder, leased_until = now() + make_interval(secs => :lease), last_started_at = now()
                        WHERE id = 1 AND (leased_until IS NULL OR leased_until < now())
                          AND (last_started_at IS NULL OR last_started_at <= now() - make_interval(secs => :gap))""")
                                .setParameter("holder", holder)
                                .setParameter("lease", (double) LEASE.toSeconds())
                                .setParameter("gap", (double) gapSeconds)
                                .executeUpdate()
                        == 1);
    }

    private void releaseLease() {
        QuarkusTransaction.requiringNew()
                .run(() ->
                        em.createNativeQuery("""
                        UPDATE oparl_sync_lease SET holder = NULL, leased_until = NULL, last_finished_at = now()
                        WHERE id = 1 AND holder = :holder""").setParameter("holder", holder).executeUpdate());
    }

    /** The interval as Quarkus reads it ({@code 6h}, {@code 30m}, {@code PT6H}); null when off. */
    static Duration parse(String value) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.equals("off") || text.equals("disabled")) {
            return null;
        }
        if (Character.isDigit(text.charAt(0))) {
            text = text.endsWith("d") ? "p" + text : "pt" + text;
        }
        return Duration.parse(text.toUpperCase(Locale.ROOT));
    }
}
