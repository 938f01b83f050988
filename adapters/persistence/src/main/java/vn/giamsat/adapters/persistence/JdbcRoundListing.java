package vn.giamsat.adapters.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.unit.model.UnitRef;
import vn.giamsat.application.round.port.out.RoundListingPort;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.application.security.ReadScope;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.application.round.model.OverdueRecommendation;
import vn.giamsat.application.round.model.OverdueSearch;
import vn.giamsat.application.round.model.OverdueSort;
import vn.giamsat.application.round.model.RoundSearch;
import vn.giamsat.application.round.model.RoundSort;

/**
 * Rounds and overdue recommendations a page at a time, filtered by the reader's scope in the same query, so the
 * count and the pages hold exactly the rows the reader may see.
 */
@Component
public class JdbcRoundListing implements RoundListingPort {
    private static final String STATUS_ORDER =
            "array_position(ARRAY['DRAFT', 'PLANNED', 'IN_PROGRESS', 'REPORTED', 'PUBLISHED', 'CLOSED']::varchar[], r.status)";
    private static final String FOLLOW_UP_ORDER =
            "array_position(ARRAY['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'VERIFIED']::varchar[], c.status)";

    private final JdbcClient jdbc;

    public JdbcRoundListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countRounds(RoundSearch search, ReadScope scope) {
        PagedSql q = rounds(search, scope);
        return jdbc.sql(q.withClause() + "SELECT count(*) FROM supervision_round r" + q.whereClause())
                .params(q.params).query(Long.class).single();
    }

    @Override
    public List<RoundSummary> findRounds(RoundSearch search, ReadScope scope, PageRequest<RoundSort> page) {
        PagedSql q = rounds(search, scope);
        String order = q.page(page, JdbcRoundListing::roundColumn,
                "r.resolution_adopted_on DESC, r.resolution_number ASC", "r.id");
        return jdbc.sql(q.withClause() + """
                SELECT r.id, r.resolution_number, r.resolution_adopted_on, r.issuing_council, r.subject, r.period_from,
                       r.period_to, r.status,
                       (SELECT count(*) FROM round_scope s WHERE s.round_id = r.id) AS unit_count,
                       (SELECT count(*) FROM finding f WHERE f.round_id = r.id) AS finding_count,
                       (SELECT count(*) FROM recommendation c WHERE c.round_id = r.id) AS recommendation_count
                  FROM supervision_round r
                """ + q.whereClause() + order).params(q.params).query((rs, n) -> new RoundSummary(
                new RoundId(Columns.uuid(rs, "id")), rs.getString("resolution_number"),
                Columns.date(rs, "resolution_adopted_on"), rs.getString("issuing_council"), rs.getString("subject"),
                Period.of(Columns.date(rs, "period_from"), Columns.date(rs, "period_to")),
                RoundStatus.valueOf(rs.getString("status")), rs.getInt("unit_count"), rs.getInt("finding_count"),
                rs.getInt("recommendation_count"))).list();
    }

    private static PagedSql rounds(RoundSearch search, ReadScope scope) {
        PagedSql q = new PagedSql().roundsVisibleIn(scope)
                .words("r.resolution_number || ' ' || r.subject || ' ' || r.issuing_council", search.text());
        if (search.status() != null) {
            q.where("r.status = :status").param("status", search.status().name());
        }
        return q;
    }

    private static List<String> roundColumn(RoundSort sort) {
        return switch (sort) {
            case RESOLUTION -> List.of("r.resolution_adopted_on", "r.resolution_number");
            case SUBJECT -> List.of("giamsat_fold(r.subject)");
            case COUNCIL -> List.of("giamsat_fold(r.issuing_council)");
            case PERIOD -> List.of("r.period_from", "r.period_to");
            case STATUS -> List.of(STATUS_ORDER);
            case UNITS -> List.of("unit_count");
            case FINDINGS -> List.of("finding_count");
            case RECOMMENDATIONS -> List.of("recommendation_count");
        };
    }

    @Override
    public long countOverdue(OverdueSearch search, ReadScope scope, LocalDate today) {
        PagedSql q = overdue(search, scope, today);
        return jdbc.sql(q.withClause() + """
                SELECT count(*) FROM recommendation c JOIN supervision_round r ON r.id = c.round_id
                """ + q.whereClause()).params(q.params).query(Long.class).single();
    }

    @Override
    public List<OverdueRecommendation> findOverdue(OverdueSearch search, ReadScope scope, LocalDate today,
                                                   PageRequest<OverdueSort> page) {
        PagedSql q = overdue(search, scope, today);
        String order = q.page(page, JdbcRoundListing::overdueColumn, "c.due_date ASC", "c.id");
        return jdbc.sql(q.withClause() + """
                SELECT c.id, c.round_id, r.resolution_number, r.resolution_adopted_on, c.addressee, c.text, c.due_date,
                       (CAST(:today AS date) - c.due_date) AS days_overdue, c.status,
                       u.id AS u_id, u.code AS u_code, u.name AS u_name, u.kind AS u_kind, u.valid_to AS u_valid_to
                  FROM recommendation c JOIN supervision_round r ON r.id = c.round_id
                  LEFT JOIN administrative_unit u ON u.id = c.unit_id
                """ + q.whereClause() + order).params(q.params).query((rs, n) -> {
            UUID unit = Columns.uuid(rs, "u_id");
            return new OverdueRecommendation(Columns.uuid(rs, "id"), new RoundId(Columns.uuid(rs, "round_id")),
                    rs.getString("resolution_number"), Columns.date(rs, "resolution_adopted_on"),
                    rs.getString("addressee"), rs.getString("text"),
                    unit == null ? null : new UnitRef(new UnitId(unit), rs.getString("u_code"), rs.getString("u_name"),
                            UnitKind.valueOf(rs.getString("u_kind")), Columns.date(rs, "u_valid_to")),
                    Columns.date(rs, "due_date"), rs.getLong("days_overdue"),
                    FollowUpStatus.valueOf(rs.getString("status")));
        }).list();
    }

    /** Overdue as Recommendation.isOverdueOn says: a due date before today and not done (or verified). */
    private static PagedSql overdue(OverdueSearch search, ReadScope scope, LocalDate today) {
        PagedSql q = new PagedSql().roundsVisibleIn(scope)
                .where("c.due_date < :today AND c.status NOT IN ('DONE', 'VERIFIED') AND c.adoption <> 'NOT_ADOPTED'").param("today", today);
        if (search.unit() != null) {
            q.where("c.unit_id = :unit").param("unit", search.unit().value());
        }
        if (search.round() != null) {
            q.where("c.round_id = :round").param("round", search.round().value());
        }
        return q;
    }

    private static List<String> overdueColumn(OverdueSort sort) {
        return switch (sort) {
            case ROUND -> List.of("r.resolution_adopted_on", "r.resolution_number");
            case ADDRESSEE -> List.of("giamsat_fold(c.addressee)");
            case UNIT -> List.of("giamsat_fold(u.name)");
            case DUE_DATE -> List.of("c.due_date");
            case DAYS_OVERDUE -> List.of("days_overdue");
            case STATUS -> List.of(FOLLOW_UP_ORDER);
        };
    }
}
