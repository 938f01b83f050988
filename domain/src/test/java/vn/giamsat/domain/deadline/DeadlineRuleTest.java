package vn.giamsat.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.calendar.WorkingHours;
import vn.giamsat.domain.calendar.WorkingTime;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.procedure.OnlineMode;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.unit.UnitTier;

/**
 * Deadlines as procedures state them (docs/deadline-rules.md), each edge with a dossier on either side. January
 * 2024: Monday 8, Tuesday 9, Wednesday 10, Thursday 11, Friday 12, Saturday 13, Sunday 14, Monday 15, Tuesday 16.
 */
class DeadlineRuleTest {
    private static final WorkingTime WEEKDAYS = WorkingTime.standard(WorkingCalendar.weekendsOnly());
    private static final WorkingTime WITH_SATURDAY_MORNING =
            new WorkingTime(WorkingCalendar.weekendsOnly(), WorkingHours.standard().withSaturdayMorning(true));
    private static final LocalTime THREE_PM = LocalTime.of(15, 0);

    private static LocalDateTime jan(int day, int hour, int minute) {
        return LocalDateTime.of(2024, 1, day, hour, minute);
    }

    private static DeadlineRule certification(TimeLimit limit) {
        return DeadlineRule.of(limit).countingFromNextWorkingDayAfter(THREE_PM);
    }

    // --- received after 15:00 ---

    @Test
    void certificationReceivedAt1459IsDueTheSameDayAndAt1501TheNextWorkingDay() {
        DeadlineRule withinTheDay = certification(TimeLimit.workingDays(0));
        assertThat(withinTheDay.dueAt(jan(9, 14, 59), WEEKDAYS)).isEqualTo(jan(9, 17, 0));
        assertThat(withinTheDay.dueAt(jan(9, 15, 0), WEEKDAYS)).isEqualTo(jan(9, 17, 0));
        assertThat(withinTheDay.dueAt(jan(9, 15, 1), WEEKDAYS)).isEqualTo(jan(10, 17, 0));
    }

    @Test
    void after1501ADayLimitCountsFromTheNextWorkingDayAndAFridayOneFromMonday() {
        DeadlineRule threeDays = certification(TimeLimit.workingDays(3));
        assertThat(threeDays.dueAt(jan(9, 14, 59), WEEKDAYS)).isEqualTo(jan(12, 17, 0));
        assertThat(threeDays.dueAt(jan(9, 15, 1), WEEKDAYS)).isEqualTo(jan(15, 17, 0));
        // Friday 15:01: counted from Monday 15, so three working days later is Thursday 18.
        assertThat(threeDays.dueAt(jan(12, 15, 1), WEEKDAYS)).isEqualTo(jan(18, 17, 0));
    }

    @Test
    void aProcedureWithoutTheRuleCountsFromTheDayOfReceiptWhateverTheHour() {
        DeadlineRule plain = DeadlineRule.of(TimeLimit.workingDays(3));
        assertThat(plain.dueAt(jan(9, 15, 1), WEEKDAYS)).isEqualTo(jan(12, 17, 0));
        assertThat(plain.dueAt(jan(9, 20, 0), WEEKDAYS)).isEqualTo(jan(12, 17, 0));
    }

