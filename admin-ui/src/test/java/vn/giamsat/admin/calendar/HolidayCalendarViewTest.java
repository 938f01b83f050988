package vn.giamsat.admin.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.calendar.port.in.HolidayCalendarUseCase;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.domain.calendar.CalendarDay;

/** The holiday calendar page on the whole app: what each role sees, and each edit as stored in the database. */
class HolidayCalendarViewTest extends WholeAppTest {
    @Autowired HolidayCalendarUseCase calendar;
    @Autowired ClockPort clock;

    @SuppressWarnings("unchecked")
    private Grid<CalendarDay> grid() {
        return $(Grid.class).id("calendar-grid");
    }

    private List<String> row(int index) {
        var tester = test(grid());
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < 5; column++) {
            cells.add(tester.getCellText(index, column));
        }
        return cells;
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private void showYear(int year) {
        test($(IntegerField.class).id("calendar-year")).setValue(year);
    }

    private String text(String id) {
        return $(Paragraph.class).id(id).getText();
    }

    /** Opens the new-day form and fills it in (kind by its Vietnamese label). */
    private void fillNew(LocalDate day, String kind, String name, String source) {
        click("calendar-add");
        test($(DatePicker.class).id("calendar-form-day")).setValue(day);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CalendarDay.Kind> kinds = $(RadioButtonGroup.class).id("calendar-form-kind");
        test(kinds).selectItem(kind);
        test($(TextField.class).id("calendar-form-name")).setValue(name);
        test($(TextField.class).id("calendar-form-source")).setValue(source);
    }

    private void storedAsAdmin(CalendarDay... days) {
        SignedInUsers.signInAsAdmin();
        for (CalendarDay d : days) {
            calendar.save(d);
        }
    }

    @Test
    void the_page_opens_on_this_year_and_moves_a_year_at_a_time() {
        storedAsAdmin(new CalendarDay(LocalDate.of(2027, 2, 8), CalendarDay.Kind.HOLIDAY, "Tết Nguyên đán", null),
                new CalendarDay(LocalDate.of(2027, 2, 20), CalendarDay.Kind.MAKE_UP_WORKING_DAY, "Làm bù Tết", null),
                new CalendarDay(LocalDate.of(2027, 1, 1), CalendarDay.Kind.HOLIDAY, "Tết Dương lịch", null));
        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        navigate(HolidayCalendarView.class);
        int thisYear = clock.today().getYear();
        assertThat($(IntegerField.class).id("calendar-year").getValue()).isEqualTo(thisYear);
        assertThat($(Button.class).id("calendar-previous").getText()).isEqualTo(String.valueOf(thisYear - 1));

        showYear(2026);
        click("calendar-next");
        assertThat($(IntegerField.class).id("calendar-year").getValue()).isEqualTo(2027);
        assertThat(test(grid()).size()).isEqualTo(3);
        assertThat(row(0)).as("sorted by date, weekday in words").containsExactly("01/01/2027", "Thứ Sáu", "Ngày nghỉ",
                "Tết Dương lịch", "");
        assertThat(row(2)).containsExactly("20/02/2027", "Thứ Bảy", "Ngày làm bù", "Làm bù Tết", "");
        assertThat(text("calendar-count")).isEqualTo("Năm 2027: 2 ngày nghỉ, 1 ngày làm bù.");

        click("calendar-next");
        assertThat(test(grid()).size()).isZero();
        assertThat(text("calendar-count")).isEqualTo("Năm 2028: chưa có ngày nào trong lịch.");
        assertThat(grid().getEmptyStateText()).startsWith("Năm 2028 chưa có ngày nghỉ hay ngày làm bù nào.")
                .contains("Chính phủ công bố lịch nghỉ lễ, Tết của từng năm");
        click("calendar-previous");
        assertThat(test(grid()).size()).isEqualTo(3);
    }

