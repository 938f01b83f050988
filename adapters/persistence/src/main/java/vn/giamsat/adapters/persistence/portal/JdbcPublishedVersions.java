package vn.giamsat.adapters.persistence.portal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.adapters.persistence.SnapshotJson;
import vn.giamsat.application.publication.port.out.PublishedVersionsPort;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.round.RoundId;

/** Every version of a round from {@code published_version}, the only round table the reader role may read. */
@Component
public class JdbcPublishedVersions implements PublishedVersionsPort {
    private final JdbcClient jdbc;

    public JdbcPublishedVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PublishedVersion> versionsOf(RoundId round) {
        return jdbc.sql("""
                SELECT round_id, version, published_at, published_by, correction_reason, snapshot::text
                  FROM published_version WHERE round_id = ? ORDER BY version
                """).param(round.value()).query((rs, n) -> new PublishedVersion(
                new RoundId(rs.getObject("round_id", UUID.class)), rs.getInt("version"),
                rs.getObject("published_at", OffsetDateTime.class).toInstant(), rs.getString("published_by"),
                rs.getString("correction_reason"), SnapshotJson.read(rs.getString("snapshot"))))
                .list();
    }
}
