package vn.giamsat.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamsat.application.reminder.model.NewNotice;
import vn.giamsat.application.reminder.model.Notice;
import vn.giamsat.application.reminder.model.ReminderKind;
import vn.giamsat.application.reminder.port.out.NoticeOutboxPort;

/**
 * The reminders' outbox in {@code reminder_notice} (change set 780). A row is sent by the one instance whose
 * transaction holds it ({@code FOR UPDATE SKIP LOCKED}), and marked sent in the same transaction after the mail
 * server accepted it; if the instance dies between the two, the row is sent again (at least once, never lost).
 */
public class JdbcNoticeOutbox implements NoticeOutboxPort {
    private static final String COLUMNS =
            "id, kind, item_key, username, email, subject, body, created_at, sent_at, attempts, last_error";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public JdbcNoticeOutbox(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public boolean add(NewNotice n, Instant at) {
        return jdbc.sql("""
                INSERT INTO reminder_notice (kind, item_key, username, email, subject, body, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT reminder_notice_once DO NOTHING
                """).params(n.kind().name(), n.key(), n.username(), n.email(), n.subject(), n.body(),
                Columns.timestamp(at)).update() == 1;
    }

    @Override
    public Optional<Boolean> deliverNext(Instant at, Function<Notice, Optional<String>> send) {
        return tx.execute(status -> {
            Optional<Notice> next = jdbc.sql("SELECT " + COLUMNS + " FROM reminder_notice"
                            + " WHERE sent_at IS NULL AND email IS NOT NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                    .query((rs, n) -> notice(rs)).optional();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> failure = send.apply(next.get());
            if (failure.isEmpty()) {
                jdbc.sql("UPDATE reminder_notice SET sent_at = ?, last_attempt_at = ? WHERE id = ?")
                        .params(Columns.timestamp(at), Columns.timestamp(at), next.get().id()).update();
                return Optional.of(true);
            }
            jdbc.sql("UPDATE reminder_notice SET attempts = attempts + 1, last_attempt_at = ?, last_error = ?"
                    + " WHERE id = ?").params(Columns.timestamp(at), failure.get(), next.get().id()).update();
            return Optional.of(false);
        });
    }

    @Override
    public List<Notice> noticesTo(String username, int max) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reminder_notice WHERE username = ?"
                        + " ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(username, max).query((rs, n) -> notice(rs)).list();
    }

    private static Notice notice(ResultSet rs) throws SQLException {
        return new Notice(rs.getLong("id"), ReminderKind.valueOf(rs.getString("kind")), rs.getString("item_key"),
                rs.getString("username"), Optional.ofNullable(rs.getString("email")), rs.getString("subject"),
                rs.getString("body"), Columns.instant(rs, "created_at"),
                Optional.ofNullable(rs.getObject("sent_at", java.time.OffsetDateTime.class)).map(o -> o.toInstant()),
                rs.getInt("attempts"), Optional.ofNullable(rs.getString("last_error")));
    }
}
