package vn.giamsat.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.application.round.port.out.UnitReportPort;
import vn.giamsat.domain.round.Contributor;
import vn.giamsat.domain.round.EvidenceType;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.UnitReportFigures;
import vn.giamsat.domain.round.UnitReportVersion;
import vn.giamsat.domain.unit.UnitId;

/**
 * The units' reports (change set 810): due dates in {@code unit_report_due} (one row per round and unit, replaced
 * when set again, audited), hand-ins in {@code unit_report_version} (INSERT and SELECT only; the unique
 * (round, unit, number) refuses a second version 2 from two hand-ins at once).
 */
public class JdbcUnitReports implements UnitReportPort {
    private static final String COLUMNS = "id, round_id, unit_id, number, handed_in_at, handed_in_by, handed_in_name,"
            + " file_name, file_type, file_sha256, figures, note";

    private final JdbcClient jdbc;

    public JdbcUnitReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UnitId, LocalDate> dueDates(RoundId round) {
        Map<UnitId, LocalDate> out = new LinkedHashMap<>();
        jdbc.sql("SELECT unit_id, due_date FROM unit_report_due WHERE round_id = ?").param(round.value())
                .query((ResultSet rs) -> {
                    out.put(new UnitId(Columns.uuid(rs, "unit_id")), Columns.date(rs, "due_date"));
                });
        return out;
    }

    @Override
    public void setDueDate(RoundId round, UnitId unit, LocalDate due, String setBy, Instant setAt) {
        jdbc.sql("""
                INSERT INTO unit_report_due (id, round_id, unit_id, due_date, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (round_id, unit_id) DO UPDATE
                   SET due_date = EXCLUDED.due_date, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at
                """).params(UUID.randomUUID(), round.value(), unit.value(), due, setBy, Columns.timestamp(setAt))
                .update();
    }

    @Override
    public void append(UnitReportVersion v, byte[] content) {
        jdbc.sql("INSERT INTO unit_report_version (" + COLUMNS + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(v.id(), v.round().value(), v.unit().value(), v.number(), Columns.timestamp(v.handedInAt()),
                        v.handedInBy().username(), v.handedInBy().displayName(), v.fileName(), v.fileType().name(),
                        v.fileSha256(), v.figures().lines(), v.note().orElse(null), content)
                .update();
    }

    @Override
    public List<UnitReportVersion> versions(RoundId round) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit_report_version WHERE round_id = ? ORDER BY unit_id, number")
                .param(round.value()).query((rs, n) -> version(rs)).list();
    }

    @Override
    public Optional<UnitReportVersion> version(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit_report_version WHERE id = ?").param(id)
                .query((rs, n) -> version(rs)).optional();
    }

    @Override
    public Optional<byte[]> content(UUID version) {
        return jdbc.sql("SELECT content FROM unit_report_version WHERE id = ?").param(version)
                .query((rs, n) -> rs.getBytes("content")).optional();
    }

    private static UnitReportVersion version(ResultSet rs) throws SQLException {
        return new UnitReportVersion(Columns.uuid(rs, "id"), new RoundId(Columns.uuid(rs, "round_id")),
                new UnitId(Columns.uuid(rs, "unit_id")), rs.getInt("number"), Columns.instant(rs, "handed_in_at"),
                new Contributor(rs.getString("handed_in_by"), rs.getString("handed_in_name")),
                rs.getString("file_name"), EvidenceType.valueOf(rs.getString("file_type")),
                rs.getString("file_sha256"), UnitReportFigures.ofLines(rs.getString("figures")),
                Optional.ofNullable(rs.getString("note")));
    }
}
