package vn.giamsat.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.Indicators;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;

/** Wording cases the seed does not contain. */
class FiguresPresenterTest {
    private final FiguresPresenter presenter = new FiguresPresenter(messages());

    @Test
    void a_rate_over_few_dossiers_is_flagged_as_a_small_sample_in_both_languages() {
        PublishedUnitFigures figures = figures(HandlingFigures.builder(UnitId.of(ID), Period.year(2024),
                FiguresSource.COMPUTED_FROM_DOSSIERS).received(12).early(2).onTime(9).late(1).build());

        FigureRow.RateCell vietnamese = presenter.rows(List.of(figures), PortalLocales.VIETNAMESE).getFirst().onTimeRate();
        FigureRow.RateCell english = presenter.rows(List.of(figures), PortalLocales.ENGLISH).getFirst().onTimeRate();

        assertThat(vietnamese.flagged()).isTrue();
        assertThat(vietnamese.value()).isEqualTo("91,7%");
        assertThat(vietnamese.detail()).isEqualTo("Mẫu nhỏ: chỉ 12 hồ sơ (11/12)");
        assertThat(english.detail()).isEqualTo("Small sample: only 12 dossiers (11 of 12)");
    }

    @Test
    void a_reported_zero_stays_zero_and_is_not_confused_with_not_reported() {
        PublishedUnitFigures figures = figures(HandlingFigures.builder(UnitId.of(ID), Period.year(2024),
                FiguresSource.SELF_REPORTED).received(40).late(0).build());

        FigureRow row = presenter.rows(List.of(figures), PortalLocales.VIETNAMESE).getFirst();

        assertThat(row.late()).isEqualTo(new FigureRow.CountCell("0", true));
        assertThat(row.early()).isEqualTo(new FigureRow.CountCell("Chưa báo cáo", false));
    }

    @Test
    void early_and_on_time_together_is_the_domains_total_and_not_reported_when_a_part_is_missing() {
        FigureRow both = presenter.rows(List.of(figures(HandlingFigures.builder(UnitId.of(ID), Period.year(2024),
                FiguresSource.SELF_REPORTED).received(1200).early(1000).onTime(150).late(50).build())),
                PortalLocales.VIETNAMESE).getFirst();
        FigureRow onlyEarly = presenter.rows(List.of(figures(HandlingFigures.builder(UnitId.of(ID), Period.year(2024),
                FiguresSource.SELF_REPORTED).received(1200).early(1000).build())), PortalLocales.ENGLISH).getFirst();

        assertThat(both.earlyAndOnTime()).isEqualTo(new FigureRow.CountCell("1.150", true));
        assertThat(onlyEarly.earlyAndOnTime()).isEqualTo(new FigureRow.CountCell("Not reported", false));
        assertThat(onlyEarly.early()).isEqualTo(new FigureRow.CountCell("1,000", true));
    }

    @Test
    void a_rate_the_unit_reported_keeps_its_digits_a_computed_one_its_decimal() {
        PublishedUnitFigures reported = figures(HandlingFigures.builder(UnitId.of(ID), Period.year(2024),
                FiguresSource.SELF_REPORTED).received(5398)
                .reportedOnTimeRate(vn.giamsat.domain.figures.ReportedRate.percent("78.5")).build());

        assertThat(presenter.rows(List.of(reported), PortalLocales.VIETNAMESE).getFirst().onTimeRate().value())
                .isEqualTo("78,5% (đơn vị báo cáo tỷ lệ)");
        assertThat(presenter.points(new java.math.BigDecimal("-1.5"), PortalLocales.ENGLISH)).contains("-1.5");
    }

    @Test
    void a_current_unit_carries_no_former_unit_label() {
        PublishedUnitFigures figures = figures(HandlingFigures.builder(UnitId.of(ID), Period.year(2024),
                FiguresSource.SELF_REPORTED).received(40).build());

        assertThat(presenter.rows(List.of(figures), PortalLocales.VIETNAMESE).getFirst().formerUnitNote()).isNull();
    }

    private static final String ID = "00000000-0000-0000-0000-000000020364";

    private static PublishedUnitFigures figures(HandlingFigures f) {
        var unit = new RoundSnapshot.Unit(ID, "20364", "Chiên Đàn", UnitKind.COMMUNE, LocalDate.of(2025, 7, 1), null,
                List.of());
        Indicators indicators = Indicators.of(f);
        return new PublishedUnitFigures(unit, false, RoundSnapshot.FiguresEntry.of(f), indicators.onTimeRate(),
                indicators.lateRate(), indicators.onlineShare(), "r", "5/NQ-HĐND", 2, List.of());
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
