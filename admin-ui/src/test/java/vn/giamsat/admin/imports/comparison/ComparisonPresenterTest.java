package vn.giamsat.admin.imports.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.dossier.port.in.ComparedFigure;
import vn.giamsat.application.dossier.port.in.ComputedFiguresQueries;
import vn.giamsat.application.dossier.port.in.FiguresComparison;
import vn.giamsat.application.round.port.in.RoundContextQueries.PublicationEntry;
import vn.giamsat.application.round.port.in.RoundContextQueries;
import vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption;
import vn.giamsat.application.unit.port.in.UnitCatalogQueries;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.model.UnitSearch;
import vn.giamsat.application.unit.model.UnitSort;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;

/**
 * The comparison page's state without Vaadin: four communes of a district in February 2024 — An Hòa agrees with its
 * dossiers, Bình Lâm reported two figures that differ, Cẩm Kim reported without any imported dossier, Duy Phú made
 * no self-report.
 */
class ComparisonPresenterTest {
    private static final Period FEBRUARY = Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    private final UnitListing district = listing("503", "Duy Xuyên", UnitKind.DISTRICT, null, SINCE, null);
    private final UnitListing anHoa = listing("20401", "An Hòa", UnitKind.COMMUNE, district, SINCE, null);
    private final UnitListing binhLam = listing("20402", "Bình Lâm", UnitKind.COMMUNE, district, SINCE, null);
    private final UnitListing camKim = listing("20403", "Cẩm Kim", UnitKind.COMMUNE, district, SINCE, null);
    private final UnitListing duyPhu = listing("20404", "Duy Phú", UnitKind.COMMUNE, district, SINCE, null);
    private final List<UnitListing> catalogue = new ArrayList<>(List.of(district, anHoa, binhLam, camKim, duyPhu));
    private final List<FiguresComparison> compared = List.of(
            both(duyPhu, computed(duyPhu).received(7), null),
            both(binhLam, computed(binhLam).received(10).receivedOnline(4),
                    reported(binhLam).received(12).receivedOnline(3)),
            FiguresComparison.withoutImportedDossiers(reported(camKim).received(5).build(), true),
            both(anHoa, computed(anHoa).received(3), reported(anHoa).received(3)));

    private final ComparisonPresenter presenter = new ComparisonPresenter(new Comparisons(), new Catalogue(),
            new Context(), () -> LocalDate.of(2026, 5, 20));

    private static UnitListing listing(String code, String name, UnitKind kind, UnitListing parent, LocalDate from,
                                       LocalDate to) {
        return new UnitListing(UnitId.random(), code, name, kind, parent == null ? null : parent.ref(), from, to,
                List.of(), List.of(), 1);
    }

    private static HandlingFigures.Builder computed(UnitListing unit) {
        return HandlingFigures.builder(unit.id(), FEBRUARY, FiguresSource.COMPUTED_FROM_DOSSIERS);
    }

    private static HandlingFigures.Builder reported(UnitListing unit) {
        return HandlingFigures.builder(unit.id(), FEBRUARY, FiguresSource.SELF_REPORTED);
    }

    private static FiguresComparison both(UnitListing unit, HandlingFigures.Builder computed,
                                          HandlingFigures.Builder reported) {
        return new FiguresComparison(unit.id(), Optional.of(computed.build()),
                Optional.ofNullable(reported).map(HandlingFigures.Builder::build), true);
    }

    private static List<String> names(List<ComparisonRow> rows) {
        return rows.stream().map(ComparisonRow::name).toList();
    }

