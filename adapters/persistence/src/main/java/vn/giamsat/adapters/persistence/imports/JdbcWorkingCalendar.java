package vn.giamsat.adapters.persistence.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.application.calendar.port.out.WorkingCalendarPort;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;

/**
 * Days off and make-up working days in {@code calendar_day}, seeded for 2021–2027 and edited by admins.
 *
 * <p>Imports and edits meet on one advisory lock (decision 015): each running import holds it shared, on a
 * connection of its own kept in a transaction until the import ends (a transaction-level lock cannot outlive a
 * crash or stay behind on a pooled connection); an edit tries it exclusively in its transaction.
 */
@Component
public class JdbcWorkingCalendar implements WorkingCalendarPort {
    static final String LOCK = "hashtext('dossier-calendar')";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    public JdbcWorkingCalendar(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    public List<CalendarDay> all() {
        return jdbc.sql("SELECT day, kind, name, source FROM calendar_day ORDER BY day").query(JdbcWorkingCalendar::day).list();
    }

    @Override
    public List<CalendarDay> between(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT day, kind, name, source FROM calendar_day WHERE day BETWEEN :from AND :to ORDER BY day")
                .param("from", from).param("to", to).query(JdbcWorkingCalendar::day).list();
    }

    @Override
    public void save(CalendarDay d) {
        jdbc.sql("""
                INSERT INTO calendar_day (day, kind, name, source) VALUES (:day, :kind, :name, :source)
                ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name, source = EXCLUDED.source
                """).param("day", d.day()).param("kind", d.kind().name()).param("name", d.name())
                .param("source", d.source()).update();
    }

    @Override
    public void delete(LocalDate day) {
        jdbc.sql("DELETE FROM calendar_day WHERE day = :day").param("day", day).update();
    }

    @Override
    public boolean tryLockForEdit() {
        // Two edits wait for each other (seconds), so only a running import makes the try below fail...
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('dossier-calendar-edit'))::text").query(String.class).list();
        // ... or the edit before this one, for the instant between the release of its two locks at its commit:
        // an import holds the lock for seconds at least, so a failed try is repeated for a moment before it counts.
        for (int attempt = 0; ; attempt++) {
            if (Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(" + LOCK + ")").query(Boolean.class).single())) {
                return true;
            }
            if (attempt == 20) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @Override
    public HeldCalendar holdForImport() {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(false);
            List<CalendarDay> days = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                // Waits for an edit being stored, so the import reads its result.
                st.execute("SELECT pg_advisory_xact_lock_shared(" + LOCK + ")");
                try (ResultSet rs = st.executeQuery("SELECT day, kind, name, source FROM calendar_day ORDER BY day")) {
                    while (rs.next()) {
                        days.add(day(rs, 0));
                    }
                }
            }
            return new Held(c, WorkingCalendar.of(days));
        } catch (SQLException | RuntimeException e) {
            if (c != null) {
                Held.release(c);
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException("Cannot read the working calendar", e);
        }
    }

    /** The import's hold: its connection's transaction holds the shared lock; ending it lets edits in again. */
    private record Held(Connection connection, WorkingCalendar calendar) implements HeldCalendar {
        @Override
        public void close() {
            release(connection);
        }

        static void release(Connection c) {
            try (c) {
                c.rollback();   // ends the transaction, and with it the lock
                c.setAutoCommit(true);
            } catch (SQLException e) {
                // Closing the connection ends its transaction too; nothing else to undo.
                System.getLogger(JdbcWorkingCalendar.class.getName()).log(System.Logger.Level.WARNING,
                        "Cannot end the working calendar's hold cleanly", e);
            }
        }
    }

    private static CalendarDay day(ResultSet rs, int row) throws SQLException {
        return new CalendarDay(rs.getDate(1).toLocalDate(), CalendarDay.Kind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4));
    }

    @Override
    public java.util.Optional<vn.giamsat.domain.calendar.WorkingHours> workingHours(String provinceCode) {
        return jdbc.sql("SELECT morning_from, morning_to, afternoon_from, afternoon_to, saturday_morning"
                        + " FROM province_working_hours WHERE province_code = ?").param(provinceCode)
                .query((rs, i) -> new vn.giamsat.domain.calendar.WorkingHours(
                        rs.getObject(1, java.time.LocalTime.class), rs.getObject(2, java.time.LocalTime.class),
                        rs.getObject(3, java.time.LocalTime.class), rs.getObject(4, java.time.LocalTime.class),
                        rs.getBoolean(5)))
                .optional();
    }

    @Override
    public void saveWorkingHours(String provinceCode, vn.giamsat.domain.calendar.WorkingHours h) {
        jdbc.sql("""
                INSERT INTO province_working_hours (province_code, morning_from, morning_to, afternoon_from,
                                                    afternoon_to, saturday_morning)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (province_code) DO UPDATE SET morning_from = EXCLUDED.morning_from,
                    morning_to = EXCLUDED.morning_to, afternoon_from = EXCLUDED.afternoon_from,
                    afternoon_to = EXCLUDED.afternoon_to, saturday_morning = EXCLUDED.saturday_morning""")
                .params(provinceCode, h.morningFrom(), h.morningTo(), h.afternoonFrom(), h.afternoonTo(),
                        h.saturdayMorning())
                .update();
    }
}
