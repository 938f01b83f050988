package vn.giamsat.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.application.figures.port.out.FiguresPort;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Channel;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.ReportedRate;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitId;

/**
 * Handling figures in {@code handling_figures}: a count that was not reported is stored as NULL and read back
 * as {@link Count#notReported()}, never as 0.
 */
@Component
public class JdbcFigures implements FiguresPort {
    private static final String SELECT = """
            SELECT unit_id, period_from, period_to, procedure_code, channel, source, received, carried_over,
                   received_online, received_postal, resolved, early, on_time, within_deadline, late,
                   in_progress_within_deadline, in_progress_overdue, withdrawn, reported_on_time_rate, statement,
                   source_note, results_digitized
              FROM handling_figures
            """;
    private static final String ORDER = " ORDER BY unit_id, period_from, period_to, procedure_code NULLS FIRST, "
            + "channel NULLS FIRST, source";

    private final JdbcClient jdbc;

    public JdbcFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(HandlingFigures f, RoundId round) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("unit", f.unit().value());
        p.put("from", f.period().from());
        p.put("to", f.period().to());
        p.put("procedure", f.procedure() == null ? null : f.procedure().value());
        p.put("channel", Columns.name(f.channel()));
        p.put("source", f.source().name());
        p.put("received", f.received().orNull());
        p.put("carriedOver", f.carriedOver().orNull());
        p.put("receivedOnline", f.receivedOnline().orNull());
        p.put("receivedPostal", f.receivedPostal().orNull());
        p.put("resolved", f.resolved().orNull());
        p.put("early", f.early().orNull());
        p.put("onTime", f.onTime().orNull());
        p.put("withinDeadline", f.withinDeadline().orNull());
        p.put("late", f.late().orNull());
        p.put("inProgressWithin", f.inProgressWithinDeadline().orNull());
        p.put("inProgressOverdue", f.inProgressOverdue().orNull());
        p.put("withdrawn", f.withdrawn().orNull());
        p.put("rate", f.reportedOnTimeRate() == null ? null : f.reportedOnTimeRate().percent());
        p.put("statement", f.statement());
        p.put("sourceNote", f.sourceNote());
        p.put("round", round == null ? null : round.value());
        p.put("resultsDigitized", f.resultsDigitized().orNull());
        // The key constraint treats "all procedures"/"all channels" (NULL) as one value, so the upsert
        // replaces them like any other key.
        jdbc.sql("""
                INSERT INTO handling_figures (unit_id, period_from, period_to, procedure_code, channel, source,
                    received, carried_over, received_online, received_postal, resolved, early, on_time,
                    within_deadline, late, in_progress_within_deadline, in_progress_overdue, withdrawn,
                    reported_on_time_rate, statement, source_note, round_id, results_digitized)
                VALUES (:unit, :from, :to, :procedure, :channel, :source, :received, :carriedOver, :receivedOnline,
                    :receivedPostal, :resolved, :early, :onTime, :withinDeadline, :late, :inProgressWithin,
                    :inProgressOverdue, :withdrawn, :rate, :statement, :sourceNote, :round, :resultsDigitized)
                ON CONFLICT ON CONSTRAINT handling_figures_key DO UPDATE SET
                    received = EXCLUDED.received, carried_over = EXCLUDED.carried_over,
                    received_online = EXCLUDED.received_online, received_postal = EXCLUDED.received_postal,
                    resolved = EXCLUDED.resolved, early = EXCLUDED.early, on_time = EXCLUDED.on_time,
                    within_deadline = EXCLUDED.within_deadline, late = EXCLUDED.late,
                    in_progress_within_deadline = EXCLUDED.in_progress_within_deadline,
                    in_progress_overdue = EXCLUDED.in_progress_overdue, withdrawn = EXCLUDED.withdrawn,
                    reported_on_time_rate = EXCLUDED.reported_on_time_rate, statement = EXCLUDED.statement,
                    source_note = EXCLUDED.source_note, round_id = EXCLUDED.round_id,
                    results_digitized = EXCLUDED.results_digitized
                """).params(p).update();
    }

    @Override
    public List<HandlingFigures> ofUnits(Collection<UnitId> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE unit_id IN (:units)" + ORDER)
                .param("units", units.stream().map(UnitId::value).toList())
                .query(JdbcFigures::figures).list();
    }

    @Override
    public List<HandlingFigures> ofRound(RoundId round) {
        return jdbc.sql(SELECT + " WHERE round_id = :round" + ORDER).param("round", round.value())
                .query(JdbcFigures::figures).list();
    }

    private static HandlingFigures figures(ResultSet rs, int n) throws SQLException {
        String procedure = rs.getString("procedure_code");
        java.math.BigDecimal rate = rs.getBigDecimal("reported_on_time_rate");
        return HandlingFigures.builder(new UnitId(Columns.uuid(rs, "unit_id")),
                        Period.of(Columns.date(rs, "period_from"), Columns.date(rs, "period_to")),
                        FiguresSource.valueOf(rs.getString("source")))
                .procedure(procedure == null ? null : ProcedureCode.of(procedure))
                .channel(Columns.enumOf(Channel.class, rs.getString("channel")))
                .received(count(rs, "received"))
                .carriedOver(count(rs, "carried_over"))
                .receivedOnline(count(rs, "received_online"))
                .receivedPostal(count(rs, "received_postal"))
                .resolved(count(rs, "resolved"))
                .early(count(rs, "early"))
                .onTime(count(rs, "on_time"))
                .withinDeadline(count(rs, "within_deadline"))
                .late(count(rs, "late"))
                .inProgressWithinDeadline(count(rs, "in_progress_within_deadline"))
                .inProgressOverdue(count(rs, "in_progress_overdue"))
                .withdrawn(count(rs, "withdrawn"))
                .reportedOnTimeRate(rate == null ? null : new ReportedRate(rate))
                .statement(rs.getString("statement"))
                .sourceNote(rs.getString("source_note"))
                .resultsDigitized(count(rs, "results_digitized"))
                .build();
    }

    private static Count count(ResultSet rs, String column) throws SQLException {
        return Count.ofNullable(Columns.nullableLong(rs, column));
    }
}
