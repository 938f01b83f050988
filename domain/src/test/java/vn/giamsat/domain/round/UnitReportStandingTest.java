package vn.giamsat.domain.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.UnitId;

/** Issue 19.2: on time, late, not yet, overdue, and what a version after the due date changed. */
class UnitReportStandingTest {
    static final UnitId UNIT = UnitId.random();
    static final RoundId ROUND = RoundId.random();
    static final LocalDate DUE = LocalDate.of(2026, 5, 7);
    static final Period PERIOD = Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    /** A hand-in at {@code vietnamTime} (ISO local time in Vietnam, UTC+7). */
    static UnitReportVersion version(int number, String vietnamTime, String file, String sha, UnitReportFigures figures) {
        Instant at = java.time.LocalDateTime.parse(vietnamTime).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        return new UnitReportVersion(UUID.randomUUID(), ROUND, UNIT, number, at, new Contributor("canbo.20374", "Trần Văn B"),
                file, EvidenceType.PDF, sha.repeat(64).substring(0, 64), figures, Optional.empty());
    }

    static UnitReportFigures figures(long received, Count late) {
        return UnitReportFigures.of(List.of(HandlingFigures.builder(UNIT, PERIOD, FiguresSource.SELF_REPORTED)
                .received(received).late(late).build()));
    }

    @Test
    void noReportIsNotYetUntilTheDueDateHasPassedThenOverdue() {
        assertThat(UnitReportStanding.of(UNIT, Optional.of(DUE), List.of(), DUE).state())
                .isEqualTo(UnitReportStanding.State.NOT_YET);
        assertThat(UnitReportStanding.of(UNIT, Optional.of(DUE), List.of(), DUE.plusDays(1)).state())
                .isEqualTo(UnitReportStanding.State.OVERDUE);
        assertThat(UnitReportStanding.of(UNIT, Optional.empty(), List.of(), DUE.plusYears(1)).state())
                .as("no due date: never overdue").isEqualTo(UnitReportStanding.State.NOT_YET);
    }

    @Test
    void aReportHandedInOnTheDueDateInVietnamIsOnTimeTheNextDayLate() {
        UnitReportVersion lastMinute = version(1, "2026-05-07T23:30:00", "bao-cao.pdf", "a", figures(10, Count.of(1)));
        UnitReportVersion nextDay = version(1, "2026-05-08T00:10:00", "bao-cao.pdf", "a", figures(10, Count.of(1)));

        UnitReportStanding onTime = UnitReportStanding.of(UNIT, Optional.of(DUE), List.of(lastMinute), DUE.plusDays(30));
        assertThat(onTime.state()).isEqualTo(UnitReportStanding.State.ON_TIME);
        assertThat(onTime.first()).contains(lastMinute);
        assertThat(onTime.changedAfterDueDate()).isFalse();
        assertThat(UnitReportStanding.of(UNIT, Optional.of(DUE), List.of(nextDay), DUE.plusDays(30)).state())
                .isEqualTo(UnitReportStanding.State.LATE);
        assertThat(UnitReportStanding.of(UNIT, Optional.empty(), List.of(nextDay), DUE).state())
                .isEqualTo(UnitReportStanding.State.HANDED_IN);
    }

    @Test
    void aVersionAfterTheDueDateSaysWhatChangedAgainstTheLastOneInTime() {
        UnitReportVersion first = version(1, "2026-05-02T09:00:00", "bao-cao.pdf", "a", figures(1062, Count.notReported()));
        UnitReportVersion second = version(2, "2026-05-06T09:00:00", "bao-cao.pdf", "a", figures(1062, Count.of(42)));
        UnitReportVersion afterDue = version(3, "2026-05-20T09:00:00", "bao-cao-sua.pdf", "b", figures(1070, Count.of(42)));

        UnitReportStanding s = UnitReportStanding.of(UNIT, Optional.of(DUE), List.of(afterDue, first, second), DUE.plusDays(30));

        assertThat(s.state()).isEqualTo(UnitReportStanding.State.ON_TIME);
        assertThat(s.first()).contains(first);
        assertThat(s.latest()).contains(afterDue);
        assertThat(s.changedAfterDueDate()).isTrue();
        assertThat(s.changedAfterDue()).extracting(c -> c.text(true)).containsExactly(
                "Tệp báo cáo: bao-cao.pdf → bao-cao-sua.pdf",
                "01/01/2025 – 31/12/2025 · mọi kênh · Tổng tiếp nhận: 1.062 → 1.070");
        assertThat(s.changedAfterDue()).extracting(c -> c.text(false)).containsExactly(
                "Report file: bao-cao.pdf → bao-cao-sua.pdf",
                "01/01/2025 – 31/12/2025 · all channels · Received: 1,062 → 1,070");
        // not reported is kept as such, never 0
        assertThat(second.changesSince(first)).extracting(c -> c.text(true))
                .containsExactly("01/01/2025 – 31/12/2025 · mọi kênh · Quá hạn: chưa báo cáo → 42");
    }

    @Test
    void aFirstReportThatCameLateIsLateNotChanged() {
        UnitReportVersion late = version(1, "2026-05-10T09:00:00", "bao-cao.pdf", "a", UnitReportFigures.NONE);
        UnitReportVersion later = version(2, "2026-05-12T09:00:00", "bao-cao.pdf", "b", UnitReportFigures.NONE);
        UnitReportStanding s = UnitReportStanding.of(UNIT, Optional.of(DUE), List.of(late, later), DUE.plusDays(30));
        assertThat(s.state()).isEqualTo(UnitReportStanding.State.LATE);
        assertThat(s.changedAfterDueDate()).isFalse();
    }

    @Test
    void figuresSurviveTheirStoredLines() {
        UnitReportFigures f = figures(5398, Count.notReported());
        assertThat(UnitReportFigures.ofLines(f.lines())).isEqualTo(f);
        assertThat(f.rows()).isEqualTo(1);
    }
}
