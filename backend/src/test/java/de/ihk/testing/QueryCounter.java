package de.ihk.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements the application prepares (Hibernate statistics are on in the test profile). */
@ApplicationScoped
public class QueryCounter {

    @Inject
    SessionFactory sessionFactory;

    /** The number of statements prepared while {@code action} ran. */
    public long count(Runnable action) {
        Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        action.run();
        return statistics.getPrepareStatementCount() - before;
    }
}
