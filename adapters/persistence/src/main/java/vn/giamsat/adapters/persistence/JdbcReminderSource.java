package vn.giamsat.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.application.reminder.model.DueItem;
import vn.giamsat.application.reminder.model.ReminderKind;
import vn.giamsat.application.reminder.port.out.ReminderSourcePort;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitId;

/**
 * What calls for a reminder, read from the rounds' tables. Recommendations are followed up once the delegation has
 * reported (REPORTED, PUBLISHED); a closed round reminds no one, and neither does a recommendation the council's
 * conclusion did not adopt (decision 040: it is not followed up, as {@code Recommendation.isOverdueOn} says). Each kind is one query: a new kind (a unit's
 * report due, decision 048) is one more.
 */
public class JdbcReminderSource implements ReminderSourcePort {
    private final JdbcClient jdbc;
    private final int reportDays87;
    private final int reportDays121;

    /** With the report lead times of the default settings (3 days under either law, decision 039). */
    public JdbcReminderSource(JdbcClient jdbc) {
        this(jdbc, 3, 3);
    }

    /**
     * @param reportDays87  days before its first dated visit a unit's report is due under Law 87/2015/QH13 (a setting,
     *                      giamsat.supervision.law-87-2015.report-days), when the round sets no due date for it
     * @param reportDays121 the same under Law 121/2025/QH15 (rounds resolved from 1/3/2026)
     */
    public JdbcReminderSource(JdbcClient jdbc, int reportDays87, int reportDays121) {
        this.jdbc = jdbc;
        this.reportDays87 = reportDays87;
        this.reportDays121 = reportDays121;
    }

    @Override
    public List<DueItem> dueItems(LocalDate today, LocalDate horizon) {
        List<DueItem> items = new ArrayList<>();
        // Due soon (today .. horizon) and overdue (before today) in one read: the due date says which.
        items.addAll(jdbc.sql("""
                SELECT r.id, r.unit_id, r.text, r.due_date, s.id AS round_id, s.resolution_number, s.subject, s.council_id
                  FROM recommendation r JOIN supervision_round s ON s.id = r.round_id
                 WHERE s.status IN ('REPORTED', 'PUBLISHED') AND r.status NOT IN ('DONE', 'VERIFIED')
                   AND r.adoption <> 'NOT_ADOPTED'
                   AND r.due_date <= ?
                 ORDER BY r.due_date, r.id
                """).params(horizon).query((rs, n) -> recommendation(rs, Columns.date(rs, "due_date").isBefore(today)
                        ? ReminderKind.RECOMMENDATION_OVERDUE : ReminderKind.RECOMMENDATION_DUE_SOON)).list());
        items.addAll(jdbc.sql("""
                SELECT s.id AS round_id, s.resolution_number, s.subject, s.council_id,
                       (SELECT d.account FROM delegation_member d
                         WHERE d.round_id = s.id AND d.role = 'HEAD' AND d.account IS NOT NULL) AS head
                  FROM supervision_round s
                 WHERE s.status = 'REPORTED' AND s.approved_at IS NULL
                 ORDER BY s.id
                """).query((rs, n) -> awaitingApproval(rs)).list());
        // Units' reports (decision 048): a unit in scope of a planned or running round that has handed in nothing, due
        // by the date set on the round, else its first dated visit less the report lead time (LeadTimes.reportDue).
        items.addAll(jdbc.sql("""
                SELECT s.id AS round_id, s.resolution_number, s.subject, s.council_id, sc.unit_id, u.name AS unit_name,
                       d.due
                  FROM supervision_round s
                  JOIN round_scope sc ON sc.round_id = s.id
                  JOIN administrative_unit u ON u.id = sc.unit_id
                 CROSS JOIN LATERAL (SELECT COALESCE(
                        (SELECT x.due_date FROM unit_report_due x WHERE x.round_id = s.id AND x.unit_id = sc.unit_id),
                        (SELECT min(v.visit_date) FROM visit v WHERE v.round_id = s.id AND v.unit_id = sc.unit_id)
                            - CASE WHEN s.resolution_adopted_on < :cutover THEN :days87 ELSE :days121 END) AS due) d
                 WHERE s.status IN ('PLANNED', 'IN_PROGRESS') AND d.due <= :horizon
                   AND NOT EXISTS (SELECT 1 FROM unit_report_version r WHERE r.round_id = s.id AND r.unit_id = sc.unit_id)
                 ORDER BY d.due, s.id, sc.position
                """).param("cutover", vn.giamsat.domain.round.LegalBasis.LAW_121_2025_FROM)
                .param("days87", reportDays87).param("days121", reportDays121).param("horizon", horizon)
                .query((rs, n) -> unitReport(rs, today)).list());
        return items;
    }

    private static DueItem unitReport(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = Columns.date(rs, "due");
        boolean overdue = due.isBefore(today);
        UUID unit = Columns.uuid(rs, "unit_id");
        // Due soon: the unit's officers; overdue: the council office hears of it too.
        return new DueItem(overdue ? ReminderKind.UNIT_REPORT_OVERDUE : ReminderKind.UNIT_REPORT_DUE_SOON,
                "unit-report:" + rs.getObject("round_id") + ":" + unit + ":" + due,
                new RoundId(Columns.uuid(rs, "round_id")), rs.getString("resolution_number"), rs.getString("subject"),
                new UnitId(Columns.uuid(rs, "council_id")), Optional.of(new UnitId(unit)), rs.getString("unit_name"),
                Optional.of(due), Set.of(), overdue);
    }

    private static DueItem recommendation(ResultSet rs, ReminderKind kind) throws SQLException {
        LocalDate due = Columns.date(rs, "due_date");
        UUID unit = (UUID) rs.getObject("unit_id");
        return new DueItem(kind, "recommendation:" + rs.getObject("id") + ":" + due,
                new RoundId(Columns.uuid(rs, "round_id")), rs.getString("resolution_number"), rs.getString("subject"),
                new UnitId(Columns.uuid(rs, "council_id")), Optional.ofNullable(unit).map(UnitId::new),
                rs.getString("text"), Optional.of(due), Set.of(), true);
    }

    private static DueItem awaitingApproval(ResultSet rs) throws SQLException {
        String head = rs.getString("head");
        // No account linked to the head: the council office hears of it instead.
        return new DueItem(ReminderKind.ROUND_AWAITING_APPROVAL, "round:" + rs.getObject("round_id"),
                new RoundId(Columns.uuid(rs, "round_id")), rs.getString("resolution_number"), rs.getString("subject"),
                new UnitId(Columns.uuid(rs, "council_id")), Optional.empty(), "", Optional.empty(),
                head == null ? Set.of() : Set.of(head), head == null);
    }
}
