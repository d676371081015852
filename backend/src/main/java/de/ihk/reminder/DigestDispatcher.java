package de.ihk.reminder;

import de.ihk.access.Role;
import de.ihk.common.MailSetup;
import de.ihk.reminder.DigestContent.Digest;
import de.ihk.reminder.DigestContent.Recipient;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the weekly digests, exactly once each, from any number of backend instances.
 *
 * <p>Every run (each minute) first plans: on an account's weekday, from the configured time, it inserts the row of the
 * account's digest for this week; the row's unique key (account, week) makes a second insert, by this or another
 * instance, a no-op. Then it claims due rows with {@code SELECT … FOR UPDATE SKIP LOCKED} in a short transaction that
 * sets a lease ({@code leased_until}, {@code lease_id}), as webhook deliveries do: no other instance claims them until
 * the lease ends, and no row lock is held while the SMTP server is talked to. For each claimed digest it reads the
 * content, sends one mail outside any transaction and records the outcome in a second short transaction, only while
 * its lease is still the row's. A failed send keeps the row pending with the next attempt after the retry schedule's
 * wait; a digest with nothing in it is recorded as empty and sends nothing.
 *
 * <p>The one window for a second mail is an instance that dies after the SMTP server accepted the mail and before the
 * outcome is written: its lease then expires and another instance sends again. Leases are minutes, a send seconds.
 */
@ApplicationScoped
public class DigestDispatcher {

    private static final Logger LOG = Logger.getLogger(DigestDispatcher.class);

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    ReminderSettings settings;

    @Inject
    MailSetup setup;

    @Inject
    DigestContent content;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    Clock clock;

    /** A digest claimed by this instance until its lease ends. */
    record Claim(UUID digestId, UUID leaseId, UUID accountId, int attempts) {}

    /** What became of a claimed digest. */
    public enum Outcome {
        SENT,
        EMPTY,
        CANCELLED,
        RETRY,
        FAILED,
        LEASE_LOST
    }

