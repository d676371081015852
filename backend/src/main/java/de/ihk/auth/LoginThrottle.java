package de.ihk.auth;

import de.ihk.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Slows down password guessing with a growing delay, counted per user name and per client address. The first failures
 * cost nothing (four per name, nineteen per client); after that each failure makes the next attempt wait, 15 seconds at first and twice as long
 * with each further failure. Per user name the wait is capped at a
 * minute, so that nobody can lock someone else (the admin) out of their account; per client address it grows to
 * fifteen minutes, which stops a guesser at its own address. While a wait lasts, every login for that name or from
 * that address is refused with 429 and Retry-After – also one with the right password, else the wait would not
 * slow guessing. Names that do not exist count the same way, so the answers never tell whether an account exists.
 * Kept in the database, so it holds across instances; failures are forgotten after {@link #WINDOW} without one.
 *
 * <p>Other features that must slow down one client (residents' messages) count their own {@link Rule} in the same
 * table with {@link #checkClient} and {@link #countClient}: every counted event is a "failure" of that rule.
 */
@ApplicationScoped
public class LoginThrottle {

    /**
     * A counter: keys start with {@code prefix}; the first {@code freeFailures} events within {@code window} cost
     * nothing, each further one makes the next attempt wait, up to {@code maxDelay}.
     */
    public record Rule(String prefix, int freeFailures, Duration maxDelay, Duration window) {}

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Rule PER_NAME = new Rule("name:", 4, Duration.ofMinutes(1), WINDOW);
    static final Rule PER_CLIENT = new Rule("client:", 19, Duration.ofMinutes(15), WINDOW);
    /** Longer than a login takes even on a busy server, so that the wait is felt by the next attempt. */
    static final Duration FIRST_DELAY = Duration.ofSeconds(15);

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    @Inject
    EntityManager em;

    /** Refuses with 429 while the name or the client must wait. Runs inside the login transaction. */
    public void checkAllowed(String username, String clientAddress, Instant now) {
        refuseUntil(
                em.createNativeQuery(
                                "SELECT max(blocked_until) FROM login_throttle WHERE throttle_key IN (:name, :client)")
                        .setParameter("name", nameKey(username))
                        .setParameter("client", clientKey(clientAddress))
                        .getResultList(),
                now,
                "Too many failed logins for this user name or from this address.");
    }

    /**
     * Refuses with 429 (and {@code detail}, followed by the wait) while the client must wait under {@code rule}. Runs
     * inside the caller's transaction.
     */
    public void checkClient(Rule rule, String clientAddress, Instant now, String detail) {
        refuseUntil(
                em.createNativeQuery("SELECT blocked_until FROM login_throttle WHERE throttle_key = :key")
                        .setParameter("key", clientKey(rule, clientAddress))
                        .getResultList(),
                now,
                detail);
    }

    /** 429 with {@code detail} and the wait, while the blocked-until time the query found lies ahead. */
    private static void refuseUntil(List<?> rows, Instant now, String detail) {
        Object value = rows.isEmpty() ? null : rows.get(0);
        if (value == null) {
            return;
        }
        Instant until = value instanceof Instant i ? i : ((OffsetDateTime) value).toInstant();
        if (until.isAfter(now)) {
            long seconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
            throw ApiException.tooManyRequests(detail + " Try again in " + seconds + " seconds.", seconds);
        }
    }

    /** Counts one event of the client under {@code rule}. */
    public void countClient(Rule rule, String clientAddress, Instant now) {
        count(rule, clientKey(rule, clientAddress), now);
    }

    public void recordFailure(String username, String clientAddress, Instant now) {
        count(PER_NAME, nameKey(username), now);
        count(PER_CLIENT, clientKey(clientAddress), now);
    }

    /** A successful login forgets the name's failures; the client's stay, so that one good account does not reset a guesser. */
    public void recordSuccess(String username) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key = :key")
                .setParameter("key", nameKey(username))
                .executeUpdate();
    }

    /** How long the attempt after the given number of failures must wait. */
    static Duration delayAfter(Rule rule, int failures) {
        int beyondFree = failures - rule.freeFailures();
        if (beyondFree <= 0) {
            return Duration.ZERO;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(beyondFree - 1, 20));
        return delay.compareTo(rule.maxDelay()) > 0 ? rule.maxDelay() : delay;
    }

    private void count(Rule rule, String key, Instant now) {
        Number failures = (Number) em.createNativeQuery("""
                        INSERT INTO login_throttle (throttle_key, failures, last_failure) VALUES (:key, 1, :now)
                        ON CONFLICT (throttle_key) DO UPDATE SET
                            failures = CASE WHEN login_throttle.last_failure < :windowStart THEN 1
                                            ELSE login_throttle.failures + 1 END,
                            last_failure = :now
                        RETURNING failures""")
                .setParameter("key", key)
                .setParameter("now", now)
                .setParameter("windowStart", now.minus(rule.window()))
                .getSingleResult();
        Duration delay = delayAfter(rule, failures.intValue());
        em.createNativeQuery("UPDATE login_throttle SET blocked_until = :until WHERE throttle_key = :key")
                .setParameter("until", delay.isZero() ? null : now.plus(delay))
                .setParameter("key", key)
                .executeUpdate();
    }

    static String nameKey(String username) {
        return PER_NAME.prefix() + UserNames.key(username);
    }

    /**
     * IPv4 addresses count one by one, IPv6 addresses by their /64 network (one household or device usually has a
     * whole /64, and would otherwise get a fresh counter for every address in it).
     */
    static String clientKey(String address) {
        return clientKey(PER_CLIENT, address);
    }

    static String clientKey(Rule rule, String address) {
        if (address == null || !IP_LITERAL.matcher(address).matches()) {
            return rule.prefix() + "unknown"; // never a name to resolve
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 16) {
                for (int i = 8; i < 16; i++) {
                    bytes[i] = 0;
                }
                return rule.prefix() + InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return rule.prefix() + InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException | RuntimeException e) {
            return rule.prefix() + "unknown";
        }
    }
}
