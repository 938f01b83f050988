package vn.giamsat.domain.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

class HandlingFiguresTest {

    @Nested
    class TheSeedsFiguresAreAccepted {
        @Test
        void phuThinhAddsUp() {
            HandlingFigures f = SeedFigures.phuThinh();
            assertThat(f.resolvedTotal()).isEqualTo(Count.of(1062));
            assertThat(f.withinDeadlineTotal()).isEqualTo(Count.of(1020));
            assertThat(f.inProgressTotal().isReported()).isFalse();
        }

        @Test
        void tamDanReportsOnlyTheReceivedCount() {
            HandlingFigures f = SeedFigures.tamDan();
            assertThat(f.received()).isEqualTo(Count.of(15973));
            assertThat(f.early().isReported()).isFalse();
            assertThat(f.onTime().isReported()).isFalse();
            assertThat(f.late().isReported()).isFalse();
            assertThat(f.resolvedTotal().isReported()).isFalse();
            assertThat(f.receivedOnline().isReported()).isFalse();
        }

        @Test
        void tamDanReportsOnlyTheSumOfEarlyAndOnTime() {
            HandlingFigures f = SeedFigures.tamDan2();
            assertThat(f.withinDeadlineTotal()).isEqualTo(Count.of(14811));
            assertThat(f.early().isReported()).isFalse();
            assertThat(f.resolvedTotal()).isEqualTo(Count.of(15015));
        }

        @Test
        void tamThaiReportsARateThatIsNeverTurnedIntoACount() {
            HandlingFigures f = SeedFigures.tamThai();
            assertThat(f.reportedRate()).isPresent();
            assertThat(f.withinDeadlineTotal().isReported()).isFalse();
            assertThat(f.resolvedTotal().isReported()).isFalse();
        }

        @Test
        void tamThanhReportsWordsAndAZeroOnlineCount() {
            HandlingFigures f = SeedFigures.tamThanh();
            assertThat(f.statementText()).contains("Đa số hồ sơ được giải quyết đúng hạn.");
            assertThat(f.receivedOnline()).isEqualTo(Count.of(0));
            assertThat(f.onTime().isReported()).isFalse();
        }
    }

    @Test
    void notReportedIsNotZero() {
        assertThat(Count.notReported()).isNotEqualTo(Count.of(0));
        assertThat(Count.of(0).plus(Count.notReported()).isReported()).isFalse();
        assertThat(Count.ofNullable(null).orNull()).isNull();
        assertThat(Count.ofNullable(0L).orNull()).isZero();
    }

    /** Decision 052: the results digitized are a part of the resolved dossiers, never more, never without them. */
    @Test
    void resultsDigitizedCannotExceedTheResolvedNorStandWithoutThem() {
        assertThat(SeedFigures.of(SeedFigures.PERIOD).received(1062).early(976).onTime(44).late(42)
                .resultsDigitized(Count.of(1062)).build().resultsDigitized()).isEqualTo(Count.of(1062));
        var above = catchThrowableOfType(FiguresInconsistent.class, () -> SeedFigures.of(SeedFigures.PERIOD)
                .received(1062).early(976).onTime(44).late(42).resultsDigitized(Count.of(1063)).build());
        assertThat(above.violations()).extracting(Reason::code).containsExactly("figures.results-digitized");
        assertThat(above.violations().getFirst().vietnamese())
                .isEqualTo("Số hồ sơ có kết quả được số hóa (1063) không được vượt số đã giải quyết (1062).");
        // Tam Đàn reported the received count alone: a count of digitized results would be a share of nothing.
        assertThatThrownBy(() -> SeedFigures.of(SeedFigures.PERIOD).received(15973)
                .resultsDigitized(Count.of(1)).build()).isInstanceOf(FiguresInconsistent.class);
        // Not given: not reported, as from every source but dossier records.
        assertThat(SeedFigures.of(SeedFigures.PERIOD).received(10).build().resultsDigitized())
                .isEqualTo(Count.notReported());
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> Count.of(-1)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("không được âm");
    }

