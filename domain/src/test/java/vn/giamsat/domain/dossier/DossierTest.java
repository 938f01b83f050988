package vn.giamsat.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.figures.Channel;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.unit.UnitCode;

class DossierTest {
    private static final LocalDateTime RECEIVED = LocalDateTime.of(2024, 2, 5, 9, 30);
    private static final LocalDateTime DUE = LocalDateTime.of(2024, 2, 8, 17, 0);   // Thursday, first day of Tết
    private static final WorkingCalendar TET = WorkingCalendar.of(List.of(
            CalendarDay.holiday(LocalDate.of(2024, 2, 8), "Tết"), CalendarDay.holiday(LocalDate.of(2024, 2, 9), "Tết"),
            CalendarDay.holiday(LocalDate.of(2024, 2, 12), "Tết"), CalendarDay.holiday(LocalDate.of(2024, 2, 13), "Tết"),
            CalendarDay.holiday(LocalDate.of(2024, 2, 14), "Tết")));

    private static Dossier resolvedOn(LocalDateTime resolved) {
        return new Dossier(DossierCode.of("H49-240205-0001"), UnitCode.of("20364"), ProcedureCode.of("1.001193"),
                Channel.ONLINE, RECEIVED, DUE, resolved, resolved, DossierStatus.RETURNED, false);
    }

    @Test
    void earlyOnTimeAndLateAreDecidedOnWorkingDays() {
        assertThat(resolvedOn(LocalDateTime.of(2024, 2, 7, 10, 0)).outcome(LocalDate.of(2024, 2, 29), TET))
                .isEqualTo(Outcome.EARLY);
        // Due on a day off: resolving on the next working day (Thursday 15) is still on time...
        assertThat(resolvedOn(LocalDateTime.of(2024, 2, 15, 16, 0)).outcome(LocalDate.of(2024, 2, 29), TET))
                .isEqualTo(Outcome.ON_TIME);
        // ...but not without the holidays, and not a day later.
        assertThat(resolvedOn(LocalDateTime.of(2024, 2, 15, 16, 0)).outcome(LocalDate.of(2024, 2, 29),
                WorkingCalendar.weekendsOnly())).isEqualTo(Outcome.LATE);
        assertThat(resolvedOn(LocalDateTime.of(2024, 2, 16, 8, 0)).outcome(LocalDate.of(2024, 2, 29), TET))
                .isEqualTo(Outcome.LATE);
    }

    @Test
    void anOpenDossierIsJudgedAtTheEndOfThePeriod() {
        Dossier open = new Dossier(DossierCode.of("X-1"), UnitCode.of("20364"), ProcedureCode.of("1.001193"),
                Channel.DIRECT, RECEIVED, DUE, null, null, DossierStatus.IN_PROGRESS, false);
        assertThat(open.outcome(LocalDate.of(2024, 2, 15), TET)).isEqualTo(Outcome.IN_PROGRESS_WITHIN_DEADLINE);
        assertThat(open.outcome(LocalDate.of(2024, 2, 16), TET)).isEqualTo(Outcome.IN_PROGRESS_OVERDUE);
        Dossier withdrawn = new Dossier(DossierCode.of("X-2"), UnitCode.of("20364"), ProcedureCode.of("1.001193"),
                Channel.POSTAL, RECEIVED, DUE, null, null, DossierStatus.IN_PROGRESS, true);
        assertThat(withdrawn.outcome(LocalDate.of(2024, 3, 1), TET)).isEqualTo(Outcome.WITHDRAWN);
    }

    @Test
    void listsEveryImpossibleDateWithItsField() {
        LocalDateTime now = LocalDateTime.of(2024, 3, 1, 12, 0);
        List<DossierProblem> problems = Dossier.problems(RECEIVED, LocalDateTime.of(2024, 2, 1, 0, 0),
                LocalDateTime.of(2024, 2, 4, 8, 0), LocalDateTime.of(2024, 3, 2, 8, 0), DossierStatus.RETURNED, now);
        assertThat(problems).extracting(p -> p.field() + ":" + p.reason().code()).containsExactlyInAnyOrder(
                "RETURNED_AT:dossier.future-date", "DUE_AT:dossier.due-before-received",
                "RESOLVED_AT:dossier.resolved-before-received");
        assertThat(Dossier.problems(RECEIVED, DUE, null, null, DossierStatus.RESOLVED, now))
                .extracting(p -> p.reason().code()).containsExactly("dossier.resolved-without-date");
        assertThat(Dossier.problems(RECEIVED, DUE, DUE, null, DossierStatus.IN_PROGRESS, now))
                .extracting(p -> p.reason().code()).containsExactly("dossier.open-with-resolution");
        assertThat(Dossier.problems(RECEIVED, DUE, DUE, DUE, DossierStatus.RETURNED, now)).isEmpty();
    }

    @Test
    void aDossierWithImpossibleDatesCannotExist() {
        assertThatThrownBy(() -> resolvedOn(LocalDateTime.of(2024, 2, 1, 8, 0)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("trước ngày tiếp nhận");
        assertThatThrownBy(() -> DossierCode.of("có dấu"))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void readsStatusesWrittenInVietnameseOrEnglish() {
        assertThat(DossierStatus.parseFolded("da tra ket qua")).contains(DossierStatus.RETURNED);
        assertThat(DossierStatus.parseFolded("in progress")).contains(DossierStatus.IN_PROGRESS);
        assertThat(DossierStatus.parseFolded("resolved")).contains(DossierStatus.RESOLVED);
        assertThat(DossierStatus.parseFolded("lost")).isEmpty();
    }
}
