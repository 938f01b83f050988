package vn.giamsat.admin.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.adapters.persistence.portal.JdbcPublicCatalog;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.domain.procedure.OnlineMode;
import vn.giamsat.domain.procedure.PostalOptions;
import vn.giamsat.domain.procedure.Procedure;

/**
 * Issue 17 item 4 on the whole app and its real file reader: the shipped sample of commune-level procedures imports
 * through the procedures page and the portal reads it; a bad file saves nothing and names its lines; which
 * procedures a unit handles is shown, chosen and imported on its own screen.
 */
class ProcedureImportViewTest extends WholeAppTest {
    static final Path SAMPLES = Path.of("..", "docs", "samples", "procedures");

    @Autowired JdbcPublicCatalog portalCatalogue;

    private Procedure onPortal(String code) {
        return portalCatalogue.procedures().stream().filter(p -> p.code().value().equals(code)).findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private void upload(String name, byte[] content) {
        test($(Upload.class).id("procedures-import-upload")).upload(name, "text/csv", content);
    }

    private String result() {
        return $(Span.class).id("procedures-import-result").getText();
    }

    @Test
    void the_shipped_sample_of_commune_procedures_imports_on_the_procedures_page_and_the_portal_reads_it()
            throws Exception {
        SignedInUsers.signInAsAdmin();
        navigate(ProceduresView.class);
        test($(Button.class).id("procedure-import")).click();

        upload("thu-tuc-cap-xa.csv", Files.readAllBytes(SAMPLES.resolve("thu-tuc-cap-xa.csv")));

        assertThat(result()).isEqualTo("Đã nhập 4 dòng: 2 thủ tục mới, 2 thủ tục được cập nhật.");
        Procedure copy = onPortal("2.000908");
        assertThat(copy.name()).isEqualTo("Cấp bản sao từ sổ gốc");
        assertThat(copy.timeLimitWorkingDays()).isZero();
        assertThat(copy.postal()).isEqualTo(PostalOptions.BOTH);
        assertThat(copy.onlineMode()).isEqualTo(OnlineMode.PARTIAL);
        assertThat(copy.requiredDocuments()).hasSize(2);
        Procedure birth = onPortal("1.001193");
        assertThat(birth.fees()).startsWith("8.000 đồng/lần đăng ký");
        assertThat(birth.legalBasis()).contains("Luật Hộ tịch năm 2014");
        assertThat(onPortal("1.000894").timeLimitWorkingDays()).as("up to 5 working days to verify").isEqualTo(5);
        assertThat(onPortal("T-TVH-284957-TT").timeLimitWorkingDays()).isEqualTo(3);
    }

    @Test
    void a_catalogue_file_with_bad_rows_saves_nothing_and_names_each_line() {
        SignedInUsers.signInAsAdmin();
        navigate(ProceduresView.class);
        test($(Button.class).id("procedure-import")).click();
        String file = """
                Mã thủ tục,Tên thủ tục,Cấp thực hiện,Lĩnh vực,Thời hạn giải quyết,Dịch vụ công trực tuyến,Bưu chính công ích
                9.100001,Thủ tục một,Cấp Xã,Thử,05 ngày làm việc,Toàn trình,Nhận kết quả
                9.100002,Thủ tục hai,Cấp Thôn,Thử,05 ngày làm việc,Toàn trình,Nhận kết quả
                9.100001,Thủ tục ba,Cấp Xã,Thử,05 ngày làm việc,Toàn trình,Bằng bồ câu
                """;

        upload("tthc.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(result()).isEqualTo("Tệp có 3 dòng và 2 lỗi; không có gì được lưu.");
        var problems = test($(Grid.class).id("procedures-import-problems"));
        assertThat(problems.getCellText(0, 0)).isEqualTo("3");
        assertThat(problems.getCellText(0, 1)).contains("Cấp Thôn");
        assertThat(problems.getCellText(1, 0)).isEqualTo("4");
        assertThat(problems.getCellText(1, 1)).contains("Bằng bồ câu");
        assertThat(onPortal("9.100001")).isNull();
    }

    @Test
    void a_units_procedures_are_shown_chosen_on_their_screen_and_imported_for_many_units() throws Exception {
        SignedInUsers.signInAsAdmin();
        UnitProceduresView view = navigate(UnitProceduresView.class);
        var chienDan = view.unit.getListDataView().getItems().filter(u -> u.code().equals("20364")).findFirst()
                .orElseThrow();
        test(view.unit).selectItem(view.unit.getItemLabelGenerator().apply(chienDan));
        int seeded = test(view.list).size();
        assertThat(seeded).as("the seed publishes five procedures for the new communes").isEqualTo(5);

        // Chosen on the screen: keep two of them.
        List<Procedure> kept = view.list.getListDataView().getItems().limit(2).toList();
        view.choice.setValue(Set.copyOf(kept));
        test(view.save).click();
        assertThat(test(view.list).size()).isEqualTo(2);
        assertThat(test(view.list).getCellText(0, 0)).isEqualTo(kept.get(0).code().value());

        // Imported from a file: the sample catalogue first, then the lists of two communes.
        test(view.importButton).click();
        roundTrip(); // the dialog attaches itself before the response
        test(view.importDialog.kind).selectItem(
                view.importDialog.kind.getItemLabelGenerator().apply(ImportProceduresDialog.FileKind.CATALOGUE));
        upload("thu-tuc-cap-xa.csv", Files.readAllBytes(SAMPLES.resolve("thu-tuc-cap-xa.csv")));
        test(view.importDialog.kind).selectItem(
                view.importDialog.kind.getItemLabelGenerator().apply(ImportProceduresDialog.FileKind.UNIT_LISTS));
        upload("don-vi-thu-tuc.csv", Files.readAllBytes(SAMPLES.resolve("don-vi-thu-tuc.csv")));

        assertThat(result()).isEqualTo(
                "Đã nhập 6 dòng: danh sách thủ tục của 2 đơn vị, 6 thủ tục.");
        var list = test(view.list);
        assertThat(List.of(list.getCellText(0, 0), list.getCellText(1, 0), list.getCellText(2, 0)))
                .containsExactly("1.001193", "1.000894", "2.000908");
        assertThat(list.size()).isEqualTo(3);
    }
}
