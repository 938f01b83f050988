package vn.giamsat.adapters.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.giamsat.adapters.persistence.JdbcFigures;
import vn.giamsat.adapters.persistence.JdbcUnitCatalog;
import vn.giamsat.adapters.persistence.SpringTransactions;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.OutboundPorts;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.dossier.model.FileSource;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.calendar.model.CalendarEdit;
import vn.giamsat.application.calendar.model.CalendarEditProgress;
import vn.giamsat.application.dossier.port.in.FiguresComparison;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.calendar.port.out.DossierOutcomesPort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.UnitId;

/**
 * An admin's edit of the holiday calendar, through the use cases on the real database: the imported dossiers whose
 * deadline it moves are judged again in the edit's transaction, and their figures move with them.
 */
class CalendarEditTest {
    // March 2024: Friday 8, Saturday 9, Sunday 10, Monday 11, Tuesday 12; Saturday 16, Monday 18.
    private static final LocalDate MONDAY_11 = LocalDate.of(2024, 3, 11);
    private static final LocalDate SATURDAY_16 = LocalDate.of(2024, 3, 16);
    private static final Period MARCH = Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
    private static final UnitId PROVINCE = new UnitId(DossierImportTest.PROVINCE);
    private static final UnitId PHU_THINH = new UnitId(DossierImportTest.PHU_THINH);
    private static final UnitId TAM_DAN = new UnitId(DossierImportTest.TAM_DAN);

    /** Weekends only at first (the test database's calendar is empty); imported on Sunday 31 March. */
    private static final String MARCH_FILE = DossierImportTest.csv(
            // due Saturday, resolved Tuesday: late while Monday works (last day Monday 11)
            "A-1,20364,1.001193,1,2024-03-06 08:00,2024-03-09 17:00,2024-03-12 09:00,,Đã giải quyết,0",
            // due Monday, resolved Tuesday: late while Monday works
            "A-2,20364,2.000908,2,2024-03-07 08:00,2024-03-11 17:00,2024-03-12 10:00,,Đã giải quyết,0",
            // due Friday, resolved Tuesday: late whatever Monday is
            "A-3,20364,1.001193,1,2024-03-06 08:00,2024-03-08 17:00,2024-03-12 09:00,,Đã giải quyết,0",
            // due Sunday, resolved Monday: on time either way
            "A-4,20374,2.000908,3,2024-03-07 08:00,2024-03-10 17:00,2024-03-11 08:00,,Đã giải quyết,0",
            // due Saturday 16, resolved Monday 18: on time, unless offices work that Saturday
            "A-5,20374,1.001193,1,2024-03-13 08:00,2024-03-16 17:00,2024-03-18 09:00,,Đã giải quyết,0");
    private static final String POSTAL_FILE = DossierImportTest.csv(
            // still open on 31 March, due Saturday 9: overdue either way
            "B-1,20374,2.000908,3,2024-03-07 08:00,2024-03-09 17:00,,,Đang giải quyết,0");
    private static final String INITIAL = "A-1=LATE A-2=LATE A-3=LATE A-4=ON_TIME A-5=ON_TIME B-1=IN_PROGRESS_OVERDUE";

    private static final Actor ADMIN = Actor.user("quantri", "Trần Quản Trị", Set.of(Role.ADMIN),
            Set.of(vn.giamsat.domain.unit.UnitCode.of("49")));