    @Test
    void resolvedMustEqualEarlyPlusOnTimePlusLate() {
        var e = catchThrowableOfType(FiguresInconsistent.class, () -> SeedFigures.of(SeedFigures.PERIOD)
                .resolved(Count.of(1062)).early(976).onTime(44).late(40).build());
        assertThat(e.violations()).extracting(Reason::code).containsExactly("figures.resolved");
        assertThat(e.violations().getFirst().vietnamese())
                .isEqualTo("Số đã giải quyết (1.062) phải bằng trước hạn + đúng hạn + quá hạn (976 + 44 + 40 = 1.060).");
        assertThat(e.violations().getFirst().english())
                .isEqualTo("Resolved (1062) must equal early + on time + late (976 + 44 + 40 = 1060).");
    }

    @Test
    void receivedMustEqualResolvedPlusInProgressPlusWithdrawnWhenAllAreReported() {
        var e = catchThrowableOfType(FiguresInconsistent.class, () -> SeedFigures.of(SeedFigures.PERIOD)
                .received(100).early(50).onTime(30).late(10)
                .inProgressWithinDeadline(Count.of(5)).inProgressOverdue(Count.of(1)).withdrawn(Count.of(1)).build());
        assertThat(e.violations()).extracting(Reason::code).containsExactly("figures.received");
        assertThat(e.violations().getFirst().vietnamese()).contains("(100)").contains("= 97");
    }

    @Test
    void receivedMayExceedTheReportedPartsWhileSomeAreMissing() {
        HandlingFigures f = SeedFigures.of(SeedFigures.PERIOD).received(100).early(50).onTime(30).late(10).build();
        assertThat(f.inProgressTotal().isReported()).isFalse();
    }

    @Test
    void reportedPartsCannotExceedTheWholeEvenWhenOthersAreMissing() {
        var e = catchThrowableOfType(FiguresInconsistent.class,
                () -> SeedFigures.of(SeedFigures.PERIOD).received(100).late(120).build());
        assertThat(e.violations()).extracting(Reason::code).containsExactly("figures.parts-exceed");
        assertThat(e.violations().getFirst().english()).isEqualTo("Late (120) exceeds received (100).");
    }

    @Test
    void onlineAndPostalCannotExceedReceived() {
        var e = catchThrowableOfType(FiguresInconsistent.class, () -> SeedFigures.of(SeedFigures.PERIOD)
                .received(10).receivedOnline(8).receivedPostal(Count.of(5)).build());
        assertThat(e.violations().getFirst().vietnamese())
                .isEqualTo("Tổng tiếp nhận trực tuyến + tiếp nhận qua bưu chính (8 + 5 = 13) vượt quá số tiếp nhận (10).");
    }

    @Test
    void withinDeadlineMustEqualEarlyPlusOnTime() {
        var e = catchThrowableOfType(FiguresInconsistent.class, () -> SeedFigures.of(SeedFigures.PERIOD)
                .early(5).onTime(5).withinDeadline(11).build());
        assertThat(e.violations()).extracting(Reason::code).contains("figures.within-deadline");
    }

    @Test
    void resolvedMustEqualWithinDeadlinePlusLateWhenOnlyTheSumIsReported() {
        var e = catchThrowableOfType(FiguresInconsistent.class, () -> SeedFigures.of(SeedFigures.PERIOD)
                .resolved(Count.of(100)).withinDeadline(90).late(5).build());
        assertThat(e.violations()).extracting(Reason::code).containsExactly("figures.resolved");
    }

    @Test
    void everyBrokenInvariantIsListed() {
        var e = catchThrowableOfType(FiguresInconsistent.class, () -> SeedFigures.of(SeedFigures.PERIOD)
                .received(10).receivedOnline(20).resolved(Count.of(5)).early(1).onTime(1).late(1).build());
        assertThat(e.violations()).extracting(Reason::code).contains("figures.resolved", "figures.parts-exceed");
    }

    @Test
    void aRateAbove100IsRefused() {
        assertThatThrownBy(() -> ReportedRate.percent("101")).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("0 đến 100%");
    }
}
