package de.ihk.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** How webhooks are delivered (docs/operations.md#webhooks). */
@ConfigMapping(prefix = "ihk.webhooks")
public interface WebhookSettings {

    /** Whether this instance delivers (every instance may; they share the work through the database). */
    @WithDefault("true")
    boolean dispatch();

    /** How often this instance looks for subscriptions to deliver to (besides right after every write). */
    @WithDefault("1s")
    String pollInterval();

    /** How many receivers are called at the same time at most. */
    @WithDefault("4")
    int workers();

    /** Items of the change feed in one message at most. */
    @WithDefault("100")
    int batchSize();

    /** How long a receiver may take to answer. */
    @WithDefault("15s")
    Duration timeout();

    /** How long a claimed subscription stays with the instance that claimed it; longer than the timeout. */
    @WithDefault("60s")
    Duration lease();

    /** The waits before the retries of a failed batch; after the last retry fails, the subscription is disabled. */
    @WithDefault("5s,5m,30m,2h,5h,10h,14h,20h,24h")
    List<Duration> retrySchedule();

    /** Delivery attempts kept per subscription for the deliveries list. */
    @WithDefault("100")
    int deliveriesKept();
}
