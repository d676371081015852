package de.ihk.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ihk.changes.ChangeFeed;
import de.ihk.changes.ChangeFilter;
import de.ihk.changes.ChangeItem;
import de.ihk.integration.OutboundUrls;
import de.ihk.write.RecordChange;
import de.ihk.write.RecordType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Delivers the change feed to the subscriptions, in order and at least once, from any number of backend instances.
 *
 * <p>Every second (and right after a write commits, while a subscription is active) a dispatcher gives positions to
 * newly committed changes, then claims due subscriptions with {@code SELECT … FOR UPDATE SKIP LOCKED} in a short
 * transaction that sets a lease ({@code leased_until}, {@code lease_id}): no other instance claims them until the lease
 * ends, and no row lock is held while a receiver is called. A worker of a bounded pool then reads the next batch after
 * the subscription's cursor, posts it outside any transaction with a timeout, and writes the outcome in a second short
 * transaction, only while its lease is still the row's. A success moves the cursor; a failure keeps it, so that the
 * retry sends the same batch with the same {@code webhook-id}, after the next wait of the retry schedule. A worker that
 * dies leaves its lease to expire, after which any instance delivers the batch again.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    static final String USER_AGENT = "IHK-Webhooks/1.0 (Standard Webhooks)";
    /** Batches one claim delivers at most in a row before it lets the subscription go. */
    private static final int BATCHES_PER_CLAIM = 10;

    @Inject
    ChangeFeed feed;

    @Inject
    OutboundUrls outboundUrls;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    WebhookSettings settings;

    private HttpClient http;
    private ExecutorService workers;
    private ExecutorService nudger;
    private Semaphore freeWorkers;
    private final AtomicBoolean nudgePending = new AtomicBoolean();
    /**
     * Whether a subscription was active at the last tick: only then is a write worth a dispatch of its own. Without
     * one, that dispatch would only give the write's change its position, at the cost of two more transactions right
     * after each write (which doubled a step PUT's time at one connection); the tick and the change feed's readers
     * give positions too.
     */
    private volatile boolean anySubscription;

    /** A subscription claimed by this instance until its lease ends. */
    record Claim(
            UUID webhookId,
            UUID leaseId,
            String url,
            String secret,
            Set<RecordType> types,
            List<UUID> areaIds,
            long deliveredPosition,
            Long batchLastPosition,
            int attempts) {}

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout())
                .build();
        AtomicInteger number = new AtomicInteger();
        workers = Executors.newFixedThreadPool(settings.workers(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        nudger = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-nudge");
            thread.setDaemon(true);
            return thread;
        });
        freeWorkers = new Semaphore(settings.workers());
    }

    @PreDestroy
    void stop() {
        nudger.shutdownNow();
        workers.shutdownNow();
    }

    @Scheduled(
            every = "${ihk.webhooks.poll-interval:1s}",
            delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (settings.dispatch()) {
            try {
                anySubscription = QuarkusTransaction.requiringNew().call(() -> (Boolean)
                        em.createNativeQuery("SELECT EXISTS (SELECT 1 FROM webhook WHERE active)", Boolean.class)
                                .getSingleResult());
            } catch (RuntimeException e) {
                anySubscription = true; // nudging in vain costs less than delivering late
            }
            dispatchQuietly();
        }
    }

    /**
     * After a write committed, deliver at once rather than at the next tick (one nudge pending at most), when there is
     * a subscription to deliver to.
     */
    void afterWrite(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordChange change) {
        if (settings.dispatch() && anySubscription && !nudgePending.getAndSet(true)) {
            nudger.execute(() -> {
                nudgePending.set(false);
                dispatchQuietly();
            });
        }
    }

    private void dispatchQuietly() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            LOG.warn("Webhook dispatch failed; the next run tries again", e);
        }
    }

    /** Claims the due subscriptions that free workers can take and hands them over; returns the workers' futures. */
    List<Future<?>> dispatch() {
        QuarkusTransaction.requiringNew().run(feed::sequence);
        int slots = freeWorkers.drainPermits();
        List<Claim> claims = List.of();
        try {
            if (slots > 0) {
                claims = claim(slots);
            }
        } finally {
            freeWorkers.release(Math.max(0, slots - claims.size()));
        }
        if (claims.size() > slots) {
            // never expected (the claim's LIMIT is the free slots); should it happen, a worker count gone wrong would
            // stop all deliveries of this instance, so the surplus is let go for the next run
            LOG.errorf(
                    "Claimed %d webhook subscriptions for %d free workers; letting the surplus go",
                    claims.size(), slots);
            claims.subList(slots, claims.size()).forEach(this::release);
            claims = claims.subList(0, slots);
        }
        List<Future<?>> running = new ArrayList<>();
        for (Claim claim : claims) {
            running.add(workers.submit(() -> {
                try {
                    deliver(claim);
                } catch (RuntimeException e) {
                    LOG.warnf(
                            e,
                            "Delivery to webhook %s failed; its lease will expire and it is tried again",
                            claim.webhookId());
                } finally {
                    freeWorkers.release();
                }
            }));
        }
        return running;
    }

    /** One dispatch, waiting until its deliveries are done; returns how many subscriptions it served. */
    public int runOnce() {
        List<Future<?>> running = dispatch();
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | CancellationException e) {
                LOG.warn("A webhook delivery failed", e);
            }
        }
        return running.size();
    }

    /**
     * Leases up to {@code max} due subscriptions that have something to deliver, skipping those others hold. The due
     * rows are chosen once, in a materialized CTE: as a subquery of the UPDATE, a concurrent change to a row makes
     * PostgreSQL re-check it (EvalPlanQual), which can run the subquery again, and {@code SKIP LOCKED} with {@code LIMIT} then yields
     * other rows, so that more than {@code max} rows were leased (and the worker count went wrong).
     */
    @SuppressWarnings("unchecked")
    List<Claim> claim(int max) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long latest = feed.latestPosition();
            UUID leaseId = UUID.randomUUID();
            List<Object[]> rows = em.createNativeQuery("""
                            WITH due AS MATERIALIZED (
                                SELECT d2.webhook_id FROM webhook_dispatch d2 JOIN webhook w ON w.id = d2.webhook_id
                                WHERE w.active AND d2.next_attempt_at <= now()
                                  AND (d2.leased_until IS NULL OR d2.leased_until < now())
                                  AND (d2.batch_last_position IS NOT NULL OR d2.delivered_position < :latest)
                                ORDER BY d2.next_attempt_at
                                LIMIT :max
                                FOR UPDATE OF d2 SKIP LOCKED)
                            UPDATE webhook_dispatch d
                            SET leased_until = now() + make_interval(secs => :lease), lease_id = :leaseId
                            FROM due WHERE d.webhook_id = due.webhook_id
                            RETURNING d.webhook_id, d.delivered_position, d.batch_last_position, d.attempts""")
                    .setParameter("lease", (double) settings.lease().toMillis() / 1000)
                    .setParameter("leaseId", leaseId)
                    .setParameter("latest", latest)
                    .setParameter("max", max)
                    .getResultList();
            List<Claim> claims = new ArrayList<>();
            for (Object[] row : rows) {
                Webhook webhook = em.find(Webhook.class, row[0]);
                claims.add(new Claim(
                        webhook.id,
                        leaseId,
                        webhook.url,
                        webhook.secret,
                        WebhookService.types(webhook.events),
                        List.of(webhook.areaIds),
                        ((Number) row[1]).longValue(),
                        row[2] == null ? null : ((Number) row[2]).longValue(),
                        ((Number) row[3]).intValue()));
            }
            return claims;
        });
    }

    /** Delivers the claimed subscription's next batches (called outside any transaction). */
    void deliver(Claim claim) {
        long delivered = claim.deliveredPosition();
        Long batchEnd = claim.batchLastPosition();
        int attempts = claim.attempts();
        for (int batch = 0; batch < BATCHES_PER_CLAIM; batch++) {
            long after = delivered;
            Long end = batchEnd;
            long latest = QuarkusTransaction.requiringNew().call(feed::latestPosition);
            List<ChangeItem> items = QuarkusTransaction.requiringNew()
                    .call(() -> nextItems(claim, after, end == null ? Long.MAX_VALUE : end));
            if (items.isEmpty()) {
                // nothing for this subscription up to the newest change: move past what it does not want
                skipTo(claim, Math.max(delivered, end == null ? latest : end));
                return;
            }
            long first = items.get(0).position();
            long last = items.get(items.size() - 1).position();
            Attempt attempt = send(claim, first, last, items, attempts + 1);
            if (!attempt.succeeded()) {
                failed(claim, attempt, last, attempts + 1);
                return;
            }
            // after a retried batch (bounded by its end) or a full one, more may follow; otherwise everything up to
            // the newest change read before the items has been seen
            boolean more = end != null || items.size() == settings.batchSize();
            succeeded(claim, attempt, more ? last : Math.max(last, latest), more);
            if (!more) {
                return;
            }
            delivered = last;
            batchEnd = null;
            attempts = 0;
        }
        release(claim);
    }

    /** The next items after {@code after} up to {@code end} that the subscription wants, at most one batch. */
    private List<ChangeItem> nextItems(Claim claim, long after, long end) {
        int limit = settings.batchSize();
        List<ChangeItem> found;
        if (claim.areaIds().isEmpty()) {
            found = feed.publicItemsAfter(after, limit, new ChangeFilter(null, claim.types()));
        } else {
            // one read per area, merged in feed order: the first `limit` of the merge are the first `limit` overall
            Map<Long, ChangeItem> merged = new TreeMap<>();
            for (UUID area : claim.areaIds()) {
                for (ChangeItem item : feed.publicItemsAfter(after, limit, new ChangeFilter(area, claim.types()))) {
                    merged.put(item.position(), item);
                }
            }
            found = new ArrayList<>(merged.values());
        }
        return found.stream()
                .filter(item -> item.position() <= end)
                .sorted(Comparator.comparingLong(ChangeItem::position))
                .limit(limit)
                .toList();
    }

    /** What one call to the receiver came to. */
    record Attempt(
            Instant at,
            String messageId,
            int attempt,
            int items,
            Integer status,
            String error,
            long durationMs,
            Duration retryAfter) {

        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }

        boolean gone() {
            return status != null && status == 410;
        }
    }

    private Attempt send(Claim claim, long first, long last, List<ChangeItem> items, int attemptNumber) {
        String messageId = claim.webhookId() + "_" + first + "_" + last;
        Instant start = Instant.now();
        long nanos = System.nanoTime();
        URI uri;
        byte[] body;
        try {
            uri = URI.create(claim.url());
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("type", "changes");
            message.put("timestamp", items.get(items.size() - 1).changedAt());
            message.put("data", Map.of("items", items));
            body = json.writeValueAsBytes(message);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            return new Attempt(
                    start,
                    messageId,
                    attemptNumber,
                    items.size(),
                    null,
                    "Cannot build the request: " + e.getMessage(),
                    0,
                    null);
        }
        if (!outboundUrls.mayCall(uri)) {
            return new Attempt(
                    start,
                    messageId,
                    attemptNumber,
                    items.size(),
                    null,
                    "The URL may not be called (https to public addresses only).",
                    0,
                    null);
        }
        long timestamp = start.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("content-type", "application/json")
                .header("user-agent", USER_AGENT)
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignatures.sign(claim.secret(), messageId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        Integer status = null;
        String error = null;
        Duration retryAfter = null;
        var call = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            HttpResponse<Void> response = call.get(settings.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            status = response.statusCode();
            if (status >= 300 && status < 400) {
                error = "Redirects are not followed.";
            } else if (status < 200 || status >= 300) {
                error = "The receiver answered " + status + ".";
            }
            if (status == 429 || status == 503) {
                retryAfter =
                        retryAfter(response.headers().firstValue("retry-after").orElse(null));
            }
        } catch (TimeoutException e) {
            call.cancel(true);
            error = "No answer within " + settings.timeout().toSeconds() + " s.";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            error = "Interrupted.";
        } catch (ExecutionException e) {
            error = describe(e.getCause());
        }
        return new Attempt(
                start,
                messageId,
                attemptNumber,
                items.size(),
                status,
                error,
                (System.nanoTime() - nanos) / 1_000_000,
                retryAfter);
    }

    private String describe(Throwable failure) {
        if (failure instanceof HttpTimeoutException) {
            return "No answer within " + settings.timeout().toSeconds() + " s.";
        }
        if (failure instanceof ConnectException) {
            return "Connection refused or unreachable.";
        }
        if (failure instanceof IOException) {
            String message = failure.getMessage();
            return "Connection failed" + (message == null || message.isBlank() ? "." : ": " + message);
        }
        return "Failed: " + failure;
    }

    /** Retry-After in seconds or as an HTTP date; null when missing or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            try {
                Instant at = java.time.ZonedDateTime.parse(
                                value.trim(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (java.time.format.DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private void skipTo(Claim claim, long position) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        UPDATE webhook_dispatch SET delivered_position = GREATEST(delivered_position, :position),
                            batch_last_position = NULL, leased_until = NULL, lease_id = NULL
                        WHERE webhook_id = :id AND lease_id = :leaseId""")
                        .setParameter("position", position)
                        .setParameter("id", claim.webhookId())
                        .setParameter("leaseId", claim.leaseId())
                        .executeUpdate());
    }

    private void release(Claim claim) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        UPDATE webhook_dispatch SET leased_until = NULL, lease_id = NULL
                        WHERE webhook_id = :id AND lease_id = :leaseId""")
                        .setParameter("id", claim.webhookId())
                        .setParameter("leaseId", claim.leaseId())
                        .executeUpdate());
    }

    /** Moves the cursor past the delivered batch; keeps the lease (renewed) when more is to be delivered. */
    private void succeeded(Claim claim, Attempt attempt, long position, boolean keepLease) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                            UPDATE webhook_dispatch SET delivered_position = GREATEST(delivered_position, :position),
                                batch_last_position = NULL, attempts = 0, next_attempt_at = now(),
                                last_success_at = :at,
                                leased_until = CASE WHEN :keep THEN now() + make_interval(secs => :lease) END,
                                lease_id = CASE WHEN :keep THEN lease_id END
                            WHERE webhook_id = :id AND lease_id = :leaseId""")
                    .setParameter("position", position)
                    .setParameter("at", attempt.at())
                    .setParameter("keep", keepLease)
                    .setParameter("lease", (double) settings.lease().toMillis() / 1000)
                    .setParameter("id", claim.webhookId())
                    .setParameter("leaseId", claim.leaseId())
                    .executeUpdate();
            log(claim.webhookId(), attempt);
        });
    }

    /**
     * Keeps the cursor, so that the same batch is sent again after the next wait of the retry schedule (or the
     * receiver's Retry-After, when longer); disables the subscription after a 410 Gone or when the schedule is used
     * up.
     */
    private void failed(Claim claim, Attempt attempt, long batchEnd, int attempts) {
        List<Duration> schedule = settings.retrySchedule();
        String disable = null;
        Duration wait = Duration.ZERO;
        if (attempt.gone()) {
            disable = "The receiver answered 410 Gone.";
        } else if (attempts > schedule.size()) {
            disable = "Delivery failed " + attempts + " times in a row; last error: " + attempt.error();
        } else {
            wait = jitter(schedule.get(attempts - 1));
            if (attempt.retryAfter() != null && attempt.retryAfter().compareTo(wait) > 0) {
                wait = attempt.retryAfter().compareTo(Duration.ofHours(24)) > 0
                        ? Duration.ofHours(24)
                        : attempt.retryAfter();
            }
        }
        double waitSeconds = (double) wait.toMillis() / 1000;
        String reason = disable;
        QuarkusTransaction.requiringNew().run(() -> {
            int updated = em.createNativeQuery("""
                            UPDATE webhook_dispatch SET batch_last_position = :batchEnd, attempts = :attempts,
                                next_attempt_at = now() + make_interval(secs => :wait), last_failure_at = :at,
                                last_error = :error, leased_until = NULL, lease_id = NULL
                            WHERE webhook_id = :id AND lease_id = :leaseId""")
                    .setParameter("batchEnd", batchEnd)
                    .setParameter("attempts", attempts)
                    .setParameter("wait", waitSeconds)
                    .setParameter("at", attempt.at())
                    .setParameter("error", truncate(attempt.error()))
                    .setParameter("id", claim.webhookId())
                    .setParameter("leaseId", claim.leaseId())
                    .executeUpdate();
            if (updated > 0 && reason != null) {
                em.createNativeQuery("""
                                UPDATE webhook SET active = false, disabled_at = :at, disabled_reason = :reason,
                                    version = version + 1, updated_at = :at
                                WHERE id = :id AND active""")
                        .setParameter("at", attempt.at())
                        .setParameter("reason", truncate(reason))
                        .setParameter("id", claim.webhookId())
                        .executeUpdate();
                LOG.warnf("Webhook %s disabled: %s", claim.webhookId(), reason);
            }
            log(claim.webhookId(), attempt);
        });
    }

    private void log(UUID webhookId, Attempt attempt) {
        em.createNativeQuery("""
                        INSERT INTO webhook_delivery (webhook_id, attempted_at, message_id, attempt, items, status, error,
                                                      duration_ms)
                        VALUES (:id, :at, :messageId, :attempt, :items, :status, :error, :duration)""")
                .setParameter("id", webhookId)
                .setParameter("at", attempt.at())
                .setParameter("messageId", attempt.messageId())
                .setParameter("attempt", attempt.attempt())
                .setParameter("items", attempt.items())
                .setParameter("status", attempt.status())
                .setParameter("error", truncate(attempt.error()))
                .setParameter("duration", (int) Math.min(Integer.MAX_VALUE, attempt.durationMs()))
                .executeUpdate();
        em.createNativeQuery("""
                        DELETE FROM webhook_delivery WHERE webhook_id = :id AND id <= (
                            SELECT id FROM webhook_delivery WHERE webhook_id = :id ORDER BY id DESC OFFSET :kept LIMIT 1)""")
                .setParameter("id", webhookId)
                .setParameter("kept", settings.deliveriesKept())
                .executeUpdate();
    }

    /** The wait, spread by ±20 % so that receivers that failed together are not retried together. */
    private static Duration jitter(Duration wait) {
        double factor = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (wait.toMillis() * factor));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 497) + "…";
    }

    /** The record types a subscription may name (those the change feed publishes). */
    static final Set<RecordType> FEED_TYPES =
            EnumSet.complementOf(EnumSet.of(RecordType.ACCOUNT, RecordType.API_TOKEN, RecordType.WEBHOOK));
}
