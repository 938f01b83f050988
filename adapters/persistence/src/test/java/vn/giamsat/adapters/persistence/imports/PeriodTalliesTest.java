package vn.giamsat.adapters.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.ReportPeriod;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.UnitId;

/**
 * Figures summed from the tallies per unit and day (decision 044) are exactly those counted from the dossiers, as
 * {@link JdbcComputedFigures} counted them before: for random periods on both bases, report periods, periods ending
 * after the export's day, after a calendar edit judged the import again, and for a code two units held in turn.
 * Whole months are read from the month roll-up (decision 053): it stays the sum of the day rows after an import, a
 * calendar edit, a replaced import and archived months, and the figures read through it are those of the day rows.
 */
class PeriodTalliesTest {
    private static final UUID PROVINCE = PeriodFiguresTest.PROVINCE;
    /** Holds commune 0's code from 1 July 2024, after commune 0 ended (a code reused after a merger). */
    private static final UUID SUCCESSOR = UUID.fromString("00000000-0000-0000-0000-000000099999");

    private final DataSource ds = TestDatabase.appDataSource();
    private final JdbcClient jdbc = JdbcClient.create(ds);
    private final JdbcComputedFigures computed = new JdbcComputedFigures(jdbc);
    private final PeriodFiguresTest province = new PeriodFiguresTest();
    /** The owner's: an operator archives months (decision 045); a test switches a trigger off. */
    private final JdbcClient owner = JdbcClient.create(TestDatabase.migrationDataSource());

    @BeforeEach
    void catalog() {
        province.catalog();
        jdbc.sql("UPDATE administrative_unit SET valid_to = '2024-07-01' WHERE code = :code")
                .param("code", PeriodFiguresTest.code(0)).update();
        jdbc.sql("INSERT INTO administrative_unit (id, code, name, kind, parent_id, valid_from, valid_to) "
                        + "VALUES (:id, :code, 'Xã sau sáp nhập', 'COMMUNE', :parent, '2024-07-01', NULL)")
                .param("id", SUCCESSOR).param("code", PeriodFiguresTest.code(0)).param("parent", PROVINCE).update();
    }