    @Scheduled(
            every = "${ihk.reminders.poll-interval:1m}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (settings.dispatch() && setup.configured()) {
            try {
                runOnce();
            } catch (RuntimeException e) {
                LOG.warn("Sending reminder digests failed; the next run tries again", e);
            }
        }
    }

    /** Plans today's digests and sends the due ones; returns the outcomes. Does nothing without mail configured. */
    public List<Outcome> runOnce() {
        if (!setup.configured()) {
            return List.of();
        }
        plan(ZonedDateTime.now(clock));
        List<Outcome> outcomes = new ArrayList<>();
        for (Claim claim : claim(settings.batchSize())) {
            outcomes.add(process(claim));
        }
        return outcomes;
    }

    /** The Monday of the week of {@code day}: the key of a week's digest. */
    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Inserts the digests due on {@code now}'s day once its send time has come; returns how many were new. */
    public int plan(ZonedDateTime now) {
        if (now.toLocalTime().isBefore(settings.sendAt())) {
            return 0;
        }
        LocalDate today = now.toLocalDate();
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                                INSERT INTO digest (id, account_id, week)
                                SELECT gen_random_uuid(), a.id, :week FROM account a
                                WHERE a.enabled AND a.digest_subscribed AND a.email IS NOT NULL
                                  AND a.digest_weekday = :weekday
                                ON CONFLICT (account_id, week) DO NOTHING""")
                        .setParameter("week", weekOf(today))
                        .setParameter("weekday", today.getDayOfWeek().name())
                        .executeUpdate());
    }

    /**
     * Leases up to {@code max} pending digests that are due, skipping those others hold (chosen once, in a materialized
     * CTE, for the reason given at {@code WebhookDispatcher#claim}).
     */
    @SuppressWarnings("unchecked")
    List<Claim> claim(int max) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID leaseId = UUID.randomUUID();
            List<Object[]> rows = em.createNativeQuery("""
                            WITH due AS MATERIALIZED (
                                SELECT d2.id FROM digest d2
                                WHERE d2.state = 'PENDING' AND d2.next_attempt_at <= now()
                                  AND (d2.leased_until IS NULL OR d2.leased_until < now())
                                ORDER BY d2.next_attempt_at
                                LIMIT :max
                                FOR UPDATE OF d2 SKIP LOCKED)
                            UPDATE digest d
                            SET leased_until = now() + make_interval(secs => :lease), lease_id = :leaseId
                            FROM due WHERE d.id = due.id
                            RETURNING d.id, d.account_id, d.attempts""")
                    .setParameter("lease", (double) settings.lease().toMillis() / 1000)
                    .setParameter("leaseId", leaseId)
                    .setParameter("max", max)
                    .getResultList();
            return rows.stream()
                    .map(row -> new Claim((UUID) row[0], leaseId, (UUID) row[1], ((Number) row[2]).intValue()))
                    .toList();
        });
    }

    /** Sends the claimed digest (called outside any transaction) and records what became of it. */
    Outcome process(Claim claim) {
        LocalDate today = LocalDate.now(clock);
        Digest digest;
        try {
            digest = QuarkusTransaction.requiringNew().call(() -> read(claim.accountId(), today));
        } catch (RuntimeException e) {
            // a digest whose content cannot be read must not hold up the others: it is retried like a failed send
            LOG.errorf(e, "The content of reminder digest %s could not be read", claim.digestId());
            return retry(claim, settings.retrySchedule().get(0), String.valueOf(e.getMessage()));
        }
        if (digest == null) {
            return finish(claim, Outcome.CANCELLED, null, null, 0, null);
        }
        if (digest.items() == 0) {
            return finish(claim, Outcome.EMPTY, null, null, 0, null);
        }
        String base = setup.baseUrl();
        String unsubscribe = base + "/api/v1/reminders/unsubscribe?token=" + tokens.of(claim.accountId());
        DigestMail.Rendered rendered = DigestMail.render(digest, settings, base, unsubscribe);
        try {
            mailer.send(Mail.withText(digest.recipient().email(), rendered.subject(), rendered.text())
                    .setHtml(rendered.html())
                    .setFrom(settings.from().orElseThrow())
                    .addHeader("List-Unsubscribe", "<" + unsubscribe + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                    .addHeader("Auto-Submitted", "auto-generated")
                    .addHeader("X-IHK-Digest", claim.digestId().toString()));
        } catch (RuntimeException e) {
            int attempts = claim.attempts() + 1;
            List<Duration> waits = settings.retrySchedule();
            String error = String.valueOf(e.getMessage());
            if (attempts > waits.size()) {
                LOG.errorf(
                        "Reminder digest %s could not be sent after %d attempts: %s",
                        claim.digestId(), attempts, error);
                return finish(claim, Outcome.FAILED, null, null, 0, error);
            }
            LOG.warnf(
                    "Reminder digest %s could not be sent (attempt %d), retrying later: %s",
                    claim.digestId(), attempts, error);
            return retry(claim, waits.get(attempts - 1), error);
        }
        return finish(claim, Outcome.SENT, digest.recipient().email(), rendered.subject(), digest.items(), null);
    }

    /** The digest of the account, or null when it is no longer to get one (unsubscribed, no address, disabled). */
    private Digest read(UUID accountId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, display_name, email, language, role FROM account"
                        + " WHERE id = :id AND enabled AND digest_subscribed AND email IS NOT NULL")
                .setParameter("id", accountId)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        Recipient recipient = new Recipient(
                (UUID) row[0], (String) row[1], (String) row[2], (String) row[3], Role.valueOf((String) row[4]));
        return content.of(recipient, today);
    }

    private Outcome finish(Claim claim, Outcome outcome, String recipient, String subject, int items, String error) {
        int updated = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                                UPDATE digest SET state = :state, attempts = attempts + :sent,
                                    recipient = CAST(:recipient AS varchar), subject = CAST(:subject AS varchar),
                                    items = :items, last_error = CAST(:error AS varchar),
                                    sent_at = CASE WHEN :state = 'SENT' THEN now() END,
                                    leased_until = NULL, lease_id = NULL
                                WHERE id = :id AND lease_id = :leaseId""")
                        .setParameter("state", outcome.name())
                        .setParameter("sent", outcome == Outcome.SENT || outcome == Outcome.FAILED ? 1 : 0)
                        .setParameter("recipient", recipient)
                        .setParameter("subject", subject)
                        .setParameter("items", items)
                        .setParameter("error", truncate(error))
                        .setParameter("id", claim.digestId())
                        .setParameter("leaseId", claim.leaseId())
                        .executeUpdate());
        return leaseHeld(claim, updated, outcome);
    }

    private Outcome retry(Claim claim, Duration wait, String error) {
        int updated = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                                UPDATE digest SET attempts = attempts + 1, last_error = CAST(:error AS varchar),
                                    next_attempt_at = now() + make_interval(secs => :wait),
                                    leased_until = NULL, lease_id = NULL
                                WHERE id = :id AND lease_id = :leaseId""")
                        .setParameter("error", truncate(error))
                        .setParameter("wait", (double) wait.toMillis() / 1000)
                        .setParameter("id", claim.digestId())
                        .setParameter("leaseId", claim.leaseId())
                        .executeUpdate());
        return leaseHeld(claim, updated, Outcome.RETRY);
    }

    private static Outcome leaseHeld(Claim claim, int updated, Outcome outcome) {
        if (updated == 0) {
            LOG.warnf(
                    "The lease of reminder digest %s ended before its outcome (%s) was recorded",
                    claim.digestId(), outcome);
            return Outcome.LEASE_LOST;
        }
        return outcome;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }
}
