package vn.giamsat.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.application.round.model.ProgressEntry;
import vn.giamsat.application.round.port.out.ProgressRecordPort;
import vn.giamsat.domain.round.Contributor;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.RoundId;

/**
 * The follow-up record in {@code recommendation_progress} (change sets 782, 820): INSERT and SELECT only. The portal
 * reads the accepted entries of published rounds through the view {@code published_follow_up} (change set 821).
 */
public class JdbcProgressRecord implements ProgressRecordPort {
    private static final String COLUMNS = "id, round_id, recommendation_id, kind, report_id, status, text, evidence_id,"
            + " recorded_at, recorded_by, recorded_by_name, evidence_link";

    private final JdbcClient jdbc;

    public JdbcProgressRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(ProgressEntry e) {
        jdbc.sql("INSERT INTO recommendation_progress (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.id(), e.round().value(), e.recommendation(), e.kind().name(), e.report().orElse(null),
                        e.status().name(), e.text().orElse(null), e.evidence().orElse(null),
                        Columns.timestamp(e.recordedAt()), e.recordedBy().username(), e.recordedBy().displayName(),
                        e.evidenceLink().orElse(null))
                .update();
    }

    @Override
    public Optional<ProgressEntry> entry(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recommendation_progress WHERE id = ?").param(id)
                .query((rs, n) -> entry(rs)).optional();
    }

    @Override
    public List<ProgressEntry> entriesOf(RoundId round, UUID recommendation) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recommendation_progress WHERE round_id = ? AND recommendation_id = ?"
                        + " ORDER BY recorded_at, id").params(round.value(), recommendation)
                .query((rs, n) -> entry(rs)).list();
    }

    private static ProgressEntry entry(ResultSet rs) throws SQLException {
        return new ProgressEntry(Columns.uuid(rs, "id"), new RoundId(Columns.uuid(rs, "round_id")),
                Columns.uuid(rs, "recommendation_id"), ProgressEntry.Kind.valueOf(rs.getString("kind")),
                Optional.ofNullable((UUID) rs.getObject("report_id")), FollowUpStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("text")), Optional.ofNullable((UUID) rs.getObject("evidence_id")),
                Optional.ofNullable(rs.getString("evidence_link")), Columns.instant(rs, "recorded_at"),
                new Contributor(rs.getString("recorded_by"), rs.getString("recorded_by_name")));
    }
}