    @Test
    void council_staff_read_the_calendar_and_are_offered_no_change() {
        storedAsAdmin(CalendarDay.holiday(LocalDate.of(2027, 9, 2), "Quốc khánh"));
        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        navigate(HolidayCalendarView.class);
        showYear(2027);

        assertThat(row(0)).containsExactly("02/09/2027", "Thứ Năm", "Ngày nghỉ", "Quốc khánh", "");
        assertThat($(Button.class).all()).as("no calendar change is offered")
                .noneMatch(b -> b.getId().filter(id -> id.startsWith("calendar-") && !id.matches("calendar-(previous|next)"))
                        .isPresent());
    }

    @Test
    void an_administrator_adds_a_holiday_which_is_listed_stored_and_reported() {
        SignedInUsers.signInAsAdmin();
        navigate(HolidayCalendarView.class);
        showYear(2028);
        fillNew(LocalDate.of(2028, 1, 3), "Ngày nghỉ", "Nghỉ bù Tết Dương lịch", "Thông báo 1/TB-BNV");
        click("calendar-form-save");

        assertThat($(DatePicker.class).all()).as("the dialog closed").isEmpty();
        assertThat(row(0)).containsExactly("03/01/2028", "Thứ Hai", "Ngày nghỉ", "Nghỉ bù Tết Dương lịch",
                "Thông báo 1/TB-BNV");
        assertThat(text("calendar-count")).isEqualTo("Năm 2028: 1 ngày nghỉ, 0 ngày làm bù.");
        assertThat(text("calendar-outcome"))
                .isEqualTo("Đã lưu ngày 03/01/2028 – Nghỉ bù Tết Dương lịch. Không có hồ sơ đã nhập nào bị ảnh hưởng.");
        assertThat(calendar.daysOf(2028)).containsExactly(new CalendarDay(LocalDate.of(2028, 1, 3),
                CalendarDay.Kind.HOLIDAY, "Nghỉ bù Tết Dương lịch", "Thông báo 1/TB-BNV"));
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();

        // A day of another year: the page moves to that year, where the day is.
        fillNew(LocalDate.of(2029, 4, 28), "Ngày làm bù", "Làm bù ngày 30/4", "");
        click("calendar-form-save");
        assertThat($(IntegerField.class).id("calendar-year").getValue()).isEqualTo(2029);
        assertThat(row(0)).containsExactly("28/04/2029", "Thứ Bảy", "Ngày làm bù", "Làm bù ngày 30/4", "");
    }

