package vn.giamsat.admin.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.adapters.persistence.portal.JdbcPublicCatalog;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.domain.procedure.OnlineMode;
import vn.giamsat.domain.procedure.Procedure;

/** The procedure catalogue on the seed's procedures; what is saved is what the portal reads. */
class ProceduresViewTest extends WholeAppTest {
    @Autowired JdbcPublicCatalog portalCatalogue; // the portal's own read of the procedure table

    @SuppressWarnings("unchecked")
    private Grid<Procedure> grid() {
        return $(Grid.class).id("procedure-grid");
    }

    private List<String> codes() {
        var tester = test(grid());
        List<String> out = new ArrayList<>();
        for (int row = 0; row < tester.size(); row++) {
            out.add(tester.getCellText(row, 0));
        }
        return out;
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private Procedure onPortal(String code) {
        return portalCatalogue.procedures().stream().filter(p -> p.code().value().equals(code)).findFirst().orElse(null);
    }

    @Test
    void council_staff_cannot_open_the_procedure_catalogue() {
        // Vaadin answers a view the user may not open as one that does not exist: nothing about it leaks.
        navigate("thu-tuc", com.vaadin.flow.router.RouteNotFoundError.class);
        assertThat($(Grid.class).all()).isEmpty();
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().filter("procedure-add"::equals).isPresent());
    }

    @Test
    void lists_filters_and_sorts_the_seed_procedures_on_the_server() {
        SignedInUsers.signInAsAdmin();
        navigate(ProceduresView.class);
        int all = test(grid()).size();
        assertThat(all).isGreaterThan(1);

        test(grid()).sortByColumn(0, SortDirection.DESCENDING);
        List<String> descending = codes();
        assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        @SuppressWarnings("unchecked")
        Select<OnlineMode> online = $(Select.class).id("procedure-online");
        test(online).selectItem("Toàn trình");
        for (int row = 0; row < test(grid()).size(); row++) {
            assertThat(test(grid()).getCellText(row, 4)).isEqualTo("Toàn trình");
        }
        online.clear();

        test($(TextField.class).id("procedure-filter")).setValue("khai sinh");
        assertThat(test(grid()).size()).isBetween(1, all - 1);
        for (int row = 0; row < test(grid()).size(); row++) {
            assertThat(test(grid()).getCellText(row, 1).toLowerCase()).contains("khai sinh");
        }
    }

    @Test
    void a_new_procedure_names_each_missing_field_refuses_a_taken_code_and_once_saved_reaches_the_portal() {
        SignedInUsers.signInAsAdmin();
        navigate(ProceduresView.class);
        String taken = test(grid()).getCellText(0, 0);
        click("procedure-add");
        click("procedure-save");

        assertThat($(TextField.class).id("procedure-code").getErrorMessage()).isEqualTo("Thiếu mã thủ tục.");
        assertThat($(TextField.class).id("procedure-name").getErrorMessage()).isEqualTo("Tên thủ tục không được để trống.");
        assertThat($(ComboBox.class).id("procedure-field-input").getErrorMessage()).isEqualTo("Thiếu lĩnh vực.");
        assertThat($(Select.class).id("procedure-online-input").getErrorMessage()).isEqualTo("Thiếu mức độ trực tuyến.");

        test($(TextField.class).id("procedure-code")).setValue(taken);
        test($(TextField.class).id("procedure-name")).setValue("Thủ tục thử nghiệm");
        @SuppressWarnings("unchecked")
        ComboBox<String> field = $(ComboBox.class).id("procedure-field-input");
        field.setValue("Hộ tịch");
        @SuppressWarnings("unchecked")
        Select<OnlineMode> online = $(Select.class).id("procedure-online-input");
        test(online).selectItem("Một phần");
        // past the field's own 0–365 limit, as a crafted request could send it: the domain rule still answers
        $(IntegerField.class).id("procedure-days").setValue(400);
        click("procedure-save");
        assertThat($(IntegerField.class).id("procedure-days").getErrorMessage())
                .isEqualTo("Thời hạn giải quyết phải từ 0 đến 365 ngày làm việc (nhận được 400).");

        test($(IntegerField.class).id("procedure-days")).setValue(5);
        click("procedure-save");
        assertThat($(TextField.class).id("procedure-code").getErrorMessage()).startsWith("Mã thủ tục " + taken + " đã có trong danh mục");

        test($(TextField.class).id("procedure-code")).setValue("9.000001");
        test($(TextArea.class).id("procedure-documents")).setValue("Tờ khai\n\nBản sao giấy tờ tùy thân\n");
        test($(com.vaadin.flow.component.select.Select.class).id("procedure-postal-input"))
                .selectItem("Nộp hồ sơ và nhận kết quả qua bưu chính");
        click("procedure-save");

        Procedure saved = onPortal("9.000001");
        assertThat(saved).isNotNull();
        assertThat(saved.name()).isEqualTo("Thủ tục thử nghiệm");
        assertThat(saved.requiredDocuments()).containsExactly("Tờ khai", "Bản sao giấy tờ tùy thân");
        assertThat(saved.onlineMode()).isEqualTo(OnlineMode.PARTIAL);
        assertThat(saved.postal()).isEqualTo(vn.giamsat.domain.procedure.PostalOptions.BOTH);
        assertThat(saved.timeLimitWorkingDays()).isEqualTo(5);
    }

