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
}
