package vn.giamsat.adapters.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.security.Actor;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.ReportPeriod;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.UnitId;

/**
 * Figures of form II.06a by report period, computed by the real SQL from a generated province-year of dossiers (issue
 * 16 items 1, 2 and 5): carried over + received in the period = resolved + in progress at the period's end +
 * withdrawn, for every unit and period, and what a period leaves in progress the next one carries over.
 */
class PeriodFiguresTest {
    static final String HEADER = DossierImportTest.HEADER;
    static final UUID PROVINCE = UUID.fromString("00000000-0000-0000-0000-000000000049");
    static final LocalDateTime NOW = LocalDateTime.of(2025, 1, 20, 12, 0);
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DataSource ds = TestDatabase.appDataSource();
    private final JdbcClient jdbc = JdbcClient.create(ds);
    private final ImportDossiersUseCase imports = DossierImports.useCase(ds, WorkingCalendar.of(List.of()), NOW,
            Actor::theSystem);
    private final JdbcComputedFigures computed = new JdbcComputedFigures(jdbc);

    /** One generated dossier, as the test knows it independently of the database. */
    record Generated(String unitCode, int channel, LocalDateTime received, LocalDateTime due, LocalDateTime resolved,
                     boolean withdrawn) {
        /** When it stops being open: its resolution, or for a withdrawn one without a date its day of receipt. */
        LocalDateTime closed() {
            return withdrawn && resolved == null ? received : resolved;
        }
    }

    @BeforeEach
    void catalog() {
        TestDatabase.truncateAll();
        jdbc.sql("""
                INSERT INTO administrative_unit (id, code, name, kind, parent_id, valid_from, valid_to) VALUES
                  ('00000000-0000-0000-0000-000000000049', '49', 'Tỉnh Quảng Nam', 'PROVINCE', NULL, '2008-01-01', NULL)
                """).update();
        for (int i = 0; i < 40; i++) {
            jdbc.sql("INSERT INTO administrative_unit (id, code, name, kind, parent_id, valid_from, valid_to) "
                            + "VALUES (:id, :code, :name, 'COMMUNE', :parent, '2008-01-01', NULL)")
                    .param("id", unitId(i)).param("code", code(i)).param("name", "Xã số " + i)
                    .param("parent", PROVINCE).update();
        }
        jdbc.sql("""
                INSERT INTO procedure (code, name, field, authority_level, time_limit_working_days, online_mode,
                                       postal_service_allowed) VALUES
                  ('1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'COMMUNE', 3, 'FULL', true)
                """).update();
    }

    static UUID unitId(int i) {
        return UUID.fromString("00000000-0000-0000-0000-0000000%05d".formatted(20000 + i));
    }

    static String code(int i) {
        return String.valueOf(20000 + i);
    }

