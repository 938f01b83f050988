package vn.giamsat.domain.figures;

import java.time.LocalDate;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.unit.UnitId;

/** The seed's figures, as domain.md tabulates them. */
final class SeedFigures {
    static final Period PERIOD = Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 30));

    static HandlingFigures.Builder of(Period period) {
        return HandlingFigures.builder(UnitId.random(), period, FiguresSource.SELF_REPORTED);
    }

    static HandlingFigures phuThinh() {
        return of(PERIOD).received(1062).early(976).onTime(44).late(42).receivedOnline(58).build();
    }

    static HandlingFigures tamDan() {
        return of(PERIOD).received(15973).build();
    }

    static HandlingFigures tamDanOnline2022() {
        return of(Period.year(2022)).channel(Channel.ONLINE).received(106).withinDeadline(103).late(3).build();
    }

    static HandlingFigures tamDan2022() {
        return of(Period.year(2022)).received(5380).receivedOnline(106).build();
    }

    static HandlingFigures tamDan2() {
        return of(Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31)))
                .received(15015).withinDeadline(14811).late(204).receivedOnline(17).build();
    }

    static HandlingFigures tamThai() {
        return of(Period.year(2022)).received(5398).reportedOnTimeRate(ReportedRate.percent("78")).build();
    }

    static HandlingFigures tamThanh() {
        return of(Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31))).received(5437).receivedOnline(0)
                .statement("Đa số hồ sơ được giải quyết đúng hạn.").build();
    }

    private SeedFigures() {}
}
