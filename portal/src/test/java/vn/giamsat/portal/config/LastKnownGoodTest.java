package vn.giamsat.portal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** A database outage after the first read costs readers freshness, not the page. */
class LastKnownGoodTest {
    private final AtomicReference<String> database = new AtomicReference<>("version 1");
    private final AtomicInteger loads = new AtomicInteger();

    private String load(String key) {
        loads.incrementAndGet();
        String value = database.get();
        if (value == null) {
            throw new DataAccessResourceFailureException("database unreachable");
        }
        return value;
    }

    @Test
    void keeps_serving_the_last_published_data_while_the_database_is_down_and_picks_up_news_after() throws Exception {
        LastKnownGood<String, String> cache = new LastKnownGood<>(Duration.ofMillis(20), 10, this::load);
        assertThat(cache.get("all")).isEqualTo("version 1");

        database.set(null); // outage
        Thread.sleep(50);
        assertThat(cache.get("all")).isEqualTo("version 1"); // triggers a refresh, which fails
        waitForLoads(2);
        Thread.sleep(50);
        assertThat(cache.get("all")).isEqualTo("version 1");

        database.set("version 2"); // back, with a correction published meanwhile
        waitForLoads(loads.get() + 1, () -> cache.get("all"));
        Thread.sleep(50);
        assertThat(cache.get("all")).isEqualTo("version 2");
    }

    @Test
    void with_nothing_cached_an_outage_reaches_the_reader_as_such() {
        database.set(null);
        LastKnownGood<String, String> cache = new LastKnownGood<>(Duration.ofSeconds(30), 10, this::load);
        assertThatThrownBy(() -> cache.get("all")).isInstanceOf(DataAccessResourceFailureException.class);
    }

    @Test
    void different_data_move_the_data_version_on_once_they_are_served_and_the_same_data_do_not() throws Exception {
        PublishedDataVersion version = new PublishedDataVersion();
        LastKnownGood<String, String> cache = new LastKnownGood<>(Duration.ofMillis(20), 10, this::load, version);
        assertThat(cache.get("all")).isEqualTo("version 1");
        long first = version.current();

        Thread.sleep(50);
        waitForLoads(loads.get() + 2, () -> cache.get("all")); // refreshed twice, nothing changed
        Thread.sleep(50);
        assertThat(version.current()).isEqualTo(first);

        database.set("version 2");
        for (int i = 0; i < 200 && version.current() == first; i++) {
            cache.get("all");
            Thread.sleep(10);
        }
        assertThat(version.current()).isGreaterThan(first);
        assertThat(cache.get("all")).as("a page rendered under the new version reads the new data").isEqualTo("version 2");
    }

    private void waitForLoads(int count) throws InterruptedException {
        waitForLoads(count, () -> null);
    }

    private void waitForLoads(int count, java.util.function.Supplier<?> poke) throws InterruptedException {
        for (int i = 0; i < 200 && loads.get() < count; i++) {
            poke.get();
            Thread.sleep(10);
        }
        assertThat(loads.get()).isGreaterThanOrEqualTo(count);
    }
}
