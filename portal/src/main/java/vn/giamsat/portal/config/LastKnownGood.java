package vn.giamsat.portal.config;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * Published data, kept in memory and refreshed in the background. A read within {@code fresh} of the last
 * load is served from memory; an older one is served from memory too while a refresh runs. When the refresh
 * fails (the database is unreachable), the last good value stays: readers keep getting what was published.
 * Only a first load that fails reaches the reader, as the 503 page.
 *
 * <p>When a refresh brings different data, {@link PublishedDataVersion} moves on: only after the new value
 * replaced the old one (Caffeine tells the removal listener then), so that a page rendered under the new
 * version cannot hold the old data.
 */
final class LastKnownGood<K, V> {
    private final LoadingCache<K, V> cache;

    LastKnownGood(Duration fresh, long maximumSize, Function<K, V> loader) {
        this(fresh, maximumSize, loader, new PublishedDataVersion());
    }

    LastKnownGood(Duration fresh, long maximumSize, Function<K, V> loader, PublishedDataVersion version) {
        this.cache = Caffeine.newBuilder().refreshAfterWrite(fresh).maximumSize(maximumSize).recordStats()
                .<K, V>removalListener((key, old, cause) -> {
                    // A replaced value that equals the new one changed nothing; an evicted one may come back
                    // different at its next load, with no replacement to tell: count that as a change.
                    if (cause == RemovalCause.REPLACED ? !Objects.equals(old, currentValue(key)) : cause.wasEvicted()) {
                        version.changed();
                    }
                })
                .build(new CacheLoader<K, V>() {
                    @Override
                    public V load(K key) {
                        return loader.apply(key);
                    }

                    @Override
                    public V reload(K key, V old) {
                        V fresh = loader.apply(key);
                        return fresh.equals(old) ? old : fresh; // same data: keep the instance, nothing to tell
                    }
                });
    }

    /** Hits, misses, loads and their failures as {@code cache_*{cache="name"}} metrics. */
    LastKnownGood<K, V> measuredAs(String name, MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, cache, name);
        return this;
    }

    private V currentValue(K key) {
        return cache.getIfPresent(key);
    }

    V get(K key) {
        return cache.get(key);
    }

    /**
     * Reloads every value held, in the background. Needed because reads alone cannot be relied on to refresh:
     * pages kept by the page cache are answered without reading here at all, so a new publication would
     * otherwise wait for a page to expire.
     */
    void refreshAll() {
        cache.refreshAll(java.util.List.copyOf(cache.asMap().keySet()));
    }

    /** Drops every value held (a refresh in flight is discarded): the next read loads afresh. */
    void forgetAll() {
        cache.invalidateAll();
    }
}
