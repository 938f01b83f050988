package vn.giamsat.application.publication.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamsat.application.publication.port.in.UnitHistoryQueries;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitId;

/** Every unit of the catalogue with its parent's and its successors' codes, read in one pass over the catalogue. */
public final class UnitHistoryService implements UnitHistoryQueries {
    private final UnitCatalogPort units;

    public UnitHistoryService(UnitCatalogPort units) {
        this.units = units;
    }

    @Override
    public List<UnitHistoryEntry> everyUnit() {
        List<AdministrativeUnit> all = units.all();
        Map<UnitId, AdministrativeUnit> byId = all.stream()
                .collect(Collectors.toMap(AdministrativeUnit::id, Function.identity(), (a, b) -> a));
        return all.stream()
                .sorted(Comparator.comparing((AdministrativeUnit u) -> u.code().value())
                        .thenComparing(u -> u.validity().validFrom(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(u -> entry(u, byId)).toList();
    }

    private static UnitHistoryEntry entry(AdministrativeUnit u, Map<UnitId, AdministrativeUnit> byId) {
        AdministrativeUnit parent = u.parent().map(byId::get).orElse(null);
        // a successor the catalogue does not hold (it never should) keeps its id, with no code rather than a guess
        List<UnitId> successors = u.successors();
        return new UnitHistoryEntry(u.id().value().toString(), u.code().value(), u.name(), u.kind(),
                u.parent().map(p -> p.value().toString()).orElse(null), parent == null ? null : parent.code().value(),
                u.validity().validFrom(), u.validity().validTo(),
                successors.stream().map(s -> s.value().toString()).toList(),
                successors.stream().map(s -> byId.containsKey(s) ? byId.get(s).code().value() : "").toList(),
                u.endedBy().orElse(null));
    }
}
