package vn.giamsat.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.ui.ListExport;
import vn.giamsat.admin.ui.TableFile;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.admin.WholeAppTest;

class DashboardViewTest extends WholeAppTest {

    @Test
    void the_seed_round_shows_one_row_per_unit_and_period_with_rates_that_are_never_invented() {
        navigate(DashboardView.class);
        var table = test($(Grid.class).id("dashboard-table"));

        assertThat(table.size()).isEqualTo(admin.figuresOfRound(demoRound()).size());
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            rows.add(table.getCellText(r, 0) + " | " + table.getCellText(r, 1) + " | " + table.getCellText(r, 2));
        }
        assertThat(rows).contains("Thị trấn Phú Thịnh · 01/01/2021 – 30/12/2022 | 1.062 | 96,0%");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Xã Tam Thái").endsWith("78% (đơn vị báo cáo)"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Xã Tam Thành").endsWith("chưa đủ số liệu"));
        assertThat($(Svg.class).single()).isNotNull();

        @SuppressWarnings("unchecked")
        Select<Object> indicator = $(Select.class).id("dashboard-indicator");
        test(indicator).selectItem("Tỷ lệ tiếp nhận trực tuyến");
        assertThat($(Svg.class).single()).isNotNull();
    }

    @Test
    void the_chart_draws_a_bar_per_rate_and_words_a_missing_rate_instead_of_a_zero_bar() {
        String svg = BarChartSvg.draw("Tỷ lệ trước và đúng hạn", List.of(
                new BarChartSvg.Bar("Thị trấn Phú Thịnh", new BigDecimal("96.0"), "96,0%"),
                new BarChartSvg.Bar("Xã Tam Thành <cũ>", null, "chưa đủ số liệu")));

        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-label=\"Tỷ lệ trước và đúng hạn\"",
                "width=\"288.0\"", ">96,0%<", "class=\"muted\"", ">chưa đủ số liệu<", "Xã Tam Thành &lt;cũ&gt;");
        assertThat(svg.split("<rect", -1)).as("one bar only: the missing rate has none").hasSize(2);
    }

    /** Issue 18: a bar's label (unit · period · round) was cut at the chart's left edge. */
    @Test
    void the_chart_makes_room_for_a_long_label_and_shortens_only_an_overlong_one_keeping_its_full_text() {
        String label = "Thị trấn Phú Thịnh · 01/01/2021 – 30/12/2022 · 21/NQ-HĐND";
        String svg = BarChartSvg.draw("Tỷ lệ trước và đúng hạn", List.of(
                new BarChartSvg.Bar(label, new BigDecimal("96.0"), "96,0%"),
                new BarChartSvg.Bar("Xã Tam Thái", new BigDecimal("78"), "78% (đơn vị báo cáo)")));
        // Drawn whole, right-aligned before the bars, with at least 7 px a character (a 13 px sans-serif draws
        // 6-7.5): the bars and the 0 % line start after the label's room, so nothing is left of the edge.
        assertThat(svg).contains(">" + label + "</text>").doesNotContain("…");
        int labelRoom = Integer.parseInt(svg.replaceAll("(?s).*?<line x1=\"(\\d+)\".*", "$1"));
        assertThat(labelRoom).isGreaterThanOrEqualTo(label.length() * 7);
        int width = Integer.parseInt(svg.replaceAll("(?s).*?viewBox=\"0 0 (\\d+) .*", "$1"));
        assertThat(width).as("the longest bar text fits after a full bar").isGreaterThanOrEqualTo(
                labelRoom + 300 + "78% (đơn vị báo cáo)".length() * 7);

        String overlong = "Ủy ban nhân dân xã " + "Tam Xuân Thượng Hạ ".repeat(8) + "· 01/01/2021 – 30/12/2022";
        String cut = BarChartSvg.draw("Tỷ lệ", List.of(new BarChartSvg.Bar(overlong, null, "chưa đủ số liệu")));
        assertThat(cut).contains("<title>" + overlong + "</title>", "Ủy ban nhân dân xã Tam Xuân", "…</text>")
                .doesNotContain(">" + overlong + "</text>");
        assertThat(Integer.parseInt(cut.replaceAll("(?s).*?<line x1=\"(\\d+)\".*", "$1")))
                .isEqualTo(BarChartSvg.MAX_LABEL_WIDTH);

        String narrow = BarChartSvg.draw("Tỷ lệ", List.of(new BarChartSvg.Bar("Xã A", new BigDecimal("50"), "50%")));
        assertThat(narrow).contains("<line x1=\"" + BarChartSvg.MIN_LABEL_WIDTH + "\"");
    }

    @Autowired PrepareRoundUseCase prepareRound;
    @Autowired RecordFiguresUseCase recordFigures;

    /** Issue 18 item 3: the dashboard reads several rounds at once and a span of days, and exports what it shows. */
    @Test
    @SuppressWarnings("unchecked")
    void the_dashboard_reads_several_rounds_and_a_span_of_days_and_exports_what_it_shows() throws Exception {
        RoundId second = newRound();
        prepareRound.includeUnit(new IncludeUnitCommand(second, unit("20374", true)));
        recordFigures.record(new RecordFiguresCommand(HandlingFigures.builder(unit("20374", true),
                Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)), FiguresSource.SELF_REPORTED)
                .received(4321).build(), second));
        String secondNumber = rounds.listRounds().stream().filter(r -> r.id().equals(second)).findFirst()
                .orElseThrow().resolutionNumber();
        navigate(DashboardView.class);
        MultiSelectComboBox<RoundSummary> picker = $(MultiSelectComboBox.class).id("dashboard-rounds");
        var table = test($(Grid.class).id("dashboard-table"));
        int demo = admin.figuresOfRound(demoRound()).size();

        picker.setValue(Set.copyOf(rounds.listRounds()));
        assertThat(table.size()).isEqualTo(demo + 1);
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            rows.add(table.getCellText(r, 0) + " | " + table.getCellText(r, 1) + " | " + table.getCellText(r, 5));
        }
        assertThat(rows).contains("Xã Tam Đàn · 01/01/2022 – 30/06/2022 | 4.321 | " + secondNumber);
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Thị trấn Phú Thịnh").endsWith("| 21/NQ-HĐND"));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ((ListExport<Object>) $(ListExport.class).first()).write(TableFile.Format.CSV, csv);
        String file = csv.toString(StandardCharsets.UTF_8);
        assertThat(file.split("\r\n")).as("the header and every row shown").hasSize(demo + 2);
        assertThat(file).contains("Xã Tam Đàn · 01/01/2022 – 30/06/2022,4.321,");

        // From 1 July 2022: the second round's half year ends before, so only the demo round's rows that reach it
        test($(DatePicker.class).id("dashboard-from")).setValue(LocalDate.of(2022, 7, 1));
        long reaching = admin.figuresOfRound(demoRound()).stream()
                .filter(f -> !f.period().to().isBefore(LocalDate.of(2022, 7, 1))).count();
        assertThat(table.size()).isEqualTo((int) reaching);
        for (int r = 0; r < table.size(); r++) {
            assertThat(table.getCellText(r, 5)).isEqualTo("21/NQ-HĐND");
        }
    }
}
