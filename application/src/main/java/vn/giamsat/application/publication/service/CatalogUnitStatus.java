package vn.giamsat.application.publication.service;

import java.util.Optional;
import vn.giamsat.application.publication.port.out.UnitStatusPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitId;

/** A unit's present status from the unit catalogue, as it is today. */
public final class CatalogUnitStatus implements UnitStatusPort {
    private final UnitCatalogPort units;

    public CatalogUnitStatus(UnitCatalogPort units) {
        this.units = units;
    }

    @Override
    public Optional<UnitStatus> statusOf(String unitId) {
        UnitId id;
        try {
            id = UnitId.of(unitId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return units.find(id).map(unit -> new UnitStatus(unit.validity().validTo() != null,
                units.findAll(unit.successors()).stream().map(AdministrativeUnit::displayName).toList()));
    }

    /** Up the unit's own parents (a commune's district, its province), which do not change with the unit. */
    @Override
    public Optional<String> provinceOf(String unitId) {
        Optional<AdministrativeUnit> u;
        try {
            u = units.find(UnitId.of(unitId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (int depth = 0; u.isPresent() && depth < 4; depth++) {
            if (u.get().parent().isEmpty()) {
                return Optional.of(u.get().displayName());
            }
            u = units.find(u.get().parent().get());
        }
        return Optional.empty();
    }
}
