package vn.giamsat.admin.rounds.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.testing.SignedInUsers;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;

class FiguresViewTest extends WholeAppTest {
    @Autowired PrepareRoundUseCase prepareRound;

    private RoundId roundWithTamDan() {
        RoundId id = newRound();
        prepareRound.includeUnit(new IncludeUnitCommand(id, unit("20374", true)));
        navigate("cuoc-giam-sat/" + id, RoundDetailView.class);
        test($(TabSheet.class).single()).select("Số liệu");
        return id;
    }

    private void count(String id, long value) {
        test($(Checkbox.class).id("missing-" + id)).click(); // untick "chưa báo cáo"
        test($(TextField.class).id("count-" + id)).setValue(Long.toString(value));
    }

    @Test
    void every_broken_rule_is_listed_by_the_figures_it_names_and_nothing_is_saved() {
        RoundId id = roundWithTamDan();
        test($(Button.class).id("figures-enter")).click();
        @SuppressWarnings("unchecked")
        Select<Object> unit = $(Select.class).id("figures-unit");
        test(unit).selectItem("Xã Tam Đàn");
        count("received", 10);
        count("resolved", 5);
        count("early", 1);
        count("on-time", 1);
        count("late", 1);
        count("received-online", 12);

        test($(Button.class).id("figures-save")).click();

        assertThat($(ListItem.class).all().stream().map(ListItem::getText).toList()).contains(
                "Số đã giải quyết (5) phải bằng trước hạn + đúng hạn + quá hạn (1 + 1 + 1 = 3).",
                "Số tiếp nhận trực tuyến (12) vượt quá số tiếp nhận (10).");
        assertThat(admin.figuresOfRound(id)).isEmpty();
    }

    @Test
    void a_count_left_as_not_reported_is_stored_and_shown_as_not_reported_not_zero() {
        RoundId id = roundWithTamDan();
        test($(Button.class).id("figures-enter")).click();
        @SuppressWarnings("unchecked")
        Select<Object> unit = $(Select.class).id("figures-unit");
        test(unit).selectItem("Xã Tam Đàn");
        count("received", 5380);

        test($(Button.class).id("figures-save")).click();

        HandlingFigures saved = admin.figuresOfRound(id).getFirst();
        assertThat(saved.received().orNull()).isEqualTo(5380L);
        assertThat(saved.early().isReported()).isFalse();
        var grid = test($(Grid.class).id("figures-grid"));
        assertThat(grid.getCellText(0, 3)).isEqualTo("5.380");
        assertThat(grid.getCellText(0, 4)).isEqualTo("chưa báo cáo");
        assertThat(grid.getCellText(0, 9)).isEqualTo("chưa đủ số liệu");
    }