    @Test
    void a_wrong_form_names_the_field_and_the_problem_and_stores_nothing() {
        SignedInUsers.signInAsAdmin();
        navigate(HolidayCalendarView.class);
        showYear(2028);
        click("calendar-add");
        click("calendar-form-save");
        assertThat($(DatePicker.class).id("calendar-form-day").getErrorMessage()).isEqualTo("Thiếu ngày.");
        assertThat($(TextField.class).id("calendar-form-name").getErrorMessage())
                .isEqualTo("Tên ngày nghỉ không được để trống.");

        test($(DatePicker.class).id("calendar-form-day")).setValue(LocalDate.of(2028, 3, 1));
        test($(TextField.class).id("calendar-form-name")).setValue("x".repeat(201));
        click("calendar-form-save");
        assertThat($(DatePicker.class).id("calendar-form-day").isInvalid()).isFalse();
        assertThat($(TextField.class).id("calendar-form-name").getErrorMessage())
                .isEqualTo("Tên ngày nghỉ dài quá 200 ký tự (đang có 201).");

        // 1 March 2028 is a Wednesday: the use case refuses it as a make-up working day, beside the date.
        test($(TextField.class).id("calendar-form-name")).setValue("Làm bù");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CalendarDay.Kind> kinds = $(RadioButtonGroup.class).id("calendar-form-kind");
        test(kinds).selectItem("Ngày làm bù");
        click("calendar-form-save");
        assertThat($(DatePicker.class).id("calendar-form-day").getErrorMessage())
                .isEqualTo("Ngày làm bù 2028-03-01 phải là thứ Bảy hoặc Chủ nhật.");
        assertThat($(TextField.class).id("calendar-form-name").isInvalid()).isFalse();

        assertThat(calendar.daysOf(2028)).as("nothing stored").isEmpty();
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    void adding_a_date_already_listed_asks_before_replacing_it() {
        storedAsAdmin(new CalendarDay(LocalDate.of(2027, 4, 30), CalendarDay.Kind.HOLIDAY, "Ngày Chiến thắng", "DỰ KIẾN"));
        navigate(HolidayCalendarView.class);
        showYear(2027);
        fillNew(LocalDate.of(2027, 4, 30), "Ngày nghỉ", "Ngày Giải phóng miền Nam", "Thông báo 2/TB-BNV");
        click("calendar-form-save");

        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("message", "") + confirm.getElement().getTextRecursively())
                .contains("Ngày 30/04/2027 đã có trong lịch: Ngày nghỉ – Ngày Chiến thắng.");
        test(confirm).cancel();
        assertThat(calendar.daysOf(2027)).extracting(CalendarDay::name).containsExactly("Ngày Chiến thắng");
        assertThat($(TextField.class).id("calendar-form-name").getValue()).as("the form stays open")
                .isEqualTo("Ngày Giải phóng miền Nam");

        click("calendar-form-save");
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(calendar.daysOf(2027)).containsExactly(new CalendarDay(LocalDate.of(2027, 4, 30),
                CalendarDay.Kind.HOLIDAY, "Ngày Giải phóng miền Nam", "Thông báo 2/TB-BNV"));
        assertThat(row(0)).containsExactly("30/04/2027", "Thứ Sáu", "Ngày nghỉ", "Ngày Giải phóng miền Nam",
                "Thông báo 2/TB-BNV");
    }

