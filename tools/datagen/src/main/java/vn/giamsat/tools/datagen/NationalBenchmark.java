package vn.giamsat.tools.datagen;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.giamsat.adapters.persistence.EmbeddedDatabase;
import vn.giamsat.adapters.persistence.JdbcFigures;
import vn.giamsat.adapters.persistence.JdbcUnitCatalog;
import vn.giamsat.adapters.persistence.SpringTransactions;
import vn.giamsat.adapters.persistence.imports.JdbcComputedFigures;
import vn.giamsat.adapters.persistence.imports.JdbcDossierOutcomes;
import vn.giamsat.adapters.persistence.imports.JdbcWorkingCalendar;
import vn.giamsat.application.OutboundPorts;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.calendar.model.CalendarEdit;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.security.Actor;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.Period;

/**
 * National volumes (issue 20 item 4), on a fresh embedded PostgreSQL: the exports of a {@link NationalYear} of
 * {@code --total} dossiers are imported in the order a year arrives (month by month, every province), and each time
 * the stored dossiers pass a step of {@code --steps} the benchmark times, through the use cases the screens call:
 * <ul>
 *   <li>a province-year's figures (the largest province, every unit: {@code computedUnder});</li>
 *   <li>a commune's figures for a month (its busiest commune, January: {@code computedUnder} and
 *       {@code computedByProcedureAndChannel});</li>
 *   <li>the comparison page's query for that province and year ({@code compareUnder});</li>
 *   <li>a calendar edit (the second Monday of January made a day off, then ordinary again), with what it reports: dossiers
 *       checked, outcomes changed, exports judged again;</li>
 *   <li>bytes per stored dossier on disk (every {@code dossier…} table with its indexes, and the whole database);</li>
 *   <li>the import's rows per second over the step, and its ratio to a plain COPY of the same files (every
 *       {@code --copy-every}-th export is also copied plainly into an unindexed table just before its import).</li>
 * </ul>
 * It stops after the last step. Run by {@code tools/bench-national.sh}.
 */
