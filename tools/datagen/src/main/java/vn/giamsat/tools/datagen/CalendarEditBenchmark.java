package vn.giamsat.tools.datagen;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.giamsat.adapters.persistence.EmbeddedDatabase;
import vn.giamsat.adapters.persistence.JdbcFigures;
import vn.giamsat.adapters.persistence.SpringTransactions;
import vn.giamsat.adapters.persistence.imports.JdbcComputedFigures;
import vn.giamsat.adapters.persistence.imports.JdbcDossierOutcomes;
import vn.giamsat.adapters.persistence.imports.JdbcWorkingCalendar;
import vn.giamsat.application.OutboundPorts;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.calendar.model.CalendarEdit;
import vn.giamsat.application.calendar.port.in.HolidayCalendarUseCase;
import vn.giamsat.application.security.Actor;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;

/**
 * The cost of an admin's calendar edit (decision 015), on a fresh embedded PostgreSQL holding {@code --total}
 * generated dossiers (files of {@code --rows}; the first for 2024, then 2021–2025 in turn as in
 * {@link ImportBenchmark}):
 * <ol>
 *   <li>edits through the use case (save, then remove: each judges again the dossiers due in its window), with no
 *       index on the due date: every partition is scanned;</li>
 *   <li>the alternative, an index on {@code dossier (due_at)}: what it would add to an import (the build of the
 *       index of a freshly imported partition of {@code --rows}, three times), its build over everything stored,
 *       and the same edits with it.</li>
 * </ol>
 */
