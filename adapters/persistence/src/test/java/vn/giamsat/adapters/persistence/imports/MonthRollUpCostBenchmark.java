package vn.giamsat.adapters.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;

/**
 * Not a test (the name keeps it out of {@code mvn verify}): what the month roll-up's triggers (changelog 840,
 * decision 053) cost the writes of {@code dossier_tally}. One import of 300,000 generated dossiers, then its tally
 * rows written again, alternately with the triggers on and off, so that a busy machine slows both alike: the
 * INSERT of all of them (what the import's COPY pays) and their DELETE (what a replaced import pays). Run with
 * {@code ./mvnw -B -ntp -q -pl adapters/persistence -am verify -Dtest=MonthRollUpCostBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; prints lines starting {@code ROLL-UP-COST}.
 */
class MonthRollUpCostBenchmark {
    static final int ROUNDS = 7;

    private final JdbcClient jdbc = JdbcClient.create(TestDatabase.appDataSource());
    private final JdbcClient owner = JdbcClient.create(TestDatabase.migrationDataSource());

    @Test
    void measure() {
        PeriodFiguresTest province = new PeriodFiguresTest();
        province.catalog();
        province.importAll(PeriodFiguresTest.provinceYear(300_000, 7));
        long rows = jdbc.sql("SELECT count(*) FROM dossier_tally").query(Long.class).single();
        String months = jdbc.sql("SELECT string_agg(t::text, ' ' ORDER BY t::text) FROM dossier_tally_month t")
                .query(String.class).single();
        owner.sql("CREATE TABLE roll_up_cost_copy AS SELECT * FROM dossier_tally").update();
        List<Double> insertOn = new ArrayList<>(), insertOff = new ArrayList<>(), deleteOn = new ArrayList<>(),
                deleteOff = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                for (boolean on : new boolean[] {round % 2 == 0, round % 2 != 0}) {
                    owner.sql("ALTER TABLE dossier_tally " + (on ? "ENABLE" : "DISABLE") + " TRIGGER USER").update();
                    long t0 = System.nanoTime();
                    jdbc.sql("DELETE FROM dossier_tally").update();
                    (on ? deleteOn : deleteOff).add((System.nanoTime() - t0) / 1e6);
                    t0 = System.nanoTime();
                    jdbc.sql("INSERT INTO dossier_tally SELECT * FROM roll_up_cost_copy").update();
                    (on ? insertOn : insertOff).add((System.nanoTime() - t0) / 1e6);
                }
            }
        } finally {
            owner.sql("ALTER TABLE dossier_tally ENABLE TRIGGER USER").update();
            owner.sql("DROP TABLE roll_up_cost_copy").update();
        }
        // The last round ran with the triggers on: the roll-up is the one the import wrote.
        assertThat(jdbc.sql("SELECT string_agg(t::text, ' ' ORDER BY t::text) FROM dossier_tally_month t")
                .query(String.class).single()).isEqualTo(months);
        double on = median(insertOn), off = median(insertOff);
        System.out.printf("ROLL-UP-COST %,d tally rows (300,000 dossiers), load %s%n", rows,
                load());
        System.out.printf("ROLL-UP-COST insert: %.0f ms with the triggers, %.0f ms without: +%.0f ms, %.1f µs a row%n",
                on, off, on - off, (on - off) * 1000 / rows);
        System.out.printf("ROLL-UP-COST delete: %.0f ms with the triggers, %.0f ms without: +%.0f ms%n",
                median(deleteOn), median(deleteOff), median(deleteOn) - median(deleteOff));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).substring(0, 14).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
