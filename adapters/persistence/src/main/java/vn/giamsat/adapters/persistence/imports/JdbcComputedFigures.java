package vn.giamsat.adapters.persistence.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.application.dossier.port.out.ComputedFiguresPort;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Channel;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.unit.UnitId;

/**
 * Sums of {@code dossier_figures} over the months a period touches. A code belongs to the unit that held it in
 * that month, so figures of a unit that was later merged stay with it (codes are reused after mergers).
 */
@Component
public class JdbcComputedFigures implements ComputedFiguresPort {
    private static final String UNITS_UNDER = """
            WITH RECURSIVE tree AS (
                SELECT id, code, valid_from, valid_to FROM administrative_unit WHERE id = :root
                UNION ALL
                SELECT u.id, u.code, u.valid_from, u.valid_to FROM administrative_unit u JOIN tree t ON u.parent_id = t.id
            )
            """;
    private static final String SUMS = """
            sum(f.received), sum(f.received) FILTER (WHERE f.channel = 2), sum(f.received) FILTER (WHERE f.channel = 3),
            sum(f.early), sum(f.on_time), sum(f.late), sum(f.in_progress_within_deadline), sum(f.in_progress_overdue),
            sum(f.withdrawn)
            """;
    private static final String JOIN = """
            JOIN %s f ON f.unit_code = t.code
             AND f.month BETWEEN date_trunc('month', CAST(:from AS date)) AND :to
             AND f.month >= date_trunc('month', t.valid_from) AND (t.valid_to IS NULL OR f.month < t.valid_to)
            """;

    private final JdbcClient jdbc;

    public JdbcComputedFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<HandlingFigures> totalsUnder(UnitId root, Period period) {
        return jdbc.sql(UNITS_UNDER + "SELECT t.id, NULL, NULL, " + SUMS + " FROM tree t " + JOIN.formatted("dossier_figures_unit")
                        + " GROUP BY t.id ORDER BY t.id")
                .param("root", root.value()).param("from", period.from()).param("to", period.to())
                .query((rs, i) -> figures(rs, period)).list();
    }

    @Override
    public List<HandlingFigures> byProcedureAndChannel(UnitId unit, Period period) {
        return jdbc.sql("WITH tree AS (SELECT id, code, valid_from, valid_to FROM administrative_unit WHERE id = :root) "
                        + "SELECT t.id, f.procedure_code, f.channel, " + SUMS + " FROM tree t " + JOIN.formatted("dossier_figures")
                        + " GROUP BY t.id, f.procedure_code, f.channel ORDER BY f.procedure_code, f.channel")
                .param("root", unit.value()).param("from", period.from()).param("to", period.to())
                .query((rs, i) -> figures(rs, period)).list();
    }

    /**
     * Sums the unit's own rows; the split is known only when every row with late dossiers came from an export with
     * the slip columns (its {@code late_with_apology} is not null).
     */
    @Override
    public vn.giamsat.application.dossier.model.LateByApology lateByApology(UnitId unit, Period period) {
        return jdbc.sql("WITH tree AS (SELECT id, code, valid_from, valid_to FROM administrative_unit WHERE id = :root) "
                        + "SELECT coalesce(sum(f.late), 0), sum(f.late_with_apology),"
                        + " count(*) FILTER (WHERE f.late > 0 AND f.late_with_apology IS NULL)"
                        + " FROM tree t " + JOIN.formatted("dossier_figures_unit"))
                .param("root", unit.value()).param("from", period.from()).param("to", period.to())
                .query((rs, i) -> new vn.giamsat.application.dossier.model.LateByApology(rs.getLong(1),
                        rs.getLong(3) > 0 ? Count.notReported() : Count.of(rs.getLong(2))))
                .single();
    }

    private static HandlingFigures figures(ResultSet rs, Period period) throws SQLException {
        String procedure = rs.getString(2);
        int channel = rs.getInt(3);
        long received = rs.getLong(4);
        long early = rs.getLong(7);
        long onTime = rs.getLong(8);
        long late = rs.getLong(9);
        HandlingFigures.Builder b = HandlingFigures.builder(new UnitId(rs.getObject(1, UUID.class)), period,
                        FiguresSource.COMPUTED_FROM_DOSSIERS)
                .received(received).receivedOnline(rs.getLong(5)).receivedPostal(Count.of(rs.getLong(6)))
                .early(early).onTime(onTime).late(late).resolved(Count.of(early + onTime + late))
                .inProgressWithinDeadline(Count.of(rs.getLong(10))).inProgressOverdue(Count.of(rs.getLong(11)))
                .withdrawn(Count.of(rs.getLong(12)));
        if (procedure != null) {
            b.procedure(ProcedureCode.of(procedure));
        }
        if (channel != 0) {
            b.channel(switch (channel) {
                case 1 -> Channel.DIRECT;
                case 2 -> Channel.ONLINE;
                default -> Channel.POSTAL;
            });
        }
        return b.build();
    }
}
