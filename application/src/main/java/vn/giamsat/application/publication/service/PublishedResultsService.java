package vn.giamsat.application.publication.service;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamsat.application.publication.port.in.PublishedResultsQueries;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.application.publication.port.out.PublishedResultsPort;
import vn.giamsat.domain.figures.Indicators;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.publication.RoundSnapshot;

/** The portal's read model, built from published snapshots only. */
public final class PublishedResultsService implements PublishedResultsQueries {
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

    private final PublishedResultsPort published;

    public PublishedResultsService(PublishedResultsPort published) {
        this.published = published;
    }

    @Override
    public List<PublishedUnitFigures> publishedUnitFigures() {
        List<PublishedUnitFigures> out = new ArrayList<>();
        for (PublishedVersion version : published.latestVersions()) {
            RoundSnapshot s = version.snapshot();
            Map<String, RoundSnapshot.Unit> units = s.units().stream()
                    .collect(Collectors.toMap(RoundSnapshot.Unit::unitId, Function.identity()));
            for (RoundSnapshot.FiguresEntry f : s.figures()) {
                RoundSnapshot.Unit unit = units.get(f.unitId());
                if (unit == null) {
                    continue; // figures of a unit outside the published scope are not public
                }
                Indicators indicators = Indicators.of(f.toFigures());
                out.add(new PublishedUnitFigures(unit, unit.validTo() != null, f, indicators.onTimeRate(),
                        indicators.lateRate(), indicators.onlineShare(), s.roundId(), s.resolutionNumber(),
                        version.number()));
            }
        }
        out.sort(Comparator.comparing((PublishedUnitFigures p) -> p.unit().name(), VIETNAMESE)
                .thenComparing(p -> p.figures().periodFrom())
                .thenComparing(p -> p.figures().periodTo(), Comparator.reverseOrder()) // a whole period before its parts
                .thenComparing(p -> p.figures().channel() == null ? -1 : p.figures().channel().ordinal()));
        return List.copyOf(out);
    }
}
