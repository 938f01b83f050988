package vn.giamsat.application.publication.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.domain.figures.Indicators;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.publication.RoundSnapshot;

/** The figures of one published version, with their indicators, in the order the snapshot lists them. */
final class SnapshotFigures {
    private SnapshotFigures() {}

    static List<PublishedUnitFigures> of(PublishedVersion version) {
        RoundSnapshot s = version.snapshot();
        Map<String, RoundSnapshot.Unit> units = s.units().stream()
                .collect(Collectors.toMap(RoundSnapshot.Unit::unitId, Function.identity()));
        List<PublishedUnitFigures> out = new ArrayList<>();
        for (RoundSnapshot.FiguresEntry f : s.figures()) {
            RoundSnapshot.Unit unit = units.get(f.unitId());
            if (unit == null) {
                continue; // as on the figures page: a unit outside the published scope is not public
            }
            Indicators indicators = Indicators.of(f.toFigures());
            out.add(new PublishedUnitFigures(unit, unit.validTo() != null, f, indicators.onTimeRate(),
                    indicators.lateRate(), indicators.onlineShare(), s.roundId(), s.resolutionNumber(), version.number()));
        }
        return List.copyOf(out);
    }
}
