package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.security.ReadScope;
import vn.giamsat.application.unit.model.UnitSearch;
import vn.giamsat.application.unit.model.UnitSort;

/**
 * Not a test (the name keeps it out of {@code mvn verify}): the unit catalogue's text filter over 10,000 units, as
 * decision 009 measured it. One count plus one page of 50 by code (what the grid asks), the words folded on every
 * row ({@code giamsat_fold(code || ' ' || name) LIKE}, before changelog 401) against the stored, trigram-indexed
 * {@code search_text} that {@link JdbcUnitDirectory} reads now; alternately, so a busy machine slows both alike.
 * Run with {@code ./mvnw -B -ntp -q -pl adapters/persistence -am verify -Dtest=UnitSearchBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; prints medians in milliseconds.
 */
class UnitSearchBenchmark {
    static final int UNITS = 10_000;
    static final int ROUNDS = 15;
    static final List<String> SEARCHES = List.of("dong hoa 12", "tam", "20364");

    private final JdbcClient jdbc = JdbcClient.create(TestDatabase.appDataSource());
    private final JdbcUnitDirectory units = new JdbcUnitDirectory(jdbc);

    @Test
    void measure() {
        TestDatabase.truncateAll();
        // Communes under 100 districts under one province, with the names a national catalogue repeats.
        jdbc.sql("""
                INSERT INTO administrative_unit (id, code, name, kind, valid_from)
                VALUES ('00000000-0000-0000-0000-000000000001', '49', 'Quảng Nam', 'PROVINCE', '2008-01-01')""").update();
        jdbc.sql("""
                INSERT INTO administrative_unit (id, code, name, kind, parent_id, valid_from)
                SELECT ('00000000-0000-0000-0001-' || lpad(d::text, 12, '0'))::uuid, (100 + d)::text,
                       (ARRAY['Đông', 'Tam', 'Phú', 'Hòa', 'Điện'])[1 + d % 5] || ' ' || d, 'DISTRICT',
                       '00000000-0000-0000-0000-000000000001', '2008-01-01'
                  FROM generate_series(1, 100) d""").update();
        jdbc.sql("""
                INSERT INTO administrative_unit (id, code, name, kind, parent_id, valid_from)
                SELECT ('00000000-0000-0000-0002-' || lpad(c::text, 12, '0'))::uuid, (20000 + c)::text,
                       (ARRAY['Xã Đông Hòa', 'Xã Tam Đàn', 'Phường Hòa Khánh', 'Xã Phú Thịnh', 'Thị trấn Điện Bàn',
                              'Xã Quế Sơn', 'Phường An Mỹ'])[1 + c % 7] || ' ' || c, 'COMMUNE',
                       ('00000000-0000-0000-0001-' || lpad((1 + c % 100)::text, 12, '0'))::uuid, '2008-01-01'
                  FROM generate_series(1, """ + (UNITS - 101) + ") c").update();
        jdbc.sql("ANALYZE administrative_unit").update();
        long total = jdbc.sql("SELECT count(*) FROM administrative_unit").query(Long.class).single();
        assertThat(total).isEqualTo(UNITS);

        for (String text : SEARCHES) {
            List<Long> before = new ArrayList<>();
            List<Long> after = new ArrayList<>();
            long[] found = new long[2];
            for (int i = 0; i < ROUNDS + 3; i++) { // the first three of each are warm-up
                long t0 = System.nanoTime();
                found[0] = foldingEveryRow(text);
                long t1 = System.nanoTime();
                found[1] = units.count(new UnitSearch(text, null, null, null), ReadScope.EVERYTHING);
                units.find(new UnitSearch(text, null, null, null), ReadScope.EVERYTHING,
                        PageRequest.first(50, UnitSort.CODE, true));
                long t2 = System.nanoTime();
                if (i >= 3) {
                    before.add((t1 - t0) / 1_000);
                    after.add((t2 - t1) / 1_000);
                }
            }
            assertThat(found[1]).as("the same units match either way").isEqualTo(found[0]);
            System.out.println(String.format(Locale.ROOT, "UNIT-SEARCH %d units, \"%s\" (%d match): median %.1f ms"
                    + " folding every row, %.1f ms with search_text; %d runs each", total, text, found[0],
                    median(before) / 1000.0, median(after) / 1000.0, before.size()));
        }
        TestDatabase.truncateAll();
    }

    /** Count and first page of 50 by code, matching the words against every row's folded code and name. */
    private long foldingEveryRow(String text) {
        List<String> words = Arrays.stream(text.strip().split("\\s+")).toList();
        StringBuilder where = new StringBuilder(" WHERE true");
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND giamsat_fold(u.code || ' ' || u.name) LIKE '%' || giamsat_fold(:w").append(i)
                    .append(") || '%'");
        }
        var count = jdbc.sql("SELECT count(*) FROM administrative_unit u" + where);
        var page = jdbc.sql("""
                SELECT u.id, u.code, u.name, p.name AS p_name
                  FROM administrative_unit u LEFT JOIN administrative_unit p ON p.id = u.parent_id""" + where
                + " ORDER BY length(u.code), u.code, u.valid_from, u.id LIMIT 50");
        for (int i = 0; i < words.size(); i++) {
            count = count.param("w" + i, words.get(i));
            page = page.param("w" + i, words.get(i));
        }
        long n = count.query(Long.class).single();
        page.query((rs, r) -> rs.getString("code")).list();
        return n;
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
