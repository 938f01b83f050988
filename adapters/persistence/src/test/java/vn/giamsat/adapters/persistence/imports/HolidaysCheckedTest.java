package vn.giamsat.adapters.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;

/** Changeset 303 marks the checked days of the seed and leaves the days an admin edited alone. */
class HolidaysCheckedTest {
    private final JdbcClient jdbc = JdbcClient.create(TestDatabase.superuserDataSource());

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

        try (InputStream in = getClass().getResourceAsStream("/db/changelog/sql/303-holidays-checked.sql")) {
            jdbc.sql(new String(in.readAllBytes(), StandardCharsets.UTF_8)).update();
        }

        assertThat(jdbc.sql("SELECT day || ' ' || source FROM calendar_day ORDER BY day").query(String.class).list())
                .satisfiesExactly(
                        s -> assertThat(s).startsWith("2024-02-08 Thông báo 5015/TB-LĐTBXH").endsWith("ĐÃ ĐỐI CHIẾU."),
                        s -> assertThat(s).isEqualTo("2024-02-09 Quyết định của UBND tỉnh, sửa tay"),
                        s -> assertThat(s).isEqualTo("2024-04-18 " + unchecked),
                        s -> assertThat(s).startsWith("2026-02-16 Phương án nghỉ Tết Bính Ngọ 2026 đã được quyết"));
    }
}