    @Test
    void existingProceduresKeepTheDueDateTheyHadBefore() {
        // Procedure.dueAt as it always was, against the new rule derived from the same procedure, around Tết 2024.
        List<CalendarDay> tet = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 2, 8); !d.isAfter(LocalDate.of(2024, 2, 14)); d = d.plusDays(1)) {
            tet.add(CalendarDay.holiday(d, "Tết Nguyên đán"));
        }
        WorkingCalendar calendar = WorkingCalendar.of(tet);
        WorkingTime time = WorkingTime.standard(calendar);
        for (int days : new int[] {0, 1, 3, 15}) {
            Procedure p = new Procedure(ProcedureCode.of("1.001"), "Đăng ký khai sinh", "Hộ tịch", UnitTier.COMMUNE,
                    days, "Không", List.of(), null, null, OnlineMode.FULL, true, null);
            for (LocalDateTime received = LocalDateTime.of(2024, 2, 1, 6, 0);
                 received.isBefore(LocalDateTime.of(2024, 2, 20, 0, 0)); received = received.plusMinutes(173)) {
                assertThat(p.deadlineRule().orElseThrow().dueAt(received, time))
                        .as("%d days, received %s", days, received)
                        .isEqualTo(p.dueAt(received, calendar).orElseThrow());
            }
        }
    }

    // --- Friday / Saturday, Saturday-morning reception ---

    @Test
    void aDossierReceivedOnSaturdayWithoutSaturdayReceptionCountsFromMonday() {
        DeadlineRule oneDay = certification(TimeLimit.workingDays(1));
        assertThat(oneDay.dueAt(jan(12, 10, 0), WEEKDAYS)).isEqualTo(jan(15, 17, 0));
        assertThat(oneDay.dueAt(jan(13, 10, 0), WEEKDAYS)).isEqualTo(jan(16, 17, 0));
    }

    @Test
    void withSaturdayReceptionASaturdayMorningDossierCountsFromSaturday() {
        DeadlineRule oneDay = certification(TimeLimit.workingDays(1));
        assertThat(oneDay.dueAt(jan(13, 10, 0), WITH_SATURDAY_MORNING)).isEqualTo(jan(15, 17, 0));
        // After the Saturday morning closes (11:30) it counts from Monday, as a Sunday dossier does.
        assertThat(oneDay.dueAt(jan(13, 12, 0), WITH_SATURDAY_MORNING)).isEqualTo(jan(16, 17, 0));
        assertThat(oneDay.dueAt(jan(14, 10, 0), WITH_SATURDAY_MORNING)).isEqualTo(jan(16, 17, 0));
        // "Within the day" on a Saturday morning: by the end of that morning.
        assertThat(certification(TimeLimit.workingDays(0)).dueAt(jan(13, 10, 0), WITH_SATURDAY_MORNING))
                .isEqualTo(jan(13, 11, 30));
        assertThat(certification(TimeLimit.workingDays(0)).dueAt(jan(13, 10, 0), WEEKDAYS))
                .isEqualTo(jan(15, 17, 0));
    }

    @Test
    void aSaturdayMorningCountsAsHalfAWorkingDayOnlyWhenTheProvinceReceivesThen() {
        DeadlineRule oneHalfDay = DeadlineRule.of(TimeLimit.halfDays(1));
        assertThat(oneHalfDay.dueAt(jan(12, 14, 0), WEEKDAYS)).isEqualTo(jan(15, 11, 30));
        assertThat(oneHalfDay.dueAt(jan(12, 14, 0), WITH_SATURDAY_MORNING)).isEqualTo(jan(13, 11, 30));
        DeadlineRule twoHours = DeadlineRule.of(TimeLimit.workingHours(2));
        assertThat(twoHours.dueAt(jan(12, 16, 0), WEEKDAYS)).isEqualTo(jan(15, 8, 30));
        assertThat(twoHours.dueAt(jan(12, 16, 0), WITH_SATURDAY_MORNING)).isEqualTo(jan(13, 8, 30));
    }

    @Test
    void aSaturdayListedAsADayOffHasNoMorningEvenWithSaturdayReception() {
        WorkingCalendar calendar = WorkingCalendar.of(List.of(CalendarDay.holiday(LocalDate.of(2024, 1, 13), "Nghỉ")));
        WorkingTime time = new WorkingTime(calendar, WorkingHours.standard().withSaturdayMorning(true));
        assertThat(DeadlineRule.of(TimeLimit.halfDays(1)).dueAt(jan(12, 14, 0), time)).isEqualTo(jan(15, 11, 30));
    }

    // --- half days and hours ---

    @Test
    void aHalfDayLimitEndsWithTheNextSessionThatStartsAfterReceipt() {
        DeadlineRule oneHalfDay = DeadlineRule.of(TimeLimit.halfDays(1));
        assertThat(oneHalfDay.dueAt(jan(9, 7, 29), WEEKDAYS)).isEqualTo(jan(9, 11, 30));
        assertThat(oneHalfDay.dueAt(jan(9, 9, 0), WEEKDAYS)).isEqualTo(jan(9, 17, 0));
        assertThat(oneHalfDay.dueAt(jan(9, 13, 29), WEEKDAYS)).isEqualTo(jan(9, 17, 0));
        assertThat(oneHalfDay.dueAt(jan(9, 13, 31), WEEKDAYS)).isEqualTo(jan(10, 11, 30));
        assertThat(DeadlineRule.of(TimeLimit.halfDays(3)).dueAt(jan(9, 9, 0), WEEKDAYS)).isEqualTo(jan(10, 17, 0));
        // With the 15:00 rule, 15:01 starts the next working day: its morning is the first half day.
        assertThat(certification(TimeLimit.halfDays(1)).dueAt(jan(9, 15, 1), WEEKDAYS)).isEqualTo(jan(10, 11, 30));
    }

    @Test
    void anHoursLimitSkipsLunchAndTheEvening() {
        DeadlineRule twoHours = DeadlineRule.of(TimeLimit.workingHours(2));
        assertThat(twoHours.dueAt(jan(9, 9, 0), WEEKDAYS)).isEqualTo(jan(9, 11, 0));
        assertThat(twoHours.dueAt(jan(9, 10, 30), WEEKDAYS)).isEqualTo(jan(9, 14, 30));
        assertThat(twoHours.dueAt(jan(9, 12, 0), WEEKDAYS)).isEqualTo(jan(9, 15, 30));
        assertThat(twoHours.dueAt(jan(9, 14, 59), WEEKDAYS)).isEqualTo(jan(9, 16, 59));
        assertThat(twoHours.dueAt(jan(9, 16, 0), WEEKDAYS)).isEqualTo(jan(10, 8, 30));
        assertThat(certification(TimeLimit.workingHours(2)).dueAt(jan(9, 15, 1), WEEKDAYS)).isEqualTo(jan(10, 9, 30));
        // Eight working hours from Tuesday 08:00: 3.5 h in the morning, 3.5 h in the afternoon, 1 h on Wednesday.
        assertThat(DeadlineRule.of(TimeLimit.workingHours(8)).dueAt(jan(9, 8, 0), WEEKDAYS)).isEqualTo(jan(10, 8, 30));
    }

    @Test
    void workingHoursAreASetting() {
        WorkingTime early = new WorkingTime(WorkingCalendar.weekendsOnly(), new WorkingHours(LocalTime.of(7, 0),
                LocalTime.of(11, 0), LocalTime.of(13, 0), LocalTime.of(16, 30), false));
        assertThat(DeadlineRule.of(TimeLimit.workingHours(2)).dueAt(jan(9, 10, 30), early)).isEqualTo(jan(9, 14, 30));
        assertThat(DeadlineRule.of(TimeLimit.workingDays(1)).dueAt(jan(9, 10, 30), early)).isEqualTo(jan(10, 16, 30));
        assertThatThrownBy(() -> new WorkingHours(LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.of(7, 30),
                LocalTime.of(11, 30), false)).isInstanceOf(DomainRuleViolation.class);
    }

    // --- pauses ---

    @Test
    void timeWaitingForSupplementsMovesTheDueMomentByItsWorkingTime() {
        DeadlineRule threeDays = DeadlineRule.of(TimeLimit.workingDays(3));
        LocalDateTime received = jan(8, 9, 0);
        assertThat(threeDays.dueAt(received, WEEKDAYS)).isEqualTo(jan(11, 17, 0));
        // Two working hours waiting: due Friday 09:30 (the Thursday afternoon has ended, so the next morning).
        assertThat(threeDays.dueAt(received, List.of(new Pause(jan(9, 13, 30), jan(9, 15, 30))), WEEKDAYS))
                .isEqualTo(jan(12, 9, 30));
        // A whole working day waiting: one day later.
        assertThat(threeDays.dueAt(received, List.of(new Pause(jan(9, 7, 30), jan(9, 17, 0))), WEEKDAYS))
                .isEqualTo(jan(12, 17, 0));
        // Waiting over a weekend: only Friday 16:00–17:00 and Monday 07:30–08:30 are working time.
        assertThat(threeDays.dueAt(received, List.of(new Pause(jan(12, 16, 0), jan(15, 8, 30))), WEEKDAYS))
                .isEqualTo(jan(12, 9, 30));
        // Waiting outside working time moves nothing.
        assertThat(threeDays.dueAt(received, List.of(new Pause(jan(9, 17, 0), jan(10, 7, 30))), WEEKDAYS))
                .isEqualTo(jan(11, 17, 0));
        assertThatThrownBy(() -> new Pause(jan(10, 8, 0), jan(9, 8, 0))).isInstanceOf(DomainRuleViolation.class);
    }

    // --- apology slips ---

    @Test
    void anApologySlipSetsOneNewDateAndTheDossierIsStillLateAgainstTheLegalDeadline() {
        DossierDeadline deadline = DossierDeadline.of(DeadlineRule.of(TimeLimit.workingDays(3)), jan(8, 9, 0),
                List.of(), WEEKDAYS);
        assertThat(deadline.judge(jan(11, 17, 0))).isEqualTo(DossierDeadline.Lateness.ON_TIME);
        assertThat(deadline.judge(jan(11, 17, 1))).isEqualTo(DossierDeadline.Lateness.LATE_WITHOUT_APOLOGY);

        DossierDeadline apologized = deadline.reappointed(new ApologySlip(LocalDate.of(2024, 1, 10), jan(16, 17, 0)));
        assertThat(apologized.promisedAt()).isEqualTo(jan(16, 17, 0));
        assertThat(apologized.dueAt()).isEqualTo(jan(11, 17, 0));
        assertThat(apologized.judge(jan(11, 17, 0))).isEqualTo(DossierDeadline.Lateness.ON_TIME);
        assertThat(apologized.judge(jan(15, 10, 0))).isEqualTo(DossierDeadline.Lateness.LATE_WITH_APOLOGY);
    }

    @Test
    void aSecondApologySlipIsRefused() {
        DossierDeadline apologized = DossierDeadline.of(DeadlineRule.of(TimeLimit.workingDays(3)), jan(8, 9, 0),
                List.of(), WEEKDAYS).reappointed(new ApologySlip(LocalDate.of(2024, 1, 10), jan(16, 17, 0)));
        assertThatThrownBy(() -> apologized.reappointed(new ApologySlip(LocalDate.of(2024, 1, 16), jan(19, 17, 0))))
                .isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).reason().code())
                        .isEqualTo(DeadlineReasons.APOLOGY_TWICE))
                .hasMessageContaining("chỉ được hẹn lại một lần");
        DossierDeadline fresh = DossierDeadline.of(DeadlineRule.of(TimeLimit.workingDays(3)), jan(8, 9, 0),
                List.of(), WEEKDAYS);
        assertThatThrownBy(() -> fresh.reappointed(new ApologySlip(LocalDate.of(2024, 1, 10), jan(11, 17, 0))))
                .satisfies(e -> assertThat(((DomainRuleViolation) e).reason().code())
                        .isEqualTo(DeadlineReasons.APOLOGY_NOT_LATER));
    }

    @Test
    void timeLimitsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> TimeLimit.halfDays(0)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> TimeLimit.workingHours(0)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> TimeLimit.workingDays(-1)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("ngày làm việc");
        assertThat(TimeLimit.halfDays(1).toVietnamese()).isEqualTo("1 buổi làm việc");
    }
}
