package vn.giamsat.application.publication.port.in;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamsat.domain.figures.FiguresSource;
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

    /** Which source a sum or a ranking takes when a unit has whole figures of one period from several. */
    public static final List<FiguresSource> SOURCE_PREFERENCE = List.of(FiguresSource.COMPUTED_FROM_DOSSIERS,
            FiguresSource.SUPERVISION_ROUND, FiguresSource.SELF_REPORTED);

    /** Figures of the whole unit: all channels and all procedures. */
    public boolean wholeUnit() {
        return figures.channel() == null && figures.procedureCode() == null;
    }

    /**
     * A unit's whole figures once per period. A round may publish a unit's figures of one period from several sources
     * (the unit's report and the count from dossier records, decision 052), and two rounds may cover the same unit and
     * period: summing or ranking them all would count the unit twice. The figures counted from dossier records come
     * first, then the delegation's, then the unit's own report; between two sets of the same source, the later
     * version of the round whose id sorts last (a rule only to be deterministic). A unit's own page still shows every
     * published source.
     */
    public static List<PublishedUnitFigures> countedOnce(List<PublishedUnitFigures> published) {
        Map<List<Object>, PublishedUnitFigures> chosen = new LinkedHashMap<>();
        Comparator<PublishedUnitFigures> better = Comparator
                .comparing((PublishedUnitFigures p) -> -SOURCE_PREFERENCE.indexOf(p.figures().source()))
                .thenComparing(PublishedUnitFigures::roundId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(PublishedUnitFigures::version);
        for (PublishedUnitFigures p : published) {
            if (p.wholeUnit()) {
                chosen.merge(List.of(p.unit().unitId(), p.figures().periodFrom(), p.figures().periodTo()), p,
                        (a, b) -> better.compare(b, a) > 0 ? b : a);
            }
        }
        return List.copyOf(chosen.values());
    }
}
