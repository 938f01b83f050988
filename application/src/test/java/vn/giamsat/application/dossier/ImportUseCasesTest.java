package vn.giamsat.application.dossier;

import vn.giamsat.application.OutboundPorts;
import vn.giamsat.application.UseCases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.dossier.model.ImportRequest;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.calendar.model.CalendarEdit;
import vn.giamsat.application.calendar.port.out.DossierOutcomesPort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.dossier.Outcome;
import vn.giamsat.domain.dossier.OutcomePolicy;
import java.util.TreeSet;
import java.util.function.Supplier;
import vn.giamsat.application.calendar.port.out.WorkingCalendarPort;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.common.DomainRuleViolation;
import java.util.Set;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.unit.UnitCode;

class ImportUseCasesTest {
    private final TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();
    private Runnable duringImport = () -> {};

    /** Imports holding the calendar right now. */
    private int holds;
    private final WorkingCalendarPort calendarPort = new WorkingCalendarPort() {
        @Override public List<CalendarDay> all() { return List.copyOf(days.values()); }
        @Override public List<CalendarDay> between(LocalDate from, LocalDate to) {
            return List.copyOf(days.subMap(from, true, to, true).values());
        }
        @Override public void save(CalendarDay day) { days.put(day.day(), day); }
        @Override public void delete(LocalDate day) { days.remove(day); }
        @Override public boolean tryLockForEdit() { return holds == 0; }
        @Override public HeldCalendar holdForImport() {
            holds++;
            WorkingCalendar read = WorkingCalendar.of(days.values());
            return new HeldCalendar() {
                @Override public WorkingCalendar calendar() { return read; }
                @Override public void close() { holds--; }
            };
        }
    };

    /** One imported dossier as the fake stores it. */
    private static final class StoredDossier {
        final String exportKey;
        final LocalDate due;
        final LocalDate resolved;
        final LocalDate asOf;
        Outcome outcome;

        StoredDossier(String exportKey, LocalDate due, LocalDate resolved, LocalDate asOf, WorkingCalendar calendar) {
            this.exportKey = exportKey;
            this.due = due;
            this.resolved = resolved;
            this.asOf = asOf;
            this.outcome = OutcomePolicy.outcome(false, due, resolved, asOf, calendar);
        }
    }

    private final List<StoredDossier> dossiers = new ArrayList<>();
    private final List<Period> windowsJudged = new ArrayList<>();
    private RuntimeException failWhileJudging;
    private final DossierOutcomesPort outcomesPort = (dueDates, calendar) -> {
        windowsJudged.add(dueDates);
        Set<String> imports = new TreeSet<>();
        long checked = 0;
        long changed = 0;
        for (StoredDossier d : dossiers) {
            if (dueDates.contains(d.due)) {
                checked++;
                imports.add(d.exportKey);
                Outcome now = OutcomePolicy.outcome(false, d.due, d.resolved, d.asOf, calendar);
                if (now != d.outcome) {
                    d.outcome = now;
                    changed++;
                }
            }
        }
        if (failWhileJudging != null) {
            throw failWhileJudging;
        }
        return new CalendarEdit(List.copyOf(imports), checked, changed);
    };

    /** All or nothing, like the database: the calendar and the outcomes come back as they were on a failure. */
    private int committed;
    private final TransactionPort transactions = new TransactionPort() {
        @Override public <T> T inTransaction(String useCase, Supplier<T> work) {
            TreeMap<LocalDate, CalendarDay> daysBefore = new TreeMap<>(days);
            List<Outcome> outcomesBefore = dossiers.stream().map(d -> d.outcome).toList();
            try {
                T result = work.get();
                committed++;
                return result;
            } catch (RuntimeException e) {
                days.clear();
                days.putAll(daysBefore);
                for (int i = 0; i < dossiers.size(); i++) {
                    dossiers.get(i).outcome = outcomesBefore.get(i);
                }
                throw e;
            }
        }
    };

