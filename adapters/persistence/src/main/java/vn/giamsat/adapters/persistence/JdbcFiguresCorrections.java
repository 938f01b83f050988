package vn.giamsat.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.application.common.StaleDataException;
import vn.giamsat.application.figures.port.out.FiguresCorrectionPort;
import vn.giamsat.domain.figures.CorrectionStatus;
import vn.giamsat.domain.figures.FiguresCorrection;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.domain.round.RoundId;

/**
 * Corrections of frozen figures in {@code figures_correction} (changelog 620): before and after as the snapshot JSON
 * of the figures; a trigger keeps reviewed rows final, a check keeps the proposer from approving.
 */
@Component
public class JdbcFiguresCorrections implements FiguresCorrectionPort {
    private static final String SELECT = """
            SELECT id, round_id, before::text AS before, after::text AS after, reason, proposed_by, proposed_by_name,
                   proposed_at, status, reviewed_by, reviewed_by_name, reviewed_at
              FROM figures_correction
            """;

    private final JdbcClient jdbc;

    public JdbcFiguresCorrections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(FiguresCorrection c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", c.id());
        p.put("round", c.round().value());
        p.put("unit", c.before().unit().value());
        p.put("from", c.before().period().from());
        p.put("to", c.before().period().to());
        p.put("before", SnapshotJson.writeFigures(RoundSnapshot.FiguresEntry.of(c.before())));
        p.put("after", SnapshotJson.writeFigures(RoundSnapshot.FiguresEntry.of(c.after())));
        p.put("reason", c.reason());
        p.put("proposedBy", c.proposedBy().username());
        p.put("proposedByName", c.proposedBy().name());
        p.put("proposedAt", Columns.timestamp(c.proposedAt()));
        p.put("status", c.status().name());
        jdbc.sql("""
                INSERT INTO figures_correction (id, round_id, unit_id, period_from, period_to, before, after, reason,
                    proposed_by, proposed_by_name, proposed_at, status)
                VALUES (:id, :round, :unit, :from, :to, CAST(:before AS jsonb), CAST(:after AS jsonb), :reason,
                    :proposedBy, :proposedByName, :proposedAt, :status)
                """).params(p).update();
    }

    @Override
    public void review(FiguresCorrection reviewed) {
        int updated = jdbc.sql("""
                UPDATE figures_correction
                   SET status = :status, reviewed_by = :by, reviewed_by_name = :name, reviewed_at = :at
                 WHERE id = :id AND status = 'PENDING'
                """).param("status", reviewed.status().name()).param("by", reviewed.reviewedBy().username())
                .param("name", reviewed.reviewedBy().name()).param("at", Columns.timestamp(reviewed.reviewedAt()))
                .param("id", reviewed.id()).update();
        if (updated != 1) {
            throw new StaleDataException("đề nghị đính chính"); // reviewed meanwhile by someone else
        }
    }

    @Override
    public Optional<FiguresCorrection> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(JdbcFiguresCorrections::correction).optional();
    }

    @Override
    public List<FiguresCorrection> ofRound(RoundId round) {
        return jdbc.sql(SELECT + " WHERE round_id = :round ORDER BY proposed_at, id").param("round", round.value())
                .query(JdbcFiguresCorrections::correction).list();
    }

    private static FiguresCorrection correction(ResultSet rs, int n) throws SQLException {
        String reviewer = rs.getString("reviewed_by");
        return new FiguresCorrection(Columns.uuid(rs, "id"), new RoundId(Columns.uuid(rs, "round_id")),
                SnapshotJson.readFigures(rs.getString("before")).toFigures(),
                SnapshotJson.readFigures(rs.getString("after")).toFigures(), rs.getString("reason"),
                new FiguresCorrection.Person(rs.getString("proposed_by"), rs.getString("proposed_by_name")),
                Columns.instant(rs, "proposed_at"), CorrectionStatus.valueOf(rs.getString("status")),
                reviewer == null ? null : new FiguresCorrection.Person(reviewer, rs.getString("reviewed_by_name")),
                reviewer == null ? null : Columns.instant(rs, "reviewed_at"));
    }
}
