package vn.giamsat.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.application.publication.port.out.PublicationPort;
import vn.giamsat.application.common.StaleDataException;
import vn.giamsat.domain.publication.Publication;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.domain.round.RoundId;

/**
 * Published versions in {@code published_version}, append only: the table's trigger refuses UPDATE and
 * DELETE, and a version number taken meanwhile by someone else is refused as stale data.
 */
@Component
public class JdbcPublications implements PublicationPort {
    static final String COLUMNS = "round_id, version, published_at, published_by, correction_reason, snapshot::text";

    private final JdbcClient jdbc;

    public JdbcPublications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Publication load(RoundId round) {
        return Publication.of(round, jdbc.sql("SELECT " + COLUMNS + " FROM published_version WHERE round_id = ?")
                .param(round.value()).query(JdbcPublications::version).list());
    }

    @Override
    public void append(PublishedVersion v) {
        try {
            jdbc.sql("""
                    INSERT INTO published_version (round_id, version, published_at, published_by, correction_reason,
                                                   snapshot)
                    VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))
                    """).params(v.round().value(), v.number(), Columns.timestamp(v.publishedAt()), v.publishedBy(),
                    v.correctionReason(), SnapshotJson.write(v.snapshot())).update();
        } catch (DuplicateKeyException e) {
            throw new StaleDataException(v.snapshot().resolutionNumber() + " (v" + v.number() + ")");
        }
    }

    static PublishedVersion version(ResultSet rs, int n) throws SQLException {
        return new PublishedVersion(new RoundId(Columns.uuid(rs, "round_id")), rs.getInt("version"),
                Columns.instant(rs, "published_at"), rs.getString("published_by"), rs.getString("correction_reason"),
                SnapshotJson.read(rs.getString("snapshot")));
    }
}