    private final DataSource ds = TestDatabase.appDataSource();
    private final JdbcClient jdbc = JdbcClient.create(ds);
    private final JdbcComputedFigures computed = new JdbcComputedFigures(jdbc);
    private final JdbcWorkingCalendar calendar = new JdbcWorkingCalendar(jdbc, ds);
    private final DataSourceTransactionManager tm = new DataSourceTransactionManager(ds);
    private final SpringTransactions transactions = new SpringTransactions(tm, () -> ADMIN);
    private DossierOutcomesPort outcomes = new JdbcDossierOutcomes(ds);
    private final UseCases useCases = new UseCases(OutboundPorts.builder()
            .dossierImports(new PgDossierImport(ds, jdbc, new vn.giamsat.adapters.fileimport.TableFiles()))
            .importHistory(new JdbcImportHistory(ds)).calendar(calendar)
            .dossierOutcomes(new DossierOutcomesPort() {   // both ways in: full recount, and by difference (the use case's)
                @Override
                public CalendarEdit judgeAgain(Period dueDates, WorkingCalendar cal) {
                    return outcomes.judgeAgain(dueDates, cal);
                }

                @Override
                public CalendarEdit judgeAgain(Period dueDates, WorkingCalendar before, WorkingCalendar after) {
                    return outcomes.judgeAgain(dueDates, before, after);
                }

                @Override
                public CalendarEdit judgeAgain(Period dueDates, WorkingCalendar before, WorkingCalendar after,
                                               CalendarEditProgress progress) {
                    return outcomes.judgeAgain(dueDates, before, after, progress);
                }
            }).computedFigures(computed)
            .figures(new JdbcFigures(jdbc)).units(new JdbcUnitCatalog(jdbc, tm)).transactions(transactions)
            .clock(() -> Instant.parse("2024-03-31T03:00:00Z")).actors(() -> ADMIN).build());

    @BeforeEach
    void importMarch() {
        new DossierImportTest().catalog();
        assertThat(importFile("hcc-2024-03", MARCH_FILE)).isInstanceOf(ImportResult.Imported.class);
        assertThat(importFile("hcc-2024-03-buu-dien", POSTAL_FILE)).isInstanceOf(ImportResult.Imported.class);
        assertThat(outcomes()).isEqualTo(INITIAL);
    }

