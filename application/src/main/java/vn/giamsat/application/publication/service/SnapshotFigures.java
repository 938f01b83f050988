package vn.giamsat.application.publication.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.application.publication.port.out.UnitStatusPort;
import vn.giamsat.application.publication.port.out.UnitStatusPort.UnitStatus;
import vn.giamsat.domain.figures.Indicators;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.publication.RoundSnapshot;

/** The figures of one published version, with their indicators, in the round's order ({@link RoundSnapshot#figuresInRoundOrder}). */
final class SnapshotFigures {
    private SnapshotFigures() {}

    /** The unit's present status comes from {@code status}; the snapshot's own record only for a unit it does not know. */
    static List<PublishedUnitFigures> of(PublishedVersion version, UnitStatusPort status) {
        RoundSnapshot s = version.snapshot();
        Map<String, RoundSnapshot.Unit> units = s.units().stream()
                .collect(Collectors.toMap(RoundSnapshot.Unit::unitId, Function.identity()));
        List<PublishedUnitFigures> out = new ArrayList<>();
        Map<String, UnitStatus> present = new java.util.HashMap<>();
        for (RoundSnapshot.FiguresEntry f : s.figuresInRoundOrder()) {
            RoundSnapshot.Unit unit = units.get(f.unitId());
            if (unit == null) {
                continue; // as on the figures page: a unit outside the published scope is not public
            }
            Indicators indicators = Indicators.of(f.toFigures());
            UnitStatus now = present.computeIfAbsent(unit.unitId(), id -> status.statusOf(id)
                    .orElse(new UnitStatus(unit.validTo() != null, unit.successorNames())));
            out.add(new PublishedUnitFigures(unit, now.former(), f, indicators.onTimeRate(), indicators.lateRate(),
                    indicators.onlineShare(), s.roundId(), s.resolutionNumber(), version.number(), now.successorNames()));
        }
        return List.copyOf(out);
    }
}
