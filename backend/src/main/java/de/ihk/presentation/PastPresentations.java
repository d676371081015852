package de.ihk.presentation;

import de.ihk.common.Publication;
import de.ihk.write.Writes;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A presentation shows whether it is {@code upcoming}, which changes when its day has passed, without any write. So
 * that its version (and ETag) moves with its representation, the presentations whose day passed get a new version
 * once the date changes. The day up to which this was done is kept in the database and locked while it is moved on,
 * so that each day is handled once however many instances run, and days missed while none ran are caught up.
 */
@ApplicationScoped
public class PastPresentations {

    private static final Logger LOG = Logger.getLogger(PastPresentations.class);

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    Clock clock;

    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMinute() {
        catchUp(LocalDate.now(clock));
    }

    /** Gives a new version to the presentations that were upcoming on the last day handled and are not on {@code today}. */
    @Transactional
    public int catchUp(LocalDate today) {
        LocalDate handled = (LocalDate)
                em.createNativeQuery("SELECT day FROM calendar_day WHERE id = 1 FOR UPDATE", LocalDate.class)
                        .getSingleResult();
        if (!handled.isBefore(today)) {
            return 0;
        }
        int changed = writes.representationsChanged(
                "presentation",
                "date >= :handled AND date < :today AND status IN ('SCHEDULED', 'POSTPONED')",
                Publication.presentation("presentation"),
                Map.of("handled", handled, "today", today));
        em.createNativeQuery("UPDATE calendar_day SET day = :today WHERE id = 1")
                .setParameter("today", today)
                .executeUpdate();
        if (changed > 0) {
            LOG.infof("%d presentations are no longer upcoming since %s", changed, today);
        }
        return changed;
    }
}
