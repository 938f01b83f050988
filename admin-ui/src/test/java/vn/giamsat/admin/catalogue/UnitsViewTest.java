package vn.giamsat.admin.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.model.UnitState;

/** The unit catalogue on the seed's units (Quảng Nam, Phú Ninh and its communes, the 2025 reform). */
class UnitsViewTest extends WholeAppTest {

    @SuppressWarnings("unchecked")
    private Grid<UnitListing> grid() {
        return $(Grid.class).id("unit-grid");
    }

    private List<String> names() {
        var tester = test(grid());
        List<String> out = new ArrayList<>();
        for (int row = 0; row < tester.size(); row++) {
            out.add(tester.getCellText(row, 1));
        }
        return out;
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    @Test
    void an_administrator_reads_every_unit_with_its_validity_and_where_merged_units_went() {
        SignedInUsers.signInAsAdmin();
        navigate(UnitsView.class);

        var tester = test(grid());
        assertThat(tester.size()).isEqualTo(11);
        assertThat(tester.getHeaderCell(0)).isEqualTo("Mã");
        test($(TextField.class).id("unit-filter")).setValue("phu thinh");
        assertThat(names()).containsExactly("Thị trấn Phú Thịnh");
        assertThat(tester.getCellText(0, 3)).isEqualTo("Huyện Phú Ninh");
        assertThat(tester.getCellText(0, 4)).isEqualTo("01/01/2005");
        assertThat(tester.getCellText(0, 5)).as("the last day it existed").isEqualTo("30/06/2025");
        Div history = (Div) tester.getCellComponent(0, 6);
        assertThat(history.getElement().getTextRecursively()).contains("Đã sáp nhập", "→ nay thuộc Xã Chiên Đàn (20364)");

        test($(TextField.class).id("unit-filter")).setValue("chien dan");
        Div chienDan = (Div) test(grid()).getCellComponent(0, 6);
        assertThat(chienDan.getElement().getTextRecursively()).contains("Còn hiệu lực",
                "← tiếp nhận Thị trấn Phú Thịnh (20364)", "← tiếp nhận Xã Tam Đàn (20374)", "← tiếp nhận Xã Tam Thái (20386)");
    }

    @Test
    void filters_by_kind_state_and_day_and_sorts_on_the_server() {
        SignedInUsers.signInAsAdmin();
        navigate(UnitsView.class);

        @SuppressWarnings("unchecked")
        Select<UnitState> state = $(Select.class).id("unit-state");
        test(state).selectItem("Đã giải thể");
        assertThat(names()).containsExactly("Huyện Phú Ninh");
        state.clear();

        @SuppressWarnings("unchecked")
        Select<UnitKind> kind = $(Select.class).id("unit-kind");
        test(kind).selectItem("Xã");
        test($(DatePicker.class).id("unit-as-of")).setValue(LocalDate.of(2025, 7, 1));
        test(grid()).sortByColumn(1, SortDirection.ASCENDING);
        assertThat(names()).containsExactly("Xã Chiên Đàn", "Xã Phú Ninh", "Xã Tây Hồ");
        test(grid()).sortByColumn(1, SortDirection.DESCENDING);
        assertThat(names()).containsExactly("Xã Tây Hồ", "Xã Phú Ninh", "Xã Chiên Đàn");
        assertThat(test(grid()).isColumnSortable(6)).isFalse();
    }

    @Test
    void council_staff_read_their_jurisdiction_only_and_are_offered_no_change() {
        navigate(UnitsView.class); // signed in as council staff of Phú Ninh district (518)

        assertThat(test(grid()).size()).isEqualTo(6);
        assertThat($(Button.class).all()).as("no catalogue action is offered")
                .noneMatch(b -> b.getId().filter(id -> id.startsWith("unit-")).isPresent());
    }

    @Test
    void a_new_unit_form_names_each_wrong_field_and_a_valid_unit_is_listed() {
        SignedInUsers.signInAsAdmin();
        navigate(UnitsView.class);
        click("unit-add");
        click("new-unit-save");

        assertThat($(TextField.class).id("new-unit-code").getErrorMessage()).isEqualTo("Thiếu mã đơn vị hành chính.");
        assertThat($(TextField.class).id("new-unit-name").getErrorMessage()).isEqualTo("Tên đơn vị không được để trống.");
        assertThat($(Select.class).id("new-unit-kind").getErrorMessage()).isEqualTo("Thiếu loại đơn vị.");
        assertThat($(DatePicker.class).id("new-unit-from").getErrorMessage()).isEqualTo("Thiếu ngày bắt đầu hiệu lực.");

        test($(TextField.class).id("new-unit-code")).setValue("2039");
        test($(TextField.class).id("new-unit-name")).setValue("Tam Lãnh");
        @SuppressWarnings("unchecked")
        Select<UnitKind> kind = $(Select.class).id("new-unit-kind");
        test(kind).selectItem("Tỉnh");
        test($(DatePicker.class).id("new-unit-from")).setValue(LocalDate.of(2025, 7, 1));
        click("new-unit-save");
        assertThat($(TextField.class).id("new-unit-code").getErrorMessage())
                .isEqualTo("Mã đơn vị hành chính \"2039\" phải có 2 (tỉnh), 3 (huyện) hoặc 5 (xã) chữ số.");

        test($(TextField.class).id("new-unit-code")).setValue("20395");
        click("new-unit-save");
        assertThat($(Select.class).id("new-unit-kind").getErrorMessage())
                .isEqualTo("Mã 20395 là mã cấp xã nhưng loại đơn vị là Tỉnh.");

        test(kind).selectItem("Xã");
        click("new-unit-save");
        assertThat($(ComboBox.class).id("new-unit-parent").getErrorMessage()).isEqualTo("Đơn vị Tam Lãnh cần có đơn vị cấp trên.");

        @SuppressWarnings("unchecked")
        ComboBox<UnitListing> parent = $(ComboBox.class).id("new-unit-parent");
        test(parent).setFilter("da nang");
        test(parent).selectItem("Thành phố trực thuộc trung ương Đà Nẵng (48)");
        click("new-unit-save");

        test($(TextField.class).id("unit-filter")).setValue("tam lanh");
        assertThat(names()).containsExactly("Xã Tam Lãnh");
    }

    @Test
    void a_merger_asks_for_confirmation_and_then_links_the_units_both_ways() {
        SignedInUsers.signInAsAdmin();
        navigate(UnitsView.class);
        click("unit-merge");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<UnitListing> merged = $(MultiSelectComboBox.class).id("merge-merged");
        test(merged).setFilter("tay ho");
        test(merged).selectItem("Xã Tây Hồ (20380)");
        @SuppressWarnings("unchecked")
        ComboBox<UnitListing> successor = $(ComboBox.class).id("merge-successor");
        test(successor).setFilter("chien");
        test(successor).selectItem("Xã Chiên Đàn (20364)");
        test($(DatePicker.class).id("merge-date")).setValue(LocalDate.of(2026, 1, 1));
        click("merge-save");

        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("message", "") + confirm.getElement().getTextRecursively())
                .contains("không thể hoàn tác");
        test(confirm).cancel();
        test($(TextField.class).id("unit-filter")).setValue("tay ho");
        assertThat(test(grid()).getCellText(0, 5)).as("nothing changed after cancel").isEmpty();

        click("merge-save");
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(test(grid()).getCellText(0, 5)).isEqualTo("31/12/2025");
        assertThat(((Div) test(grid()).getCellComponent(0, 6)).getElement().getTextRecursively())
                .contains("→ nay thuộc Xã Chiên Đàn (20364)");
    }

