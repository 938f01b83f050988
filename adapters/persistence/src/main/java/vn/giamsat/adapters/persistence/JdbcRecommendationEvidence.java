package vn.giamsat.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.application.round.port.out.RecommendationEvidencePort;
import vn.giamsat.domain.round.Comment;
import vn.giamsat.domain.round.Contributor;
import vn.giamsat.domain.round.Evidence;
import vn.giamsat.domain.round.EvidenceType;
import vn.giamsat.domain.round.RoundId;

/**
 * Evidence files (in a bytea column) and comments on recommendations. Listing never reads the content column,
 * so a list of ten 10 MB files costs ten rows, not 100 MB (PostgreSQL keeps large values out of line).
 */
@Component
public class JdbcRecommendationEvidence implements RecommendationEvidencePort {
    private static final String EVIDENCE_COLUMNS =
            "id, round_id, recommendation_id, file_name, file_type, size_bytes, uploaded_by, uploaded_by_name, uploaded_at";

    private final JdbcClient jdbc;

    public JdbcRecommendationEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Evidence e, byte[] content) {
        jdbc.sql("INSERT INTO recommendation_evidence (" + EVIDENCE_COLUMNS + ", content)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.id(), e.round().value(), e.recommendation(), e.fileName(), e.type().name(), (int) e.size(),
                        e.uploadedBy().username(), e.uploadedBy().displayName(), Columns.timestamp(e.uploadedAt()),
                        content)
                .update();
    }

    @Override
    public Optional<Evidence> evidence(UUID id) {
        return jdbc.sql("SELECT " + EVIDENCE_COLUMNS + " FROM recommendation_evidence WHERE id = ?").param(id)
                .query((rs, n) -> evidence(rs)).optional();
    }

    @Override
    public Optional<byte[]> content(UUID id) {
        return jdbc.sql("SELECT content FROM recommendation_evidence WHERE id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    @Override
    public void delete(UUID id) {
        jdbc.sql("DELETE FROM recommendation_evidence WHERE id = ?").param(id).update();
    }

    @Override
    public List<Evidence> evidenceOf(RoundId round, UUID recommendation) {
        return jdbc.sql("SELECT " + EVIDENCE_COLUMNS + " FROM recommendation_evidence"
                        + " WHERE round_id = ? AND recommendation_id = ? ORDER BY uploaded_at, id")
                .params(round.value(), recommendation).query((rs, n) -> evidence(rs)).list();
    }

    @Override
    public void add(Comment c) {
        jdbc.sql("""
                INSERT INTO recommendation_comment (id, round_id, recommendation_id, text, author, author_name, written_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.round().value(), c.recommendation(), c.text(), c.author().username(),
                        c.author().displayName(), Columns.timestamp(c.writtenAt()))
                .update();
    }

    @Override
    public List<Comment> commentsOf(RoundId round, UUID recommendation) {
        return jdbc.sql("SELECT * FROM recommendation_comment WHERE round_id = ? AND recommendation_id = ?"
                        + " ORDER BY written_at, id")
                .params(round.value(), recommendation)
                .query((rs, n) -> new Comment(Columns.uuid(rs, "id"), new RoundId(Columns.uuid(rs, "round_id")),
                        Columns.uuid(rs, "recommendation_id"), rs.getString("text"),
                        new Contributor(rs.getString("author"), rs.getString("author_name")),
                        Columns.instant(rs, "written_at")))
                .list();
    }

    @Override
    public Map<UUID, Tally> countsOf(RoundId round) {
        Map<UUID, Tally> counts = new HashMap<>();
        jdbc.sql("""
                SELECT recommendation_id, sum(files)::int AS files, sum(comments)::int AS comments FROM (
                    SELECT recommendation_id, 1 AS files, 0 AS comments FROM recommendation_evidence WHERE round_id = ?
                    UNION ALL
                    SELECT recommendation_id, 0, 1 FROM recommendation_comment WHERE round_id = ?) t
                 GROUP BY recommendation_id""")
                .params(round.value(), round.value())
                .query(rs -> {
                    counts.put(Columns.uuid(rs, "recommendation_id"), new Tally(rs.getInt("files"), rs.getInt("comments")));
                });
        return counts;
    }

    private static Evidence evidence(ResultSet rs) throws SQLException {
        return new Evidence(Columns.uuid(rs, "id"), new RoundId(Columns.uuid(rs, "round_id")),
                Columns.uuid(rs, "recommendation_id"), rs.getString("file_name"),
                EvidenceType.valueOf(rs.getString("file_type")), rs.getInt("size_bytes"),
                new Contributor(rs.getString("uploaded_by"), rs.getString("uploaded_by_name")),
                Columns.instant(rs, "uploaded_at"));
    }
}
