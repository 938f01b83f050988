package vn.giamsat.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.application.audit.model.AuditDetail;
import vn.giamsat.application.audit.model.AuditEntry;
import vn.giamsat.application.audit.model.AuditFilter;
import vn.giamsat.application.audit.model.AuditOperation;
import vn.giamsat.application.audit.model.AuditPage;
import vn.giamsat.application.audit.model.AuditSort;
import vn.giamsat.application.audit.model.FieldChange;
import vn.giamsat.application.audit.port.out.AuditLogPort;
import vn.giamsat.application.common.ClockPort;

/**
 * Reads {@code audit_log}, which the triggers of changelog 500 fill; appends security events through the one
 * function that may ({@code audit_security_event}). Filters are bound parameters; the sort column comes from a
 * fixed list, never from the caller's text.
 */
@Component
public class JdbcAuditLog implements AuditLogPort {
    private static final String COLUMNS =
            "id, at, tx_id, actor_id, actor_name, action, table_name, row_key, operation";

    private final JdbcClient jdbc;

    public JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AuditEntry> search(AuditFilter filter, AuditSort sort, AuditPage page) {
        Where where = where(filter);
        String direction = sort.ascending() ? "ASC" : "DESC";
        String order = switch (sort.column()) {
            case AT -> "at " + direction;
            case ACTOR -> "actor_id " + direction;
            case TABLE -> "table_name " + direction + ", row_key " + direction;
            case ACTION -> "action " + direction + " NULLS LAST";
            case OPERATION -> "operation " + direction;
        };
        List<Object> params = new ArrayList<>(where.params());
        params.add(page.limit());
        params.add(page.offset());
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_log" + where.sql() + " ORDER BY " + order
                        + ", id DESC LIMIT ? OFFSET ?")
                .params(params).query(JdbcAuditLog::entry).list();
    }

    @Override
    public long count(AuditFilter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT count(*) FROM audit_log" + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    @Override
    public Optional<AuditDetail> detail(long id) {
        Optional<AuditEntry> entry = jdbc.sql("SELECT " + COLUMNS + " FROM audit_log WHERE id = ?").param(id)
                .query(JdbcAuditLog::entry).optional();
        // Columns in the table's own order; a column the table no longer has comes last, by name.
        return entry.map(e -> new AuditDetail(e, jdbc.sql("""
                        SELECT k.key, a.before ->> k.key, a.after ->> k.key
                          FROM audit_log a
                          CROSS JOIN LATERAL jsonb_object_keys(coalesce(a.before, '{}') || coalesce(a.after, '{}'))
                               AS k (key)
                          LEFT JOIN information_schema.columns c
                                 ON c.table_schema = current_schema() AND c.table_name = a.table_name
                                AND c.column_name = k.key
                         WHERE a.id = ?
                         ORDER BY c.ordinal_position NULLS LAST, k.key""")
                .param(id)
                .query((rs, n) -> new FieldChange(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()));
    }

    @Override
    public List<String> tables() {
        return jdbc.sql("SELECT DISTINCT table_name FROM audit_log ORDER BY table_name").query(String.class).list();
    }

    @Override
    public void appendSecurityEvent(String event, String username, Map<String, String> details) {
        jdbc.sql("SELECT audit_security_event(?, ?, CAST(? AS jsonb))")
                .params(event, username, Json.write(details)).query((rs, n) -> 1).list();
    }

    @Override
    public void appendUserEvent(String event, String actor, String user, Map<String, String> details) {
        jdbc.sql("SELECT audit_user_event(?, ?, ?, CAST(? AS jsonb))")
                .params(event, actor, user, Json.write(details)).query((rs, n) -> 1).list();
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(AuditFilter f) {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (f.from() != null) {
            terms.add("at >= ?");
            params.add(Columns.timestamp(startOf(f.from())));
        }
        if (f.to() != null) {
            terms.add("at < ?");
            params.add(Columns.timestamp(startOf(f.to().plusDays(1))));
        }
        if (f.actor() != null) {
            terms.add("(actor_id ILIKE ? OR actor_name ILIKE ?)");
            params.add(contains(f.actor()));
            params.add(contains(f.actor()));
        }
        if (f.table() != null) {
            terms.add("table_name = ?");
            params.add(f.table());
        }
        if (f.objectKey() != null) {
            // The row itself, a row keyed under it (round_id/position), a row of that round (round_id), or a
            // follow-up of one of the round's recommendations (recommendation_id/position).
            terms.add("""
                    (row_key = ? OR row_key LIKE ? OR before ->> 'round_id' = ? OR after ->> 'round_id' = ?
                     OR (table_name = 'recommendation_follow_up' AND split_part(row_key, '/', 1) IN (
                         SELECT r.row_key FROM audit_log r WHERE r.table_name = 'recommendation'
                            AND (r.before ->> 'round_id' = ? OR r.after ->> 'round_id' = ?))))""");
            params.add(f.objectKey());
            params.add(escape(f.objectKey()) + "/%");
            for (int i = 0; i < 4; i++) {
                params.add(f.objectKey());
            }
        }
        if (f.action() != null) {
            terms.add("action ILIKE ?");
            params.add(contains(f.action()));
        }
        if (f.operation() != null) {
            terms.add("operation = ?");
            params.add(f.operation().name());
        }
        return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), params);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ClockPort.VIETNAM).toInstant();
    }

    private static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    /** LIKE's wildcards in the user's text match themselves. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Columns.instant(rs, "at"), rs.getLong("tx_id"),
                rs.getString("actor_id"), rs.getString("actor_name"), rs.getString("action"),
                rs.getString("table_name"), rs.getString("row_key"), AuditOperation.valueOf(rs.getString("operation")));
    }
}
