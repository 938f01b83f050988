package vn.giamsat.admin.imports.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.rounds.detail.RoundDetailView;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.dossier.port.in.ComparedFigure;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportProgress;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.ReportPeriod;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.application.unit.model.UnitListing;

/**
 * The comparison of figures computed from imported dossiers with the units' self-reports, on the whole app: three
 * dossiers of Phú Thịnh and one of Tam Đàn received in February 2024 are imported; Phú Thịnh reported 5 received
 * (3 online) for that month, Tam Đàn reported nothing.
 */
class FiguresComparisonViewTest extends WholeAppTest {
    private static final String HEADER = "ma_ho_so,ma_don_vi,ma_thu_tuc,kenh,ngay_tiep_nhan,han_giai_quyet,"
            + "ngay_giai_quyet,ngay_tra_ket_qua,trang_thai,rut_ho_so\n";
    private static final Period FEBRUARY = Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));

    @Autowired ImportDossiersUseCase imports;
    @Autowired RecordFiguresUseCase recordFigures;

    /** Imports the dossiers and records Phú Thịnh's self-report, as council staff of Phú Ninh. */
    private void dossiersAndReports() {
        String file = HEADER
                + "PT-1,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-05 10:00,,Đã giải quyết,0\n"
                + "PT-2,20364,1.001193,2,2024-02-02 08:00,2024-02-07 17:00,2024-02-05 10:00,,Đã giải quyết,0\n"
                + "PT-3,20364,1.001193,2,2024-02-03 08:00,2024-02-08 17:00,2024-02-05 10:00,,Đã giải quyết,0\n"
                + "TD-1,20374,1.000894,1,2024-02-10 08:00,2024-02-15 17:00,2024-02-14 10:00,,Đã giải quyết,0\n";
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        imports.importDossiers(new ImportDossiersCommand("hcc-2024-02", "ho-so.csv", null,
                () -> new ByteArrayInputStream(bytes)), ImportProgress.NONE, new Cancellation());
        recordFigures.record(new RecordFiguresCommand(HandlingFigures.builder(unit("20364", true), FEBRUARY,
                FiguresSource.SELF_REPORTED).received(5).receivedOnline(3).build(), null));
    }

    private int rowOf(String unitCode) {
        var rows = test(grid());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.getRow(i).code().equals(unitCode)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + unitCode);
    }

    private void open(String unitCode, Period period) {
        // As a link with query parameters does (the round page's, a bookmark).
        UI.getCurrent().navigate(FiguresComparisonView.class, FiguresComparisonView.parameters(unit(unitCode, true), period));
    }

    @SuppressWarnings("unchecked")
    private Grid<ComparisonRow> grid() {
        return $(Grid.class).id("comparison-grid");
    }

    private Component cell(int row, ComparedFigure figure) {
        return test(grid()).getCellComponent(row, figure.name());
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private static boolean hasClass(Component c, String name) {
        return c.getElement().getClassList().contains(name);
    }

    /** Whether a component with that id is on the page and visible (queries find visible components only). */
    private boolean shown(String id) {
        return $(Component.class).all().stream().anyMatch(c -> c.getId().filter(id::equals).isPresent() && c.isVisible());
    }

    private String status() {
        return $(Paragraph.class).id("comparison-status").getText();
    }

    @Test
    void a_differing_figure_is_marked_in_words_and_a_unit_without_self_report_reads_not_reported() {
        dossiersAndReports();
        open("518", FEBRUARY);

        var tester = test(grid());
        assertThat(tester.size()).isEqualTo(2);
        assertThat($(Span.class).id("comparison-summary").getText()).isEqualTo(
                "2 đơn vị có hồ sơ đã nhập; 1 đơn vị có chênh lệch; 1 đơn vị chưa có số liệu tự báo cáo đúng kỳ.");
        assertThat(shown("comparison-months")).as("whole month").isFalse();

        // Units with differences first.
        assertThat(tester.getCellText(0, 0)).isEqualTo("Thị trấn Phú Thịnh (20364)");
        assertThat(text(tester.getCellComponent(0, 1))).isEqualTo("1 chỉ tiêu chênh lệch");
        Component received = cell(0, ComparedFigure.RECEIVED);
        assertThat(hasClass(received, "cmp-diff")).isTrue();
        assertThat(text(received)).contains("3", "≠ 5", "Δ +2");
        assertThat(received.getElement().getAttribute("title"))
                .isEqualTo("Tổng tiếp nhận: tính từ hồ sơ 3, đơn vị báo cáo 5, chênh lệch +2.");
        Component online = cell(0, ComparedFigure.RECEIVED_ONLINE);
        assertThat(hasClass(online, "cmp-diff")).isFalse();
        assertThat(text(online)).contains("= 3").doesNotContain("≠");
        Component early = cell(0, ComparedFigure.EARLY);
        assertThat(text(early)).contains("chưa báo cáo").doesNotContain("≠");

        assertThat(tester.getCellText(1, 0)).isEqualTo("Xã Tam Đàn (20374)");
        assertThat(text(tester.getCellComponent(1, 1))).isEqualTo("Chưa có báo cáo đúng kỳ");
        for (ComparedFigure f : ComparedFigure.values()) {
            Component c = cell(1, f);
            assertThat(hasClass(c, "cmp-missing")).as(f.name()).isTrue();
            assertThat(c.getElement().getAttribute("title")).as(f.name()).endsWith("đơn vị chưa báo cáo.");
        }
        assertThat(text(cell(1, ComparedFigure.RECEIVED))).isEqualTo("1chưa báo cáoTổng tiếp nhận: tính từ hồ sơ 1, "
                + "đơn vị chưa báo cáo.");

        test($(Checkbox.class).id("comparison-only-differences")).click();
        assertThat(tester.size()).isEqualTo(1);
        assertThat(tester.getCellText(0, 0)).isEqualTo("Thị trấn Phú Thịnh (20364)");

        test($(Checkbox.class).id("comparison-only-differences")).click();
        tester.sortByColumn(0);
        assertThat(tester.getCellText(0, 0)).as("by name").isEqualTo("Thị trấn Phú Thịnh (20364)");
        assertThat(tester.getCellText(1, 0)).isEqualTo("Xã Tam Đàn (20374)");
    }

    @Test
    void a_unit_that_reported_but_has_no_imported_dossier_is_listed_first_as_such_never_as_zero() throws Exception {
        dossiersAndReports();
        recordFigures.record(new RecordFiguresCommand(HandlingFigures.builder(unit("20386", true), FEBRUARY,
                FiguresSource.SELF_REPORTED).received(500).build(), null));
        open("518", FEBRUARY);

        var tester = test(grid());
        assertThat(tester.size()).isEqualTo(3);
        assertThat($(Span.class).id("comparison-summary").getText()).isEqualTo(
                "2 đơn vị có hồ sơ đã nhập; 1 đơn vị có chênh lệch; 1 đơn vị chưa có số liệu tự báo cáo đúng kỳ."
                        + " 1 đơn vị có báo cáo nhưng không có hồ sơ đã nhập.");
        assertThat(tester.getCellText(0, 0)).as("before the differing units").isEqualTo("Xã Tam Thái (20386)");
        assertThat(text(tester.getCellComponent(0, 1))).isEqualTo("Không có hồ sơ trong dữ liệu đã nhập");
        Component received = cell(0, ComparedFigure.RECEIVED);
        assertThat(hasClass(received, "cmp-no-dossiers")).isTrue();
        assertThat(received.getElement().getAttribute("title"))
                .isEqualTo("Tổng tiếp nhận: không có hồ sơ trong dữ liệu đã nhập, đơn vị báo cáo 500.");
        assertThat(text(received)).startsWith("không có hồ sơ500").doesNotContain("≠", "Δ");
        assertThat(text(cell(0, ComparedFigure.EARLY))).startsWith("không có hồ sơchưa báo cáo");
        assertThat(tester.getCellText(1, 0)).isEqualTo("Thị trấn Phú Thịnh (20364)");

        test($(Checkbox.class).id("comparison-only-differences")).click();
        assertThat(tester.size()).as("kept by the filter").isEqualTo(2);
        assertThat(tester.getCellText(0, 0)).isEqualTo("Xã Tam Thái (20386)");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test($(Anchor.class).id("comparison-csv")).download(out);
        List<String> lines = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(4).anySatisfy(line -> assertThat(line).startsWith("20386;Xã Tam Thái;01/02/2024;"
                + "29/02/2024;01/02/2024 – 29/02/2024;không có hồ sơ trong dữ liệu đã nhập;có;;;500;;;chưa báo cáo;"));
    }

    @Test
    void dates_of_ones_own_choice_are_computed_for_exactly_those_days_and_match_no_monthly_self_report() {
        dossiersAndReports();
        open("518", Period.of(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 20)));

        // Issue 16: figures are counted from the dossiers for exactly the days asked, no longer for whole months.
        assertThat(shown("comparison-months")).isFalse();
        assertThat($(Paragraph.class).id("comparison-basis-note").getText()).startsWith(
                "Khoảng ngày tự chọn 05/02/2024 – 20/02/2024 (không phải một kỳ báo cáo)");
        assertThat($(Span.class).id("comparison-summary").getText()).isEqualTo(
                "2 đơn vị có hồ sơ đã nhập; 0 đơn vị có chênh lệch; 2 đơn vị chưa có số liệu tự báo cáo đúng kỳ.");
    }

    @Test
    void the_drill_down_splits_a_unit_by_procedure_and_channel_with_the_catalogue_names() {
        dossiersAndReports();
        open("518", FEBRUARY);

        test((Button) test(grid()).getCellComponent(1, 15)).click();

        @SuppressWarnings("unchecked")
        var lines = test((Grid<HandlingFigures>) $(Grid.class).id("comparison-breakdown-grid"));
        assertThat(lines.size()).isEqualTo(1);
        assertThat(lines.getCellText(0, 0)).isEqualTo("1.000894");
        assertThat(lines.getCellText(0, 1)).isEqualTo("Đăng ký kết hôn");
        assertThat(lines.getCellText(0, 2)).isEqualTo("Trực tiếp");
        assertThat(lines.getCellText(0, 3)).isEqualTo("1");
    }

    @Test
    void the_drill_down_says_late_with_an_apology_slip_and_without_and_not_in_this_export_when_the_file_had_no_slip() {
        dossiersAndReports();   // an export without the slip columns: no late dossier in it
        String late = HEADER.strip() + ",ngay_xin_loi,ngay_hen_lai\n"
                + "AP-1,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-20 10:00,,Đã giải quyết,0,2024-02-06,2024-02-20 17:00\n"
                + "AP-2,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-21 10:00,,Đã giải quyết,0,,\n"
                + "AP-3,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-22 10:00,,Đã giải quyết,0,,\n";
        byte[] bytes = late.getBytes(StandardCharsets.UTF_8);
        imports.importDossiers(new ImportDossiersCommand("hcc-2024-02-late", "tre-han.csv", null,
                () -> new ByteArrayInputStream(bytes)), ImportProgress.NONE, new Cancellation());
        open("518", FEBRUARY);
        int phuThinh = rowOf("20364");
        test((Button) test(grid()).getCellComponent(phuThinh, 15)).click();
        assertThat($(Paragraph.class).id("comparison-late-apology").getText()).isEqualTo(
                "Quá hạn: 3, trong đó có phiếu xin lỗi và hẹn lại ngày trả kết quả: 1, không có phiếu: 2.");

        // The same late dossiers from an export without the slip columns: "without a slip" is not known.
        String noSlip = HEADER
                + "NS-1,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-20 10:00,,Đã giải quyết,0\n";
        byte[] other = noSlip.getBytes(StandardCharsets.UTF_8);
        imports.importDossiers(new ImportDossiersCommand("hcc-2024-02-noslip", "khong-phieu.csv", null,
                () -> new ByteArrayInputStream(other)), ImportProgress.NONE, new Cancellation());
        open("518", FEBRUARY);
        phuThinh = rowOf("20364");
        test((Button) test(grid()).getCellComponent(phuThinh, 15)).click();
        assertThat($(Paragraph.class).all()).filteredOn(p -> p.getId().filter("comparison-late-apology"::equals).isPresent())
                .last().extracting(Paragraph::getText)
                .isEqualTo("Quá hạn: 4; có phiếu xin lỗi hay không: không có trong dữ liệu xuất.");
    }

    @Test
    void the_comparison_downloads_as_csv_for_excel_with_vietnamese_headers() throws Exception {
        dossiersAndReports();
        open("518", FEBRUARY);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test($(Anchor.class).id("comparison-csv")).download(out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("Mã đơn vị;Đơn vị;Từ ngày;Đến ngày;Kỳ tính từ hồ sơ (trọn tháng);"
                + "Có hồ sơ trong dữ liệu đã nhập;Có số liệu tự báo cáo đúng kỳ;Số chỉ tiêu chênh lệch;Tổng tiếp nhận - tính từ hồ sơ;"
                + "Tổng tiếp nhận - đơn vị báo cáo;Tổng tiếp nhận - chênh lệch (báo cáo trừ hồ sơ);");
        assertThat(lines.get(1)).startsWith("20364;Thị trấn Phú Thịnh;01/02/2024;29/02/2024;01/02/2024 – 29/02/2024;"
                + "có;có;1;3;5;+2;3;3;;0;chưa báo cáo;;");
        assertThat(lines.get(2)).startsWith("20374;Xã Tam Đàn;01/02/2024;29/02/2024;01/02/2024 – 29/02/2024;"
                + "có;không;0;1;chưa báo cáo;;");
        assertThat(lines.get(2)).doesNotContain(";0;0;");
    }

    @Test
    void with_no_imported_dossier_the_page_says_so_and_leads_to_the_import() {
        open("518", FEBRUARY);

        assertThat(status()).isEqualTo(
                "Chưa có hồ sơ nào đã nhập của Huyện Phú Ninh và các đơn vị trực thuộc trong kỳ 01/02/2024 – 29/02/2024.");
        RouterLink link = $(RouterLink.class).id("comparison-import-link");
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getHref()).isEqualTo("nhap-ho-so");
        assertThat(shown("comparison-grid")).isFalse();
    }

    @Test
    void the_page_says_which_basis_it_shows_and_switches_to_the_data_cut_off_of_the_same_month() {
        dossiersAndReports();
        open("518", FEBRUARY);
        assertThat($(Paragraph.class).id("comparison-basis-note").getText()).startsWith(
                "Tháng 2/2024 theo tháng dương lịch: số liệu tính từ hồ sơ cho đúng các ngày 01/02/2024 – 29/02/2024;");
        assertThat(test(grid()).size()).isEqualTo(2);

        @SuppressWarnings("unchecked")
        Select<ReportPeriod.Basis> basis = $(Select.class).id("comparison-basis");
        test(basis).selectItem("Chốt số liệu báo cáo (ngày 15 tháng trước đến ngày 14)");

        assertThat($(DatePicker.class).id("comparison-from").getValue()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat($(DatePicker.class).id("comparison-to").getValue()).isEqualTo(LocalDate.of(2024, 2, 14));
        assertThat($(Paragraph.class).id("comparison-basis-note").getText()).startsWith(
                "Tháng 2/2024 theo thời gian chốt số liệu báo cáo định kỳ (từ ngày 15 tháng trước đến ngày 14): "
                        + "số liệu tính từ hồ sơ cho đúng các ngày 15/01/2024 – 14/02/2024;");
        // Phú Thịnh's self-report is for the calendar month: not compared with the cut-off month.
        assertThat($(Span.class).id("comparison-summary").getText()).startsWith("2 đơn vị có hồ sơ đã nhập; 0 đơn vị có chênh lệch; 2 đơn vị chưa có số liệu tự báo cáo đúng kỳ.");
        assertThat(shown("comparison-form")).isTrue();
    }

    @Test
    void the_period_is_checked_field_by_field_and_a_quick_choice_fills_both_dates() {
        dossiersAndReports();
        open("518", FEBRUARY);
        DatePicker from = $(DatePicker.class).id("comparison-from");
        DatePicker to = $(DatePicker.class).id("comparison-to");

        test(to).setValue(LocalDate.of(2024, 1, 15));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Ngày kết thúc 15/01/2024 đứng trước ngày bắt đầu 01/02/2024.");
        assertThat(shown("comparison-grid")).isFalse();

        @SuppressWarnings("unchecked")
        Select<QuickPeriod> quick = $(Select.class).id("comparison-quick");
        test(quick).selectItem("Năm " + (LocalDate.now().getYear() - 1));
        assertThat(from.getValue()).isEqualTo(LocalDate.of(LocalDate.now().getYear() - 1, 1, 1));
        assertThat(to.getValue()).isEqualTo(LocalDate.of(LocalDate.now().getYear() - 1, 12, 31));
        assertThat(to.isInvalid()).isFalse();
        assertThat(status()).startsWith("Chưa có hồ sơ nào đã nhập của Huyện Phú Ninh");
    }

    @Test
    void a_commune_officer_is_offered_only_their_commune_and_cannot_open_another_one() {
        dossiersAndReports();
        SignedInUsers.signIn(SignedInUsers.unitOfficerOf("20374"));

        open("20364", FEBRUARY);
        assertThat(status()).startsWith("Bạn không có quyền xem số liệu của đơn vị này");
        assertThat(shown("comparison-grid")).isFalse();

        @SuppressWarnings("unchecked")
        ComboBox<?> unit = $(ComboBox.class).id("comparison-unit");
        assertThat(test(unit).getSuggestions()).containsExactly("Xã Tam Đàn (20374)");
        test(unit).selectItem("Xã Tam Đàn (20374)");
        var tester = test(grid());
        assertThat(tester.size()).isEqualTo(1);
        assertThat(tester.getCellText(0, 0)).isEqualTo("Xã Tam Đàn (20374)");

        navigate(FiguresComparisonView.class);
        assertThat(unit().getValue().code()).as("their own commune by default").isEqualTo("20374");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<UnitListing> unit() {
        return $(ComboBox.class).id("comparison-unit");
    }

    @Test
    void the_round_page_opens_the_comparison_for_its_council_and_period() {
        RoundId round = newRound();
        navigate(RoundDetailView.class, round.toString());

        RouterLink link = $(RouterLink.class).id("round-compare");
        assertThat(link.getText()).isEqualTo("Đối chiếu với hồ sơ đã nhập");
        test(link).click();

        assertThat(unit().getValue().id()).isEqualTo(unit("518", true));
        assertThat($(DatePicker.class).id("comparison-from").getValue()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat($(DatePicker.class).id("comparison-to").getValue()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(status()).isEqualTo(
                "Chưa có hồ sơ nào đã nhập của Huyện Phú Ninh và các đơn vị trực thuộc trong kỳ 01/01/2021 – 31/12/2022.");
        // The demo communes that reported exactly this period are listed all the same, without computed figures.
        var tester = test(grid());
        assertThat(tester.size()).isEqualTo(2);
        assertThat($(Span.class).id("comparison-summary").getText()).isEqualTo("0 đơn vị có hồ sơ đã nhập; "
                + "0 đơn vị có chênh lệch; 0 đơn vị chưa có số liệu tự báo cáo đúng kỳ. "
                + "2 đơn vị có báo cáo nhưng không có hồ sơ đã nhập.");
        for (int row = 0; row < 2; row++) {
            assertThat(text(tester.getCellComponent(row, 1))).isEqualTo("Không có hồ sơ trong dữ liệu đã nhập");
        }
    }
}
