package vn.giamsat.application.imports;

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
import vn.giamsat.application.imports.model.FileFormat;
import vn.giamsat.application.imports.model.ImportRequest;
import vn.giamsat.application.imports.model.ImportResult;
import vn.giamsat.application.imports.port.in.ImportDossiersCommand;
import vn.giamsat.application.imports.port.out.DossierImportPort;
import vn.giamsat.application.imports.port.out.WorkingCalendarPort;
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
    private final List<ImportRequest> requests = new ArrayList<>();

    private final WorkingCalendarPort calendarPort = new WorkingCalendarPort() {
        @Override public List<CalendarDay> all() { return List.copyOf(days.values()); }
        @Override public List<CalendarDay> between(LocalDate from, LocalDate to) {
            return List.copyOf(days.subMap(from, true, to, true).values());
        }
        @Override public void save(CalendarDay day) { days.put(day.day(), day); }
        @Override public void delete(LocalDate day) { days.remove(day); }
    };
    private final DossierImportPort importPort = new DossierImportPort() {
        @Override public ImportResult importFile(ImportRequest request, vn.giamsat.application.imports.model.ImportProgress p,
                                                 vn.giamsat.application.imports.model.Cancellation c) {
            requests.add(request);
            return new ImportResult.Cancelled(0);
        }
        @Override public List<vn.giamsat.application.imports.model.ImportRecord> imports() { return List.of(); }
        @Override public List<vn.giamsat.application.imports.model.ImportAttempt> attempts(int offset, int limit) {
            return List.of();
        }
        @Override public long attemptCount() { return 0; }
    };
    // 2024-02-29 17:00 UTC is 1 March, 00:00 in Vietnam.
    private Actor actor = Actor.theSystem();
    private final ImportUseCases useCases = new ImportUseCases(importPort, calendarPort, null, null,
            () -> Instant.parse("2024-02-29T17:00:00Z"), new AccessPolicy(() -> actor, null));

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
        assertThat(useCases.importDossiers().historySize()).isZero();

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
}