    /** Dossiers received from November 2023 to mid-January 2025; some still open, some withdrawn. */
    static List<Generated> provinceYear(int count, long seed) {
        Random random = new Random(seed);
        LocalDateTime first = LocalDateTime.of(2023, 11, 1, 7, 30);
        long minutes = java.time.Duration.between(first, NOW.minusDays(5)).toMinutes();
        List<Generated> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDateTime received = first.plusMinutes(random.nextLong(minutes));
            LocalDateTime due = received.toLocalDate().plusDays(1 + random.nextInt(20)).atTime(17, 0);
            int kind = random.nextInt(100);
            boolean withdrawn = kind < 6;
            LocalDateTime resolved = null;
            if (withdrawn ? kind < 3 : kind < 90) {
                LocalDateTime at = received.plusHours(1 + random.nextInt(24 * 45));
                resolved = at.isBefore(NOW) ? at : null;
            }
            out.add(new Generated(code(random.nextInt(40)), 1 + random.nextInt(3), received, due, resolved, withdrawn));
        }
        return out;
    }

    void importAll(List<Generated> dossiers) {
        importAll("province-year", dossiers, null);
    }

    /** Imports the dossiers as the export {@code exportKey}: a second import of the same key replaces the first. */
    void importAll(String exportKey, List<Generated> dossiers) {
        importAll(exportKey, dossiers, null);
    }

    void importAll(List<Generated> dossiers, java.util.function.BiFunction<Integer, Generated, String> digitized) {
        importAll("province-year", dossiers, digitized);
    }

    /**
     * {@code digitized}: the cell of the optional column {@code so_hoa_ket_qua} for the n-th dossier ("1", "0" or ""
     * for a row that does not say); null: the file has no such column.
     */
    void importAll(String exportKey, List<Generated> dossiers,
                   java.util.function.BiFunction<Integer, Generated, String> digitized) {
        importAll(imports, exportKey, dossiers, digitized);
    }

    /** The same through another use case (another DataSource: PeriodTalliesTest's sessions in other time zones). */
    static void importAll(ImportDossiersUseCase imports, String exportKey, List<Generated> dossiers,
                          java.util.function.BiFunction<Integer, Generated, String> digitized) {
        StringBuilder csv = new StringBuilder(HEADER).append(digitized == null ? "" : ",so_hoa_ket_qua").append("\r\n");
        int n = 0;
        for (Generated g : dossiers) {
            String cell = digitized == null ? null : digitized.apply(n, g);
            String status = g.withdrawn() ? "WITHDRAWN" : g.resolved() != null ? "RESOLVED" : "IN_PROGRESS";
            csv.append(exportKey).append('-').append(n++).append(',').append(g.unitCode()).append(",1.001193,")
                    .append(g.channel())
                    .append(',').append(AT.format(g.received())).append(',').append(AT.format(g.due())).append(',')
                    .append(g.resolved() == null ? "" : AT.format(g.resolved())).append(",,").append(status)
                    .append(',').append(g.withdrawn() ? 1 : 0);
            csv.append(cell == null ? "" : "," + cell).append("\r\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        ImportResult result = imports.importDossiers(new ImportDossiersCommand(exportKey, exportKey + ".csv",
                FileFormat.CSV, () -> new ByteArrayInputStream(file)), (p, r, b) -> {}, new Cancellation());
        assertThat(result).isInstanceOfSatisfying(ImportResult.Imported.class,
                i -> assertThat(i.rows()).isEqualTo(dossiers.size()));
    }

    Map<UUID, HandlingFigures> byUnit(Period period) {
        Map<UUID, HandlingFigures> out = new HashMap<>();
        computed.totalsUnder(new UnitId(PROVINCE), period).forEach(f -> out.put(f.unit().value(), f));
        return out;
    }

    static long n(Count c) {
        return c.orNull();
    }

    @Test
    void carriedOverPlusReceivedEqualsResolvedInProgressAndWithdrawnForEveryUnitAndConsecutivePeriod() {
        List<Generated> dossiers = provinceYear(30_000, 16);
        importAll(dossiers);
        Map<String, List<Generated>> ofUnit = new HashMap<>();
        dossiers.forEach(g -> ofUnit.computeIfAbsent(g.unitCode(), k -> new ArrayList<>()).add(g));

        for (ReportPeriod.Basis basis : ReportPeriod.Basis.values()) {
            for (ReportPeriod.Kind kind : List.of(ReportPeriod.Kind.MONTH, ReportPeriod.Kind.QUARTER,
                    ReportPeriod.Kind.HALF_YEAR)) {
                int count = kind == ReportPeriod.Kind.MONTH ? 12 : kind == ReportPeriod.Kind.QUARTER ? 4 : 2;
                Map<UUID, HandlingFigures> previous = null;
                long receivedInPeriods = 0;
                for (int number = 1; number <= count; number++) {
                    Period period = ReportPeriod.of(kind, 2024, number, basis).period();
                    Map<UUID, HandlingFigures> now = byUnit(period);
                    assertThat(now).as("units with dossiers in %s", period).hasSize(40);
                    for (int u = 0; u < 40; u++) {
                        HandlingFigures f = now.get(unitId(u));
                        String where = code(u) + " " + basis + " " + period;
                        long inPeriod = n(f.received()) - n(f.carriedOver());
                        // The identity of issue 16, from the counts as the form shows them.
                        assertThat(n(f.carriedOver()) + inPeriod).as(where).isEqualTo(n(f.resolvedTotal())
                                + n(f.inProgressTotal()) + n(f.withdrawn()));
                        Expected e = expected(ofUnit.get(code(u)), period);
                        assertThat(List.of(n(f.carriedOver()), inPeriod, n(f.receivedOnline()), n(f.receivedPostal()),
                                n(f.resolvedTotal()), n(f.inProgressTotal()), n(f.withdrawn())))
                                .as(where).containsExactly(e.carried, e.received, e.online, e.postal, e.resolved,
                                        e.inProgress, e.withdrawn);
                        if (previous != null) {
                            assertThat(n(f.carriedOver())).as("carried into " + where)
                                    .isEqualTo(n(previous.get(unitId(u)).inProgressTotal()));
                        }
                        receivedInPeriods += inPeriod;
                    }
                    previous = now;
                }
                // Consecutive periods add up to the year of the same basis.
                Period year = ReportPeriod.of(ReportPeriod.Kind.YEAR, 2024, 1, basis).period();
                long t0 = System.nanoTime();
                Map<UUID, HandlingFigures> ofYear = byUnit(year);
                System.out.printf("figures of 40 units for %s from 30,000 dossiers: %.0f ms%n", year,
                        (System.nanoTime() - t0) / 1e6);
                long receivedInYear = ofYear.values().stream()
                        .mapToLong(f -> n(f.received()) - n(f.carriedOver())).sum();
                assertThat(receivedInPeriods).as(basis + " " + kind).isEqualTo(receivedInYear);
            }
        }
        // Not a vacuous identity: dossiers are carried over and open at the ends.
        Map<UUID, HandlingFigures> march = byUnit(ReportPeriod.month(2024, 3).period());
        assertThat(march.values().stream().mapToLong(f -> n(f.carriedOver())).sum()).isGreaterThan(1000);
        assertThat(march.values().stream().mapToLong(f -> n(f.inProgressOverdue())).sum()).isGreaterThan(100);
        assertThat(march.values().stream().mapToLong(f -> n(f.withdrawn())).sum()).isGreaterThan(10);
    }

    record Expected(long carried, long received, long online, long postal, long resolved, long inProgress,
                    long withdrawn) {}

    static Expected expected(List<Generated> ofUnit, Period period) {
        LocalDateTime start = period.from().atStartOfDay();
        LocalDateTime end = period.to().plusDays(1).atStartOfDay();
        long carried = 0, received = 0, online = 0, postal = 0, resolved = 0, inProgress = 0, withdrawn = 0;
        for (Generated g : ofUnit) {
            if (!g.received().isBefore(end)) {
                continue;
            }
            LocalDateTime closed = g.closed();
            if (closed != null && closed.isBefore(start)) {
                continue;
            }
            if (g.received().isBefore(start)) {
                carried++;
            } else {
                received++;
                online += g.channel() == 2 ? 1 : 0;
                postal += g.channel() == 3 ? 1 : 0;
            }
            if (closed == null || !closed.isBefore(end)) {
                inProgress++;
            } else if (g.withdrawn()) {
                withdrawn++;
            } else {
                resolved++;
            }
        }
        return new Expected(carried, received, online, postal, resolved, inProgress, withdrawn);
    }

    @Test
    void openDossiersAreJudgedAtTheEndOfThePeriodNotOnTheImportDay() {
        importAll(List.of(
                // Due 19/01, resolved in March: in progress past its deadline at the end of January.
                new Generated(code(0), 1, LocalDateTime.of(2024, 1, 10, 8, 0), LocalDateTime.of(2024, 1, 19, 17, 0),
                        LocalDateTime.of(2024, 3, 5, 9, 0), false),
                // Due 05/02, resolved on 02/02: in progress within its deadline at the end of January.
                new Generated(code(0), 2, LocalDateTime.of(2024, 1, 25, 8, 0), LocalDateTime.of(2024, 2, 5, 17, 0),
                        LocalDateTime.of(2024, 2, 2, 9, 0), false),
                // Received in December, resolved in January: carried over into January.
                new Generated(code(0), 3, LocalDateTime.of(2023, 12, 28, 8, 0), LocalDateTime.of(2024, 1, 3, 17, 0),
                        LocalDateTime.of(2024, 1, 2, 9, 0), false)));

        HandlingFigures january = byUnit(ReportPeriod.calendarMonth(2024, 1).period()).get(unitId(0));

        assertThat(List.of(january.received(), january.carriedOver(), january.receivedOnline(), january.early(),
                january.inProgressWithinDeadline(), january.inProgressOverdue()))
                .containsExactly(Count.of(3), Count.of(1), Count.of(1), Count.of(1), Count.of(1), Count.of(1));
        // On the data cut-off basis January is 15/12/2023–14/01/2024: the first dossier is open, not yet due.
        HandlingFigures cutOff = byUnit(ReportPeriod.month(2024, 1).period()).get(unitId(0));
        assertThat(List.of(cutOff.received(), cutOff.carriedOver(), cutOff.early(), cutOff.inProgressWithinDeadline(),
                cutOff.inProgressOverdue()))
                .containsExactly(Count.of(2), Count.of(0), Count.of(1), Count.of(1), Count.of(0));
    }
}
