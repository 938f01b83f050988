package vn.giamsat.application.imports.service;

import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Role;

import java.time.LocalDate;
import java.util.List;
import vn.giamsat.application.imports.port.in.CalendarEdit;
import vn.giamsat.application.imports.port.in.HolidayCalendarUseCase;
import vn.giamsat.application.imports.port.out.WorkingCalendarPort;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

public final class HolidayCalendarService implements HolidayCalendarUseCase {
    private final WorkingCalendarPort days;
    private final AccessPolicy access;

    public HolidayCalendarService(WorkingCalendarPort days, AccessPolicy access) {
        this.access = access;
        this.days = days;
    }

    @Override
    public List<CalendarDay> daysOf(int year) {
        return days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Override
    public CalendarEdit save(CalendarDay day) {
        access.requireAnyRole("sửa lịch ngày nghỉ", "edit the holiday calendar", Role.ADMIN);
        if (day.kind() == CalendarDay.Kind.MAKE_UP_WORKING_DAY && WorkingCalendar.weekendsOnly().isWorkingDay(day.day())) {
            throw new DomainRuleViolation(Reason.of("calendar.make-up-on-weekday",
                    "Ngày làm bù " + day.day() + " phải là thứ Bảy hoặc Chủ nhật.",
                    "A make-up working day (" + day.day() + ") must be a Saturday or Sunday."));
        }
        days.save(day);
        return CalendarEdit.noDossiers(); // judging imports again: branch calendar-rejudge
    }

    @Override
    public CalendarEdit remove(LocalDate day) {
        access.requireAnyRole("sửa lịch ngày nghỉ", "edit the holiday calendar", Role.ADMIN);
        days.delete(day);
        return CalendarEdit.noDossiers(); // judging imports again: branch calendar-rejudge
    }

    @Override
    public WorkingCalendar calendar() {
        return WorkingCalendar.of(days.all());
    }
}