    @Test
    void an_administrator_edits_the_chosen_day_but_not_its_date() {
        storedAsAdmin(new CalendarDay(LocalDate.of(2027, 2, 6), CalendarDay.Kind.HOLIDAY, "Làm bù", "DỰ KIẾN"));
        navigate(HolidayCalendarView.class);
        showYear(2027);
        assertThat($(Button.class).id("calendar-edit").isEnabled()).as("nothing chosen yet").isFalse();
        test(grid()).select(0);
        click("calendar-edit");

        DatePicker date = $(DatePicker.class).id("calendar-form-day");
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2027, 2, 6));
        assertThat(date.isReadOnly()).isTrue();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CalendarDay.Kind> kinds = $(RadioButtonGroup.class).id("calendar-form-kind");
        test(kinds).selectItem("Ngày làm bù");
        test($(TextField.class).id("calendar-form-name")).setValue("Làm bù Tết Nguyên đán");
        test($(TextField.class).id("calendar-form-source")).setValue("Thông báo 3/TB-BNV");
        click("calendar-form-save");

        assertThat($(ConfirmDialog.class).all()).as("editing a day replaces it without asking").isEmpty();
        assertThat(row(0)).containsExactly("06/02/2027", "Thứ Bảy", "Ngày làm bù", "Làm bù Tết Nguyên đán",
                "Thông báo 3/TB-BNV");
        assertThat(calendar.daysOf(2027)).containsExactly(new CalendarDay(LocalDate.of(2027, 2, 6),
                CalendarDay.Kind.MAKE_UP_WORKING_DAY, "Làm bù Tết Nguyên đán", "Thông báo 3/TB-BNV"));
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2027, 2, 6))).isTrue();
    }

    @Test
    void deleting_asks_first_saying_the_day_becomes_ordinary_then_removes_it() {
        storedAsAdmin(CalendarDay.holiday(LocalDate.of(2027, 9, 3), "Quốc khánh (ngày liền kề)"),
                CalendarDay.holiday(LocalDate.of(2027, 9, 2), "Quốc khánh"));
        navigate(HolidayCalendarView.class);
        showYear(2027);
        test(grid()).select(1);
        click("calendar-delete");

        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("message", "") + confirm.getElement().getTextRecursively())
                .contains("Xóa 03/09/2027 (Thứ Sáu) – Quốc khánh (ngày liền kề) khỏi lịch?",
                        "trở thành ngày bình thường", "được xét lại trước hạn, đúng hạn hay quá hạn");
        test(confirm).cancel();
        assertThat(calendar.daysOf(2027)).hasSize(2);

        click("calendar-delete");
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(calendar.daysOf(2027)).extracting(CalendarDay::name).containsExactly("Quốc khánh");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2027, 9, 3))).isTrue();
        assertThat(text("calendar-outcome")).isEqualTo(
                "Đã xóa ngày 03/09/2027 – Quốc khánh (ngày liền kề) khỏi lịch. Không có hồ sơ đã nhập nào bị ảnh hưởng.");
    }

    @Test
    void a_refusal_by_the_use_case_is_shown_as_a_message_not_an_error_page() {
        SignedInUsers.signInAsAdmin();
        navigate(HolidayCalendarView.class);
        showYear(2028);
        fillNew(LocalDate.of(2028, 1, 3), "Ngày nghỉ", "Nghỉ bù", "");
        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518")); // the role was taken away while the form was open
        click("calendar-form-save");

        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo("Bạn không có quyền sửa lịch ngày nghỉ.");
        assertThat($(DatePicker.class).id("calendar-form-day").isInvalid()).isFalse();
        assertThat(calendar.daysOf(2028)).isEmpty();
    }

    @Test
    void an_administrator_sets_a_provinces_saturday_morning_reception_and_council_staff_read_it() {
        SignedInUsers.signInAsAdmin();
        navigate(HolidayCalendarView.class);
        test($(TextField.class).id("working-hours-province")).setValue("49");
        assertThat($(com.vaadin.flow.component.timepicker.TimePicker.class).id("working-hours-afternoon-to").getValue())
                .isEqualTo(java.time.LocalTime.of(17, 0));   // nothing stored: the standard hours
        $(com.vaadin.flow.component.timepicker.TimePicker.class).id("working-hours-afternoon-to")
                .setValue(java.time.LocalTime.of(16, 30));
        test($(com.vaadin.flow.component.checkbox.Checkbox.class).id("working-hours-saturday")).click();
        click("working-hours-save");

        try {
            assertThat(calendar.workingHours(vn.giamsat.domain.unit.UnitCode.of("49"))).isEqualTo(
                    new vn.giamsat.domain.calendar.WorkingHours(java.time.LocalTime.of(7, 30),
                            java.time.LocalTime.of(11, 30), java.time.LocalTime.of(13, 30),
                            java.time.LocalTime.of(16, 30), true));

        } finally {
            SignedInUsers.signInAsAdmin();
            calendar.saveWorkingHours(vn.giamsat.domain.unit.UnitCode.of("49"),
                    vn.giamsat.domain.calendar.WorkingHours.standard());
        }
    }

    @Test
    void council_staff_read_a_provinces_working_hours_and_are_offered_no_save() {
        SignedInUsers.signInAsAdmin();
        calendar.saveWorkingHours(vn.giamsat.domain.unit.UnitCode.of("49"),
                vn.giamsat.domain.calendar.WorkingHours.standard().withSaturdayMorning(true));
        try {
            SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
            navigate(HolidayCalendarView.class);
            test($(TextField.class).id("working-hours-province")).setValue("49");

            assertThat($(com.vaadin.flow.component.checkbox.Checkbox.class).id("working-hours-saturday").getValue()).isTrue();
            assertThat($(com.vaadin.flow.component.checkbox.Checkbox.class).id("working-hours-saturday").isReadOnly()).isTrue();
            assertThat($(Button.class).all()).noneMatch(b -> b.getId().filter("working-hours-save"::equals).isPresent());
        } finally {
            SignedInUsers.signInAsAdmin();
            calendar.saveWorkingHours(vn.giamsat.domain.unit.UnitCode.of("49"),
                    vn.giamsat.domain.calendar.WorkingHours.standard());
        }
    }
}
