package vn.giamsat.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one way a rate becomes a percent and a percent is written: one decimal, half up, in the reader's digits. */
class RateTest {
    static final Locale VI = Locale.forLanguageTag("vi-VN");

    @Test
    void aComputedRateIsRoundedHalfUpToOneDecimal() {
        assertThat(Rate.of(1020, 1062, 30).percentage()).contains(new BigDecimal("96.0")); // 96.045...
        assertThat(Rate.of(1, 8, 30).percentage()).contains(new BigDecimal("12.5"));       // exact
        assertThat(Rate.of(1, 16, 30).percentage()).contains(new BigDecimal("6.3"));       // 6.25: half up, not even
        assertThat(Rate.of(1, 3, 30).percentage()).contains(new BigDecimal("33.3"));
        assertThat(Rate.of(2, 3, 30).percentage()).contains(new BigDecimal("66.7"));
    }

    @Test
    void itIsWrittenWithTheReadersDigits() {
        Rate rate = Rate.of(1020, 1062, 30);
        assertThat(rate.percentText(VI)).contains("96,0%");
        assertThat(rate.percentText(Locale.ENGLISH)).contains("96.0%");
        assertThat(Rate.of(0, 5437, 30).percentText(VI)).contains("0,0%"); // a reported zero is a real 0
        assertThat(Rate.of(4, 4, 30).percentText(VI)).contains("100,0%");
    }

    @Test
    void aReportedRateIsWrittenWithOneDecimalOrAsTheUnitGaveIt() {
        Rate.ReportedOnly reported = new Rate.ReportedOnly(new BigDecimal("78"));
        assertThat(reported.percentage()).contains(new BigDecimal("78"));
        assertThat(reported.percentText(VI)).contains("78,0%");
        assertThat(reported.percentTextAsReported(VI)).isEqualTo("78%");
        assertThat(reported.percentTextAsReported(Locale.ENGLISH)).isEqualTo("78%");
        assertThat(new Rate.ReportedOnly(new BigDecimal("78.5")).percentTextAsReported(VI)).isEqualTo("78,5%");
        // more digits than a report ever shows: the same half-up rule
        assertThat(new Rate.ReportedOnly(new BigDecimal("78.25")).percentText(VI)).contains("78,3%");
        assertThat(new Rate.ReportedOnly(new BigDecimal("78.125")).percentTextAsReported(VI)).isEqualTo("78,13%");
    }

    @Test
    void notEnoughDataHasNoPercentNeitherZeroNorAHundred() {
        Rate notReported = Indicators.of(SeedFigures.tamDan()).onTimeRate();
        assertThat(notReported).isInstanceOf(Rate.Unavailable.class);
        assertThat(notReported.percentage()).isEmpty();
        assertThat(notReported.percentText(VI)).isEmpty();

        HandlingFigures none = SeedFigures.of(SeedFigures.PERIOD).received(0).early(0).onTime(0).late(0).build();
        Rate noDossiers = Indicators.of(none).onTimeRate();
        assertThat(noDossiers).isInstanceOf(Rate.Unavailable.class);
        assertThat(noDossiers.percentText(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aSmallSampleStillHasItsPercentTheWarningIsTheCallers() {
        Rate few = Rate.of(4, 4, 30);
        assertThat(few).isInstanceOfSatisfying(Rate.Computed.class, c -> assertThat(c.smallSample()).isTrue());
        assertThat(few.percentText(VI)).contains("100,0%");
    }

    @Test
    void percentagePointsAreWrittenWithTheSameRule() {
        assertThat(Rate.percentNumber(new BigDecimal("1.5"), VI)).isEqualTo("1,5");
        assertThat(Rate.percentNumber(new BigDecimal("-0.25"), VI)).isEqualTo("-0,3");
        assertThat(Rate.percentNumber(new BigDecimal("-2.0"), Locale.ENGLISH)).isEqualTo("-2.0");
        assertThat(Rate.percentNumber(new BigDecimal("1234.56"), VI)).isEqualTo("1.234,6");
    }
}
