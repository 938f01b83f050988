package vn.giamsat.adapters.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.domain.calendar.WorkingCalendar;

/**
 * Changesets 303–305 mark the checked days of the 301 seed, correct what the published schedules contradict and
 * leave the days an admin edited alone (decision 012, docs/dossier-import.md).
 */
class HolidaysCheckedTest {
    private static final String UNCHECKED = "Lịch nghỉ lễ, Tết của cán bộ, công chức, viên chức theo thông báo hằng năm"
            + " (Bộ LĐTB&XH đến 2024, Bộ Nội vụ từ 2025). CHƯA ĐỐI CHIẾU với văn bản gốc.";
    private final JdbcClient jdbc = JdbcClient.create(TestDatabase.appDataSource());

    @Test
    void onlyTheSeedsOwnTextOfACheckedDayChanges() throws IOException {
        TestDatabase.truncateAll();
        String unchecked = "Lịch nghỉ lễ, Tết ... CHƯA ĐỐI CHIẾU với văn bản gốc.";
        jdbc.sql("""
                INSERT INTO calendar_day (day, kind, name, source) VALUES
                  ('2024-02-08', 'HOLIDAY', 'Tết Nguyên đán', :unchecked),
                  ('2024-02-09', 'HOLIDAY', 'Tết Nguyên đán', 'Quyết định của UBND tỉnh, sửa tay'),
                  ('2024-04-18', 'HOLIDAY', 'Giỗ Tổ Hùng Vương', :unchecked),
                  ('2026-02-16', 'HOLIDAY', 'Tết Nguyên đán', 'DỰ KIẾN: tính theo Bộ luật Lao động 2019')
                """).param("unchecked", unchecked).update();

        run("303-holidays-checked.sql");

        assertThat(jdbc.sql("SELECT day || ' ' || source FROM calendar_day ORDER BY day").query(String.class).list())
                .satisfiesExactly(
                        s -> assertThat(s).startsWith("2024-02-08 Thông báo 5015/TB-LĐTBXH").endsWith("ĐÃ ĐỐI CHIẾU."),
                        s -> assertThat(s).isEqualTo("2024-02-09 Quyết định của UBND tỉnh, sửa tay"),
                        s -> assertThat(s).isEqualTo("2024-04-18 " + unchecked),
                        s -> assertThat(s).startsWith("2026-02-16 Phương án nghỉ Tết Bính Ngọ 2026 đã được quyết"));
    }

    @Test
    void theSeededCalendarIsThePublishedOneAndSaysWhereEachDayWasChecked() throws IOException {
        seedAsReleased();

        run("304-holidays-checked-2021-2026.sql");
        run("305-no-make-up-day-2023-09-09.sql");

        // National Day 2023: Friday 1 (adjacent day) to Monday 4 September, no swap, so no make-up Saturday.
        assertThat(days("HOLIDAY", 2023)).containsExactly("2023-01-02", "2023-01-20", "2023-01-23", "2023-01-24",
                "2023-01-25", "2023-01-26", "2023-05-01", "2023-05-02", "2023-05-03", "2023-09-01", "2023-09-04");
        assertThat(days("MAKE_UP_WORKING_DAY", 2023)).isEmpty();
        assertThat(jdbc.sql("SELECT name FROM calendar_day WHERE day = '2023-09-01'").query(String.class).single())
                .isEqualTo("Quốc khánh (ngày liền kề)");
        // 2026: New Year and National Day each swap a weekday for a Saturday.
        assertThat(days("HOLIDAY", 2026)).containsExactly("2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17",
                "2026-02-18", "2026-02-19", "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31",
                "2026-09-01", "2026-09-02");
        assertThat(days("MAKE_UP_WORKING_DAY", 2026)).containsExactly("2026-01-10", "2026-08-22");
        // The swaps of 2024 and 2025, as the seed had them and the sources confirm.
        assertThat(days("MAKE_UP_WORKING_DAY", 2024)).containsExactly("2024-05-04");
        assertThat(days("MAKE_UP_WORKING_DAY", 2025)).containsExactly("2025-04-26");
        assertThat(days("HOLIDAY", 2025)).contains("2025-05-02", "2025-09-01", "2025-09-02");

        // Each day of 2021-2026 says how far it was checked; only 2027 is still provisional.
        assertThat(jdbc.sql("""
                SELECT day::text FROM calendar_day
                 WHERE source LIKE '%CHƯA ĐỐI CHIẾU%' OR source LIKE 'DỰ KIẾN%' ORDER BY day""")
                .query(String.class).list()).allMatch(d -> d.startsWith("2027"));
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_day WHERE day >= '2027-01-01' AND source LIKE 'DỰ KIẾN%'")
                .query(Long.class).single()).isEqualTo(jdbc.sql("SELECT count(*) FROM calendar_day WHERE day >= '2027-01-01'")
                .query(Long.class).single()).isPositive();
        assertThat(source("2025-09-02")).startsWith("ĐÃ ĐỐI CHIẾU: Thông báo 6150/TB-LĐTBXH");
        assertThat(source("2026-08-22")).startsWith("ĐỐI CHIẾU QUA BÁO CHÍ").contains("chưa đọc thông báo gốc");
        assertThat(source("2021-01-01")).startsWith("THEO LUẬT");
        assertThat(source("2025-04-07")).startsWith("ĐỐI CHIẾU QUA BÁO CHÍ: Giỗ Tổ Hùng Vương (10/3 âm lịch) năm 2025");
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_day WHERE day = '2026-11-24'").query(Long.class).single())
                .as("Culture Day 24/11: not a day off until the Labour Code says so").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_day").query(Long.class).single()).isEqualTo(85);

