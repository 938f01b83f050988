package vn.giamsat.tools.datagen;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.dossier.Outcome;
import vn.giamsat.domain.dossier.OutcomePolicy;
import vn.giamsat.domain.index.DossierIndexTally;
import vn.giamsat.domain.index.IndicatorScore;
import vn.giamsat.domain.index.ServiceIndex;
import vn.giamsat.domain.index.ServiceIndexRules;

/**
 * The Decision 766 index of each commune of a generated province, read from its dossier export with the optional
 * columns of issue 16 (decision 050): which indicators become measurable once the export carries them. Early, on
 * time or late is decided by the domain's {@link OutcomePolicy} on a weekends-only calendar, as the generator draws
 * them; the generator's pauses fall only on dossiers resolved by their first due day, so they change no outcome.
 *
 * <p>Usage: {@code GeneratedProvinceIndex --rows 100000 --seed 1 --year 2024}: prints each indicator's measurable
 * state for the whole province and "x trên y điểm đo được" for the first communes.
 */
public final class GeneratedProvinceIndex {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.weekendsOnly();

    private GeneratedProvinceIndex() {}

    /** The export's dossiers counted per commune code (a file without {@code so_hoa_ket_qua} leaves 5a unmeasured). */
    public static Map<String, DossierIndexTally> tallies(Reader export, LocalDate asOf) throws IOException {
        Map<String, DossierIndexTally> byCommune = new TreeMap<>();
        try (CSVParser parser = CSVParser.parse(export, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            boolean resultColumn = parser.getHeaderMap().containsKey("so_hoa_ket_qua");
            for (CSVRecord r : parser) {
                boolean withdrawn = flag(r.get("rut_ho_so"));
                String resolvedAt = r.get("ngay_giai_quyet");
                LocalDate resolved = resolvedAt.isEmpty() ? null : LocalDateTime.parse(resolvedAt.replace(' ', 'T')).toLocalDate();
                LocalDate due = LocalDateTime.parse(r.get("han_giai_quyet").replace(' ', 'T')).toLocalDate();
                Outcome outcome = OutcomePolicy.outcome(withdrawn, due, resolved, asOf, CALENDAR);
                String digitized = resultColumn ? r.get("so_hoa_ket_qua") : "";
                byCommune.computeIfAbsent(r.get("ma_don_vi"), k -> new DossierIndexTally()).add(new DossierIndexTally.Dossier(
                        "2".equals(r.get("kenh")), withdrawn, !withdrawn && resolved != null,
                        outcome == Outcome.EARLY || outcome == Outcome.ON_TIME,
                        digitized.isEmpty() ? null : flag(digitized)));
            }
        }
        return byCommune;
    }

    private static boolean flag(String cell) {
        return cell.equals("1") || cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("có");
    }

    public static void main(String[] args) throws IOException {
        Args a = Args.parse(args);
        long rows = a.longValue("rows", 100_000);
        long seed = a.longValue("seed", 1);
        int year = (int) a.longValue("year", 2024);
        LocalDateTime asOf = LocalDate.of(year + 1, 1, 31).atTime(23, 0);
        StringWriter export = new StringWriter();
        new DossierFileGenerator(SyntheticProvince.standard(), seed, year, asOf).write(export, rows);
        Map<String, DossierIndexTally> tallies = tallies(new StringReader(export.toString()), asOf.toLocalDate());
        ServiceIndexRules rules = ServiceIndexRules.defaults();
        System.out.printf(Locale.ROOT, "%d dossiers, %d communes, year %d, seed %d%n", rows, tallies.size(), year, seed);
        ServiceIndex first = ServiceIndex.of(rules, tallies.values().iterator().next().inputs());
        for (IndicatorScore s : first.scores()) {
            System.out.printf(Locale.ROOT, "%-3s %-60s %s%n", s.rule().code(), s.rule().vietnamese(), switch (s) {
                case IndicatorScore.Scored x -> "đo được";
                case IndicatorScore.NoData x -> "không có dữ liệu (" + String.join(", ",
                        x.missing().stream().map(i -> i.name()).toList()) + ")";
                case IndicatorScore.NothingToMeasure x -> "không có hồ sơ để tính";
            });
        }
        int shown = 0;
        for (Map.Entry<String, DossierIndexTally> e : tallies.entrySet()) {
            if (shown++ == 10) {
                break;
            }
            ServiceIndex index = ServiceIndex.of(rules, e.getValue().inputs());
            System.out.printf(Locale.ROOT, "xã %s: %s trên %s điểm đo được (%d/%d chỉ số)%n", e.getKey(),
                    index.points().toPlainString(), index.measurablePoints().toPlainString(),
                    index.scores().stream().filter(IndicatorScore::measurable).count(), index.scores().size());
        }
    }
}