public final class NationalBenchmark {
    private NationalBenchmark() {}

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args);
        long[] steps = Arrays.stream(a.value("steps", "1000000,3000000,10000000").split(","))
                .mapToLong(s -> Long.parseLong(s.strip().replace("_", ""))).sorted().toArray();
        long total = a.longValue("total", steps[steps.length - 1]);
        int year = (int) a.longValue("year", 2026);
        int copyEvery = (int) a.longValue("copy-every", 10);
        Path work = Files.createDirectories(Path.of(a.value("work", "target/bench-national")));
        NationalYear national = NationalYear.of(Path.of(a.value("units", "data/units/don-vi-tu-2025-07-01.csv")),
                year, total);
        NationalYear.Province province = national.largestProvince();
        NationalYear.Commune commune = province.communes().getFirst();
        LocalDateTime now = LocalDate.of(year + 1, 2, 1).atTime(0, 30);
        System.out.printf("national year %d: %,d dossiers in %d exports (province × month), %d provinces, %,d communes;"
                        + " steps %s; measured province %s %s (%d communes), commune %s %s%n", year, total,
                national.exports().size(), national.provinces().size(),
                national.provinces().stream().mapToInt(p -> p.communes().size()).sum(), Arrays.toString(steps),
                province.code(), province.name(), province.communes().size(), commune.code(), commune.name());

        try (EmbeddedDatabase db = EmbeddedDatabase.start(work.resolve("pgdata-" + System.nanoTime()), 0)) {
            DataSource ds = db.superuserDataSource();
            ImportBenchmark.migrate(db.migrationDataSource());
            JdbcClient jdbc = JdbcClient.create(ds);
            for (String stmt : national.catalogSql().split(";\n")) {
                if (!stmt.isBlank()) {
                    jdbc.sql(stmt).update();
                }
            }
            JdbcWorkingCalendar calendarPort = new JdbcWorkingCalendar(jdbc, ds);
            BenchImports importer = new BenchImports(ds, WorkingCalendar.of(calendarPort.all()), now);
            DataSourceTransactionManager tx = new DataSourceTransactionManager(ds);
            UseCases useCases = new UseCases(OutboundPorts.builder()
                    .computedFigures(new JdbcComputedFigures(jdbc)).figures(new JdbcFigures(jdbc))
                    .units(new JdbcUnitCatalog(jdbc, tx)).calendar(calendarPort)
                    .dossierOutcomes(new JdbcDossierOutcomes(ds)).transactions(new SpringTransactions(tx))
                    .clock(java.time.Instant::now).actors(Actor::theSystem).build());

            List<String> table = new ArrayList<>();
            long stored = 0;
            int step = 0;
            int index = 0;
            long stepRows = 0;
            double stepSeconds = 0;
            double copiedSeconds = 0;
            double copiedImportSeconds = 0;
            CpuClock cpu = new CpuClock(work);
            double stepJavaCpu = 0;
            double stepServerCpu = 0;
            long t0 = System.nanoTime();
            for (NationalYear.Export export : national.exports()) {
                if (step >= steps.length) {
                    break;
                }
                Path file = work.resolve("export-" + export.key() + ".csv");
                try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    national.write(export, w);
                }
                // The first exports warm the JIT, as a running server's first import does; they are not sampled.
                boolean sampled = index >= 5 && index % copyEvery == 0;
                double copy = sampled ? ImportBenchmark.plainCopy(ds, file) : 0;
                CpuClock.Sample c0 = cpu.sample();
                long i0 = System.nanoTime();
                ImportResult r = importer.importFile(export.key(), file);
                double seconds = (System.nanoTime() - i0) / 1e9;
                CpuClock.Sample used = cpu.sample().minus(c0);
                stepJavaCpu += used.javaSeconds();
                stepServerCpu += used.serverSeconds();
                Files.delete(file);
                if (!(r instanceof ImportResult.Imported)) {
                    throw new IllegalStateException("Export " + export.key() + " was not imported: " + r);
                }
                if (sampled) {
                    copiedSeconds += copy;
                    copiedImportSeconds += seconds;
                }
                stored += export.rows();
                stepRows += export.rows();
                stepSeconds += seconds;
                index++;
                if (index % 34 == 0) {
                    System.out.printf("  %d exports, %,d dossiers stored, %.0f s since start; load %s%n", index, stored,
                            (System.nanoTime() - t0) / 1e9, ImportBenchmark.load());
                }
                if (stored >= steps[step]) {
                    System.out.printf("== step %d: %,d dossiers stored (%d exports), load %s%n", step + 1, stored, index,
                            ImportBenchmark.load());
                    double ratio = copiedImportSeconds > 0 ? copiedSeconds / copiedImportSeconds : Double.NaN;
                    System.out.printf("  import since the last step: %,d rows in %.1f s = %,.0f rows/s; ratio to plain "
                                    + "COPY of the sampled exports %.2f%n", stepRows, stepSeconds,
                            stepRows / stepSeconds, ratio);
                    // CPU seconds depend much less on the machine's load than the wall clock does.
                    System.out.printf("  CPU of the imports since the last step, per 1,000,000 rows: Java %.2f s, "
                                    + "PostgreSQL %.2f s%n", stepJavaCpu * 1e6 / stepRows, stepServerCpu * 1e6 / stepRows);
                    table.add(measure(jdbc, useCases, national, province, commune, stored, stepRows / stepSeconds,
                            ratio));
                    stepRows = 0;
                    stepSeconds = 0;
                    stepJavaCpu = 0;
                    stepServerCpu = 0;
                    copiedSeconds = 0;
                    copiedImportSeconds = 0;
                    step++;
                }
            }
            System.out.println();
            System.out.println("| dossiers stored | province-year (" + province.code() + ") first / median | "
                    + "commune-month first / median | commune-month by procedure × channel median | "
                    + "comparison page (province-year) median | calendar edit (checked / changed) | bytes per dossier: "
                    + "dossier tables / whole database | import rows/s | ratio to COPY |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            table.forEach(System.out::println);
        }
    }

    private static String measure(JdbcClient jdbc, UseCases useCases, NationalYear national,
                                  NationalYear.Province province, NationalYear.Commune commune, long stored,
                                  double rowsPerSecond, double ratio) {
        jdbc.sql("VACUUM ANALYZE").update();
        int year = national.year();
        var figures = useCases.computedFigures();
        Period provinceYear = Period.year(year);
        Period month = Period.of(YearMonth.of(year, 1).atDay(1), YearMonth.of(year, 1).atEndOfMonth());
        Timing py = time("province-year figures", () -> figures.computedUnder(province.id(), provinceYear).size()
                + " units");
        Timing cm = time("commune-month figures", () -> figures.computedUnder(commune.id(), month).size() + " unit");
        Timing cpc = time("commune-month by procedure × channel",
                () -> figures.computedByProcedureAndChannel(commune.id(), month).size() + " lines");
        Timing cmp = time("comparison page (province-year)", () -> figures.compareUnder(province.id(), provinceYear)
                .size() + " lines");

        var calendar = useCases.holidayCalendar();
        LocalDate monday = firstMonday(year).plusWeeks(1);
        long e0 = System.nanoTime();
        CalendarEdit saved = calendar.save(CalendarDay.holiday(monday, "Bench"));
        double saveSeconds = (System.nanoTime() - e0) / 1e9;
        e0 = System.nanoTime();
        CalendarEdit removed = calendar.remove(monday);
        double removeSeconds = (System.nanoTime() - e0) / 1e9;
        System.out.printf("  calendar edit, %s made a day off: %,d dossiers checked, %,d outcomes changed, %d exports "
                        + "judged again: %.2f s; made ordinary again: %,d / %,d, %.2f s%n", monday,
                saved.dossiersChecked(), saved.outcomesChanged(), saved.importsJudgedAgain().size(), saveSeconds,
                removed.dossiersChecked(), removed.outcomesChanged(), removeSeconds);
        if (saved.outcomesChanged() != removed.outcomesChanged()) {
            throw new IllegalStateException("Removing the day did not undo the edit: " + saved + " / " + removed);
        }

        long dossierBytes = jdbc.sql("""
                SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind = 'r' AND c.relname LIKE 'dossier%' AND n.nspname = current_schema()""")
                .query(Long.class).single();
        long databaseBytes = jdbc.sql("SELECT pg_database_size(current_database())").query(Long.class).single();
        System.out.printf("  on disk: dossier tables (with indexes) %,d bytes = %.1f bytes per dossier; database %,d "
                        + "bytes = %.1f bytes per dossier%n", dossierBytes, (double) dossierBytes / stored,
                databaseBytes, (double) databaseBytes / stored);
        return "| %,d | %.0f / %.0f ms | %.0f / %.0f ms | %.0f ms | %.0f ms | %.2f s (%,d / %,d) | %.1f / %.1f | %,.0f | %.2f |"
                .formatted(stored, py.first, py.median, cm.first, cm.median, cpc.median, cmp.median,
                        Math.max(saveSeconds, removeSeconds), saved.dossiersChecked(), saved.outcomesChanged(),
                        (double) dossierBytes / stored, (double) databaseBytes / stored, rowsPerSecond, ratio);
    }

    private record Timing(double first, double median) {}

    /** Five calls (three when the first takes over two seconds): the first, and the median. */
    private static Timing time(String what, Supplier<String> query) {
        List<Double> ms = new ArrayList<>();
        String result = "";
        for (int i = 0; i < 5 && !(i == 3 && ms.getFirst() > 2_000); i++) {
            long t0 = System.nanoTime();
            result = query.get();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        System.out.printf("  %s: %s; first %.0f ms, median %.0f ms, max %.0f ms (%d calls)%n", what, result,
                ms.getFirst(), ImportBenchmark.median(ms), Collections.max(ms), ms.size());
        return new Timing(ms.getFirst(), ImportBenchmark.median(ms));
    }

    /** January's exports are stored from the first step on: an edit there always has dossiers to judge again. */
    private static LocalDate firstMonday(int year) {
        LocalDate d = LocalDate.of(year, 1, 1);
        while (d.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