    private ImportResult importFile(String exportKey, String csv) {
        return importFile(exportKey, () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private ImportResult importFile(String exportKey, FileSource source) {
        return useCases.importDossiers().importDossiers(new ImportDossiersCommand(exportKey, exportKey + ".csv", null,
                source), null, null);
    }

    private String outcomes() {
        return jdbc.sql("SELECT string_agg(dossier_code || '=' || outcome, ' ' ORDER BY dossier_code) FROM dossier")
                .query(String.class).single();
    }

    /** Received / early / on time / late / in progress within / overdue / withdrawn of a unit in March. */
    private String totals(UnitId unit) {
        return computed.totalsUnder(PROVINCE, MARCH).stream().filter(f -> f.unit().equals(unit)).findFirst()
                .map(CalendarEditTest::counts).orElseThrow();
    }

    private static String counts(HandlingFigures f) {
        return f.received() + "/" + f.early() + "/" + f.onTime() + "/" + f.late() + "/" + f.inProgressWithinDeadline()
                + "/" + f.inProgressOverdue() + "/" + f.withdrawn();
    }

    /** The tallies per unit and day whole (decision 044). */
    private String figureTables() {
        return jdbc.sql("""
                SELECT string_agg(concat_ws('/', import_id, unit_code, day, received_direct, received_online,
                           received_postal, early, on_time, late, late_with_apology, withdrawn, closed, overdue_change,
                           resolved_digitized, resolved_digitized_unknown),
                           ' ' ORDER BY import_id, unit_code, day) FROM dossier_tally""")
                .query(String.class).single();
    }

    /** Tâm Dân's dossiers in progress within / past their deadline on Tuesday 12 March, from the tallies. */
    private String tamDanOpenUpToTuesday12() {
        return computed.totalsUnder(PROVINCE, Period.of(MARCH.from(), LocalDate.of(2024, 3, 12))).stream()
                .filter(f -> f.unit().equals(TAM_DAN)).findFirst()
                .map(f -> f.inProgressWithinDeadline() + "/" + f.inProgressOverdue()).orElseThrow();
    }

    /** Whether the figures summed from the tallies are those counted from the dossiers, for every day of March. */
    private boolean unitFiguresAreTheSumOfProcedureFigures() {
        for (int day = 1; day <= 31; day++) {
            Period upTo = new Period(MARCH.from(), MARCH.from().withDayOfMonth(day));
            if (!computed.totalsUnder(PROVINCE, upTo).equals(computed.totalsUnderFromDossiers(PROVINCE, upTo))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aMondayMadeAHolidayPutsTheDossiersDueFromSaturdayOnTimeAndRemovingItPutsThemBack() {
        String figuresBefore = figureTables();
        assertThat(totals(PHU_THINH)).isEqualTo("3/0/0/3/0/0/0");
        // B-1, open and due Saturday 9, is overdue from Tuesday 12 while Monday 11 works.
        assertThat(tamDanOpenUpToTuesday12()).isEqualTo("0/1");
        long auditBefore = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_log").query(Long.class).single();

        CalendarEdit edit = useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY_11, "Nghỉ bù"));

        // and B-1 are due Saturday 9 to Monday 11; were late by that Monday alone.
        assertThat(edit).isEqualTo(new CalendarEdit(List.of("hcc-2024-03", "hcc-2024-03-buu-dien"), 4, 2));
        assertThat(outcomes()).isEqualTo("A-1=ON_TIME A-2=ON_TIME A-3=LATE A-4=ON_TIME A-5=ON_TIME B-1=IN_PROGRESS_OVERDUE");
        assertThat(totals(PHU_THINH)).isEqualTo("3/0/2/1/0/0/0");
        assertThat(totals(TAM_DAN)).isEqualTo("3/0/2/0/0/1/0");
        assertThat(computed.byProcedureAndChannel(PHU_THINH, MARCH))
                .extracting(f -> f.procedure() + "/" + f.channel() + "/" + f.onTime() + "/" + f.late())
                .containsExactly("1.001193/DIRECT/1/1", "2.000908/ONLINE/1/0");
        assertThat(unitFiguresAreTheSumOfProcedureFigures()).isTrue();
        // B-1's outcome stays overdue (judged on 31 March), but the day it becomes overdue moves to Wednesday 13.
        assertThat(tamDanOpenUpToTuesday12()).isEqualTo("1/0");
        // The audit log names the admin for the day, in the same transaction as the outcomes.
        assertThat(jdbc.sql("SELECT actor_id || ' ' || operation FROM audit_log WHERE id > ? AND table_name = 'calendar_day'")
                .param(auditBefore).query(String.class).list()).containsExactly("quantri INSERT");

        CalendarEdit back = useCases.holidayCalendar().remove(MONDAY_11);

        assertThat(back).isEqualTo(new CalendarEdit(List.of("hcc-2024-03", "hcc-2024-03-buu-dien"), 4, 2));
        assertThat(outcomes()).isEqualTo(INITIAL);
        assertThat(figureTables()).isEqualTo(figuresBefore);
    }

    @Test
    void anEditReportsTheDossiersReadThenTheOutcomesStoredThenTheImportsCountedAgain() {
        outcomes = new JdbcDossierOutcomes(ds, 1);   // a report for every dossier read
        List<String> steps = new java.util.ArrayList<>();
        CalendarEditProgress record = (phase, done, total) -> steps.add(phase + " " + done + "/" + total);

        CalendarEdit edit = useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY_11, "Nghỉ bù"), record);

        assertThat(edit.dossiersChecked()).isEqualTo(4);
        assertThat(steps.stream().map(s -> s.substring(0, s.indexOf(' '))).distinct())
                .as("the phases, in order").containsExactly("CHECKING", "STORING", "COUNTING_AGAIN");
        // Dossiers read (none yet as the read starts), one by one, up to those the edit reports; their total is not
        // known while reading.
        assertThat(steps).filteredOn(s -> s.startsWith("CHECKING"))
                .containsExactly("CHECKING 0/-1", "CHECKING 1/-1", "CHECKING 2/-1", "CHECKING 3/-1", "CHECKING 4/-1");
        // The 2 outcomes changed, stored; then the tallies of the 2 imports concerned.
        assertThat(steps).filteredOn(s -> s.startsWith("STORING")).first().isEqualTo("STORING 0/2");
        assertThat(steps).filteredOn(s -> s.startsWith("STORING")).last().isEqualTo("STORING 2/2");
        assertThat(steps).filteredOn(s -> s.startsWith("COUNTING_AGAIN"))
                .containsExactly("COUNTING_AGAIN 0/2", "COUNTING_AGAIN 1/2", "COUNTING_AGAIN 2/2");
        assertThat(outcomes()).isEqualTo("A-1=ON_TIME A-2=ON_TIME A-3=LATE A-4=ON_TIME A-5=ON_TIME B-1=IN_PROGRESS_OVERDUE");

        // As the app runs it (a report per 10,000 read): as the read starts, then with every dossier read.
        outcomes = new JdbcDossierOutcomes(ds);
        steps.clear();
        CalendarEdit back = useCases.holidayCalendar().remove(MONDAY_11, record);
        assertThat(steps).filteredOn(s -> s.startsWith("CHECKING")).containsExactly("CHECKING 0/-1",
                "CHECKING " + back.dossiersChecked() + "/-1");
        assertThat(back.dossiersChecked()).isEqualTo(4);
        assertThat(outcomes()).isEqualTo(INITIAL);
    }

    @Test
    void aLateDossierWithAnApologySlipMadeOnTimeByAnEditLeavesTheLateWithASlipCount() {
        // Due Saturday 9, resolved Tuesday 12, a slip naming Tuesday: late with a slip while Monday 11 works.
        String file = DossierImportTest.HEADER + ",ngay_xin_loi,ngay_hen_lai\r\n"
                + "S-1,20364,1.001193,1,2024-03-06 08:00,2024-03-09 17:00,2024-03-12 09:00,,RESOLVED,0,2024-03-08,2024-03-12 17:00\r\n"
                + "S-2,20364,1.001193,1,2024-03-06 08:00,2024-03-08 17:00,2024-03-12 09:00,,RESOLVED,0,2024-03-08,2024-03-12 17:00\r\n";
        assertThat(importFile("hcc-2024-03-phieu", file)).isInstanceOf(ImportResult.Imported.class);
        assertThat(computed.lateByApology(PHU_THINH, MARCH).late()).isEqualTo(5);
        assertThat(computed.lateByApology(PHU_THINH, MARCH).withApology())
                .isEqualTo(vn.giamsat.domain.figures.Count.notReported());   // A-1..A-3 came without slip columns
        assertThat(jdbc.sql("SELECT sum(late) || '/' || sum(late_with_apology) FROM dossier_tally"
                + " WHERE late_with_apology IS NOT NULL").query(String.class).single()).isEqualTo("2/2");

        useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY_11, "Nghỉ bù"));