    /** Random periods within the data and beyond the export's day (20 January 2025), and the report periods. */
    static List<Period> periods(Random random) {
        List<Period> out = new ArrayList<>();
        LocalDate first = LocalDate.of(2023, 10, 20);
        for (int i = 0; i < 24; i++) {
            LocalDate from = first.plusDays(random.nextInt(480));
            out.add(new Period(from, from.plusDays(random.nextInt(i % 4 == 0 ? 400 : 40))));
        }
        out.add(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));   // ends after the export's day
        out.add(new Period(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 20)));   // the export's day itself
        for (ReportPeriod.Basis basis : ReportPeriod.Basis.values()) {
            for (int n = 1; n <= 12; n++) {
                out.add(ReportPeriod.of(ReportPeriod.Kind.MONTH, 2024, n, basis).period());
            }
            out.add(ReportPeriod.of(ReportPeriod.Kind.QUARTER, 2025, 1, basis).period());
            out.add(ReportPeriod.of(ReportPeriod.Kind.YEAR, 2024, 1, basis).period());
        }
        return out;
    }

    /**
     * Periods on and across month edges, where the roll-up's months meet the day rows: whole months, a start or an
     * end inside a month, both inside one month, a month's last day alone, a leap February, beyond the export's day.
     */
    static List<Period> monthEdges() {
        return List.of(
                new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)),
                new Period(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 10)),
                new Period(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 20)),
                new Period(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 29)),
                new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 17)),
                new Period(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 4, 30)),
                new Period(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1)),
                new Period(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 1)),
                new Period(LocalDate.of(2023, 12, 1), LocalDate.of(2025, 1, 31)),
                new Period(LocalDate.of(2024, 11, 2), LocalDate.of(2025, 2, 27)));
    }

    /**
     * Every row of the month roll-up is the sum of its month's day rows, and every month with day rows has its row:
     * compared as multisets, so that a stale, a missing or a left-over row each shows.
     */
    private void rollUpIsTheSumOfTheDayRows() {
        rollUpIsTheSumOfTheDayRows(jdbc);
    }

    /** The same, asked in {@code session}'s connections (the month of a day taken without any time zone). */
    private static void rollUpIsTheSumOfTheDayRows(JdbcClient jdbc) {
        String months = """
                SELECT import_id, unit_code, month, received_direct, received_online, received_postal, early, on_time,
                       late, late_with_apology, late_slip_unknown, withdrawn, closed, overdue_change, first_received,
                       last_received, resolved_digitized, resolved_digitized_not_known
                  FROM dossier_tally_month""";
        String days = """
                SELECT import_id, unit_code, make_date(CAST(extract(year FROM day) AS int),
                                                       CAST(extract(month FROM day) AS int), 1), sum(received_direct),
                       sum(received_online), sum(received_postal), sum(early), sum(on_time), sum(late),
                       sum(late_with_apology), coalesce(sum(late) FILTER (WHERE late_with_apology IS NULL), 0),
                       sum(withdrawn), sum(closed), sum(overdue_change),
                       min(day) FILTER (WHERE received_direct + received_online + received_postal > 0),
                       max(day) FILTER (WHERE received_direct + received_online + received_postal > 0),
                       sum(resolved_digitized), sum(coalesce(resolved_digitized_unknown, early + on_time + late))
                  FROM dossier_tally GROUP BY 1, 2, 3""";
        assertThat(jdbc.sql("SELECT count(*) FROM ((" + months + " EXCEPT ALL " + days + ") UNION ALL (" + days
                + " EXCEPT ALL " + months + ")) AS different").query(Long.class).single())
                .as("roll-up rows that are not their day rows' sum").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_tally_month").query(Long.class).single())
                .as("not vacuous").isPositive();
    }

    /** Province and units: through the roll-up, and from the day rows alone. */
    private void sameAsTheDayRows(List<Period> periods) {
        for (Period p : periods) {
            for (UUID unit : List.of(PROVINCE, PeriodFiguresTest.unitId(7), SUCCESSOR)) {
                assertThat(computed.totalsUnder(new UnitId(unit), p)).as("%s, %s", unit, p)
                        .isEqualTo(computed.totalsUnderFromDays(new UnitId(unit), p));
            }
        }
    }

    private void sameAsCountingTheDossiers(List<Period> periods) {
        for (Period p : periods) {
            List<HandlingFigures> tallied = computed.totalsUnder(new UnitId(PROVINCE), p);
            assertThat(tallied).as("province, %s", p).isEqualTo(computed.totalsUnderFromDossiers(new UnitId(PROVINCE), p));
            assertThat(tallied).as("province from the day rows, %s", p)
                    .isEqualTo(computed.totalsUnderFromDays(new UnitId(PROVINCE), p));
            for (UUID unit : List.of(PeriodFiguresTest.unitId(0), PeriodFiguresTest.unitId(7), SUCCESSOR)) {
                assertThat(computed.totalsUnder(new UnitId(unit), p)).as("%s, %s", unit, p)
                        .isEqualTo(computed.totalsUnderFromDossiers(new UnitId(unit), p));
                assertThat(computed.lateByApology(new UnitId(unit), p)).as("late of %s, %s", unit, p)
                        .isEqualTo(computed.lateByApologyFromDossiers(new UnitId(unit), p));
            }
        }
    }

    /**
     * The export's column {@code so_hoa_ket_qua}: "1" for every third dossier, else "0"; empty for the withdrawn
     * (which no count of results reads) and for commune 7's dossiers received in February 2024 (which leave its
     * periods where they are resolved not reported).
     */
    static String digitizedCell(int n, PeriodFiguresTest.Generated g) {
        if (g.withdrawn() || g.unitCode().equals(PeriodFiguresTest.code(7)) && g.received().getYear() == 2024
                && g.received().getMonthValue() == 2) {
            return "";
        }
        return n % 3 == 0 ? "1" : "0";
    }

    @Test
    void figuresFromTheTalliesAreThoseCountedFromTheDossiersForAnyPeriodAlsoAfterACalendarEdit() {
        List<PeriodFiguresTest.Generated> dossiers = PeriodFiguresTest.provinceYear(8_000, 44);
        province.importAll(dossiers, PeriodTalliesTest::digitizedCell);
        Random random = new Random(44);
        List<Period> periods = new ArrayList<>(periods(random));
        periods.addAll(monthEdges());

        rollUpIsTheSumOfTheDayRows();
        sameAsCountingTheDossiers(periods);
        // The digitized results: a direct count of the file's cells for commune 3 in the first quarter of 2024...
        Period quarter = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
        long counted = 0;
        for (int n = 0; n < dossiers.size(); n++) {
            PeriodFiguresTest.Generated g = dossiers.get(n);
            if (g.unitCode().equals(PeriodFiguresTest.code(3)) && !g.withdrawn() && g.resolved() != null
                    && !g.resolved().toLocalDate().isBefore(quarter.from())
                    && !g.resolved().toLocalDate().isAfter(quarter.to()) && digitizedCell(n, g).equals("1")) {
                counted++;
            }
        }
        long direct = counted;
        assertThat(direct).isPositive();
        assertThat(computed.totalsUnder(new UnitId(PeriodFiguresTest.unitId(3)), quarter)).singleElement()
                .satisfies(f -> assertThat(f.resultsDigitized().orNull()).isEqualTo(direct));
        // ...and commune 7 not reported where a resolved dossier's row did not say, reported where none did not.
        assertThat(computed.totalsUnder(new UnitId(PeriodFiguresTest.unitId(7)), quarter)).singleElement()
                .satisfies(f -> assertThat(f.resultsDigitized().isReported()).isFalse());
        assertThat(computed.totalsUnder(new UnitId(PeriodFiguresTest.unitId(7)),
                new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)))).singleElement()
                .satisfies(f -> assertThat(f.resultsDigitized().orNull()).isPositive());
        // Not vacuous: the tallies hold rows, the reused code has figures under both units, some are overdue.
        HandlingFigures ofYear = computed.totalsUnder(new UnitId(PROVINCE),
                new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).stream()
                .filter(f -> f.unit().value().equals(SUCCESSOR)).findFirst().orElseThrow();
        assertThat(ofYear.received().orNull()).isPositive();
        assertThat(computed.totalsUnder(new UnitId(PeriodFiguresTest.unitId(0)),
                new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)))).singleElement()
                .satisfies(f -> assertThat(f.received().orNull()).isPositive());
        assertThat(computed.totalsUnder(new UnitId(PROVINCE), new Period(LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 3, 31))).stream().mapToLong(f -> f.inProgressOverdue().orNull()).sum())
                .isGreaterThan(50);

        // Three working days made days off (one a Friday): outcomes and overdue days move; the tallies follow.
        List<CalendarDay> days = new ArrayList<>();
        WorkingCalendar before = WorkingCalendar.of(days);
        JdbcDossierOutcomes outcomes = new JdbcDossierOutcomes(ds);
        String talliesBefore = jdbc.sql("SELECT string_agg(concat_ws('/', unit_code, day, early, on_time, late,"
                + " overdue_change, resolved_digitized, resolved_digitized_unknown), ' ' ORDER BY unit_code, day)"
                + " FROM dossier_tally").query(String.class).single();
        for (LocalDate off : List.of(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 4, 30), LocalDate.of(2025, 1, 17))) {
            days.add(CalendarDay.holiday(off, "Nghỉ"));
            WorkingCalendar after = WorkingCalendar.of(days);
            jdbc.sql("INSERT INTO calendar_day (day, kind, name) VALUES (:day, 'HOLIDAY', 'Nghỉ')").param("day", off)
                    .update();
            outcomes.judgeAgain(before.dueDatesAffectedBy(off, after).orElseThrow(), before, after);
            before = after;
        }
        assertThat(jdbc.sql("SELECT string_agg(concat_ws('/', unit_code, day, early, on_time, late, overdue_change),"
                + " ' ' ORDER BY unit_code, day) FROM dossier_tally").query(String.class).single())
                .as("the edits changed the tallies").isNotEqualTo(talliesBefore);
        rollUpIsTheSumOfTheDayRows();
        sameAsCountingTheDossiers(periods);
        // The edits moved outcomes, not resolutions: the digitized results are where they were.
        assertThat(computed.totalsUnder(new UnitId(PeriodFiguresTest.unitId(3)), quarter)).singleElement()
                .satisfies(f -> assertThat(f.resultsDigitized().orNull()).isEqualTo(direct));
    }

    @Test
    void anExportWithoutTheDigitizedColumnLeavesTheCountNotReportedNeverZero() {
        province.importAll(PeriodFiguresTest.provinceYear(1_000, 45));
        Period year = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

        List<HandlingFigures> figures = computed.totalsUnder(new UnitId(PROVINCE), year);
        assertThat(figures).isNotEmpty().allSatisfy(f -> assertThat(f.resultsDigitized().isReported()).isFalse());
        assertThat(figures).isEqualTo(computed.totalsUnderFromDossiers(new UnitId(PROVINCE), year))
                .isEqualTo(computed.totalsUnderFromDays(new UnitId(PROVINCE), year));
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_tally WHERE resolved_digitized IS NOT NULL")
                .query(Long.class).single()).isZero();
    }

    /** A calendar edit over the data's months: three working days made days off, one by one, as an office does. */
    private void makeDaysOff(List<LocalDate> daysOff) {
        makeDaysOff(ds, daysOff);
    }

    private static void makeDaysOff(DataSource ds, List<LocalDate> daysOff) {
        JdbcClient jdbc = JdbcClient.create(ds);
        List<CalendarDay> days = new ArrayList<>();
        WorkingCalendar before = WorkingCalendar.of(days);
        JdbcDossierOutcomes outcomes = new JdbcDossierOutcomes(ds);
        for (LocalDate off : daysOff) {
            days.add(CalendarDay.holiday(off, "Nghỉ"));
            WorkingCalendar after = WorkingCalendar.of(days);
            jdbc.sql("INSERT INTO calendar_day (day, kind, name) VALUES (:day, 'HOLIDAY', 'Nghỉ')").param("day", off)
                    .update();
            outcomes.judgeAgain(before.dueDatesAffectedBy(off, after).orElseThrow(), before, after);
            before = after;
        }
    }

    @Test
    void aCalendarEditThatDidNotRollTheMonthsUpAgainWouldShowWrongFigures() {
        province.importAll(PeriodFiguresTest.provinceYear(8_000, 44));
        rollUpIsTheSumOfTheDayRows();
        // The roll-up left as it was by the edit (its triggers off): whole months then hold the outcomes and
        // overdue days of the calendar before. What the test above checks, shown to be able to fail. (The edit
        // updates, inserts and deletes day rows, and each trigger sums whole months again: all three go off.)
        List<String> triggers = List.of("dossier_tally_month_update", "dossier_tally_month_insert",
                "dossier_tally_month_delete");
        triggers.forEach(t -> owner.sql("ALTER TABLE dossier_tally DISABLE TRIGGER " + t).update());
        try {
            makeDaysOff(List.of(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 4, 30)));
        } finally {
            triggers.forEach(t -> owner.sql("ALTER TABLE dossier_tally ENABLE TRIGGER " + t).update());
        }
        assertThatThrownBy(this::rollUpIsTheSumOfTheDayRows).isInstanceOf(AssertionError.class)
                .hasMessageContaining("roll-up rows that are not their day rows' sum");
        Period marchToMay = new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31));
        assertThat(computed.totalsUnder(new UnitId(PROVINCE), marchToMay)).as("a stale roll-up shows")
                .isNotEqualTo(computed.totalsUnderFromDossiers(new UnitId(PROVINCE), marchToMay))
                .isNotEqualTo(computed.totalsUnderFromDays(new UnitId(PROVINCE), marchToMay));
    }

    @Test
    void aReplacedImportLeavesNoMonthBehindAndItsSuccessorsMonthsAreRead() {
        province.importAll(PeriodFiguresTest.provinceYear(8_000, 44));
        long first = jdbc.sql("SELECT id FROM dossier_import").query(Long.class).single();
        // The same export again, with other dossiers (fewer, from another seed): it replaces the first import.
        province.importAll(PeriodFiguresTest.provinceYear(5_000, 45));

        assertThat(jdbc.sql("SELECT count(*) FROM dossier_tally_month WHERE import_id = ?").param(first)
                .query(Long.class).single()).as("months of the replaced import").isZero();
        rollUpIsTheSumOfTheDayRows();
        List<Period> periods = new ArrayList<>(monthEdges());
        periods.add(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        sameAsCountingTheDossiers(periods);
    }

    @Test
    void archivedMonthsKeepTheirRollUpAndEveryPeriodsFiguresStayThoseOfTheDayRows() {
        // Two exports: the dossiers received before March 2024, and the others. The first is archived whole.
        List<PeriodFiguresTest.Generated> all = PeriodFiguresTest.provinceYear(8_000, 44);
        LocalDate march = LocalDate.of(2024, 3, 1);
        province.importAll("early", all.stream().filter(g -> g.received().toLocalDate().isBefore(march)).toList());
        province.importAll("late", all.stream().filter(g -> !g.received().toLocalDate().isBefore(march)).toList());
        List<Period> periods = new ArrayList<>(monthEdges());
        periods.addAll(periods(new Random(45)));
        sameAsCountingTheDossiers(periods);
        UUID unit = PeriodFiguresTest.unitId(7);   // a unit that held its code alone: figures from the tallies only
        List<List<HandlingFigures>> before = periods.stream()
                .map(p -> computed.totalsUnder(new UnitId(unit), p)).toList();

        try {
            assertThat(owner.sql("SELECT concat_ws('/', archive, partitions) FROM dossier_archive_detach(DATE"
                    + " '2023-11-01', DATE '2024-02-01')").query(String.class).single())
                    .isEqualTo("dossier_archive_202311_202402/4");
            assertThat(computed.totalsUnderFromDossiers(new UnitId(unit), new Period(LocalDate.of(2023, 12, 1),
                    LocalDate.of(2023, 12, 31)))).as("the dossiers of December 2023 are no longer stored").isEmpty();

            rollUpIsTheSumOfTheDayRows();
            sameAsTheDayRows(periods);
            assertThat(periods.stream().map(p -> computed.totalsUnder(new UnitId(unit), p)).toList())
                    .as("figures of a unit after its first months were archived").isEqualTo(before);
            // A calendar edit after: judges the stored import again; the archived one's tallies and months stay.
            makeDaysOff(List.of(LocalDate.of(2024, 4, 30)));
            rollUpIsTheSumOfTheDayRows();
            sameAsTheDayRows(periods);
        } finally {
            owner.sql("""
                    DO $$
                    DECLARE t record;
                    BEGIN
                        FOR t IN SELECT relname FROM pg_class
                                  WHERE relname ~ '^dossier_archive_[0-9_]+$' AND NOT relispartition
                        LOOP
                            EXECUTE format('DROP TABLE %I', t.relname);
                        END LOOP;
                    END
                    $$""").update();
        }
    }

    /**
     * The roll-up's month of a day does not depend on the session's time zone (change set 841: the month is taken
     * from the date as a timestamp without zone, not through timestamptz): an import, a calendar edit (which updates,
     * inserts and deletes day rows) and a replaced import, each written by sessions set to the zones furthest ahead
     * of and behind UTC (UTC+14; UTC-10 with daylight saving time), leave month rows that are the sums of their day
     * rows, months taken without a zone, and the figures read through them are those of the day rows.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Pacific/Kiritimati", "America/Adak"})
    void theRollUpIsTheSameWhateverTheTimeZoneOfTheSessionsThatWriteAndReadIt(String zone) {
        DataSource there = inTimeZone(ds, zone);
        JdbcClient jdbcThere = JdbcClient.create(there);
        assertThat(jdbcThere.sql("SHOW TimeZone").query(String.class).single()).isEqualTo(zone);
        var imports = DossierImports.useCase(there, WorkingCalendar.of(List.of()), PeriodFiguresTest.NOW,
                vn.giamsat.application.security.Actor::theSystem);
        PeriodFiguresTest.importAll(imports, "province-year", PeriodFiguresTest.provinceYear(4_000, 46),
                PeriodTalliesTest::digitizedCell);
        rollUpIsTheSumOfTheDayRows(jdbcThere);
        makeDaysOff(there, List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 5, 31), LocalDate.of(2024, 11, 1)));
        rollUpIsTheSumOfTheDayRows(jdbcThere);
        rollUpIsTheSumOfTheDayRows(jdbc);
        JdbcComputedFigures read = new JdbcComputedFigures(jdbcThere);
        for (Period p : monthEdges()) {
            assertThat(read.totalsUnder(new UnitId(PROVINCE), p)).as("%s in %s", p, zone)
                    .isEqualTo(computed.totalsUnderFromDays(new UnitId(PROVINCE), p))
                    .isEqualTo(computed.totalsUnderFromDossiers(new UnitId(PROVINCE), p));
        }
        // The same export again, from other dossiers: the first import's months go, the new ones come.
        PeriodFiguresTest.importAll(imports, "province-year", PeriodFiguresTest.provinceYear(3_000, 47), null);
        rollUpIsTheSumOfTheDayRows(jdbcThere);
        assertThat(jdbc.sql("SELECT count(DISTINCT import_id) FROM dossier_tally_month").query(Long.class).single())
                .isEqualTo(1);
    }

    /**
     * {@code ds}'s connections with the session's TimeZone set to {@code zone}, and set back when they go back to the
     * pool (which other tests share).
     */
    static DataSource inTimeZone(DataSource ds, String zone) {
        ClassLoader loader = PeriodTalliesTest.class.getClassLoader();
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(loader, new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, ds, args);
                    if (!method.getName().equals("getConnection")) {
                        return result;
                    }
                    java.sql.Connection c = (java.sql.Connection) result;
                    try (java.sql.Statement st = c.createStatement()) {
                        st.execute("SET TimeZone = '" + zone + "'");
                    }
                    return java.lang.reflect.Proxy.newProxyInstance(loader, new Class<?>[] {java.sql.Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("close") && !c.isClosed()) {
                                    if (!c.getAutoCommit()) {
                                        c.rollback();
                                    }
                                    try (java.sql.Statement st = c.createStatement()) {
                                        st.execute("RESET TimeZone");
                                    }
                                }
                                return invoke(m, c, a);
                            });
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
