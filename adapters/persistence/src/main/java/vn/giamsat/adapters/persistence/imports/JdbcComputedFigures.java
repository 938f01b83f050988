package vn.giamsat.adapters.persistence.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * Figures of form II.06a for exactly the days of a period, counted from the dossiers themselves (decision 027):
 * <ul>
 *   <li><b>carried over</b> (kỳ trước chuyển qua): received before the first day and still open at its start;</li>
 *   <li><b>received in the period</b> (trong kỳ), by channel: received on one of its days;</li>
 *   <li><b>resolved</b> early / on time / late, and <b>withdrawn</b>: closed on one of its days (a withdrawn dossier
 *       closes on its resolution date, or on its day of receipt when the export gives none);</li>
 *   <li>of the resolved, those whose <b>result was digitized</b> ({@code so_hoa_ket_qua}, indicator 5a, decision
 *       052): not reported when one of them comes from an export without the column or left its cell empty;</li>
 *   <li><b>in progress</b> within / past the deadline: open at the end of the last day, judged on that day, or on the
 *       export's day when the period ends after it (what happened later is not in the export).</li>
 * </ul>
 * So received (carried over + in the period) = resolved + in progress + withdrawn for every period, and what one
 * period leaves in progress the next carries over. A code belongs to the unit that held it on the day of receipt,
 * so figures of a unit that was later merged stay with it (codes are reused after mergers).
 *
 * <p>Summed from the tallies per unit and day the import writes ({@code dossier_tally}, {@link PeriodTallies},
 * decision 044): a period may start on any day (the 15th of the data cut-off), and a province's year reads a few
 * rows per unit and day instead of every dossier (decision 027 counted the dossiers at query time: 34 times slower).
 * Whole months are read from the tallies' month roll-up ({@code dossier_tally_month}, decision 053), kept by the
 * database from the day rows: the day rows only for a partial first or last month.
 * "Past the deadline on day D" is {@link vn.giamsat.domain.dossier.OutcomePolicy}'s rule: D is after the first
 * working day on or after the due date, that is the due date is on or before the last working day before D
 * ({@code calendar_day}).
 *
 * <p>A tally knows the unit code, not which unit held it on the day of receipt. Where every dossier of a code up to
 * the period's end was received while one unit held it (the usual case), that unit's figures are the code's sums.
 * Where not (a code reused after a merger, a unit whose validity was edited after the import), that unit is counted
 * from its dossiers as before: exact either way, slow only for such units.
 */
@Component
public class JdbcComputedFigures implements ComputedFiguresPort {
    private static final String UNITS_UNDER = """
            WITH RECURSIVE tree AS (
                SELECT id, code, valid_from, valid_to FROM administrative_unit WHERE id = :root
                UNION ALL
                SELECT u.id, u.code, u.valid_from, u.valid_to FROM administrative_unit u JOIN tree t ON u.parent_id = t.id
            ),
            """;
    private static final String ONE_UNIT = """
            WITH tree AS (SELECT id, code, valid_from, valid_to FROM administrative_unit WHERE id = :root),
            """;
    /**
     * Per import: the day its open dossiers are judged on (the period's last day, or the export's day if earlier)
     * and the last working day before it. MATERIALIZED: computed once per import, not once per dossier joined.
     */
    private static final String JUDGED = """
            judged AS MATERIALIZED (
                SELECT i.id, (SELECT max(CAST(g AS date))
                                FROM generate_series(least(CAST(:last AS date), i.as_of) - 60,
                                                     least(CAST(:last AS date), i.as_of) - 1, interval '1 day') g
                                LEFT JOIN calendar_day c ON c.day = CAST(g AS date)
                               WHERE coalesce(c.kind = 'MAKE_UP_WORKING_DAY', extract(isodow FROM g) < 6)) AS last_working
                  FROM dossier_import i
            ),
            d AS (
                SELECT t.id AS unit_id, d.import_id, d.apology_on, d.procedure_code, d.channel, d.received_at, d.due_at,
                       d.withdrawn, d.outcome, d.result_digitized,
                       CASE WHEN d.withdrawn THEN coalesce(d.resolved_at, d.received_at) ELSE d.resolved_at END AS closed_at,
                       j.last_working
                  FROM tree t
                  JOIN dossier d ON d.unit_code = t.code
                   AND d.received_at >= t.valid_from AND (t.valid_to IS NULL OR d.received_at < t.valid_to)
                   AND d.received_at < :end
                  JOIN judged j ON j.id = d.import_id
            )
            """;
    private static final String SUMS = """
            count(*) FILTER (WHERE received_at < :start),
            count(*) FILTER (WHERE received_at >= :start AND channel = 2),
            count(*) FILTER (WHERE received_at >= :start AND channel = 3),
            count(*) FILTER (WHERE closed_at < :end AND NOT withdrawn AND outcome = 'EARLY'),
            count(*) FILTER (WHERE closed_at < :end AND NOT withdrawn AND outcome = 'ON_TIME'),
            count(*) FILTER (WHERE closed_at < :end AND NOT withdrawn AND outcome = 'LATE'),
            count(*) FILTER (WHERE (closed_at IS NULL OR closed_at >= :end)
                             AND (last_working IS NULL OR CAST(due_at AS date) > last_working)),
            count(*) FILTER (WHERE (closed_at IS NULL OR closed_at >= :end)
                             AND CAST(due_at AS date) <= last_working),
            count(*) FILTER (WHERE closed_at < :end AND withdrawn),
            count(*),
            count(*) FILTER (WHERE closed_at < :end AND NOT withdrawn AND outcome IN ('EARLY', 'ON_TIME', 'LATE')
                             AND result_digitized),
            count(*) FILTER (WHERE closed_at < :end AND NOT withdrawn AND outcome IN ('EARLY', 'ON_TIME', 'LATE')
                             AND result_digitized IS NULL)
            """;
    /** Open at the start, or received in the period. */
    private static final String OPEN_OR_NEW = " FROM d WHERE closed_at IS NULL OR closed_at >= :start ";

