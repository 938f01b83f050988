package vn.giamsat.application.publication.service;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.giamsat.application.publication.port.in.ProcedureListing;
import vn.giamsat.application.publication.port.in.ProcedureListing.PublicProcedure;
import vn.giamsat.application.publication.port.in.ProcedureQueries;
import vn.giamsat.application.publication.port.in.ProcedureSearch;
import vn.giamsat.application.publication.port.in.UnitRef;
import vn.giamsat.application.publication.port.out.PublicCatalogPort;
import vn.giamsat.application.publication.port.out.PublicCatalogPort.ListedProcedure;
import vn.giamsat.domain.procedure.Procedure;

/**
 * Searches the catalogue in memory: a province publishes a few thousand procedures at most, so folding and
 * matching them per request costs well under a millisecond and needs nothing from the database but a read.
 */
public final class ProcedureQueryService implements ProcedureQueries {
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

    private final PublicCatalogPort catalog;

    public ProcedureQueryService(PublicCatalogPort catalog) {
        this.catalog = catalog;
    }

    @Override
    public ProcedureListing search(ProcedureSearch search) {
        List<Procedure> procedures = catalog.procedures();
        List<ListedProcedure> lists = catalog.publishedLists();
        Map<String, List<UnitRef>> unitsByProcedure = unitsByProcedure(lists);
        List<String> words = SearchText.words(search.text());
        List<PublicProcedure> matches = new ArrayList<>();
        for (Procedure p : procedures) {
            List<UnitRef> units = unitsByProcedure.getOrDefault(p.code().value(), List.of());
            if (search.field() != null && !search.field().equals(p.field())) continue;
            if (search.onlineMode() != null && search.onlineMode() != p.onlineMode()) continue;
            if (Boolean.TRUE.equals(search.postal()) && !p.postalServiceAllowed()) continue;
            if (search.unitId() != null && units.stream().noneMatch(u -> u.unitId().equals(search.unitId()))) continue;
            if (!words.isEmpty() && !SearchText.matches(
                    SearchText.fold(p.code().value() + " " + p.name() + " " + p.field()), words)) continue;
            matches.add(new PublicProcedure(p, units));
        }
        matches.sort(Comparator.comparing((PublicProcedure p) -> p.procedure().name(), VIETNAMESE));
        List<String> fields = procedures.stream().map(Procedure::field).distinct().sorted(VIETNAMESE).toList();
        List<UnitRef> units = unitsByProcedure.values().stream().flatMap(List::stream).distinct()
                .sorted(Comparator.comparing(UnitRef::displayName, VIETNAMESE)).toList();
        return new ProcedureListing(matches, fields, units);
    }

    @Override
    public Optional<PublicProcedure> procedure(String code) {
        Map<String, List<UnitRef>> units = unitsByProcedure(catalog.publishedLists());
        return catalog.procedures().stream().filter(p -> p.code().value().equals(code)).findFirst()
                .map(p -> new PublicProcedure(p, units.getOrDefault(code, List.of())));
    }

    private static Map<String, List<UnitRef>> unitsByProcedure(List<ListedProcedure> lists) {
        Map<String, List<UnitRef>> byProcedure = new LinkedHashMap<>();
        for (ListedProcedure l : lists) {
            byProcedure.computeIfAbsent(l.procedureCode(), c -> new ArrayList<>())
                    .add(new UnitRef(l.unitId(), l.unitCode(), l.unitKind().vietnamese() + " " + l.unitName()));
        }
        return byProcedure;
    }
}
