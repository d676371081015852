package de.ihk.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serialized answers of public reads, keyed by request and by the database revisions they were computed from (see
 * {@link AnswerCacheFilter}). Bounded by the bytes it holds. Concurrent misses of one key wait for the first one
 * instead of repeating its database work.
 */
@ApplicationScoped
public class AnswerCache {

    /**
     * One stored answer: body, media type, ETag and the headers to send again (e.g. Link of a page). Answers are never
     * compared, so the array's identity-based equality does not matter.
     */
    @SuppressWarnings("ArrayRecordComponent")
    public record Answer(byte[] body, String mediaType, String etag, List<Map.Entry<String, String>> headers) {

        int weight(String key) {
            return 200
                    + body.length
                    + 2 * key.length()
                    + headers.stream()
                            .mapToInt(
                                    h -> 2 * (h.getKey().length() + h.getValue().length()))
                            .sum();
        }
    }

    private final Cache<String, Answer> answers;
    private final Map<String, CompletableFuture<Void>> pending = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private volatile boolean enabled;

    AnswerCache(
            @ConfigProperty(name = "ihk.answer-cache.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "ihk.answer-cache.max-bytes", defaultValue = "33554432") long maxBytes) {
        this.enabled = enabled;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<String, Answer>weigher((key, answer) -> answer.weight(key))
                .recordStats()
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    /** For tests: switches the cache on or off and forgets every answer. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        answers.invalidateAll();
    }

    public long hits() {
        return hits.sum();
    }

    /** Lookups that found no answer, so that the caller computed it (counted only while the cache is on). */
    public long misses() {
        return misses.sum();
    }

    /** Answers held now. */
    public long entries() {
        return answers.estimatedSize();
    }

    /** Bytes the answers held now weigh (bodies, keys and headers, as counted against the limit). */
    public long weightedBytes() {
        return answers.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    /** Answers dropped to stay within the limit. */
    public long evictions() {
        return answers.stats().evictionCount();
    }

    /**
     * The stored answer for the key; on a miss, waits (bounded) while another request computes the same key, and
     * returns null if the caller must compute it. When {@code claimed[0]} is set, the caller is the one others wait
     * for and must call {@link #done(String)} in the end (see {@link AnswerClaim}).
     */
    Answer get(String key, boolean[] claimed) {
        Answer answer = answers.getIfPresent(key);
        if (answer != null) {
            hits.increment();
            return answer;
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> other = pending.putIfAbsent(key, mine);
        if (other == null) {
            claimed[0] = true;
            misses.increment();
            return null;
        }
        try {
            other.get(5, TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            pending.remove(key, other); // compute it ourselves, and let nobody else wait for that claim any more
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        answer = answers.getIfPresent(key);
        if (answer != null) {
            hits.increment();
        } else {
            misses.increment();
        }
        return answer;
    }

    void put(String key, Answer answer) {
        answers.put(key, answer);
    }

    /** Releases the requests waiting for this key. */
    void done(String key) {
        CompletableFuture<Void> waiting = pending.remove(key);
        if (waiting != null) {
            waiting.complete(null);
        }
    }
}
