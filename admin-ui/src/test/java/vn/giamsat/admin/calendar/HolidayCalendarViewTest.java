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
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.FutureAccess;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.calendar.port.in.HolidayCalendarUseCase;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.domain.calendar.CalendarDay;

/** The holiday calendar page on the whole app: what each role sees, and each edit as stored in the database. */
class HolidayCalendarViewTest extends WholeAppTest {
    @Autowired HolidayCalendarUseCase calendar;
    @Autowired ClockPort clock;
    @Autowired ImportDossiersUseCase imports;
    @Autowired DataSource dataSource;

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

    /** Saves the form; an edit runs on its own thread, so this waits for it as the page's polls would. */
    private void saveForm() throws InterruptedException {
        click("calendar-form-save");
        awaitEdit();
    }

    private boolean editRunning() {
        return progressDialog() != null;
    }

    private Dialog progressDialog() {
        return $(Dialog.class).all().stream()
                .filter(d -> d.isOpened() && d.getId().filter("calendar-progress"::equals).isPresent())
                .findFirst().orElse(null);
    }

    /** Waits for the edit started, if any (see {@link #awaitEdit(Dialog, Span)}). */
    private List<String> awaitEdit() throws InterruptedException {
        Dialog dialog = progressDialog();
        return dialog == null ? List.of() : awaitEdit(dialog, dialog.getChildren()
                .filter(Span.class::isInstance).map(Span.class::cast).findFirst().orElseThrow());
    }

