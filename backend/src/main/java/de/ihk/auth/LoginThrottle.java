package de.ihk.auth;

import de.ihk.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Slows down guessing: after {@value #ALLOWED_FAILURES} failed logins for a user name within the
 * window, that name is locked for {@link #LOCK}. Names that do not exist are counted the same way,
 * so the answers never tell whether an account exists. Kept in the database, so it holds across instances.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int ALLOWED_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    @Inject
    EntityManager em;

    /** Refuses with 429 while the name is locked. Runs inside the login transaction. */
    public void checkNotLocked(String username, Instant now) {
        List<?> rows = em.createNativeQuery("SELECT locked_until FROM login_throttle WHERE username_key = :key")
                .setParameter("key", key(username))
                .getResultList();
        Object lockedUntil = rows.isEmpty() ? null : rows.get(0);
        if (lockedUntil != null) {
            Instant until = lockedUntil instanceof Instant i ? i : ((java.time.OffsetDateTime) lockedUntil).toInstant();
            if (until.isAfter(now)) {
                long minutes = Math.max(1, Duration.between(now, until).toMinutes() + 1);
                throw ApiException.tooManyRequests(
                        "Too many failed logins for this user name. Try again in " + minutes + " minutes.");
            }
        }
    }

    public void recordFailure(String username, Instant now) {
        em.createNativeQuery("""
                        INSERT INTO login_throttle (username_key, failures, locked_until, last_failure) VALUES (:key, 1, NULL, :now)
                        ON CONFLICT (username_key) DO UPDATE SET
                            failures = CASE WHEN login_throttle.last_failure < :windowStart THEN 1 ELSE login_throttle.failures + 1 END,
                            last_failure = :now,
                            locked_until = CASE
                                WHEN login_throttle.last_failure >= :windowStart AND login_throttle.failures + 1 >= :allowed
                                THEN CAST(:lockedUntil AS timestamptz) ELSE NULL END""")
                .setParameter("key", key(username))
                .setParameter("now", now)
                .setParameter("windowStart", now.minus(WINDOW))
                .setParameter("allowed", ALLOWED_FAILURES)
                .setParameter("lockedUntil", now.plus(LOCK))
                .executeUpdate();
    }

    public void recordSuccess(String username) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE username_key = :key")
                .setParameter("key", key(username))
                .executeUpdate();
    }

    private static String key(String username) {
        String key = username.trim().toLowerCase(Locale.ROOT);
        return key.length() > 100 ? key.substring(0, 100) : key;
    }
}