    @Test
    void an_edited_procedure_keeps_its_code_and_the_portal_reads_the_change() {
        SignedInUsers.signInAsAdmin();
        navigate(ProceduresView.class);
        String code = test(grid()).getCellText(0, 0);
        test(grid()).select(0);
        click("procedure-edit");

        assertThat($(TextField.class).id("procedure-code").isReadOnly()).isTrue();
        test($(TextField.class).id("procedure-name")).setValue("Tên đã sửa để kiểm tra");
        click("procedure-save");

        assertThat(onPortal(code).name()).isEqualTo("Tên đã sửa để kiểm tra");
        assertThat(test(grid()).getCellText(0, 1)).isEqualTo("Tên đã sửa để kiểm tra");
    }

    @Autowired vn.giamsat.adapters.persistence.JdbcProcedureCatalog catalogue;

    @Test
    void a_procedure_stores_its_limit_in_half_days_and_the_next_working_day_after_three_oclock() {
        SignedInUsers.signInAsAdmin();
        navigate(ProceduresView.class);
        String code = test(grid()).getCellText(0, 0);
        test(grid()).select(0);
        click("procedure-edit");

        test($(IntegerField.class).id("procedure-days")).setValue(2);
        @SuppressWarnings("unchecked")
        Select<vn.giamsat.domain.deadline.TimeLimit.Unit> unit = $(Select.class).id("procedure-limit-unit");
        assertThat($(IntegerField.class).id("procedure-days").getLabel()).isEqualTo("Thời hạn (ngày làm việc)");
        test(unit).selectItem("Buổi làm việc");
        // the number's label names the unit chosen beside it
        assertThat($(IntegerField.class).id("procedure-days").getLabel()).isEqualTo("Thời hạn (buổi làm việc)");
        $(com.vaadin.flow.component.timepicker.TimePicker.class).id("procedure-next-day-after")
                .setValue(java.time.LocalTime.of(15, 0));
        click("procedure-save");

        Procedure saved = catalogue.find(vn.giamsat.domain.procedure.ProcedureCode.of(code)).orElseThrow();
        assertThat(saved.timeLimitUnit()).isEqualTo(vn.giamsat.domain.deadline.TimeLimit.Unit.HALF_DAYS);
        assertThat(saved.nextWorkingDayAfter()).isEqualTo(java.time.LocalTime.of(15, 0));
        assertThat(saved.deadlineRule().orElseThrow().limit().toVietnamese()).isEqualTo("2 buổi làm việc");
        assertThat(test(grid()).getCellText(0, 3)).isEqualTo("2 buổi làm việc");

        // Opened again, the form shows what was stored.
        test(grid()).select(0);
        click("procedure-edit");
        assertThat(unit = $(Select.class).id("procedure-limit-unit")).extracting(Select::getValue)
                .isEqualTo(vn.giamsat.domain.deadline.TimeLimit.Unit.HALF_DAYS);
        assertThat($(IntegerField.class).id("procedure-days").getLabel()).isEqualTo("Thời hạn (buổi làm việc)");
    }
}
