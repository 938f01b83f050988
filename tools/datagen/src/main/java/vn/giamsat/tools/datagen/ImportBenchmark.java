package vn.giamsat.tools.datagen;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.postgresql.PGConnection;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.EmbeddedDatabase;
import vn.giamsat.adapters.persistence.imports.JdbcComputedFigures;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.unit.UnitId;

/**
 * The measurements of docs/performance.md, in one run on a fresh embedded PostgreSQL:
 * <ol>
 *   <li>a plain COPY of a generated file of {@code --rows} dossiers into an unindexed table (the physical limit);</li>
 *   <li>the real import of the same file (parse, check, COPY to staging, duplicates, figures, attach);</li>
 *   <li>more files until {@code --total} dossiers are stored, then the figures of every unit of the province for
 *       one year, asked several times.</li>
 * </ol>
 * Run it with a small heap ({@code -Xmx256m}): an import that held the file would fail.
 */
public final class ImportBenchmark {
    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args);
        long rows = a.longValue("rows", 1_000_000);
        long total = a.longValue("total", 10_000_000);
        long warmup = a.longValue("warmup", 200_000);
        int rounds = (int) a.longValue("rounds", 3);
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
            WorkingCalendar calendar = WorkingCalendar.of(new vn.giamsat.adapters.persistence.imports.JdbcWorkingCalendar(jdbc, ds).all());
            BenchImports importer = new BenchImports(ds, calendar, now);

            CpuClock cpu = new CpuClock(work);
            if (warmup > 0) {
                // A running server has compiled the import code after its first import; so does this JVM here.
                Path w = work.resolve("warmup.csv");
                generate(province, 99, 2020, warmup, w);
                CpuClock.Sample c0 = cpu.sample();
                long t0 = System.nanoTime();
                ImportResult r = importer.importFile("bench-warmup", w);
                System.out.printf("warm-up import (%,d rows, JIT compiles the code): %s in %.2f s; CPU: %s%n", warmup,
                        r.getClass().getSimpleName(), (System.nanoTime() - t0) / 1e9, cpu.sample().minus(c0));
                Files.delete(w);
            }
            // Rounds of plain COPY then import of a fresh file of the same size: the load of a shared machine moves
            // between measurements, so one pair is not enough.
            List<Double> ratios = new ArrayList<>();
            Path last = null;
            for (int round = 0; round < rounds; round++) {
                Path file = work.resolve("dossiers-" + round + ".csv");
                generate(province, round, 2024, rows, file);
                System.out.printf("round %d: file %s, %,d dossiers, %,d bytes; load %s%n", round + 1, file.getFileName(),
                        rows, Files.size(file), load());
                CpuClock.Sample c0 = cpu.sample();
                double copySeconds = plainCopy(ds, file);
                CpuClock.Sample c1 = cpu.sample();
                System.out.printf("  plain COPY into an unindexed table: %.2f s (%,.0f rows/s); CPU: %s%n", copySeconds,
                        rows / copySeconds, c1.minus(c0));
                long t0 = System.nanoTime();
                ImportResult result = importer.importFile("bench-" + round, file);
                double importSeconds = (System.nanoTime() - t0) / 1e9;
                CpuClock.Sample c2 = cpu.sample();
                if (!(result instanceof ImportResult.Imported)) {
                    throw new IllegalStateException("The benchmark file was not imported: " + result);
                }
                System.out.printf("  import: %.2f s (%,.0f rows/s); CPU: %s%n", importSeconds, rows / importSeconds,
                        c2.minus(c1));
                double ratio = copySeconds / importSeconds;
                ratios.add(ratio);
                System.out.printf("  RATIO import throughput / plain COPY throughput = %.2f (load %s)%n", ratio, load());
                if (last != null) {
                    Files.delete(last);
                }
                last = file;
            }
            System.out.printf("RATIO over %d rounds: %s; median %.2f%n", rounds,
                    ratios.stream().map(r -> "%.2f".formatted(r)).toList(), median(ratios));
            System.out.printf("peak Java heap used: %,d MiB (max heap %,d MiB)%n", peakHeapMiB(),
                    Runtime.getRuntime().maxMemory() >> 20);

            long t0 = System.nanoTime();
            ImportResult again = importer.importFile("bench-" + (rounds - 1), last);
            System.out.printf("re-import of the same file: %s in %.2f s%n", again.getClass().getSimpleName(),
                    (System.nanoTime() - t0) / 1e9);
            Files.delete(last);

            long stored = rows * rounds + warmup;
            int k = rounds;
            while (stored < total) {
                long n = Math.min(rows, total - stored);
                int year = 2021 + (k % 5);
                Path f = work.resolve("dossiers-" + k + ".csv");
                generate(province, k, year, n, f);
                t0 = System.nanoTime();
                ImportResult r = importer.importFile("bench-" + k, f);
                System.out.printf("import %d (%d, %,d rows): %s in %.2f s%n", k, year, n, r.getClass().getSimpleName(),
                        (System.nanoTime() - t0) / 1e9);
                Files.delete(f);
                stored += n;
                k++;
            }
            System.out.printf("stored dossiers: %,d; tally rows (import x unit x day): %,d; month roll-up rows: %,d;"
                            + " database size: %s%n",
                    jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single(),
                    jdbc.sql("SELECT count(*) FROM dossier_tally").query(Long.class).single(),
                    jdbc.sql("SELECT count(*) FROM dossier_tally_month").query(Long.class).single(),
                    jdbc.sql("SELECT pg_size_pretty(pg_database_size(current_database()))").query(String.class).single());

            // Bytes on disk per stored dossier (table + indexes + TOAST), for docs/scaling.md.
            jdbc.sql("VACUUM ANALYZE").update();
            long dossiers = jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single();
            for (String table : List.of("dossier", "dossier_tally", "dossier_tally_month")) {
                long bytes = jdbc.sql("""
                        SELECT CASE WHEN c.relkind = 'p'   -- every level of a partition tree (decision 045)
                                    THEN (SELECT coalesce(sum(pg_total_relation_size(relid)), 0) FROM pg_partition_tree(c.oid))
                                    ELSE pg_total_relation_size(c.oid) END
                          FROM pg_class c WHERE c.oid = CAST(:t AS regclass)""")
                        .param("t", table).query(Long.class).single();
                System.out.printf("size of %s (table, indexes, partitions): %,d bytes = %.1f bytes per stored dossier%n",
                        table, bytes, (double) bytes / dossiers);
            }
            jdbc.sql("ANALYZE dossier_tally").update();
            jdbc.sql("ANALYZE dossier_tally_month").update();
            JdbcComputedFigures figures = new JdbcComputedFigures(jdbc);
            List<Double> times = new ArrayList<>();
            int units = 0;
            long received = 0;
            for (int i = 0; i < 7; i++) {
                t0 = System.nanoTime();
                var list = figures.totalsUnder(new UnitId(SyntheticProvince.PROVINCE_ID), Period.year(2024));
                times.add((System.nanoTime() - t0) / 1e6);
                units = list.size();
                received = list.stream().mapToLong(f -> f.received().orNull()).sum();
            }
            System.out.printf("figures of every unit of the province for 2024: %d units, %,d dossiers; first %.0f ms, "
                    + "median %.0f ms, max %.0f ms%n", units, received, times.get(0), median(times), Collections.max(times));
            // One commune, one month of the data cut-off (15 May to 14 June 2024): the comparison page's question.
            UnitId commune = new UnitId(java.util.UUID.nameUUIDFromBytes(
                    ("commune-" + province.communeCodes().getFirst()).getBytes()));
            Period month = vn.giamsat.domain.common.ReportPeriod.month(2024, 6).period();
            times.clear();
            for (int i = 0; i < 7; i++) {
                t0 = System.nanoTime();
                var list = figures.totalsUnder(commune, month);
                times.add((System.nanoTime() - t0) / 1e6);
                received = list.stream().mapToLong(f -> f.received().orNull()).sum();
            }
            System.out.printf("figures of one commune for %s: %,d dossiers; first %.0f ms, median %.0f ms, max %.0f ms%n",
                    month, received, times.get(0), median(times), Collections.max(times));
        }
    }

    private static void generate(SyntheticProvince p, long seed, int year, long rows, Path out) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            new DossierFileGenerator(p, seed, year, LocalDate.of(year + 1, 1, 31).atTime(23, 0)).write(w, rows);
        }
    }

    /** The same file, same columns, through COPY ... CSV into a table without index or constraint. */
    static double plainCopy(DataSource ds, Path file) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("""
                    CREATE TABLE plain_copy (ma_ho_so text, ma_don_vi text, ma_thu_tuc text, kenh smallint,
                        ngay_tiep_nhan timestamp, han_giai_quyet timestamp, ngay_giai_quyet timestamp,
                        ngay_tra_ket_qua timestamp, trang_thai text, rut_ho_so boolean, gio_cho_bo_sung numeric,
                        ngay_xin_loi date, ngay_hen_lai timestamp, bo_sung_nhieu_lan boolean, so_hoa_ket_qua boolean,
                        thanh_toan_truc_tuyen boolean)""");
            long t0 = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY plain_copy FROM STDIN (FORMAT csv, HEADER true)", in, 1 << 16);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            st.execute("DROP TABLE plain_copy");
            return s;
        }
    }

    static void migrate(DataSource ds) throws Exception {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(ds);
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();
    }

    private static long peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).substring(0, 14).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
