package vn.giamsat.application.publication.service;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.giamsat.application.publication.port.in.PublishedResultsQueries;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.application.publication.port.out.PublishedResultsPort;
import vn.giamsat.application.publication.port.out.UnitStatusPort;
import vn.giamsat.domain.publication.PublishedVersion;

/** The portal's read model, built from published snapshots only. */
public final class PublishedResultsService implements PublishedResultsQueries {
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

    private final PublishedResultsPort published;
    private final UnitStatusPort status;

    /** @param status each unit's present status, read now: the snapshot keeps the figures, not today's map */
    public PublishedResultsService(PublishedResultsPort published, UnitStatusPort status) {
        this.published = published;
        this.status = status;
    }

    @Override
    public List<PublishedUnitFigures> publishedUnitFigures() {
        List<PublishedUnitFigures> out = new ArrayList<>();
        for (PublishedVersion version : published.latestVersions()) {
            out.addAll(SnapshotFigures.of(version, status));
        }
        out.sort(Comparator.comparing((PublishedUnitFigures p) -> p.unit().name(), VIETNAMESE)
                .thenComparing(p -> p.figures().periodFrom())
                .thenComparing(p -> p.figures().periodTo(), Comparator.reverseOrder()) // a whole period before its parts
                .thenComparing(p -> p.figures().channel() == null ? -1 : p.figures().channel().ordinal()));
        return List.copyOf(out);
    }

    @Override
    public java.util.Map<String, List<PublishedUnitFigures>> publishedUnitFiguresByProvince() {
        java.util.Map<String, String> provinceOfUnit = new java.util.HashMap<>();
        java.util.Map<String, List<PublishedUnitFigures>> groups = new java.util.TreeMap<>(VIETNAMESE);
        for (PublishedUnitFigures p : publishedUnitFigures()) {
            String province = provinceOfUnit.computeIfAbsent(p.unit().unitId(), id -> status.provinceOf(id).orElse(""));
            groups.computeIfAbsent(province, k -> new ArrayList<>()).add(p);
        }
        java.util.Map<String, List<PublishedUnitFigures>> out = new java.util.LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }
}