    @Test
    void a_dissolution_before_the_unit_existed_is_refused_beside_the_date_and_a_valid_one_ends_the_unit() {
        SignedInUsers.signInAsAdmin();
        navigate(UnitsView.class);
        test($(TextField.class).id("unit-filter")).setValue("tay ho");
        test(grid()).select(0);
        click("unit-dissolve");
        assertThat($(ComboBox.class).id("dissolve-unit").getValue()).isNotNull();
        test($(DatePicker.class).id("dissolve-date")).setValue(LocalDate.of(2025, 1, 1));
        click("dissolve-save");
        test($(ConfirmDialog.class).single()).confirm();

        assertThat($(DatePicker.class).id("dissolve-date").getErrorMessage())
                .isEqualTo("Ngày hết hiệu lực (2025-01-01) phải sau ngày bắt đầu hiệu lực (2025-07-01).");
        assertThat(test(grid()).getCellText(0, 5)).isEmpty();

        test($(DatePicker.class).id("dissolve-date")).setValue(LocalDate.of(2026, 3, 1));
        click("dissolve-save");
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(test(grid()).getCellText(0, 5)).isEqualTo("28/02/2026");
        assertThat(((Div) test(grid()).getCellComponent(0, 6)).getElement().getTextRecursively()).contains("Đã giải thể");
    }