public final class CalendarEditBenchmark {
    private static long lastImportId;

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args);
        long rows = a.longValue("rows", 1_000_000);
        long total = a.longValue("total", 1_000_000);
        Path work = Files.createDirectories(Path.of(a.value("work", "target/bench")));
        SyntheticProvince province = SyntheticProvince.standard();
        LocalDateTime now = LocalDateTime.of(2026, 1, 31, 23, 30);

        try (EmbeddedDatabase db = EmbeddedDatabase.start(work.resolve("pgdata-" + System.nanoTime()), 0)) {
            DataSource ds = db.superuserDataSource();
            migrate(db.migrationDataSource());   // as the owner (decision 021); the benchmark itself as the superuser
            JdbcClient jdbc = JdbcClient.create(ds);
            for (String stmt : province.catalogSql().split(";\n")) {
                if (!stmt.isBlank()) {
                    jdbc.sql(stmt).update();
                }
            }
            JdbcWorkingCalendar calendarPort = new JdbcWorkingCalendar(jdbc, ds);
            WorkingCalendar calendar = WorkingCalendar.of(calendarPort.all());
            BenchImports importer = new BenchImports(ds, calendar, now);
            long stored = 0;
            int k = 0;
            while (stored < total) {
                long n = Math.min(rows, total - stored);
                int year = k == 0 ? 2024 : 2021 + (k % 5);
                System.out.printf("import %d (%d, %,d rows): %.2f s%n", k, year, n,
                        importFile(importer, province, work, k, year, n, calendar, now));
                stored += n;
                k++;
            }
            // What an index on the due date would add to each import: ATTACH builds the partition's index, so the
            // build of that index on a freshly imported partition is the cost (2025 files: outside the edits' windows).
            for (int round = 0; round < 3; round++) {
                double importSeconds = importFile(importer, province, work, k++, 2025, rows, calendar, now);
                stored += rows;
                long t0 = System.nanoTime();
                jdbc.sql("CREATE INDEX bench_due ON dossier_i" + lastImportId + " (due_at)").update();
                double indexSeconds = (System.nanoTime() - t0) / 1e9;
                jdbc.sql("DROP INDEX bench_due").update();
                System.out.printf("import of %,d rows: %.2f s; an index on its due dates would add %.2f s (%+.0f %%); "
                        + "load %s%n", rows, importSeconds, indexSeconds, indexSeconds / importSeconds * 100, load());
            }
            jdbc.sql("VACUUM ANALYZE").update();
            System.out.printf("stored dossiers: %,d; database size: %s; load %s%n",
                    jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single(),
                    jdbc.sql("SELECT pg_size_pretty(pg_database_size(current_database()))").query(String.class).single(),
                    load());

            HolidayCalendarUseCase edits = new UseCases(OutboundPorts.builder()
                    .calendar(calendarPort).dossierOutcomes(new JdbcDossierOutcomes(ds))
                    .computedFigures(new JdbcComputedFigures(jdbc)).figures(new JdbcFigures(jdbc))
                    .transactions(new SpringTransactions(new DataSourceTransactionManager(ds)))
                    .clock(java.time.Instant::now).actors(Actor::theSystem).build()).holidayCalendar();

            System.out.println("-- without an index on the due date (what is shipped)");
            measureEdits(edits);
            explain(jdbc);

            long t0 = System.nanoTime();
            jdbc.sql("CREATE INDEX dossier_due ON dossier (due_at)").update();
            double indexSeconds = (System.nanoTime() - t0) / 1e9;
            jdbc.sql("ANALYZE dossier").update();
            System.out.printf("-- with an index on dossier (due_at): built in %.2f s over %,d dossiers%n", indexSeconds,
                    stored);
            measureEdits(edits);
            explain(jdbc);
        }
    }

    private static void measureEdits(HolidayCalendarUseCase edits) {
        record Edit(String what, CalendarDay day) {}
        for (Edit e : List.of(
                new Edit("Monday 11/03/2024 made a day off (due dates Sat 9 – Mon 11)",
                        CalendarDay.holiday(LocalDate.of(2024, 3, 11), "Bench")),
                new Edit("Thursday 15/02/2024, the day after Tết, made a day off (due dates 8 – 15 Feb)",
                        CalendarDay.holiday(LocalDate.of(2024, 2, 15), "Bench")),
                new Edit("Saturday 11/05/2024 made a working day (due date Sat 11; the generator puts no deadline on a weekend)",
                        CalendarDay.makeUpWorkingDay(LocalDate.of(2024, 5, 11), "Bench")),
                new Edit("Monday 11/03/2030 made a day off (no dossier due: the scan alone)",
                        CalendarDay.holiday(LocalDate.of(2030, 3, 11), "Bench")))) {
            for (int round = 0; round < 2; round++) {
                CalendarEdit saved = timed(e.what() + ", save  ", () -> edits.save(e.day()));
                CalendarEdit removed = timed(e.what() + ", remove", () -> edits.remove(e.day().day()));
                if (saved.outcomesChanged() != removed.outcomesChanged()) {
                    throw new IllegalStateException("Removing the day did not undo the edit: " + saved + " / " + removed);
                }
            }
        }
    }

    private static CalendarEdit timed(String what, Supplier<CalendarEdit> edit) {
        long t0 = System.nanoTime();
        CalendarEdit result = edit.get();
        System.out.printf("  %s: %,d dossiers checked, %,d outcomes changed, %d imports: %.2f s (load %s)%n", what,
                result.dossiersChecked(), result.outcomesChanged(), result.importsJudgedAgain().size(),
                (System.nanoTime() - t0) / 1e9, load());
        return result;
    }

    private static void explain(JdbcClient jdbc) {
        List<String> plan = jdbc.sql("""
                EXPLAIN (ANALYZE, BUFFERS, SUMMARY) SELECT count(*) FROM dossier
                 WHERE due_at >= '2024-03-09' AND due_at < '2024-03-12'""").query(String.class).list();
        plan.stream().filter(l -> !l.startsWith("          ")).limit(6).forEach(l -> System.out.println("  plan: " + l));
        plan.stream().filter(l -> l.startsWith("Execution Time")).forEach(l -> System.out.println("  plan: " + l));
    }

    private static double importFile(BenchImports importer, SyntheticProvince province, Path work, long seed,
                                     int year, long rows, WorkingCalendar calendar, LocalDateTime now) throws Exception {
        Path file = work.resolve("edit-dossiers-" + seed + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new DossierFileGenerator(province, seed, year, LocalDate.of(year + 1, 1, 31).atTime(23, 0)).write(w, rows);
        }
        long t0 = System.nanoTime();
        ImportResult r = importer.importFile("edit-bench-" + seed, file);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Files.delete(file);
        if (!(r instanceof ImportResult.Imported imported)) {
            throw new IllegalStateException("The benchmark file was not imported: " + r);
        }
        lastImportId = imported.importId();
        return seconds;
    }

    private static void migrate(DataSource ds) throws Exception {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(ds);
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).substring(0, 14).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
