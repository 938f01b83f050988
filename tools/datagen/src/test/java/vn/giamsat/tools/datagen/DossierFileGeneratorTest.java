package vn.giamsat.tools.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.domain.calendar.WorkingCalendar;

class DossierFileGeneratorTest {
    private static final LocalDateTime AS_OF = LocalDateTime.of(2025, 1, 31, 23, 0);

    private static String generate(long seed, long rows) throws IOException {
        StringWriter w = new StringWriter();
        new DossierFileGenerator(SyntheticProvince.standard(), seed, 2024, AS_OF).write(w, rows);
        return w.toString();
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnotherOne() throws IOException {
        assertThat(generate(7, 500)).isEqualTo(generate(7, 500));
        assertThat(generate(8, 500)).isNotEqualTo(generate(7, 500));
    }

    @Test
    void distributionsLookLikeAProvince() throws IOException {
        String[] lines = generate(1, 20_000).split("\r\n");
        Map<String, Long> channels = java.util.Arrays.stream(lines).skip(1).map(l -> l.split(",", -1)[3])
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(channels.get("2")).isBetween(8_800L, 10_000L);   // about 47 % online
        assertThat(channels.get("3")).isBetween(800L, 1_200L);      // about 5 % by post
        Map<String, Long> units = java.util.Arrays.stream(lines).skip(1).map(l -> l.split(",", -1)[1])
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        // Zipf: the busiest commune takes far more than an average one.
        assertThat(units.get("20000")).isGreaterThan(5 * 20_000L / units.size());
    }

    @Test
    void aGeneratedFileImportsWithoutASingleRejection() throws IOException {
        TestDatabase.truncateAll();
        JdbcClient jdbc = JdbcClient.create(TestDatabase.appDataSource());
        for (String stmt : SyntheticProvince.standard().catalogSql().split(";\n")) {
            jdbc.sql(stmt).update();
        }
        byte[] file = generate(3, 3_000).getBytes(StandardCharsets.UTF_8);

        ImportResult result = new BenchImports(TestDatabase.appDataSource(), WorkingCalendar.weekendsOnly(), AS_OF)
                .importFile("gen", "gen.csv", () -> new ByteArrayInputStream(file));

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        Map<String, Long> outcomes = jdbc.sql("SELECT outcome, count(*) FROM dossier GROUP BY outcome")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(outcomes.get("EARLY")).isGreaterThan(outcomes.get("ON_TIME"));
        assertThat(outcomes.get("LATE")).isBetween(60L, 400L);
        // The optional columns (issue 16): about 8 % paused, 60 % of the late with an apology slip, none missing.
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE paused_minutes > 0").query(Long.class).single())
                .isBetween(120L, 330L);
        assertThat(jdbc.sql("SELECT count(*) FILTER (WHERE apology_on IS NOT NULL) * 100 / count(*) FROM dossier"
                + " WHERE outcome = 'LATE'").query(Long.class).single()).isBetween(40L, 80L);
        assertThat(jdbc.sql("SELECT sum(late_with_apology) FROM dossier_tally").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE fee_paid_online IS NULL").query(Long.class).single())
                .isZero();
    }
}
