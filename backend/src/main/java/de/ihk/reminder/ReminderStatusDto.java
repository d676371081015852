package de.ihk.reminder;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/** Whether reminder mails go out, and what became of the digests so far (for administrators). */
public record ReminderStatusDto(
        boolean mailConfigured,
        List<String> missingSettings,
        LocalTime sendAt,
        String timeZone,
        long subscribers,
        long pending,
        long sent,
        long failed,
        Instant lastSentAt) {}
