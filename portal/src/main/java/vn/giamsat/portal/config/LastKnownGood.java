package vn.giamsat.portal.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.function.Function;

/**
 * Published data, kept in memory and refreshed in the background. A read within {@code fresh} of the last
 * load is served from memory; an older one is served from memory too while a refresh runs. When the refresh
 * fails (the database is unreachable), the last good value stays: readers keep getting what was published.
 * Only a first load that fails reaches the reader, as the 503 page.
 */
final class LastKnownGood<K, V> {
    private final LoadingCache<K, V> cache;

    LastKnownGood(Duration fresh, long maximumSize, Function<K, V> loader) {
        this.cache = Caffeine.newBuilder().refreshAfterWrite(fresh).maximumSize(maximumSize).recordStats()
                .build(loader::apply);
    }

    /** Hits, misses, loads and their failures as {@code cache_*{cache="name"}} metrics. */
    LastKnownGood<K, V> measuredAs(String name, MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, cache, name);
        return this;
    }

    V get(K key) {
        return cache.get(key);
    }
}
