package vn.giamsat.tools.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.index.DossierIndexTally;
import vn.giamsat.domain.index.IndexInput;
import vn.giamsat.domain.index.IndicatorScore;
import vn.giamsat.domain.index.ServiceIndex;
import vn.giamsat.domain.index.ServiceIndexRules;

/**
 * Issue 18, "the index for a generated province with the dossier columns": the seed's figures make 2 of the 14
 * indicators measurable (2a and 3b); a generated province's export with the optional column "result digitized"
 * makes 5a measurable too, and its value is checked against a count made straight from the file's cells.
 */
class GeneratedProvinceIndexTest {
    private static final LocalDateTime AS_OF = LocalDateTime.of(2025, 1, 31, 23, 0);
    private static final ServiceIndexRules RULES = ServiceIndexRules.defaults();
    private static String export;

    @BeforeAll
    static void generate() throws Exception {
        StringWriter out = new StringWriter();
        new DossierFileGenerator(SyntheticProvince.of(6, 12), 5, 2024, AS_OF).write(out, 20_000);
        export = out.toString();
    }

    @Test
    void with_the_dossier_columns_every_commune_has_more_than_the_seeds_two_measurable_indicators() throws Exception {
        Map<String, DossierIndexTally> tallies = GeneratedProvinceIndex.tallies(new StringReader(export), AS_OF.toLocalDate());

        assertThat(tallies).hasSize(6);
        tallies.forEach((commune, tally) -> {
            ServiceIndex index = ServiceIndex.of(RULES, tally.inputs());
            assertThat(measurable(index)).as(commune).containsExactly("2a", "3b", "5a");
            assertThat(index.measurablePoints()).as(commune).isEqualByComparingTo("34"); // 20 + 6 + 8 of 100
            // the fee flag alone does not make 3c measurable: the export does not say which dossiers carry a fee
            assertThat(score(index, "3c")).isInstanceOfSatisfying(IndicatorScore.NoData.class,
                    n -> assertThat(n.missing()).contains(IndexInput.DOSSIERS_WITH_FEE));
        });
    }

    @Test
    void indicator_5a_equals_the_digitized_results_counted_straight_from_the_files_cells() throws Exception {
        Map<String, long[]> direct = new HashMap<>(); // commune → {resolved, digitized}
        List<String> lines = export.lines().toList();
        List<String> header = List.of(lines.getFirst().split(",", -1));
        int unit = header.indexOf("ma_don_vi");
        int resolvedAt = header.indexOf("ngay_giai_quyet");
        int withdrawn = header.indexOf("rut_ho_so");
        int digitized = header.indexOf("so_hoa_ket_qua");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (!cells[resolvedAt].isEmpty() && cells[withdrawn].equals("0")) {
                long[] c = direct.computeIfAbsent(cells[unit], k -> new long[2]);
                c[0]++;
                if (cells[digitized].equals("1")) {
                    c[1]++;
                }
            }
        }

        Map<String, DossierIndexTally> tallies = GeneratedProvinceIndex.tallies(new StringReader(export), AS_OF.toLocalDate());
        assertThat(tallies.keySet()).isEqualTo(direct.keySet());
        for (var e : tallies.entrySet()) {
            long[] c = direct.get(e.getKey());
            IndicatorScore.Scored results = (IndicatorScore.Scored) score(ServiceIndex.of(RULES, e.getValue().inputs()), "5a");
            assertThat(results.denominator()).as(e.getKey() + " resolved").isEqualTo(c[0]);
            assertThat(results.numerator()).as(e.getKey() + " digitized").isEqualTo(c[1]);
            // the generator digitizes about 70 % of the results; the default threshold of 100 % scores proportionally
            assertThat(results.points()).as(e.getKey() + " points").isEqualByComparingTo(
                    BigDecimal.valueOf(8 * c[1]).divide(BigDecimal.valueOf(c[0]), 2, RoundingMode.HALF_UP));
            assertThat(results.percent()).isBetween(BigDecimal.valueOf(60), BigDecimal.valueOf(80));
        }
    }

    @Test
    void the_same_export_without_the_result_column_is_back_to_two_measurable_indicators() throws Exception {
        List<String> lines = export.lines().toList();
        int digitized = List.of(lines.getFirst().split(",", -1)).indexOf("so_hoa_ket_qua");
        String without = lines.stream().map(l -> {
            List<String> cells = new java.util.ArrayList<>(List.of(l.split(",", -1)));
            cells.remove(digitized);
            return String.join(",", cells);
        }).collect(Collectors.joining("\r\n"));

        GeneratedProvinceIndex.tallies(new StringReader(without), AS_OF.toLocalDate()).forEach((commune, tally) ->
                assertThat(measurable(ServiceIndex.of(RULES, tally.inputs()))).as(commune).containsExactly("2a", "3b"));
    }

    private static List<String> measurable(ServiceIndex index) {
        return index.scores().stream().filter(IndicatorScore::measurable).map(s -> s.rule().code()).toList();
    }

    private static IndicatorScore score(ServiceIndex index, String code) {
        return index.scores().stream().filter(s -> s.rule().code().equals(code)).findFirst().orElseThrow();
    }
}
