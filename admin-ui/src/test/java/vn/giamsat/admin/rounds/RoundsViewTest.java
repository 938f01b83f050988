package vn.giamsat.admin.rounds;

import com.vaadin.flow.spring.security.AuthenticationContext;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.giamsat.admin.i18n.Languages;
import vn.giamsat.admin.i18n.TranslationProvider;
import vn.giamsat.admin.ui.ErrorView;
import vn.giamsat.admin.ui.UiSetup;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.common.PageRequest.SortBy;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.application.round.model.RoundSearch;
import vn.giamsat.application.round.model.RoundSort;

@SpringBootTest(classes = RoundsViewTest.Wiring.class)
@ViewPackages(classes = {RoundsView.class, ErrorView.class, vn.giamsat.admin.rounds.detail.RoundDetailView.class,
        vn.giamsat.admin.dashboard.DashboardView.class, vn.giamsat.admin.catalogue.UnitsView.class})
class RoundsViewTest extends SpringBrowserlessTest {

    @Configuration(proxyBeanMethods = false)
    @Import({TranslationProvider.class, UiSetup.class})
    static class Wiring {
        @Bean
        AuthenticationContext authenticationContext() {
            return new AuthenticationContext();
        }

        @Bean
        FakeRoundListing roundListing() {
            return new FakeRoundListing();
        }
    }

    static final RoundSummary PHU_NINH = new RoundSummary(RoundId.random(), "21/NQ-HĐND", LocalDate.of(2022, 12, 20),
            "Hội đồng nhân dân huyện Phú Ninh",
            "Việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
            Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 30)), RoundStatus.REPORTED, 5, 12, 4);
    static final RoundSummary CHIEN_DAN = new RoundSummary(RoundId.random(), "07/NQ-HĐND", LocalDate.of(2025, 9, 15),
            "Hội đồng nhân dân xã Chiên Đàn", "Cung cấp dịch vụ công trực tuyến toàn trình",
            Period.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)), RoundStatus.DRAFT, 1, 0, 0);

    @Autowired
    FakeRoundListing queries;

    private Grid<RoundSummary> openWith(RoundSummary... rounds) {
        queries.willList(List.of(rounds));
        navigate(RoundsView.class);
        @SuppressWarnings("unchecked")
        Grid<RoundSummary> grid = $(Grid.class).single();
        return grid;
    }

    private List<String> resolutionColumn(Grid<RoundSummary> grid) {
        var tester = test(grid);
        List<String> cells = new ArrayList<>();
        for (int row = 0; row < tester.size(); row++) {
            cells.add(tester.getCellText(row, 0));
        }
        return cells;
    }

    @Test
    void lists_every_round_with_resolution_period_status_and_counts_in_vietnamese() {
        var grid = test(openWith(CHIEN_DAN, PHU_NINH));

        assertThat($(H2.class).single().getText()).isEqualTo("Cuộc giám sát");
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getHeaderCell(0)).isEqualTo("Nghị quyết");
        int row = 1; // the order the in-port gave: newest resolution first
        assertThat(grid.getCellText(row, 0)).isEqualTo("21/NQ-HĐND ngày 20/12/2022");
        assertThat(grid.getCellText(row, 1)).startsWith("Việc thực hiện cơ chế một cửa");
        assertThat(grid.getCellText(row, 2)).isEqualTo("Hội đồng nhân dân huyện Phú Ninh");
        assertThat(grid.getCellText(row, 3)).isEqualTo("01/01/2021 – 30/12/2022");
        assertThat(grid.getCellText(row, 4)).isEqualTo("Đã có báo cáo");
        assertThat(List.of(grid.getCellText(row, 5), grid.getCellText(row, 6), grid.getCellText(row, 7)))
                .containsExactly("5", "12", "4");
        assertThat(grid.getCellText(0, 4)).isEqualTo("Dự thảo");
    }

    @Test
    void every_column_sorts_and_a_header_click_asks_the_use_case_for_that_order() {
        var grid = openWith(CHIEN_DAN, PHU_NINH);
        var tester = test(grid);
        for (int column = 0; column < grid.getColumns().size(); column++) {
            assertThat(tester.isColumnSortable(column)).as("column %d sortable", column).isTrue();
        }

        tester.sortByColumn(0, SortDirection.ASCENDING);
        tester.getCellText(0, 0);
        assertThat(queries.pages.getLast().sort()).containsExactly(new SortBy<>(RoundSort.RESOLUTION, true));

        tester.sortByColumn(6, SortDirection.DESCENDING);
        tester.getCellText(0, 0);
        assertThat(queries.pages.getLast().sort()).containsExactly(new SortBy<>(RoundSort.FINDINGS, false));
    }

    @Test
    void only_the_rows_on_screen_are_read_however_many_rounds_there_are() {
        List<RoundSummary> many = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            many.add(new RoundSummary(RoundId.random(), i + "/NQ-HĐND", LocalDate.of(2023, 1, 1), "HĐND", "Chủ đề " + i,
                    PHU_NINH.period(), RoundStatus.DRAFT, 1, 0, 0));
        }
        var grid = test(openWith(many.toArray(RoundSummary[]::new)));

        assertThat(grid.size()).isEqualTo(2_000);
        assertThat(grid.getCellText(0, 0)).startsWith("0/NQ-HĐND");
        assertThat(queries.pages).isNotEmpty().allMatch(p -> p.limit() <= 100);
        assertThat(queries.pages.stream().mapToInt(PageRequest::limit).sum()).isLessThan(2_000);
    }

    @Test
    void the_text_and_the_status_go_to_the_query_and_a_filter_that_matches_nothing_says_so() {
        var grid = openWith(CHIEN_DAN, PHU_NINH);

        test($(TextField.class).single()).setValue("phu ninh");
        test(grid).size();
        assertThat(queries.searches.getLast()).isEqualTo(new RoundSearch("phu ninh", null));
        assertThat(grid.getEmptyStateText()).isEqualTo("Không có cuộc giám sát nào khớp với “phu ninh”.");

        @SuppressWarnings("unchecked")
        Select<RoundStatus> status = $(Select.class).id("round-status-filter");
        test(status).selectItem("Dự thảo");
        test(grid).size();
        assertThat(queries.searches.getLast()).isEqualTo(new RoundSearch("phu ninh", RoundStatus.DRAFT));
    }

    @Test
    void with_no_rounds_at_all_the_empty_state_says_there_are_none_yet() {
        var grid = openWith();

        assertThat(test(grid).size()).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo("Chưa có cuộc giám sát nào.");
    }

    @Test
    void switching_to_english_rewords_the_page_and_the_choice_lasts_for_the_session() {
        var grid = test(openWith(PHU_NINH));

        test($(Select.class).id("language")).selectItem("English");

        assertThat($(H2.class).single().getText()).isEqualTo("Supervision rounds");
        assertThat(grid.getHeaderCell(0)).isEqualTo("Resolution");
        assertThat(grid.getCellText(0, 0)).isEqualTo("21/NQ-HĐND of 20/12/2022");
        assertThat(grid.getCellText(0, 4)).isEqualTo("Reported");
        assertThat(Languages.chosen(UI.getCurrent().getSession())).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void when_the_list_cannot_be_read_the_page_says_so_without_technical_detail() {
        queries.willFail(new IllegalStateException("FATAL: password authentication failed for user \"giamsat\""));

        navigate("", ErrorView.class);

        assertThat($(H2.class).single().getText()).isEqualTo("Không mở được trang");
        assertThat($(Paragraph.class).single().getText()).startsWith("Đã xảy ra lỗi").doesNotContain("giamsat", "FATAL");
    }
}
