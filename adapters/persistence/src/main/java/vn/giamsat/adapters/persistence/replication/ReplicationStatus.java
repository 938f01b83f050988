package vn.giamsat.adapters.persistence.replication;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the server behind a DataSource stands in streaming replication: the portal reads from a hot standby
 * (issue 20, decision 043) and shows how far behind the primary it is as a metric.
 *
 * <p>On a standby the lag is the age of the last replayed transaction while WAL it has received is still waiting to
 * be replayed, and 0 once it has replayed all it received: an idle primary writes nothing, and the age of the last
 * transaction alone would then grow without anything being behind. WAL that never reached the standby (a broken
 * link) is not visible from the standby: the {@code received} timestamp says since when nothing came.
 * Every function used is allowed to the reader role (no superuser, no {@code pg_monitor}).
 */
public final class ReplicationStatus {
    private final JdbcClient jdbc;

    public ReplicationStatus(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * @param standby          the server is a standby (in recovery)
     * @param replayLagSeconds seconds the replayed data is behind the received WAL (0 on a primary, or caught up)
     * @param replayLagBytes   bytes of WAL received but not yet replayed (0 on a primary)
     */
    public record Reading(boolean standby, double replayLagSeconds, long replayLagBytes) {}

    public Reading read() {
        return jdbc.sql("""
                SELECT pg_is_in_recovery() AS standby,
                       CASE WHEN NOT pg_is_in_recovery() THEN 0
                            WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
                            ELSE coalesce(extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()), 0)
                       END AS lag_seconds,
                       CASE WHEN pg_is_in_recovery()
                            THEN coalesce(pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()), 0)
                            ELSE 0 END AS lag_bytes
                """)
                .query((rs, row) -> new Reading(rs.getBoolean("standby"), rs.getDouble("lag_seconds"),
                        rs.getLong("lag_bytes")))
                .single();
    }
}