    private final FakeImportPorts importPort = new FakeImportPorts();
    {
        importPort.duringStage = () -> duringImport.run();
    }
    private final List<ImportRequest> requests = importPort.staged;
    // 2024-02-29 17:00 UTC is 1 March, 00:00 in Vietnam.
    private Actor actor = Actor.theSystem();
    private final UseCases useCases = new UseCases(OutboundPorts.builder()
            .dossierImports(importPort).importHistory(importPort).calendar(calendarPort).dossierOutcomes(outcomesPort).transactions(transactions)
            .clock(() -> Instant.parse("2024-02-29T17:00:00Z")).actors(() -> actor).build());

    @Test
    void onlyCouncilStaffImportAndOnlyAnAdminEditsTheCalendar() {
        actor = Actor.user("canbo.phuthinh", null, Set.of(Role.UNIT_OFFICER), Set.of(UnitCode.of("20364")));
        assertThatThrownBy(() -> useCases.importDossiers().importDossiers(new ImportDossiersCommand("hcc-2024-02",
                "ho-so.csv", null, () -> new ByteArrayInputStream(new byte[0])), null, null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("nhập dữ liệu hồ sơ");
        actor = Actor.user("vanphong", null, Set.of(Role.COUNCIL_STAFF), Set.of(UnitCode.of("518")));
        assertThatThrownBy(() -> useCases.holidayCalendar().save(CalendarDay.holiday(LocalDate.of(2024, 2, 12), "Tết")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("sửa lịch ngày nghỉ");
        assertThat(requests).isEmpty();
        assertThat(days).isEmpty();
    }

    @Test
    void theImportGetsTheStoredCalendarAndTheMomentInVietnam() {
        useCases.holidayCalendar().save(CalendarDay.holiday(LocalDate.of(2024, 2, 12), "Tết"));

        useCases.importDossiers().importDossiers(new ImportDossiersCommand("hcc-2024-02", "Ho_So.XLSX", null,
                () -> new ByteArrayInputStream(new byte[0])), null, null);

        ImportRequest request = requests.getFirst();
        assertThat(request.format()).isEqualTo(FileFormat.XLSX);
        assertThat(request.now()).isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0));
        assertThat(request.calendar().isWorkingDay(LocalDate.of(2024, 2, 12))).isFalse();
        assertThat(request.importedBy()).isEqualTo(ImportRequest.SYSTEM);
    }

    @Test
    void theHistoryNamesWhoImportedAndIsForCouncilStaffOnly() {
        actor = Actor.user("vanphong", "Nguyễn Văn A", Set.of(Role.COUNCIL_STAFF), Set.of(UnitCode.of("518")));
        useCases.importDossiers().importDossiers(new ImportDossiersCommand("hcc-2024-02", "ho-so.csv", null,
                () -> new ByteArrayInputStream(new byte[0])), null, null);
        assertThat(requests.getFirst().importedBy()).isEqualTo("Nguyễn Văn A");
        assertThat(useCases.importDossiers().historySize()).isEqualTo(1);
        assertThat(useCases.importDossiers().history(0, 1).getFirst().importedBy()).isEqualTo("Nguyễn Văn A");

        actor = Actor.user("canbo.phuthinh", null, Set.of(Role.UNIT_OFFICER), Set.of(UnitCode.of("20364")));
        assertThatThrownBy(() -> useCases.importDossiers().history(0, 20))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("các lần nhập");
    }

    @Test
    void refusesAnUnknownFileTypeAndAnExportKeyWithSpaces() {
        assertThatThrownBy(() -> new ImportDossiersCommand("hcc", "ho-so.pdf", null, () -> null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining(".csv");
        assertThatThrownBy(() -> new ImportDossiersCommand("hcc 2024", "ho-so.csv", null, () -> null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("export key");
    }

    @Test
    void aMakeUpWorkingDayMustBeAWeekend() {
        assertThatThrownBy(() -> useCases.holidayCalendar().save(
                CalendarDay.makeUpWorkingDay(LocalDate.of(2024, 5, 3), "Friday")))
                .isInstanceOf(DomainRuleViolation.class);
        useCases.holidayCalendar().save(CalendarDay.makeUpWorkingDay(LocalDate.of(2024, 5, 4), "Làm bù"));
        assertThat(useCases.holidayCalendar().daysOf(2024)).hasSize(1);
        assertThat(useCases.holidayCalendar().calendar().isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
        useCases.holidayCalendar().remove(LocalDate.of(2024, 5, 4));
        assertThat(useCases.holidayCalendar().daysOf(2024)).isEmpty();
    }

    // Monday 11 March 2024; the Saturday before is the 9th, the Tuesday after the 12th.
    private static final LocalDate SATURDAY = LocalDate.of(2024, 3, 9);
    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 11);
    private static final LocalDate TUESDAY = LocalDate.of(2024, 3, 12);

    @Test
    void aMondayMadeAHolidayJudgesAgainTheDossiersDueFromTheSaturdayBeforeIt() {
        WorkingCalendar weekends = WorkingCalendar.weekendsOnly();
        // Due Saturday, resolved Tuesday: late while Monday works; on time once Monday is off.
        dossiers.add(new StoredDossier("hcc-2024-03", SATURDAY, TUESDAY, TUESDAY.plusDays(20), weekends));
        // Due Friday 8, resolved Tuesday: late either way, and not even looked at.
        dossiers.add(new StoredDossier("hcc-2024-03", SATURDAY.minusDays(1), TUESDAY, TUESDAY.plusDays(20), weekends));
        assertThat(dossiers).extracting(d -> d.outcome).containsExactly(Outcome.LATE, Outcome.LATE);

        CalendarEdit edit = useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY, "Nghỉ bù"));

        assertThat(edit).isEqualTo(new CalendarEdit(List.of("hcc-2024-03"), 1, 1));
        assertThat(windowsJudged).containsExactly(Period.of(SATURDAY, MONDAY));
        assertThat(dossiers).extracting(d -> d.outcome).containsExactly(Outcome.ON_TIME, Outcome.LATE);
        assertThat(committed).isEqualTo(1);

        // Removing the holiday puts the dossier back where it was.
        assertThat(useCases.holidayCalendar().remove(MONDAY)).isEqualTo(new CalendarEdit(List.of("hcc-2024-03"), 1, 1));
        assertThat(dossiers).extracting(d -> d.outcome).containsExactly(Outcome.LATE, Outcome.LATE);
    }

    @Test
    void renamingAHolidayJudgesNothingAgain() {
        useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY, "Nghỉ bù"));
        windowsJudged.clear();

        assertThat(useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY, "Nghỉ bù Giỗ Tổ")))
                .isEqualTo(CalendarEdit.noDossiers());
        assertThat(windowsJudged).isEmpty();
        assertThat(days.get(MONDAY).name()).isEqualTo("Nghỉ bù Giỗ Tổ");
    }