    @Test
    void form_II_06a_of_the_rows_read_has_a_sheet_per_side_and_keeps_not_reported_parts_so() throws Exception {
        presenter.load(district.id(), FEBRUARY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        presenter.formII06a(new vn.giamsat.adapters.reporting.FormII06aWorkbook()::write, "Huyện Duy Xuyên", "Tháng 2/2024 (01/02/2024 – 29/02/2024)").writeTo(out);

        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            var computedSheet = wb.getSheet("Tính từ hồ sơ");
            var selfSheet = wb.getSheet("Đơn vị tự báo cáo");
            assertThat(computedSheet.getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("Kỳ báo cáo: Tháng 2/2024 (01/02/2024 – 29/02/2024)");
            assertThat(computedSheet.getLastRowNum() - 8).as("units with imported dossiers").isEqualTo(3);
            assertThat(selfSheet.getLastRowNum() - 8).as("units that reported").isEqualTo(3);
            // Bình Lâm reported received 12, 3 of them online, nothing else: the rest is "chưa báo cáo", never 0.
            var binhLamRow = java.util.stream.IntStream.rangeClosed(9, selfSheet.getLastRowNum())
                    .mapToObj(selfSheet::getRow)
                    .filter(r -> r.getCell(1).getStringCellValue().startsWith("Xã Bình Lâm")).findFirst().orElseThrow();
            assertThat(formatter.formatCellValue(binhLamRow.getCell(2))).isEqualTo("12");
            assertThat(formatter.formatCellValue(binhLamRow.getCell(3))).isEqualTo("3");
            assertThat(formatter.formatCellValue(binhLamRow.getCell(6))).isEqualTo("chưa báo cáo");
            assertThat(formatter.formatCellValue(binhLamRow.getCell(12))).isEqualTo("chưa báo cáo");
        }
    }

    @Test
    void rows_are_read_in_name_order_and_summed_up_for_the_summary() {
        presenter.load(district.id(), FEBRUARY);

        assertThat(names(presenter.rows())).containsExactly("Xã An Hòa", "Xã Bình Lâm", "Xã Cẩm Kim", "Xã Duy Phú");
        assertThat(presenter.rows().getFirst().code()).isEqualTo("20401");
        assertThat(presenter.summary()).isEqualTo(new ComparisonPresenter.Summary(3, 1, 1, 1));
        assertThat(presenter.shown()).contains(FEBRUARY);
        assertThat(presenter.monthAligned()).isTrue();
    }

    @Test
    void units_without_dossiers_then_the_most_differing_come_first_and_the_filter_keeps_only_those() {
        presenter.load(district.id(), FEBRUARY);

        assertThat(names(presenter.shownRows()))
                .as("no dossiers, two differences, agrees with a report, no report")
                .containsExactly("Xã Cẩm Kim", "Xã Bình Lâm", "Xã An Hòa", "Xã Duy Phú");
        presenter.onlyDifferences(true);
        assertThat(names(presenter.shownRows())).containsExactly("Xã Cẩm Kim", "Xã Bình Lâm");
        presenter.onlyDifferences(false);
        assertThat(presenter.shownRows()).hasSize(4);
    }

    @Test
    void a_figure_column_sorts_differing_rows_last_then_by_the_computed_number_with_no_dossiers_first() {
        presenter.load(district.id(), FEBRUARY);

        assertThat(names(presenter.rows().stream().sorted(ComparisonPresenter.byFigure(ComparedFigure.RECEIVED)).toList()))
                .containsExactly("Xã Cẩm Kim", "Xã An Hòa", "Xã Duy Phú", "Xã Bình Lâm");
        assertThat(names(presenter.rows().stream().sorted(ComparisonPresenter.BY_UNIT.reversed()).toList()))
                .containsExactly("Xã Duy Phú", "Xã Cẩm Kim", "Xã Bình Lâm", "Xã An Hòa");
    }

    @Test
    void the_csv_holds_every_row_read_even_when_the_filter_hides_some() throws Exception {
        presenter.load(district.id(), FEBRUARY);
        presenter.onlyDifferences(true);
        ComparisonPresenter.Csv csv = presenter.csv();
        presenter.clear();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.writeTo(out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(2)).startsWith("20402;Xã Bình Lâm;01/02/2024;29/02/2024;01/02/2024 – 29/02/2024;có;có;2;10;12;+2;4;3;-1;");
        assertThat(lines.get(3)).startsWith("20403;Xã Cẩm Kim;01/02/2024;29/02/2024;01/02/2024 – 29/02/2024;"
                + ComparisonCsv.NO_DOSSIERS + ";có;;;5;;");
        assertThat(presenter.rows()).as("cleared").isEmpty();
        assertThat(presenter.shown()).isEmpty();
    }

    @Test
    void the_quick_choices_and_the_default_period_follow_today() {
        assertThat(presenter.lastFullYear()).isEqualTo(Period.year(2025));
        assertThat(presenter.quickChoices().getFirst().period()).isEqualTo(Period.year(2026));
        assertThat(presenter.quickChoices()).extracting(QuickPeriod::period)
                .contains(Period.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)))
                .doesNotContain(Period.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)));
    }

    @Test
    void the_default_unit_is_the_highest_readable_one_that_existed_in_the_period() {
        UnitListing former = listing("100", "Quảng Nam cũ", UnitKind.PROVINCE, null, SINCE, LocalDate.of(2023, 1, 1));
        catalogue.addFirst(former);

        assertThat(presenter.defaultRoot(Optional.of(FEBRUARY))).contains(district);
        assertThat(presenter.defaultRoot(Optional.of(Period.year(2022)))).as("it existed then").contains(former);
        assertThat(presenter.readableUnit("not-a-uuid")).isEmpty();
        assertThat(presenter.readableUnit(camKim.id().toString())).contains(camKim);
    }

    @Test
    void a_period_needs_both_dates_in_order() {
        LocalDate first = LocalDate.of(2024, 2, 1);
        assertThat(ComparisonPresenter.period(first, first.plusDays(28))).contains(FEBRUARY);
        assertThat(ComparisonPresenter.period(first, first.minusDays(1))).isEmpty();
        assertThat(ComparisonPresenter.period(null, first)).isEmpty();
        assertThat(ComparisonPresenter.date(Optional.of("2024-02-30"))).isEmpty();
    }

    private final class Comparisons implements ComputedFiguresQueries {
        @Override public List<HandlingFigures> computedUnder(UnitId root, Period period) { return List.of(); }
        @Override public List<HandlingFigures> computedByProcedureAndChannel(UnitId unit, Period period) { return List.of(); }
        @Override public List<FiguresComparison> compareUnder(UnitId root, Period period) { return compared; }
        @Override public vn.giamsat.application.dossier.model.LateByApology lateByApology(UnitId unit, Period period) {
            throw new UnsupportedOperationException();
        }
    }

    private final class Catalogue implements UnitCatalogQueries {
        private List<UnitListing> matching(UnitSearch search) {
            return catalogue.stream().filter(u -> search.text().isEmpty() || u.code().equals(search.text())).toList();
        }
        @Override public long count(UnitSearch search) { return matching(search).size(); }
        @Override public List<UnitListing> find(UnitSearch search, PageRequest<UnitSort> page) { return matching(search); }
        @Override public boolean canMaintain() { return false; }
    }

    private final class Context implements RoundContextQueries {
        @Override public List<UnitOption> units() {
            return catalogue.stream().map(u -> new UnitOption(u.id(), u.code(), u.displayName(), u.validFrom(),
                    u.validTo(), List.of())).toList();
        }
        @Override public List<HandlingFigures> figuresOfRound(RoundId round) { return List.of(); }
        @Override public List<PublicationEntry> publications(RoundId round) { return List.of(); }
    }
}