        // What a delegation sees: due dates around the corrected days.
        WorkingCalendar calendar = WorkingCalendar.of(new JdbcWorkingCalendar(jdbc, TestDatabase.appDataSource()).all());
        assertThat(calendar.addWorkingDays(LocalDate.of(2023, 9, 8), 1))
                .as("received Friday 8/9/2023, one working day: Saturday 9/9 was no working day")
                .isEqualTo(LocalDate.of(2023, 9, 11));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 31), 2))
                .as("received 31/12/2025, two working days: 1 and 2 January off")
                .isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 8, 21), 3))
                .as("received Friday 21/8/2026, three working days: Saturday 22/8 is one")
                .isEqualTo(LocalDate.of(2026, 8, 25));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 8, 28), 1))
                .as("received Friday 28/8/2026: off from Saturday 29/8 to Wednesday 2/9")
                .isEqualTo(LocalDate.of(2026, 9, 3));
    }

    @Test
    void daysAnAdminEditedStayAsTheAdminLeftThem() throws IOException {
        TestDatabase.truncateAll();
        jdbc.sql("""
                INSERT INTO calendar_day (day, kind, name, source) VALUES
                  ('2021-02-10', 'HOLIDAY', 'Tết Nguyên đán', 'Sửa tay: công văn của UBND tỉnh'),
                  ('2023-09-09', 'MAKE_UP_WORKING_DAY', 'Làm bù cho ngày 01/9', 'Quyết định riêng của huyện'),
                  ('2026-08-22', 'HOLIDAY', 'Ngày nghỉ của địa phương', 'Nhập tay'),
                  ('2023-09-01', 'HOLIDAY', 'Quốc khánh (hoán đổi, làm bù 09/9)', 'Nhập tay')
                """).update();

        run("304-holidays-checked-2021-2026.sql");
        run("305-no-make-up-day-2023-09-09.sql");

        assertThat(jdbc.sql("SELECT day || ' ' || kind || ' ' || name || ' ' || source FROM calendar_day"
                + " WHERE day <> ALL (ARRAY['2026-01-02', '2026-01-10', '2026-08-31']::date[]) ORDER BY day")
                .query(String.class).list()).containsExactly(
                        "2021-02-10 HOLIDAY Tết Nguyên đán Sửa tay: công văn của UBND tỉnh",
                        "2023-09-01 HOLIDAY Quốc khánh (hoán đổi, làm bù 09/9) Nhập tay",
                        "2023-09-09 MAKE_UP_WORKING_DAY Làm bù cho ngày 01/9 Quyết định riêng của huyện",
                        "2026-08-22 HOLIDAY Ngày nghỉ của địa phương Nhập tay");
    }

    @Test
    void rollingBackPutsBackTheCalendarAsItWasIncludingAnAdminsDay() throws IOException {
        seedAsReleased();
        jdbc.sql("""
                INSERT INTO calendar_day (day, kind, name, source)
                VALUES ('2026-01-10', 'HOLIDAY', 'Ngày nghỉ của địa phương', 'Nhập tay')""").update();
        List<String> before = everything();

        run("304-holidays-checked-2021-2026.sql");
        run("305-no-make-up-day-2023-09-09.sql");
        assertThat(everything()).isNotEqualTo(before);
        run("305-no-make-up-day-2023-09-09.rollback.sql");
        run("304-holidays-checked-2021-2026.rollback.sql");

        assertThat(everything()).isEqualTo(before);
    }

    /** The calendar as the releases before 304 left it: the 301 seed and 303's marks. */
    private void seedAsReleased() throws IOException {
        TestDatabase.truncateAll();
        run("301-holiday-calendar-2021-2027.sql");
        run("303-holidays-checked.sql");
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_day WHERE source = ?").param(UNCHECKED)
                .query(Long.class).single()).as("the seed's own text, as 304 and 305 expect it").isPositive();
    }

    private List<String> days(String kind, int year) {
        return jdbc.sql("SELECT day::text FROM calendar_day WHERE kind = ? AND extract(year FROM day) = ? ORDER BY day")
                .params(kind, year).query(String.class).list();
    }

    private String source(String day) {
        return jdbc.sql("SELECT source FROM calendar_day WHERE day = ?::date").param(day).query(String.class).single();
    }

    private List<String> everything() {
        return jdbc.sql("SELECT day || '|' || kind || '|' || name || '|' || source FROM calendar_day ORDER BY day")
                .query(String.class).list();
    }

    private void run(String changelogFile) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/db/changelog/sql/" + changelogFile)) {
            jdbc.sql(new String(in.readAllBytes(), StandardCharsets.UTF_8)).update();
        }
    }
}
