package de.ihk.testing;

import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements the application prepares (Hibernate statistics are on in the test profile). */
@ApplicationScoped
public class QueryCounter {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Scheduler scheduler;

    /**
     * The number of statements prepared while {@code action} ran. Scheduled jobs (past committee dates, the council
     * synchronisation) are paused meanwhile, so that only the action's statements are counted.
     */
    public long count(Runnable action) {
        scheduler.pause();
        try {
            Statistics statistics = sessionFactory.getStatistics();
            long before = statistics.getPrepareStatementCount();
            action.run();
            return statistics.getPrepareStatementCount() - before;
        } finally {
            scheduler.resume();
        }
    }
}
