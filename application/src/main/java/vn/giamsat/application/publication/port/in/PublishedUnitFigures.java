package vn.giamsat.application.publication.port.in;

import java.util.List;
import vn.giamsat.domain.figures.Rate;
import vn.giamsat.domain.publication.RoundSnapshot;

/**
 * A unit's published figures for one period, with the indicators computed from them and where they come
 * from (the published round and version).
 *
 * @param formerUnit     true when the unit no longer exists today (merged or dissolved): read when the page is
 *                       shown, not frozen in the snapshot
 * @param successorNames what the unit is part of today ("Xã Chiên Đàn"), read with {@code formerUnit}
 */
public record PublishedUnitFigures(
        RoundSnapshot.Unit unit,
        boolean formerUnit,
        RoundSnapshot.FiguresEntry figures,
        Rate onTimeRate,
        Rate lateRate,
        Rate onlineShare,
        String roundId,
        String resolutionNumber,
        int version,
        List<String> successorNames) {

    public PublishedUnitFigures {
        successorNames = successorNames == null ? List.of() : List.copyOf(successorNames);
    }
}
