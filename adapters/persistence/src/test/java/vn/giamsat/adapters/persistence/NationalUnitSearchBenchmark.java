package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.demo.LoadNationalUnitListsUseCase.NationalLoadOutcome;
import vn.giamsat.application.demo.LoadNationalUnitListsUseCase.NationalUnitLists;
import vn.giamsat.application.security.ReadScope;
import vn.giamsat.application.unit.model.UnitSearch;
import vn.giamsat.application.unit.model.UnitSort;
import vn.giamsat.application.unit.model.UnitState;

/**
 * Not a test (the name keeps it out of {@code mvn verify}; decision 032): loads the demo seed and the national lists
 * of data/units/ as the local run does, times the load, then times what the units page and the unit pickers ask of
 * {@link JdbcUnitDirectory} — one count plus the first page of 50 — for typical searches over every unit, and prints
 * the size on disk. Run with {@code ./mvnw -B -ntp -pl adapters/persistence -am verify
 * -Dtest=NationalUnitSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}; look for
 * lines starting NATIONAL-.
 */
class NationalUnitSearchBenchmark {
    static final int RUNS = 40, WARM_UP = 5;
    static final List<UnitSearch> SEARCHES = List.of(
            new UnitSearch("", null, null, null),
            new UnitSearch("xa", null, null, null),
            new UnitSearch("phuong 1", null, null, null),
            new UnitSearch("tam", null, null, null),
            new UnitSearch("hoa", null, UnitState.CURRENT, null),
            new UnitSearch("chien dan", null, null, null),
            new UnitSearch("20364", null, null, null),
            new UnitSearch("phu ninh", null, null, LocalDate.of(2025, 6, 30)),
            new UnitSearch("tan", null, UnitState.MERGED, null),
            new UnitSearch("nguyen", null, null, LocalDate.of(2025, 7, 1)));

    @Test
    void measure() {
        TestDatabase.truncateAll();
        Adapters adapters = Adapters.onTestDatabase();
        assertThat(adapters.useCases().loadDemoData().load()).isTrue();
        long t0 = System.nanoTime();
        NationalLoadOutcome o = adapters.useCases().loadNationalUnitLists()
                .load(NationalUnitLists.from(NationalUnitListsOnPostgresTest.dataDir()));
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(o.problems()).isEmpty();
        var jdbc = adapters.jdbc();
        jdbc.sql("ANALYZE").update();
        long units = jdbc.sql("SELECT count(*) FROM administrative_unit").query(Long.class).single();
        System.out.println(String.format(Locale.ROOT, "NATIONAL-LOAD %d units in the catalogue, load %d ms (%s)",
                units, loadMs, o));

        // What PostgreSQL does for the page every list opens with, and for a short word no trigram narrows.
        for (String sql : List.of(
                "SELECT count(*) FROM administrative_unit u",
                "SELECT u.id, u.code, p.name FROM administrative_unit u LEFT JOIN administrative_unit p ON p.id = u.parent_id"
                        + " ORDER BY length(u.code), u.code, u.valid_from, u.id LIMIT 50",
                "SELECT count(*) FROM administrative_unit u WHERE u.search_text LIKE '%' || giamsat_fold('xa') || '%'",
                "SELECT count(*) FROM administrative_unit u WHERE u.search_text LIKE '%' || giamsat_fold('20364') || '%'",
                "SELECT u.id, u.code, p.name FROM administrative_unit u LEFT JOIN administrative_unit p ON p.id = u.parent_id"
                        + " WHERE u.search_text LIKE '%' || giamsat_fold('20364') || '%'"
                        + " ORDER BY length(u.code), u.code, u.valid_from, u.id LIMIT 50")) {
            System.out.println("NATIONAL-PLAN " + sql + "\n" + String.join("\n",
                    jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).query(String.class).list()));
        }
        JdbcUnitDirectory directory = new JdbcUnitDirectory(jdbc);
        List<Long> all = new ArrayList<>();
        for (UnitSearch s : SEARCHES) {
            List<Long> times = new ArrayList<>();
            long found = 0;
            for (int i = 0; i < RUNS + WARM_UP; i++) {
                long a = System.nanoTime();
                found = directory.count(s, ReadScope.EVERYTHING);
                directory.find(s, ReadScope.EVERYTHING, PageRequest.first(50, UnitSort.CODE, true));
                long us = (System.nanoTime() - a) / 1_000;
                if (i >= WARM_UP) {
                    times.add(us);
                }
            }
            all.addAll(times);
            System.out.println(String.format(Locale.ROOT, "NATIONAL-SEARCH \"%s\" state=%s asOf=%s: %d match, p50 %.1f ms, p99 %.1f ms",
                    s.text(), s.state(), s.asOf(), found, pct(times, 50), pct(times, 99)));
        }
        System.out.println(String.format(Locale.ROOT, "NATIONAL-SEARCH all %d searches: p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                all.size(), pct(all, 50), pct(all, 99), Collections.max(all) / 1000.0));
        for (String table : List.of("administrative_unit", "unit_successor", "audit_log")) {
            System.out.println(String.format(Locale.ROOT, "NATIONAL-SIZE %s: %s (with indexes)", table,
                    jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size('" + table + "'))").query(String.class).single()));
        }
        System.out.println("NATIONAL-SIZE database: " + jdbc.sql("SELECT pg_size_pretty(pg_database_size(current_database()))")
                .query(String.class).single());
        TestDatabase.truncateAll();
    }

    private static double pct(List<Long> micros, int p) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1000.0;
    }
}