    @Test
    void a_name_is_corrected_for_the_chosen_unit() {
        SignedInUsers.signInAsAdmin();
        navigate(UnitsView.class);
        test($(TextField.class).id("unit-filter")).setValue("tay ho");
        test(grid()).select(0);
        click("unit-rename");
        test($(TextField.class).id("rename-name")).setValue("");
        click("rename-save");
        assertThat($(TextField.class).id("rename-name").getErrorMessage()).isEqualTo("Tên đơn vị không được để trống.");

        test($(TextField.class).id("rename-name")).setValue("Tây Hồ Mới");
        click("rename-save");
        test($(TextField.class).id("unit-filter")).setValue("tay ho");
        assertThat(names()).containsExactly("Xã Tây Hồ Mới");
    }

    /** Issue 14, item 7: the unit list upload asks who may keep the catalogue before it reads the file. */
    @Test
    void someone_who_may_not_keep_the_catalogue_is_refused_before_the_unit_list_is_read() {
        SignedInUsers.signInAsAdmin();
        navigate(UnitsView.class);
        click("unit-import");
        test($(DatePicker.class).id("units-import-date")).setValue(LocalDate.of(2008, 1, 1));
        // The dialog was opened by an administrator; the upload now comes from council staff, who only read units.
        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
        String file = "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh\n"
                + "Tỉnh Quảng Nam,49,Huyện Phú Ninh,518,Xã Tam Lộc,20366,Xã,\n";

        @SuppressWarnings("unchecked")
        var upload = test($(com.vaadin.flow.component.upload.Upload.class).id("units-import-upload"));
        upload.upload("dvhc.csv", "text/csv", file.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat($(com.vaadin.flow.component.html.Span.class).id("units-import-result").getText())
                .isEqualTo("Không nhận tệp \"dvhc.csv\": bạn không có quyền tải tệp lên đây.");
        SignedInUsers.signInAsAdmin();
        test($(TextField.class).id("unit-filter")).setValue("tam loc");
        assertThat(test(grid()).size()).as("nothing stored").isZero();
    }

    @Test
    void a_unit_list_in_the_statistics_office_format_is_refused_whole_with_its_lines_then_imported() {
        SignedInUsers.signInAsAdmin();
        navigate(UnitsView.class);
        click("unit-import");
        test($(DatePicker.class).id("units-import-date")).setValue(LocalDate.of(2008, 1, 1));
        String header = "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh\n";
        String bad = header + "Tỉnh Quảng Nam,49,Huyện Phú Ninh,518,Xã Tam Lộc,20366,Xã,\n"
                + "Tỉnh Quảng Nam,49,Huyện Phú Ninh,518,Xã Tam Lộc Hai,20366,Xã,\n";
        @SuppressWarnings("unchecked")
        var upload = test($(com.vaadin.flow.component.upload.Upload.class).id("units-import-upload"));

        upload.upload("dvhc.csv", "text/csv", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat($(com.vaadin.flow.component.html.Span.class).id("units-import-result").getText())
                .isEqualTo("Tệp có 2 dòng và 1 lỗi; không có gì được lưu.");
        var problems = test($(Grid.class).id("units-import-problems"));
        assertThat(problems.getCellText(0, 0)).isEqualTo("3");
        assertThat(problems.getCellText(0, 1)).isEqualTo("Mã 20366 đã dùng ở dòng 2 cho cùng ngày.");
        test($(TextField.class).id("unit-filter")).setValue("tam loc");
        assertThat(test(grid()).size()).as("nothing stored").isZero();

        upload.upload("dvhc.csv", "text/csv", (header + "Tỉnh Quảng Nam,49,Huyện Phú Ninh,518,Xã Tam Lộc,20366,Xã,\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat($(com.vaadin.flow.component.html.Span.class).id("units-import-result").getText())
                .isEqualTo("Đã nhập 1 dòng: 1 đơn vị mới, 0 đơn vị được cập nhật.");
        assertThat(names()).containsExactly("Xã Tam Lộc");
        assertThat(test(grid()).getCellText(0, 3)).isEqualTo("Huyện Phú Ninh");
        assertThat(test(grid()).getCellText(0, 4)).isEqualTo("01/01/2008");
    }
}