        // S-1 is on time now; S-2 (due Friday) stays late with its slip.
        assertThat(jdbc.sql("SELECT sum(late) || '/' || sum(late_with_apology) FROM dossier_tally"
                + " WHERE late_with_apology IS NOT NULL").query(String.class).single()).isEqualTo("1/1");
    }

    @Test
    void anEditKeepsTheDigitizedResultsAsCountingTheDossiersAgainWould() {
        // Due Saturday 9, resolved Tuesday 12: late while Monday 11 works, on time once it is a holiday.
        String file = DossierImportTest.HEADER + ",so_hoa_ket_qua\r\n"
                + "D-1,20364,1.001193,1,2024-03-06 08:00,2024-03-09 17:00,2024-03-12 09:00,,RESOLVED,0,1\r\n"
                + "D-2,20364,1.001193,1,2024-03-06 08:00,2024-03-08 17:00,2024-03-12 09:00,,RESOLVED,0,0\r\n"
                + "D-3,20364,1.001193,1,2024-03-06 08:00,2024-03-11 17:00,2024-03-12 10:00,,RESOLVED,0,1\r\n";
        assertThat(importFile("hcc-2024-03-so-hoa", file)).isInstanceOf(ImportResult.Imported.class);
        // Phú Thịnh's A-1..A-3 came from an export without the column: its March count is not reported.
        assertThat(digitized(PHU_THINH, MARCH)).isEqualTo("–");
        assertThat(jdbc.sql("SELECT sum(resolved_digitized) || '/' || sum(resolved_digitized_unknown) FROM dossier_tally"
                + " WHERE resolved_digitized IS NOT NULL").query(String.class).single()).isEqualTo("2/0");
        String before = figureTables();

        useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY_11, "Nghỉ bù"));
        String edited = figureTables();
        assertThat(edited).isNotEqualTo(before);   // D-1 and D-3 moved from late to on time
        assertThat(jdbc.sql("SELECT sum(late) || '/' || sum(resolved_digitized) FROM dossier_tally"
                + " WHERE resolved_digitized IS NOT NULL").query(String.class).single()).isEqualTo("1/2");
        // The same rows as counting the dossiers again with the edited calendar.
        List<Long> imports = jdbc.sql("SELECT id FROM dossier_import").query(Long.class).list();
        try (java.sql.Connection c = ds.getConnection()) {
            PeriodTallies.rewrite(c, imports, WorkingCalendar.of(calendar.all()));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(figureTables()).isEqualTo(edited);

        useCases.holidayCalendar().remove(MONDAY_11);
        assertThat(figureTables()).isEqualTo(before);
    }

    /** A unit's results digitized in a period, from the tallies ("–": not reported). */
    private String digitized(UnitId unit, Period period) {
        return computed.totalsUnder(PROVINCE, period).stream().filter(f -> f.unit().equals(unit)).findFirst()
                .map(f -> f.resultsDigitized().toString()).orElseThrow();
    }

    @Test
    void theComparisonWithTheSelfReportFollowsTheEdit() {
        // Phú Thịnh reported March as 2 on time and 1 late: it counted Monday 11 as a day off.
        new JdbcFigures(jdbc).save(HandlingFigures.builder(PHU_THINH, MARCH, FiguresSource.SELF_REPORTED)
                .received(3).early(0).onTime(2).late(1).build(), null);
        assertThat(phuThinhComparison().agrees()).isFalse();
        assertThat(phuThinhComparison().differences()).extracting(FiguresComparison.Difference::figureEnglish)
                .contains("On time", "Late");

        useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY_11, "Nghỉ bù"));

        assertThat(phuThinhComparison().agrees()).isTrue();
    }

    private FiguresComparison phuThinhComparison() {
        return useCases.computedFigures().compareUnder(PROVINCE, MARCH).stream()
                .filter(c -> c.unit().equals(PHU_THINH)).findFirst().orElseThrow();
    }

    @Test
    void aSaturdayMadeAWorkingDayShortensTheDeadlineDueThatDay() {
        CalendarEdit edit = useCases.holidayCalendar().save(CalendarDay.makeUpWorkingDay(SATURDAY_16, "Làm bù"));

        // A-5 was due Saturday 16 and resolved Monday 18: that Saturday now counts, so it is late.
        assertThat(edit).isEqualTo(new CalendarEdit(List.of("hcc-2024-03"), 1, 1));
        assertThat(outcomes()).isEqualTo(INITIAL.replace("A-5=ON_TIME", "A-5=LATE"));
        assertThat(totals(TAM_DAN)).isEqualTo("3/0/1/1/0/1/0");
        assertThat(unitFiguresAreTheSumOfProcedureFigures()).isTrue();
    }

    @Test
    void anEditThatMovesNoDeadlineChangesNothing() {
        String figures = figureTables();
        // No dossier is due from Saturday 1 to Monday 3 June.
        assertThat(useCases.holidayCalendar().save(CalendarDay.holiday(LocalDate.of(2024, 6, 3), "Nghỉ")))
                .isEqualTo(new CalendarEdit(List.of(), 0, 0));
        // A holiday on a Sunday, and a holiday renamed, move no deadline: nothing is even read.
        useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY_11, "Nghỉ bù"));
        assertThat(useCases.holidayCalendar().save(CalendarDay.holiday(LocalDate.of(2024, 3, 10), "Chủ nhật")))
                .isEqualTo(CalendarEdit.noDossiers());
        assertThat(useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY_11, "Nghỉ bù Giỗ Tổ")))
                .isEqualTo(CalendarEdit.noDossiers());
        useCases.holidayCalendar().remove(MONDAY_11);
        assertThat(figureTables()).isEqualTo(figures);
        assertThat(outcomes()).isEqualTo(INITIAL);
    }

    @Test
    void aFailureAfterTheOutcomesWereWrittenLeavesTheCalendarAndTheFiguresAsTheyWere() {
        String figures = figureTables();
        DossierOutcomesPort real = outcomes;
        outcomes = (dueDates, cal) -> {
            CalendarEdit done = real.judgeAgain(dueDates, cal);
            assertThat(done.outcomesChanged()).isEqualTo(2);   // written, not yet committed
            throw new IllegalStateException("connection lost");
        };

        assertThatThrownBy(() -> useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY_11, "Nghỉ bù")))
                .hasMessage("connection lost");

        assertThat(jdbc.sql("SELECT count(*) FROM calendar_day").query(Long.class).single()).isZero();
        assertThat(outcomes()).isEqualTo(INITIAL);
        assertThat(figureTables()).isEqualTo(figures);
    }

    @Test
    void anEditIsRefusedWhileAnImportRunsAndGoesThroughOnceItEnded() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        byte[] april = DossierImportTest.csv(
                "C-1,20364,1.001193,1,2024-03-06 08:00,2024-03-09 17:00,2024-03-12 09:00,,Đã giải quyết,0")
                .getBytes(StandardCharsets.UTF_8);
        CompletableFuture<ImportResult> running = CompletableFuture.supplyAsync(() -> importFile("hcc-2024-04",
                () -> new PausedStream(new ByteArrayInputStream(april), reading, goOn)));
        try {
            assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY_11, "Nghỉ bù")))
                    .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.reason().code())
                            .isEqualTo("calendar.import-running"))
                    .hasMessageContaining("Đang có một lần nhập dữ liệu hồ sơ");
            assertThat(jdbc.sql("SELECT count(*) FROM calendar_day").query(Long.class).single()).isZero();
        } finally {
            goOn.countDown();
        }
        assertThat(running.get(60, TimeUnit.SECONDS)).isInstanceOf(ImportResult.Imported.class);

        // Now the edit goes through, and reaches the dossier of the import that was running too.
        assertThat(useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY_11, "Nghỉ bù")).importsJudgedAgain())
                .containsExactly("hcc-2024-03", "hcc-2024-03-buu-dien", "hcc-2024-04");
        assertThat(outcomes()).contains("C-1=ON_TIME");
    }

    @Test
    void anImportStartedDuringAnEditWaitsForItAndJudgesWithTheEditedCalendar() throws Exception {
        CompletableFuture<ImportResult>[] started = new CompletableFuture[1];
        byte[] april = DossierImportTest.csv(
                "C-1,20364,1.001193,1,2024-03-06 08:00,2024-03-09 17:00,2024-03-12 09:00,,Đã giải quyết,0")
                .getBytes(StandardCharsets.UTF_8);
        transactions.run("HolidayCalendarService.save", () -> {
            useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY_11, "Nghỉ bù"));   // joins this transaction
            started[0] = CompletableFuture.supplyAsync(() -> importFile("hcc-2024-04",
                    () -> new ByteArrayInputStream(april)));
            awaitAdvisoryLockWaiter();   // the import's hold on the calendar waits for this transaction
        });
        assertThat(started[0].get(60, TimeUnit.SECONDS)).isInstanceOf(ImportResult.Imported.class);

        // Judged with Monday 11 off: due Saturday 9, resolved Tuesday 12 is on time.
        assertThat(outcomes()).contains("C-1=ON_TIME");
    }

    @Test
    void twoEditsAtOnceWaitForEachOtherInsteadOfBlamingAnImport() throws Exception {
        CompletableFuture<CalendarEdit>[] second = new CompletableFuture[1];
        transactions.run("HolidayCalendarService.save", () -> {
            useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY_11, "Nghỉ bù"));   // joins this transaction
            second[0] = CompletableFuture.supplyAsync(() -> useCases.holidayCalendar()
                    .save(CalendarDay.makeUpWorkingDay(SATURDAY_16, "Làm bù")));
            awaitAdvisoryLockWaiter();
        });

        assertThat(second[0].get(60, TimeUnit.SECONDS)).isEqualTo(new CalendarEdit(List.of("hcc-2024-03"), 1, 1));
        assertThat(outcomes()).isEqualTo("A-1=ON_TIME A-2=ON_TIME A-3=LATE A-4=ON_TIME A-5=LATE B-1=IN_PROGRESS_OVERDUE");
    }

    /** Until another session waits for an advisory lock this test's transaction holds: seen, not guessed by a sleep. */
    private void awaitAdvisoryLockWaiter() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
                .query(Long.class).single() == 0) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    /** A file that stops at its first read until the test lets it go on: an import caught in the middle. */
    private static final class PausedStream extends FilterInputStream {
        private final CountDownLatch reading;
        private final CountDownLatch goOn;

        PausedStream(InputStream in, CountDownLatch reading, CountDownLatch goOn) {
            super(in);
            this.reading = reading;
            this.goOn = goOn;
        }

        @Override
        public int read() throws IOException {
            pause();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            pause();
            return super.read(b, off, len);
        }

        private void pause() throws IOException {
            reading.countDown();
            try {
                if (!goOn.await(60, TimeUnit.SECONDS)) {
                    throw new IOException("the test never let the import go on");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }
}
