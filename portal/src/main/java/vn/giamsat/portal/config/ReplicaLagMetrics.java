package vn.giamsat.portal.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giamsat.adapters.persistence.replication.ReplicationStatus;

/**
 * How far the database the portal reads is behind the primary (issue 20, decision 043), as metrics on
 * /actuator/prometheus: {@code giamsat_database_standby} (1 on a hot standby, 0 on the primary),
 * {@code giamsat_database_replay_lag_seconds} and {@code giamsat_database_replay_lag_wal_bytes}. Read on a clock in
 * the background, never during a scrape: a scrape while the database is away must not wait for a connection.
 * A failed reading leaves NaN, which an alert can tell from "no lag".
 */
@Configuration(proxyBeanMethods = false)
public class ReplicaLagMetrics {

    @Bean(destroyMethod = "close")
    Sampler replicaLagSampler(DataSource dataSource,
                              @Value("${giamsat.portal.replica-lag-every:PT10S}") Duration every) {
        return new Sampler(new ReplicationStatus(dataSource), every);
    }

    /** The last reading, refreshed every interval by one daemon thread. */
    static final class Sampler implements MeterBinder, AutoCloseable {
        private static final Logger LOG = LoggerFactory.getLogger(Sampler.class);
        private static final ReplicationStatus.Reading UNKNOWN = new ReplicationStatus.Reading(false, Double.NaN, -1);

        private final ReplicationStatus status;
        private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "replica-lag");
            t.setDaemon(true);
            return t;
        });
        private volatile ReplicationStatus.Reading last = UNKNOWN;

        Sampler(ReplicationStatus status, Duration every) {
            this.status = status;
            long millis = Math.max(100, every.toMillis());
            clock.scheduleWithFixedDelay(this::sample, 0, millis, TimeUnit.MILLISECONDS);
        }

        private void sample() {
            try {
                last = status.read();
            } catch (RuntimeException e) {
                if (known()) { // once per outage, not every interval
                    LOG.warn("Cannot read the replication lag: {}", e.toString());
                }
                last = UNKNOWN;
            }
        }

        private boolean known() {
            return last != UNKNOWN;
        }

        @Override
        public void bindTo(MeterRegistry registry) {
            Gauge.builder("giamsat.database.standby", this, s -> s.known() ? (s.last.standby() ? 1 : 0) : Double.NaN)
                    .description("1 when the portal reads a hot standby, 0 when it reads the primary")
                    .register(registry);
            Gauge.builder("giamsat.database.replay.lag", this, s -> s.last.replayLagSeconds())
                    .baseUnit("seconds")
                    .description("How far the data the portal reads is behind the WAL its standby has received")
                    .register(registry);
            Gauge.builder("giamsat.database.replay.lag.wal", this, s -> s.known() ? s.last.replayLagBytes() : Double.NaN)
                    .baseUnit("bytes")
                    .description("WAL received by the standby and not yet replayed")
                    .register(registry);
        }

        @Override
        public void close() {
            clock.shutdownNow();
        }
    }
}
