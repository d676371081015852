package de.ihk.webhook;

import de.ihk.common.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A subscription as administrators see it: its settings and where its delivery stands. The secret is never part of
 * it. The delivery fields are null in the history, which records the settings only.
 */
public record WebhookDto(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String url,
        String description,
        List<String> events,
        List<String> areas,
        State state,
        Instant disabledAt,
        String disabledReason,
        Delivery delivery)
        implements Versioned {

    public enum State {
        ACTIVE,
        DISABLED
    }

    /**
     * Where delivery stands.
     *
     * @param failedAttempts attempts that failed since the last success (for the batch now being delivered)
     * @param nextAttemptAt  when the next attempt is due (while there is something to deliver)
     */
    public record Delivery(
            int failedAttempts,
            Instant nextAttemptAt,
            Instant lastSuccessAt,
            Instant lastFailureAt,
            String lastError) {}

    static WebhookDto of(Webhook w, List<String> areaSlugs, Delivery delivery) {
        return new WebhookDto(
                w.id,
                w.version,
                w.createdAt,
                w.updatedAt,
                w.url,
                w.description,
                List.of(w.events),
                areaSlugs,
                w.active ? State.ACTIVE : State.DISABLED,
                w.disabledAt,
                w.disabledReason,
                delivery);
    }
}
