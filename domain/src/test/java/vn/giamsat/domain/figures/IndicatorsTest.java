package vn.giamsat.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

    @Test
    void phuThinhsRatesComeFromItsCounts() {
        Indicators i = Indicators.of(SeedFigures.phuThinh());
        assertThat(i.onTimeRate()).isEqualTo(new Rate.Computed(1020, 1062, new BigDecimal("96.0"), false));
        assertThat(i.lateRate()).isEqualTo(new Rate.Computed(42, 1062, new BigDecimal("4.0"), false));
        assertThat(i.onlineShare()).isEqualTo(new Rate.Computed(58, 1062, new BigDecimal("5.5"), false));
    }

    @Test
    void tamThaisRateIsShownAsReportedNotComputed() {
        assertThat(Indicators.of(SeedFigures.tamThai()).onTimeRate())
                .isEqualTo(new Rate.ReportedOnly(new BigDecimal("78")));
    }

    @Test
    void tamDansOverallRateIsUnavailableNotZero() {
        Indicators i = Indicators.of(SeedFigures.tamDan());
        assertThat(i.onTimeRate()).isInstanceOfSatisfying(Rate.Unavailable.class,
                r -> assertThat(r.why().vietnamese()).isEqualTo("Chưa báo cáo số giải quyết trước hạn và đúng hạn."));
        assertThat(i.lateRate().isAvailable()).isFalse();
        assertThat(i.onlineShare()).isInstanceOfSatisfying(Rate.Unavailable.class,
                r -> assertThat(r.why().english()).isEqualTo("The online count was not reported."));
    }

    @Test
    void tamDansOnlineDossiersOf2022() {
        Indicators i = Indicators.of(SeedFigures.tamDanOnline2022());
        assertThat(i.onTimeRate()).isEqualTo(new Rate.Computed(103, 106, new BigDecimal("97.2"), false));
        assertThat(i.lateRate()).isEqualTo(new Rate.Computed(3, 106, new BigDecimal("2.8"), false));
    }

    @Test
    void tamDansOnlineShareOf2022() {
        assertThat(Indicators.of(SeedFigures.tamDan2022()).onlineShare())
                .isEqualTo(new Rate.Computed(106, 5380, new BigDecimal("2.0"), false));
    }

    @Test
    void tamThanhsZeroOnlineIsAReportedZero() {
        assertThat(Indicators.of(SeedFigures.tamThanh()).onlineShare())
                .isEqualTo(new Rate.Computed(0, 5437, new BigDecimal("0.0"), false));
    }

    @Test
    void aRateOverFewDossiersIsFlagged() {
        HandlingFigures f = SeedFigures.of(SeedFigures.PERIOD).received(4).early(4).onTime(0).late(0).build();
        assertThat(Indicators.of(f).onTimeRate())
                .isEqualTo(new Rate.Computed(4, 4, new BigDecimal("100.0"), true));
    }

    @Test
    void noResolvedDossiersGivesNoRate() {
        HandlingFigures f = SeedFigures.of(SeedFigures.PERIOD).received(0).early(0).onTime(0).late(0).build();
        assertThat(Indicators.of(f).onTimeRate()).isInstanceOfSatisfying(Rate.Unavailable.class,
                r -> assertThat(r.why().code()).isEqualTo("rate.no-dossiers"));
    }

    @Test
    void lateRateInclOverdueCountsOpenDossiersPastDeadline() {
        HandlingFigures f = SeedFigures.of(SeedFigures.PERIOD).received(120).early(50).onTime(40).late(10)
                .inProgressWithinDeadline(Count.of(10)).inProgressOverdue(Count.of(10)).withdrawn(Count.of(0)).build();
        Indicators i = Indicators.of(f);
        assertThat(i.lateRate()).isEqualTo(new Rate.Computed(10, 100, new BigDecimal("10.0"), false));
        assertThat(i.lateRateInclOverdue()).isEqualTo(new Rate.Computed(20, 110, new BigDecimal("18.2"), false));
    }
}