    /** The units given by id, for those counted from their dossiers. */
    private static final String UNITS_LISTED = """
            WITH tree AS (SELECT id, code, valid_from, valid_to FROM administrative_unit WHERE id IN (:ids)),
            """;

    /**
     * Per unit of the tree: the sums of its code's tallies up to the period's last day, and whether they are the
     * unit's own (every dossier of the code received by then was received while this unit held the code).
     *
     * <p>Read from the month roll-up ({@code dossier_tally_month}, decision 053) for the months wholly before the
     * period (:firstMonth is the first day of the period's first month) or wholly inside it ([:wholeFrom,
     * :wholeEnd)), and from the day rows for the rest: the days of a partial first month ([:firstMonth,
     * :partialEnd)) and of a partial last month ([:tailFrom, :last]). The four ranges are disjoint and cover every
     * day up to :last, so each sum is the day rows' sum. A month row stands on its first day: before :start exactly
     * when the whole month is. Each range is its own branch, read per unit code (LATERAL), so that each is one range
     * of an index: with {@code unit_code IN (SELECT code FROM tree)}, or a LATERAL it may flatten into a join, the
     * planner, which cannot tell how many units the recursive tree holds, read the whole of {@code dossier_tally}
     * for each branch. {@code OFFSET 0} keeps each LATERAL a subquery run per code.
     */
    private static final String TALLIED = """
            codes AS (SELECT DISTINCT code FROM tree),
            rows AS (
                SELECT r.* FROM codes c CROSS JOIN LATERAL (
                    SELECT %1$s FROM dossier_tally_month WHERE unit_code = c.code AND month < :firstMonth OFFSET 0) r
                UNION ALL
                SELECT r.* FROM codes c CROSS JOIN LATERAL (
                    SELECT %1$s FROM dossier_tally_month
                     WHERE unit_code = c.code AND month >= :wholeFrom AND month < :wholeEnd OFFSET 0) r
                UNION ALL
                SELECT r.* FROM codes c CROSS JOIN LATERAL (
                    SELECT %2$s FROM dossier_tally WHERE unit_code = c.code AND day >= :firstMonth AND day < :partialEnd
                    OFFSET 0) r
                UNION ALL
                SELECT r.* FROM codes c CROSS JOIN LATERAL (
                    SELECT %2$s FROM dossier_tally WHERE unit_code = c.code AND day >= :tailFrom AND day <= :last OFFSET 0) r
            ),
            sums AS (
                SELECT t.unit_code,
                       sum(t.received_direct + t.received_online + t.received_postal - t.closed)
                           FILTER (WHERE t.day < :start) AS carried,
                       sum(t.received_direct + t.received_online + t.received_postal) FILTER (WHERE t.day >= :start)
                           AS received,
                       sum(t.received_online) FILTER (WHERE t.day >= :start) AS online,
                       sum(t.received_postal) FILTER (WHERE t.day >= :start) AS postal,
                       sum(t.early) FILTER (WHERE t.day >= :start) AS early,
                       sum(t.on_time) FILTER (WHERE t.day >= :start) AS on_time,
                       sum(t.late) FILTER (WHERE t.day >= :start) AS late,
                       sum(t.late_with_apology) FILTER (WHERE t.day >= :start) AS late_with_apology,
                       sum(t.late_slip_unknown) FILTER (WHERE t.day >= :start) AS late_slips_unknown,
                       sum(t.withdrawn) FILTER (WHERE t.day >= :start) AS withdrawn,
                       sum(t.resolved_digitized) FILTER (WHERE t.day >= :start) AS digitized,
                       sum(t.resolved_digitized_not_known) FILTER (WHERE t.day >= :start) AS digitized_unknown,
                       sum(t.received_direct + t.received_online + t.received_postal - t.closed) AS open,
                       sum(t.overdue_change) AS overdue,
                       min(t.first_received) AS first_received,
                       max(t.last_received) AS last_received
                  FROM rows t
                 GROUP BY t.unit_code
            )
            SELECT u.id, coalesce(s.carried, 0), coalesce(s.received, 0), coalesce(s.online, 0), coalesce(s.postal, 0),
                   coalesce(s.early, 0), coalesce(s.on_time, 0), coalesce(s.late, 0), coalesce(s.withdrawn, 0),
                   coalesce(s.open, 0), coalesce(s.overdue, 0), coalesce(s.late_with_apology, 0), s.late_slips_unknown,
                   (s.first_received IS NULL OR (s.first_received >= u.valid_from
                                                 AND (u.valid_to IS NULL OR s.last_received < u.valid_to))) AS own,
                   coalesce(s.digitized, 0), s.digitized_unknown
              FROM tree u JOIN sums s ON s.unit_code = u.code
             ORDER BY u.id
            """.formatted("""
            unit_code, month AS day, received_direct, received_online, received_postal, early, on_time, late,
                           late_with_apology, late_slip_unknown, withdrawn, closed, overdue_change, first_received,
                           last_received, resolved_digitized, resolved_digitized_not_known""", """
            unit_code, day, received_direct, received_online, received_postal, early, on_time, late,
                           late_with_apology, CASE WHEN late_with_apology IS NULL THEN late ELSE 0 END, withdrawn,
                           closed, overdue_change,
                           CASE WHEN received_direct + received_online + received_postal > 0 THEN day END,
                           CASE WHEN received_direct + received_online + received_postal > 0 THEN day END,
                           resolved_digitized, coalesce(resolved_digitized_unknown, early + on_time + late)""");

