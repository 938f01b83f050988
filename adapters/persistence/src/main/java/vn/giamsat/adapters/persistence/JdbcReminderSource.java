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
 * report due) is one more.
 */
public class JdbcReminderSource implements ReminderSourcePort {
    private final JdbcClient jdbc;

    public JdbcReminderSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return items;
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