    @Test
    void aFailureWhileJudgingAgainLeavesTheCalendarAndTheOutcomesAsTheyWere() {
        dossiers.add(new StoredDossier("hcc-2024-03", SATURDAY, TUESDAY, TUESDAY.plusDays(20), WorkingCalendar.weekendsOnly()));
        failWhileJudging = new IllegalStateException("database gone");

        assertThatThrownBy(() -> useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY, "Nghỉ bù")))
                .hasMessage("database gone");
        assertThat(days).isEmpty();
        assertThat(dossiers.getFirst().outcome).isEqualTo(Outcome.LATE);
        assertThat(committed).isZero();
    }

    @Test
    void theCalendarCannotBeEditedWhileAnImportJudgesWithIt() {
        List<Throwable> refused = new ArrayList<>();
        duringImport = () -> {
            try {
                useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY, "Nghỉ bù"));
            } catch (DomainRuleViolation e) {
                refused.add(e);
            }
        };
        useCases.importDossiers().importDossiers(new ImportDossiersCommand("hcc-2024-03", "ho-so.csv", null,
                () -> new ByteArrayInputStream(new byte[0])), null, null);

        assertThat(refused).singleElement().satisfies(e -> assertThat(e.getMessage())
                .contains("Đang có một lần nhập dữ liệu hồ sơ").contains("when it has ended"));
        assertThat(days).isEmpty();
        // Once the import ended, the same edit goes through.
        useCases.holidayCalendar().save(CalendarDay.holiday(MONDAY, "Nghỉ bù"));
        assertThat(days).containsKey(MONDAY);
    }
}