    private final JdbcClient jdbc;

    public JdbcComputedFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One unit's sums from the tallies; {@code own} false: they are not the unit's alone (see the class). */
    private record Tallied(UUID unit, boolean own, long carried, long received, long online, long postal, long early,
                           long onTime, long late, long withdrawn, long open, long overdue, long lateWithApology,
                           boolean slipsUnknown, Count resultsDigitized) {
        HandlingFigures figures(Period period) {
            return HandlingFigures.builder(new UnitId(unit), period, FiguresSource.COMPUTED_FROM_DOSSIERS)
                    .received(carried + received).carriedOver(Count.of(carried))
                    .receivedOnline(online).receivedPostal(Count.of(postal))
                    .early(early).onTime(onTime).late(late).resolved(Count.of(early + onTime + late))
                    .inProgressWithinDeadline(Count.of(open - overdue)).inProgressOverdue(Count.of(overdue))
                    .withdrawn(Count.of(withdrawn)).resultsDigitized(resultsDigitized)
                    .build();
        }
    }

    private List<Tallied> tallied(String tree, UnitId root, Period period) {
        return tallied(tree, root, period, monthBounds(period));
    }

    private List<Tallied> tallied(String tree, UnitId root, Period period, Map<String, LocalDate> bounds) {
        return jdbc.sql(tree + TALLIED)
                .param("root", root.value()).param("start", period.from()).param("last", period.to())
                .params(bounds)
                .query((rs, i) -> new Tallied(rs.getObject(1, UUID.class), rs.getBoolean(14), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13) > 0,
                        digitized(rs.getLong(15), rs.getLong(16))))
                .list();
    }

    /** The bounds of {@link #TALLIED}'s four ranges for a period (see there). */
    static Map<String, LocalDate> monthBounds(Period period) {
        LocalDate firstMonth = period.from().withDayOfMonth(1);
        // The first whole month on or after the start, and the first day of the month after the last day.
        LocalDate wholeFrom = period.from().equals(firstMonth) ? firstMonth : firstMonth.plusMonths(1);
        LocalDate wholeEnd = period.to().plusDays(1).withDayOfMonth(1);
        LocalDate afterLast = period.to().plusDays(1);
        return Map.of("firstMonth", firstMonth, "wholeFrom", wholeFrom, "wholeEnd", wholeEnd,
                // Days of a partial first month (empty when the period starts on a month's first day)...
                "partialEnd", wholeFrom.isBefore(afterLast) ? wholeFrom : afterLast,
                // ... and of a partial last month, after the whole months and after the partial first month.
                "tailFrom", wholeEnd.isAfter(wholeFrom) ? wholeEnd : wholeFrom);
    }

    /**
     * {@link #TALLIED}'s bounds that read day rows alone, every day up to the last (the query before decision 053):
     * the month roll-up's yardstick in tests.
     */
    static Map<String, LocalDate> dayRowsOnly(Period period) {
        LocalDate afterLast = period.to().plusDays(1);
        return Map.of("firstMonth", LocalDate.of(1, 1, 1), "partialEnd", afterLast,
                "wholeFrom", afterLast, "wholeEnd", afterLast, "tailFrom", afterLast);
    }

    @Override
    public List<HandlingFigures> totalsUnder(UnitId root, Period period) {
        return totalsUnder(root, period, monthBounds(period));
    }

    /** {@link #totalsUnder} summed from the day rows alone ({@link #dayRowsOnly}): the roll-up's yardstick in tests. */
    List<HandlingFigures> totalsUnderFromDays(UnitId root, Period period) {
        return totalsUnder(root, period, dayRowsOnly(period));
    }

    private List<HandlingFigures> totalsUnder(UnitId root, Period period, Map<String, LocalDate> bounds) {
        List<HandlingFigures> out = new java.util.ArrayList<>();
        List<UUID> fromDossiers = new java.util.ArrayList<>();
        for (Tallied t : tallied(UNITS_UNDER, root, period, bounds)) {
            if (!t.own()) {
                fromDossiers.add(t.unit());
            } else if (t.carried() + t.received() > 0) {   // as counting the dossiers: no row without a dossier
                out.add(t.figures(period));
            }
        }
        if (!fromDossiers.isEmpty()) {
            out.addAll(jdbc.sql(UNITS_LISTED + JUDGED + "SELECT unit_id, NULL, NULL, " + SUMS + OPEN_OR_NEW
                            + " GROUP BY unit_id")
                    .param("ids", fromDossiers).param("start", period.from().atStartOfDay())
                    .param("end", period.to().plusDays(1).atStartOfDay()).param("last", period.to())
                    .query((rs, i) -> figures(rs, period)).list());
            // The database's order of uuids: as their text, not as Java's signed comparison.
            out.sort(java.util.Comparator.comparing(f -> f.unit().value().toString()));
        }
        return out;
    }

    /** {@link #totalsUnder} counted from the dossiers themselves, as before decision 044: the tallies' yardstick in tests. */
    List<HandlingFigures> totalsUnderFromDossiers(UnitId root, Period period) {
        return jdbc.sql(UNITS_UNDER + JUDGED + "SELECT unit_id, NULL, NULL, " + SUMS + OPEN_OR_NEW
                        + " GROUP BY unit_id ORDER BY unit_id")
                .param("root", root.value()).param("start", period.from().atStartOfDay())
                .param("end", period.to().plusDays(1).atStartOfDay()).param("last", period.to())
                .query((rs, i) -> figures(rs, period)).list();
    }

    @Override
    public List<HandlingFigures> byProcedureAndChannel(UnitId unit, Period period) {
        return jdbc.sql(ONE_UNIT + JUDGED + "SELECT unit_id, procedure_code, channel, " + SUMS + OPEN_OR_NEW
                        + " GROUP BY unit_id, procedure_code, channel ORDER BY procedure_code, channel")
                .param("root", unit.value()).param("start", period.from().atStartOfDay())
                .param("end", period.to().plusDays(1).atStartOfDay()).param("last", period.to())
                .query((rs, i) -> figures(rs, period)).list();
    }

    /**
     * The unit's dossiers resolved late in the period (as {@link #totalsUnder} counts them), split by whether an
     * apology slip was issued. The split is known only when every such dossier came from an export with the slip
     * columns: an import without them wrote {@code late_with_apology} as null in its tally rows, and an empty
     * {@code apology_on} there means "not in this export", not "no slip".
     */
    @Override
    public vn.giamsat.application.dossier.model.LateByApology lateByApology(UnitId unit, Period period) {
        List<Tallied> tallied = tallied(ONE_UNIT, unit, period);
        if (tallied.isEmpty()) {
            return new vn.giamsat.application.dossier.model.LateByApology(0, Count.of(0));
        }
        if (tallied.getFirst().own()) {
            Tallied t = tallied.getFirst();
            return new vn.giamsat.application.dossier.model.LateByApology(t.late(),
                    t.slipsUnknown() ? Count.notReported() : Count.of(t.lateWithApology()));
        }
        return lateByApologyFromDossiers(unit, period);
    }

    /** {@link #lateByApology} counted from the unit's dossiers: for a unit whose code's tallies are not its own. */
    vn.giamsat.application.dossier.model.LateByApology lateByApologyFromDossiers(UnitId unit, Period period) {
        return jdbc.sql(ONE_UNIT + JUDGED + """
                        , slips AS MATERIALIZED (   -- the imports whose export had the slip column
                            SELECT i.id AS import_id FROM dossier_import i
                             WHERE EXISTS (SELECT 1 FROM dossier_tally t
                                            WHERE t.import_id = i.id AND t.late_with_apology IS NOT NULL))
                        SELECT count(*),
                               count(*) FILTER (WHERE d.apology_on IS NOT NULL),
                               count(*) FILTER (WHERE s.import_id IS NULL)
                          FROM d LEFT JOIN slips s ON s.import_id = d.import_id
                         WHERE d.closed_at >= :start AND d.closed_at < :end AND NOT d.withdrawn AND d.outcome = 'LATE'
                        """)
                .param("root", unit.value()).param("start", period.from().atStartOfDay())
                .param("end", period.to().plusDays(1).atStartOfDay()).param("last", period.to())
                .query((rs, i) -> new vn.giamsat.application.dossier.model.LateByApology(rs.getLong(1),
                        rs.getLong(3) > 0 ? Count.notReported() : Count.of(rs.getLong(2))))
                .single();
    }

    /**
     * Resolved dossiers with a digitized result: not reported when one resolved dossier of the period does not say
     * (its export had no {@code so_hoa_ket_qua} column, or its cell was empty), never a count of those that said.
     */
    private static Count digitized(long digitized, long unknown) {
        return unknown > 0 ? Count.notReported() : Count.of(digitized);
    }

    private static HandlingFigures figures(ResultSet rs, Period period) throws SQLException {
        String procedure = rs.getString(2);
        int channel = rs.getInt(3);
        long early = rs.getLong(7);
        long onTime = rs.getLong(8);
        long late = rs.getLong(9);
        HandlingFigures.Builder b = HandlingFigures.builder(new UnitId(rs.getObject(1, UUID.class)), period,
                        FiguresSource.COMPUTED_FROM_DOSSIERS)
                .received(rs.getLong(13)).carriedOver(Count.of(rs.getLong(4)))
                .receivedOnline(rs.getLong(5)).receivedPostal(Count.of(rs.getLong(6)))
                .early(early).onTime(onTime).late(late).resolved(Count.of(early + onTime + late))
                .inProgressWithinDeadline(Count.of(rs.getLong(10))).inProgressOverdue(Count.of(rs.getLong(11)))
                .withdrawn(Count.of(rs.getLong(12))).resultsDigitized(digitized(rs.getLong(14), rs.getLong(15)));
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
