package vn.giamsat.portal.web;

import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import vn.giamsat.application.publication.port.in.PublishedResultsQueries;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Channel;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.Indicators;
import vn.giamsat.domain.figures.ReportedRate;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.domain.publication.RoundSnapshot.FiguresEntry;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;

/**
 * The seed's figures (docs/domain.md, read as the lead's demo data reads them) as the in-port returns them
 * once round 21/NQ-HĐND is published. Indicators are computed by the domain, as the real service does. A test
 * may switch it to fail like an unreachable database or like a bug.
 */
public class SeedPublishedResults implements PublishedResultsQueries {
    static final String RESOLUTION = "21/NQ-HĐND";
    static final String SECRET = "secret-internal-detail";

    enum Mode { PUBLISHED, NOTHING_PUBLISHED, DATABASE_DOWN, BROKEN }

    private volatile Mode mode = Mode.PUBLISHED;

    void mode(Mode mode) {
        this.mode = mode;
    }

    @Override
    public List<PublishedUnitFigures> publishedUnitFigures() {
        return switch (mode) {
            case PUBLISHED -> figures();
            case NOTHING_PUBLISHED -> List.of();
            case DATABASE_DOWN -> throw new DataAccessResourceFailureException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available " + SECRET));
            case BROKEN -> throw new IllegalStateException("bug in the read model: " + SECRET);
        };
    }

    /** The seed's five communes were units of Quảng Nam (the catalogue's grouping, decision 032). */
    @Override
    public java.util.Map<String, List<PublishedUnitFigures>> publishedUnitFiguresByProvince() {
        List<PublishedUnitFigures> all = publishedUnitFigures();
        return all.isEmpty() ? java.util.Map.of() : java.util.Map.of("Tỉnh Quảng Nam", all);
    }

    private static final Period PERIOD = Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 30));
    private static final Period YEARS_2021_2022 = Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
    private static final String SOURCE = "Bản tin về cuộc giám sát, không phải báo cáo của Đoàn giám sát";

    static List<PublishedUnitFigures> figures() {
        var phuThinh = unit("20364", "Phú Thịnh", UnitKind.TOWNSHIP, "Xã Chiên Đàn");
        var tamDan = unit("20392", "Tam Dân", UnitKind.COMMUNE, "Xã Phú Ninh");
        var tamDanAbsorbed = unit("20374", "Tam Đàn", UnitKind.COMMUNE, "Xã Chiên Đàn");
        var tamThai = unit("20386", "Tam Thái", UnitKind.COMMUNE, "Xã Chiên Đàn");
        var tamThanh = unit("20365", "Tam Thành", UnitKind.COMMUNE, "Xã Tây Hồ");
        Map<RoundSnapshot.Unit, List<HandlingFigures>> byUnit = new java.util.LinkedHashMap<>();
        byUnit.put(phuThinh, List.of(figures(phuThinh, PERIOD)
                .received(1062).early(976).onTime(44).late(42).receivedOnline(58).sourceNote(SOURCE).build()));
        byUnit.put(tamDan, List.of(figures(tamDan, YEARS_2021_2022)
                .received(15015).withinDeadline(14811).late(204).receivedOnline(17)
                .statement("Giải quyết đúng hạn 14.811 hồ sơ (báo cáo không tách trước hạn), trễ hẹn 204 hồ sơ.")
                .sourceNote(SOURCE).build()));
        byUnit.put(tamDanAbsorbed, List.of(
                figures(tamDanAbsorbed, PERIOD).received(15973).sourceNote(SOURCE).build(),
                figures(tamDanAbsorbed, Period.year(2021)).receivedOnline(0)
                        .statement("Năm 2021, UBND xã Tam Đàn chưa thực hiện hồ sơ trực tuyến mức độ 3, 4.")
                        .sourceNote(SOURCE).build(),
                figures(tamDanAbsorbed, Period.year(2022)).received(5380).receivedOnline(106)
                        .statement("Năm 2022, đã thực hiện được 106/5.380 hồ sơ trực tuyến mức độ 3, 4.")
                        .sourceNote(SOURCE).build(),
                figures(tamDanAbsorbed, Period.year(2022)).channel(Channel.ONLINE).received(106)
                        .withinDeadline(103).late(3)
                        .statement("Hồ sơ trực tuyến mức độ 3, 4: đúng hạn 103, trễ hạn 03.")
                        .sourceNote(SOURCE).build()));
        byUnit.put(tamThai, List.of(figures(tamThai, Period.year(2022))
                .received(5398).reportedOnTimeRate(ReportedRate.percent("78"))
                .statement("Tỷ lệ hồ sơ trước hạn và đúng hạn đạt 78%.").sourceNote(SOURCE).build()));
        byUnit.put(tamThanh, List.of(figures(tamThanh, YEARS_2021_2022)
                .received(5437).receivedOnline(0)
                .statement("đa số hồ sơ được giải quyết đúng hạn. Chưa thực hiện tiếp nhận hồ sơ qua dịch vụ "
                        + "công trực tuyến.")
                .sourceNote(SOURCE).build()));
        return byUnit.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(f -> published(e.getKey(), f)))
                .toList();
    }

    /** Every seed unit was merged on 1 July 2025; the id is derived from the code only to stay stable. */
    private static RoundSnapshot.Unit unit(String code, String name, UnitKind kind, String successor) {
        String id = "00000000-0000-0000-0000-0000000" + code;
        return new RoundSnapshot.Unit(id, code, name, kind, LocalDate.of(2005, 1, 1), LocalDate.of(2025, 7, 1),
                List.of(successor));
    }

    private static HandlingFigures.Builder figures(RoundSnapshot.Unit unit, Period period) {
        return HandlingFigures.builder(UnitId.of(unit.unitId()), period, FiguresSource.SELF_REPORTED);
    }

    private static PublishedUnitFigures published(RoundSnapshot.Unit unit, HandlingFigures figures) {
        Indicators indicators = Indicators.of(figures);
        return new PublishedUnitFigures(unit, unit.validTo() != null, FiguresEntry.of(figures),
                indicators.onTimeRate(), indicators.lateRate(), indicators.onlineShare(), "round-21", RESOLUTION, 1,
                unit.successorNames());
    }
}
