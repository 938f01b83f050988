package vn.giamsat.adapters.persistence.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.application.imports.port.out.WorkingCalendarPort;
import vn.giamsat.domain.calendar.CalendarDay;

/** Days off and make-up working days in {@code calendar_day}, seeded for 2021–2027 and edited by admins. */
@Component
public class JdbcWorkingCalendar implements WorkingCalendarPort {
    private final JdbcClient jdbc;

    public JdbcWorkingCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    private static CalendarDay day(ResultSet rs, int row) throws SQLException {
        return new CalendarDay(rs.getDate(1).toLocalDate(), CalendarDay.Kind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4));
    }
}
