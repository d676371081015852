package de.ihk.reminder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** How the weekly reminder digest is sent (docs/operations.md#e-mail-reminders). */
@ConfigMapping(prefix = "ihk.reminders")
public interface ReminderSettings {

    /** Whether this instance sends digests (every instance may; they share the work through the database). */
    @WithDefault("true")
    boolean dispatch();

    /** How often this instance looks for digests to send. */
    @WithDefault("1m")
    String pollInterval();

    /** The SMTP server (SMTP_HOST); without one, no digest is planned or sent. */
    Optional<String> smtpHost();

    /** The sender address (MAIL_FROM). */
    Optional<String> from();

    /** The address the links in the mails start with (PUBLIC_URL); read by {@code de.ihk.common.MailSetup}. */
    Optional<String> publicUrl();

    /** The local time (Europe/Berlin) from which the digests of the day are sent. */
    @WithDefault("07:00")
    LocalTime sendAt();

    /** Open steps due within this many days (or overdue) are listed. */
    @WithDefault("14")
    int stepsAheadDays();

    /** Active measures not changed for this many days are listed as not updated. */
    @WithDefault("180")
    int staleAfterDays();

    /** Committee dates within this many days are listed. */
    @WithDefault("28")
    int presentationsAheadDays();

    /** Entries of one section of a digest at most (the mail links to the full lists). */
    @WithDefault("50")
    int maxItems();

    /** Digests one run claims at most. */
    @WithDefault("20")
    int batchSize();

    /** How long a claimed digest stays with the instance that claimed it; far longer than sending a mail takes. */
    @WithDefault("5m")
    Duration lease();

    /** The waits before the retries of a digest whose sending failed; after the last, it is given up (FAILED). */
    @WithDefault("1m,5m,15m,1h,2h,4h,8h,12h,24h,24h")
    List<Duration> retrySchedule();
}