    @Test
    void an_import_with_a_bad_row_imports_nothing_and_lists_each_error_by_line_then_a_good_file_imports_all() {
        RoundId id = roundWithTamDan();
        // half years: the seed's published round holds Tam Đàn's figures for the years 2021 and 2022, frozen (14.3)
        String bad = """
                ma_don_vi,tu_ngay,den_ngay,kenh,tiep_nhan,da_giai_quyet,truoc_han,dung_han,tre_han
                20374,01/01/2021,30/06/2021,,100,90,50,30,10
                20374,01/01/2022,31/12/2022,,abc,,,,
                99999,01/01/2022,31/12/2022,,10,,,,
                """;
        @SuppressWarnings("unchecked")
        var upload = test($(Upload.class).id("figures-upload"));
        upload.upload("so-lieu.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8));

        assertThat($(Paragraph.class).id("import-result").getText())
                .isEqualTo("Chưa nhập dòng nào: 2 lỗi trong 3 dòng. Sửa tệp rồi tải lên lại.");
        var errors = test($(Grid.class).id("import-errors"));
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.getCellText(0, 0)).isEqualTo("3");
        assertThat(errors.getCellText(0, 1)).startsWith("Cột tiếp nhận: \"abc\" không phải số hồ sơ");
        assertThat(errors.getCellText(1, 0)).isEqualTo("4");
        assertThat(errors.getCellText(1, 1)).isEqualTo("Không có đơn vị mã 99999 vào ngày 1/1/2022.");
        assertThat(admin.figuresOfRound(id)).as("all or nothing").isEmpty();

        String good = bad.lines().limit(2).reduce("", (a, b) -> a + b + "\n")
                + "20374,01/01/2022,30/06/2022,,5380,,,,\n";
        upload.upload("so-lieu.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8));

        assertThat(admin.figuresOfRound(id)).hasSize(2);
        assertThat(test($(Grid.class).id("figures-grid")).size()).isEqualTo(2);
    }

    @Test
    void the_xlsx_template_downloads_as_a_workbook() {
        roundWithTamDan();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        test($(Anchor.class).id("template-xlsx")).download(out);

        assertThat(out.toByteArray()).startsWith('P', 'K'); // a zip container, as every .xlsx
    }

    /** The row of thị trấn Phú Thịnh's figures for the whole period (1,062 received, 42 late) in the figures grid. */
    private int phuThinhRow() {
        var grid = test($(Grid.class).id("figures-grid"));
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getCellText(i, 0).contains("Phú Thịnh") && grid.getCellText(i, 3).equals("1.062")) {
                return i;
            }
        }
        throw new AssertionError("no row of Phú Thịnh");
    }

    private long lateOfPhuThinh(RoundId round) {
        return admin.figuresOfRound(round).stream().filter(f -> f.received().orNull() != null
                && f.received().orNull() == 1062L).findFirst().orElseThrow().late().orNull();
    }

    private Button pendingButton(String column) {
        var pending = test($(Grid.class).id("corrections-grid"));
        return (Button) pending.getCellComponent(0, column.equals("approve") ? 5 : 6);
    }

    /** Issue 14.3: the published seed round's figures are read only; a change is a correction someone else approves. */
    @Test
    void a_published_rounds_figures_are_frozen_and_change_only_by_a_correction_another_person_approves() {
        RoundId round = demoRound();
        navigate("cuoc-giam-sat/" + round, RoundDetailView.class);
        test($(TabSheet.class).single()).select("Số liệu");

        assertThat($(Button.class).withId("figures-enter").all()).as("no entry by hand").isEmpty();
        assertThat($(Upload.class).withId("figures-upload").all()).as("no import").isEmpty();
        assertThat($(Paragraph.class).id("figures-frozen").getText()).contains("đã chốt");

        ((Button) test($(Grid.class).id("figures-grid")).getCellComponent(phuThinhRow(), 10)).click();
        test($(TextField.class).id("count-on-time")).setValue("46");
        test($(TextField.class).id("count-late")).setValue("40");
        test($(Button.class).id("correction-save")).click();
        assertThat($(com.vaadin.flow.component.textfield.TextArea.class).id("correction-reason").getErrorMessage())
                .startsWith("Lý do đính chính không được để trống.");
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("correction-reason"))
                .setValue("Hai hồ sơ trễ hạn thực ra đúng hạn.");
        test($(Button.class).id("correction-save")).click();

        var pending = test($(Grid.class).id("corrections-grid"));
        assertThat(pending.size()).isEqualTo(1);
        assertThat(pending.getCellText(0, 1)).isEqualTo("Đúng hạn: 44 → 46; Quá hạn: 42 → 40");
        assertThat(pending.getCellText(0, 3)).isEqualTo("Chờ duyệt");
        assertThat(lateOfPhuThinh(round)).as("pending changes nothing").isEqualTo(42);

        test(pendingButton("approve")).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat($(Notification.class).last().getElement().getProperty("text")).contains("không tự duyệt");
        assertThat(lateOfPhuThinh(round)).isEqualTo(42);

        SignedInUsers.signIn(SignedInUsers.user("vanphong2", "Ngô Văn Nam", "COUNCIL_STAFF", "518"));
        navigate("cuoc-giam-sat/" + round, RoundDetailView.class);
        test($(TabSheet.class).single()).select("Số liệu");
        test(pendingButton("approve")).click();
        test($(ConfirmDialog.class).last()).cancel();
        assertThat(lateOfPhuThinh(round)).as("cancel approves nothing").isEqualTo(42);
        test(pendingButton("approve")).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(lateOfPhuThinh(round)).isEqualTo(40);
        assertThat(test($(Grid.class).id("corrections-grid")).getCellText(0, 3)).isEqualTo("Đã duyệt");
        assertThat(test($(Grid.class).id("figures-grid")).getCellText(phuThinhRow(), 7)).isEqualTo("40");
    }

    /** Issue 15.6: a rate-only self-report is entered, shown as given ("78%"), and kept when other fields change. */
    @Test
    void a_rate_only_self_report_is_entered_shown_as_given_and_kept_when_the_figures_are_saved_again() {
        RoundId id = roundWithTamDan();
        test($(Button.class).id("figures-enter")).click();
        @SuppressWarnings("unchecked")
        Select<Object> unit = $(Select.class).id("figures-unit");
        test(unit).selectItem("Xã Tam Đàn");
        count("received", 5398);
        test($(TextField.class).id("figures-reported-rate")).setValue("78");
        test($(Button.class).id("figures-save")).click();

        assertThat(admin.figuresOfRound(id).getFirst().reportedRate()).map(r -> r.percent().intValue()).contains(78);
        assertThat(test($(Grid.class).id("figures-grid")).getCellText(0, 9)).isEqualTo("78% (đơn vị báo cáo)");

        test($(Button.class).id("figures-enter")).click();
        @SuppressWarnings("unchecked")
        Select<Object> again = $(Select.class).id("figures-unit");
        test(again).selectItem("Xã Tam Đàn");
        assertThat($(TextField.class).id("figures-reported-rate").getValue()).isEqualTo("78");
        test($(TextField.class).id("count-received")).setValue("5399");
        test($(Button.class).id("figures-save")).click();

        HandlingFigures saved = admin.figuresOfRound(id).getFirst();
        assertThat(saved.received().orNull()).isEqualTo(5399L);
        assertThat(saved.reportedRate()).as("editing another field keeps the rate").isPresent();
        assertThat(saved.reportedRate().orElseThrow().percent()).isEqualByComparingTo("78");
    }

    /** Issue 15.6: the import template has a column for the reported rate, and a file with it stores the rate. */
    // A half year: the whole of 2022 for Tam Đàn is held by the published seed round, so frozen (issue 14.3).
    @Test
    void a_reported_rate_is_imported_from_its_own_column() {
        RoundId id = roundWithTamDan();
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        test($(Anchor.class).id("template-csv")).download(template);
        assertThat(template.toString(StandardCharsets.UTF_8)).contains("ty_le_truoc_va_dung_han_don_vi_bao_cao");

        String file = """
                ma_don_vi,tu_ngay,den_ngay,kenh,tiep_nhan,ty_le_truoc_va_dung_han_don_vi_bao_cao,ghi_chu
                20374,01/01/2022,30/06/2022,,2698,78%,Tỷ lệ hồ sơ trước hạn và đúng hạn đạt 78%
                """;
        @SuppressWarnings("unchecked")
        var upload = test($(Upload.class).id("figures-upload"));
        upload.upload("so-lieu.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));

        HandlingFigures saved = admin.figuresOfRound(id).getFirst();
        assertThat(saved.reportedRate().orElseThrow().percent()).isEqualByComparingTo("78");
        assertThat(saved.early().isReported()).as("no count derived from the rate").isFalse();
    }
}
