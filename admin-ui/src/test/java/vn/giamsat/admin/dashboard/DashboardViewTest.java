package vn.giamsat.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
}
