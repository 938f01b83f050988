package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.giamsat.adapters.persistence.testing.TestDatabase;

class SystemClockTest {
    @Test
    void anInstantFromTheClockSurvivesAStoreAndReloadUnchanged() {
        Instant now = new SystemClock().now();
        Instant back = org.springframework.jdbc.core.simple.JdbcClient.create(TestDatabase.appDataSource())
                .sql("SELECT CAST(? AS timestamptz) AS t").param(Columns.timestamp(now))
                .query((rs, n) -> Columns.instant(rs, "t")).single();
        assertThat(back).isEqualTo(now);
        assertThat(now).isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(5));
    }
}
