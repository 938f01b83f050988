package vn.giamsat.application.calendar.service;

import vn.giamsat.domain.calendar.CalendarReasons;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Role;

import java.time.LocalDate;
import java.util.List;
import vn.giamsat.application.calendar.model.CalendarEdit;
import vn.giamsat.application.calendar.model.CalendarEditProgress;
import vn.giamsat.application.calendar.port.in.HolidayCalendarUseCase;
import vn.giamsat.application.calendar.port.out.DossierOutcomesPort;
import vn.giamsat.application.calendar.port.out.WorkingCalendarPort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/**
 * Edits of the days off. Each edit is one transaction with the judging again of the imported dossiers whose
 * deadline it can move (decision 015): a figure never follows an old calendar, and the audit log records who
 * changed the day.
 */
public final class HolidayCalendarService implements HolidayCalendarUseCase {
    private final WorkingCalendarPort days;
    private final DossierOutcomesPort outcomes;
    private final TransactionPort transactions;
    private final AccessPolicy access;

    public HolidayCalendarService(WorkingCalendarPort days, DossierOutcomesPort outcomes, TransactionPort transactions,
                                  AccessPolicy access) {
        this.access = access;
        this.days = days;
        this.outcomes = outcomes;
        this.transactions = transactions;
    }

    @Override
    public List<CalendarDay> daysOf(int year) {
        return days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Override
    public CalendarEdit save(CalendarDay day, CalendarEditProgress progress) {
        access.requireAnyRole("sửa lịch ngày nghỉ", "edit the holiday calendar", Role.ADMIN);
        if (day.kind() == CalendarDay.Kind.MAKE_UP_WORKING_DAY && WorkingCalendar.weekendsOnly().isWorkingDay(day.day())) {
            throw new DomainRuleViolation(Reason.of(CalendarReasons.MAKE_UP_ON_WEEKDAY,
                    "Ngày làm bù " + day.day() + " phải là thứ Bảy hoặc Chủ nhật.",
                    "A make-up working day (" + day.day() + ") must be a Saturday or Sunday."));
        }
        return edit("HolidayCalendarService.save", day.day(), () -> days.save(day), progress);
    }

    @Override
    public vn.giamsat.domain.calendar.WorkingHours workingHours(vn.giamsat.domain.unit.UnitCode province) {
        return days.workingHours(province.value()).orElse(vn.giamsat.domain.calendar.WorkingHours.standard());
    }

    @Override
    public void saveWorkingHours(vn.giamsat.domain.unit.UnitCode province, vn.giamsat.domain.calendar.WorkingHours hours) {
        access.requireAnyRole("sửa giờ làm việc", "edit the working hours", Role.ADMIN);
        transactions.inTransaction("HolidayCalendarService.saveWorkingHours", () -> {
            days.saveWorkingHours(province.value(), hours);
            return null;
        });
    }

    @Override
    public CalendarEdit remove(LocalDate day, CalendarEditProgress progress) {
        access.requireAnyRole("sửa lịch ngày nghỉ", "edit the holiday calendar", Role.ADMIN);
        return edit("HolidayCalendarService.remove", day, () -> days.delete(day), progress);
    }

    private CalendarEdit edit(String useCase, LocalDate day, Runnable change, CalendarEditProgress progress) {
        java.util.Objects.requireNonNull(progress, "progress (CalendarEditProgress.NONE to show none)");
        return transactions.inTransaction(useCase, () -> {
            if (!days.tryLockForEdit()) {
                throw new DomainRuleViolation(Reason.of(CalendarReasons.IMPORT_RUNNING,
                        "Đang có một lần nhập dữ liệu hồ sơ chạy với lịch hiện tại: hãy sửa lịch lại sau khi lần nhập đó kết thúc.",
                        "A dossier import is running with the current calendar: edit the calendar again when it has ended."));
            }
            WorkingCalendar before = WorkingCalendar.of(days.all());
            change.run();
            WorkingCalendar after = WorkingCalendar.of(days.all());
            return before.dueDatesAffectedBy(day, after)
                    .map(dueDates -> outcomes.judgeAgain(dueDates, before, after, progress))
                    .orElseGet(CalendarEdit::noDossiers);
        });
    }

    @Override
    public WorkingCalendar calendar() {
        return WorkingCalendar.of(days.all());
    }
}