    /**
     * Runs the news the edit's thread sends to the page, one by one as the page's polls would, until the edit
     * ended; returns what the progress dialog said after each. Only the components given are read meanwhile:
     * a query of the page ({@code $}) would itself run the news waiting, unseen.
     */
    private List<String> awaitEdit(Dialog dialog, Span text) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (dialog.isOpened()) {
            FutureAccess next = VaadinSession.getCurrent().getPendingAccessQueue().poll();
            if (next == null) {
                assertThat(System.nanoTime()).as("the edit ends within a minute").isLessThan(deadline);
                Thread.sleep(5);
                continue;
            }
            next.run();
            if (dialog.isOpened()) {
                seen.add(text.getText());
            }
        }
        roundTrip();
        return seen;
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
    void the_page_opens_on_this_year_and_moves_a_year_at_a_time() throws Exception {
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
    void council_staff_read_the_calendar_and_are_offered_no_change() throws Exception {
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
    void an_administrator_adds_a_holiday_which_is_listed_stored_and_reported() throws Exception {
        SignedInUsers.signInAsAdmin();
        navigate(HolidayCalendarView.class);
        showYear(2028);
        fillNew(LocalDate.of(2028, 1, 3), "Ngày nghỉ", "Nghỉ bù Tết Dương lịch", "Thông báo 1/TB-BNV");
        saveForm();

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
        saveForm();
        assertThat($(IntegerField.class).id("calendar-year").getValue()).isEqualTo(2029);
        assertThat(row(0)).containsExactly("28/04/2029", "Thứ Bảy", "Ngày làm bù", "Làm bù ngày 30/4", "");
    }

    @Test
    void a_wrong_form_names_the_field_and_the_problem_and_stores_nothing() throws Exception {
        SignedInUsers.signInAsAdmin();
        navigate(HolidayCalendarView.class);
        showYear(2028);
        click("calendar-add");
        saveForm();
        assertThat($(DatePicker.class).id("calendar-form-day").getErrorMessage()).isEqualTo("Thiếu ngày.");
        assertThat($(TextField.class).id("calendar-form-name").getErrorMessage())
                .isEqualTo("Tên ngày nghỉ không được để trống.");

        test($(DatePicker.class).id("calendar-form-day")).setValue(LocalDate.of(2028, 3, 1));
        test($(TextField.class).id("calendar-form-name")).setValue("x".repeat(201));
        saveForm();
        assertThat($(DatePicker.class).id("calendar-form-day").isInvalid()).isFalse();
        assertThat($(TextField.class).id("calendar-form-name").getErrorMessage())
                .isEqualTo("Tên ngày nghỉ dài quá 200 ký tự (đang có 201).");

        // 1 March 2028 is a Wednesday: the use case refuses it as a make-up working day, beside the date.
        test($(TextField.class).id("calendar-form-name")).setValue("Làm bù");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CalendarDay.Kind> kinds = $(RadioButtonGroup.class).id("calendar-form-kind");
        test(kinds).selectItem("Ngày làm bù");
        saveForm();
        assertThat($(DatePicker.class).id("calendar-form-day").getErrorMessage())
                .isEqualTo("Ngày làm bù 2028-03-01 phải là thứ Bảy hoặc Chủ nhật.");
        assertThat($(TextField.class).id("calendar-form-name").isInvalid()).isFalse();

        assertThat(calendar.daysOf(2028)).as("nothing stored").isEmpty();
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    void adding_a_date_already_listed_asks_before_replacing_it() throws Exception {
        storedAsAdmin(new CalendarDay(LocalDate.of(2027, 4, 30), CalendarDay.Kind.HOLIDAY, "Ngày Chiến thắng", "DỰ KIẾN"));
        navigate(HolidayCalendarView.class);
        showYear(2027);
        fillNew(LocalDate.of(2027, 4, 30), "Ngày nghỉ", "Ngày Giải phóng miền Nam", "Thông báo 2/TB-BNV");
        saveForm();

        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("message", "") + confirm.getElement().getTextRecursively())
                .contains("Ngày 30/04/2027 đã có trong lịch: Ngày nghỉ – Ngày Chiến thắng.");
        test(confirm).cancel();
        assertThat(calendar.daysOf(2027)).extracting(CalendarDay::name).containsExactly("Ngày Chiến thắng");
        assertThat($(TextField.class).id("calendar-form-name").getValue()).as("the form stays open")
                .isEqualTo("Ngày Giải phóng miền Nam");

        saveForm();
        test($(ConfirmDialog.class).last()).confirm();
        awaitEdit();
        assertThat(calendar.daysOf(2027)).containsExactly(new CalendarDay(LocalDate.of(2027, 4, 30),
                CalendarDay.Kind.HOLIDAY, "Ngày Giải phóng miền Nam", "Thông báo 2/TB-BNV"));
        assertThat(row(0)).containsExactly("30/04/2027", "Thứ Sáu", "Ngày nghỉ", "Ngày Giải phóng miền Nam",
                "Thông báo 2/TB-BNV");
    }

    @Test
    void an_administrator_edits_the_chosen_day_but_not_its_date() throws Exception {
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
        saveForm();

        assertThat($(ConfirmDialog.class).all()).as("editing a day replaces it without asking").isEmpty();
        assertThat(row(0)).containsExactly("06/02/2027", "Thứ Bảy", "Ngày làm bù", "Làm bù Tết Nguyên đán",
                "Thông báo 3/TB-BNV");
        assertThat(calendar.daysOf(2027)).containsExactly(new CalendarDay(LocalDate.of(2027, 2, 6),
                CalendarDay.Kind.MAKE_UP_WORKING_DAY, "Làm bù Tết Nguyên đán", "Thông báo 3/TB-BNV"));
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2027, 2, 6))).isTrue();
    }

    @Test
    void deleting_asks_first_saying_the_day_becomes_ordinary_then_removes_it() throws Exception {
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
        awaitEdit();
        assertThat(calendar.daysOf(2027)).extracting(CalendarDay::name).containsExactly("Quốc khánh");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2027, 9, 3))).isTrue();
        assertThat(text("calendar-outcome")).isEqualTo(
                "Đã xóa ngày 03/09/2027 – Quốc khánh (ngày liền kề) khỏi lịch. Không có hồ sơ đã nhập nào bị ảnh hưởng.");
    }

    @Test
    void a_refusal_by_the_use_case_is_shown_as_a_message_not_an_error_page() throws Exception {
        SignedInUsers.signInAsAdmin();
        navigate(HolidayCalendarView.class);
        showYear(2028);
        fillNew(LocalDate.of(2028, 1, 3), "Ngày nghỉ", "Nghỉ bù", "");
        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518")); // the role was taken away while the form was open
        saveForm();

        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo("Bạn không có quyền sửa lịch ngày nghỉ.");
        assertThat($(DatePicker.class).id("calendar-form-day").isInvalid()).isFalse();
        assertThat(calendar.daysOf(2028)).isEmpty();
    }

    @Test
    void an_administrator_sets_a_provinces_saturday_morning_reception_and_council_staff_read_it() throws Exception {
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
    void council_staff_read_a_provinces_working_hours_and_are_offered_no_save() throws Exception {
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

    @Test
    void an_edit_shows_its_progress_in_a_dialog_then_what_it_did_to_imported_dossiers() throws Exception {
        // Imported by council staff of Phú Ninh: two dossiers due Saturday 9 and Monday 11 March 2024, resolved
        // Tuesday 12, late while Monday 11 is a working day.
        String file = "ma_ho_so,ma_don_vi,ma_thu_tuc,kenh,ngay_tiep_nhan,han_giai_quyet,ngay_giai_quyet,"
                + "ngay_tra_ket_qua,trang_thai,rut_ho_so\n"
                + "A-1,20364,1.001193,1,2024-03-06 08:00,2024-03-09 17:00,2024-03-12 09:00,,Đã giải quyết,0\n"
                + "A-2,20364,1.001193,2,2024-03-07 08:00,2024-03-11 17:00,2024-03-12 10:00,,Đã giải quyết,0\n";
        assertThat(imports.importDossiers(new ImportDossiersCommand("hcc-2024-03", "hcc-2024-03.csv", null,
                () -> new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))), null, null))
                .isInstanceOf(ImportResult.Imported.class);
        SignedInUsers.signInAsAdmin();
        navigate(HolidayCalendarView.class);
        showYear(2024);
        fillNew(LocalDate.of(2024, 3, 11), "Ngày nghỉ", "Nghỉ bù", "");

        List<String> seen;
        // Another edit (another tab) holds the calendar: the database makes this one wait (the lock the
        // persistence adapter takes first), so the page is seen before the edit gets anywhere.
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement st = other.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(hashtext('dossier-calendar-edit'))");
            }
            click("calendar-form-save");

            assertThat(editRunning()).as("a modal dialog shows the edit running").isTrue();
            assertThat($(Dialog.class).id("calendar-progress").isModal()).isTrue();
            assertThat($(Span.class).id("calendar-progress-text").getText())
                    .isEqualTo("Đang bắt đầu (nếu có lần sửa lịch khác đang chạy, lần này chờ nó xong)…");
            assertThat($(ProgressBar.class).id("calendar-progress-bar").isIndeterminate()).isTrue();
            assertThat($(Button.class).id("calendar-form-save").isEnabled()).as("no second save meanwhile").isFalse();
            assertThat($(Button.class).id("calendar-form-cancel").isEnabled()).isFalse();
            assertThat(calendar.daysOf(2024)).as("nothing stored while the other edit holds the calendar").isEmpty();
            Dialog dialog = $(Dialog.class).id("calendar-progress");
            Span text = $(Span.class).id("calendar-progress-text");
            other.commit();
            seen = awaitEdit(dialog, text);
        }

        assertThat(seen).as("what the dialog said, news by news").containsSubsequence("Đang xét lại hồ sơ: đã đọc 2 hồ sơ",
                "Đang lưu kết quả đã thay đổi: 2 / 2 hồ sơ", "Đang tính lại số liệu: 1 / 1 lần nhập");
        assertThat($(DatePicker.class).all()).as("the form closed with the dialog").isEmpty();
        assertThat(text("calendar-outcome")).isEqualTo("Đã lưu ngày 11/03/2024 – Nghỉ bù. "
                + "Đã chấm lại 2 hồ sơ của các lần nhập hcc-2024-03; 2 hồ sơ đổi kết quả.");
        assertThat($(Button.class).id("calendar-add").isEnabled()).as("the page's buttons work again").isTrue();
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2024, 3, 11))).isFalse();
    }
}
