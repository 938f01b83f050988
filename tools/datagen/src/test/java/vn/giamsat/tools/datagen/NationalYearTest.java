package vn.giamsat.tools.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.domain.calendar.WorkingCalendar;

/** The national year of issue 20 item 4, at a tiny size: 34 provinces, 3,321 communes, 408 exports. */
class NationalYearTest {
    /** The module runs its tests from tools/datagen; the list is the project's own (data/units/README.md). */
    private static final Path LIST = Path.of("../../data/units/don-vi-tu-2025-07-01.csv");
    private static final long TOTAL = 40_000;

    private static Set<String> communesOfTheList() throws IOException {
        return Files.readAllLines(LIST, StandardCharsets.UTF_8).stream().skip(1).map(l -> l.split(",")[3])
                .collect(Collectors.toSet());
    }

    private static String exported(NationalYear year, NationalYear.Export e) throws IOException {
        StringWriter w = new StringWriter();
        year.write(e, w);
        return w.toString();
    }

    @Test
    void theYearIsOneExportPerProvinceAndMonthAndTheirRowsAddUpToTheTotal() throws IOException {
        NationalYear year = NationalYear.of(LIST, 2026, TOTAL);

        assertThat(year.provinces()).hasSize(34);
        assertThat(year.provinces().stream().mapToInt(p -> p.communes().size()).sum()).isEqualTo(3_321);
        assertThat(year.exports()).hasSize(34 * 12);
        assertThat(year.exports().stream().map(NationalYear.Export::key).distinct()).hasSize(34 * 12);
        assertThat(year.exports().stream().mapToLong(NationalYear.Export::rows).sum()).isEqualTo(TOTAL);
        assertThat(year.exports().getFirst().key()).isEqualTo("01-2026-01");
        // Month by month, as a year arrives: every January export before any February one.
        assertThat(year.exports().subList(0, 34)).allMatch(e -> e.month().equals(YearMonth.of(2026, 1)));
        // A province's share follows its communes: Thành phố Hồ Chí Minh (168) about 4.4 times Lai Châu (38).
        Map<String, Long> byProvince = year.exports().stream().collect(
                Collectors.groupingBy(e -> e.province().code(), Collectors.summingLong(NationalYear.Export::rows)));
        assertThat(year.largestProvince().code()).isEqualTo("79");
        assertThat(byProvince.get("79")).isBetween(TOTAL * 168 / 3_321 - 12, TOTAL * 168 / 3_321 + 12);
        assertThat(byProvince.get("12")).isBetween(TOTAL * 38 / 3_321 - 12, TOTAL * 38 / 3_321 + 12);
        // The same list, year and total give the same exports.
        assertThat(NationalYear.of(LIST, 2026, TOTAL).exports().stream().map(e -> e.key() + ":" + e.rows()))
                .containsExactlyElementsOf(year.exports().stream().map(e -> e.key() + ":" + e.rows()).toList());
    }

    @Test
    void everyDossierNamesACommuneOfItsExportsProvinceAndIsReceivedInTheExportsMonth() throws IOException {
        NationalYear year = NationalYear.of(LIST, 2026, TOTAL);
        Set<String> national = communesOfTheList();
        Map<String, Long> channels = new HashMap<>();
        Map<String, Long> byCommune = new HashMap<>();
        Set<String> codes = new HashSet<>();
        long rows = 0;
        for (NationalYear.Export e : year.exports()) {
            Set<String> ofProvince = e.province().communes().stream().map(NationalYear.Commune::code)
                    .collect(Collectors.toSet());
            String[] lines = exported(year, e).split("\r\n");
            assertThat(lines).hasSize((int) e.rows() + 1);
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",", -1);
                assertThat(codes.add(f[0])).as("dossier code %s appears once in the year", f[0]).isTrue();
                assertThat(national).contains(f[1]);
                assertThat(ofProvince).as("export %s", e.key()).contains(f[1]);
                assertThat(YearMonth.from(LocalDateTime.parse(f[4].replace(' ', 'T')))).isEqualTo(e.month());
                channels.merge(f[3], 1L, Long::sum);
                byCommune.merge(f[1], 1L, Long::sum);
                rows++;
            }
        }
        assertThat(rows).isEqualTo(TOTAL);
        // The generator's shares (docs/performance.md): about 47 % online, 5 % by post.
        assertThat(channels.get("2") * 100 / TOTAL).isBetween(44L, 50L);
        assertThat(channels.get("3") * 100 / TOTAL).isBetween(3L, 7L);
        // Zipf within a province: Hồ Chí Minh's first ward takes far more than its average commune.
        NationalYear.Province hcm = year.province("79");
        long hcmRows = hcm.communes().stream().mapToLong(c -> byCommune.getOrDefault(c.code(), 0L)).sum();
        assertThat(byCommune.get(hcm.communes().getFirst().code())).isGreaterThan(5 * hcmRows / hcm.communes().size());
    }

    @Test
    void anExportImportsAgainstTheNationalCatalogueWithoutASingleRejection() throws IOException {
        TestDatabase.truncateAll();
        JdbcClient jdbc = JdbcClient.create(TestDatabase.appDataSource());
        NationalYear year = NationalYear.of(LIST, 2026, 400_000);
        for (String stmt : year.catalogSql().split(";\n")) {
            jdbc.sql(stmt).update();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM administrative_unit WHERE kind = 'COMMUNE'").query(Long.class)
                .single()).isEqualTo(3_321L);
        NationalYear.Export march = year.exports().stream().filter(e -> e.key().equals("79-2026-03")).findFirst()
                .orElseThrow();
        byte[] file = exported(year, march).getBytes(StandardCharsets.UTF_8);

        ImportResult result = new BenchImports(TestDatabase.appDataSource(), WorkingCalendar.weekendsOnly(),
                LocalDateTime.of(2027, 2, 1, 0, 30))
                .importFile(march.key(), march.key() + ".csv", () -> new ByteArrayInputStream(file));

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single()).isEqualTo(march.rows());
        List<String> provinces = jdbc.sql("""
                SELECT DISTINCT p.code FROM dossier d JOIN administrative_unit u ON u.code = d.unit_code
                  JOIN administrative_unit p ON p.id = u.parent_id""").query(String.class).list();
        assertThat(provinces).containsExactly("79");
    }
}
