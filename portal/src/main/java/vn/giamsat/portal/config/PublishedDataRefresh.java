package vn.giamsat.portal.config;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes every {@link LastKnownGood} on a clock, whether or not anyone reads it: the database is read a few
 * times a minute whatever the traffic, and a new publication reaches the pages within one interval even when
 * every page is answered from the page cache. One daemon thread; stopped with the application.
 */
final class PublishedDataRefresh implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PublishedDataRefresh.class);

    private final List<LastKnownGood<?, ?>> caches = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "published-data-refresh");
        t.setDaemon(true);
        return t;
    });

    PublishedDataRefresh(Duration every) {
        long millis = Math.max(100, every.toMillis());
        clock.scheduleWithFixedDelay(this::refreshAll, millis, millis, TimeUnit.MILLISECONDS);
    }

    <K, V> LastKnownGood<K, V> add(LastKnownGood<K, V> cache) {
        caches.add(cache);
        return cache;
    }

    private void refreshAll() {
        for (LastKnownGood<?, ?> cache : caches) {
            try {
                cache.refreshAll(); // a failed reload keeps the last good value (logged by Caffeine)
            } catch (RuntimeException e) {
                LOG.warn("Could not start refreshing published data: {}", e.toString());
            }
        }
    }

    /**
     * Drops what every cache holds, for the portal's tests: their classes share one running portal and each puts
     * other data in the database. Not called by the application.
     */
    void forgetAll() {
        caches.forEach(LastKnownGood::forgetAll);
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
