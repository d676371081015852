package de.ihk.web;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The answer cache's figures at {@code /q/metrics} (management port): {@code ihk_answer_cache_hits_total},
 * {@code ihk_answer_cache_misses_total}, {@code ihk_answer_cache_evictions_total}, {@code ihk_answer_cache_entries}
 * and {@code ihk_answer_cache_size_bytes}. Quarkus binds every {@link MeterBinder} bean to its registry, so further
 * figures of the application are added the same way, as a binder of their own next to what they measure.
 */
@ApplicationScoped
public class AnswerCacheMetrics implements MeterBinder {

    @Inject
    AnswerCache cache;

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("ihk.answer.cache.hits", cache, AnswerCache::hits)
                .description("Anonymous reads answered from the answer cache")
                .register(registry);
        FunctionCounter.builder("ihk.answer.cache.misses", cache, AnswerCache::misses)
                .description("Anonymous reads that the answer cache did not have, computed from the database")
                .register(registry);
        FunctionCounter.builder("ihk.answer.cache.evictions", cache, AnswerCache::evictions)
                .description("Answers dropped from the answer cache to stay within its size")
                .register(registry);
        Gauge.builder("ihk.answer.cache.entries", cache, AnswerCache::entries)
                .description("Answers held in the answer cache")
                .register(registry);
        Gauge.builder("ihk.answer.cache.size", cache, AnswerCache::weightedBytes)
                .baseUnit("bytes")
                .description("Bytes held in the answer cache (its limit is ihk.answer-cache.max-bytes)")
                .register(registry);
    }
}
