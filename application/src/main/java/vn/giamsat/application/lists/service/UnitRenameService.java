package vn.giamsat.application.lists.service;

import vn.giamsat.application.lists.port.in.RenameUnitUseCase;
import vn.giamsat.application.port.in.NotFoundException;
import vn.giamsat.application.port.out.StaleDataException;
import vn.giamsat.application.port.out.TransactionPort;
import vn.giamsat.application.port.out.UnitCatalogPort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.domain.unit.AdministrativeUnit;

/** Corrects unit names (administrators). */
public final class UnitRenameService implements RenameUnitUseCase {
    private final UnitCatalogPort units;
    private final TransactionPort tx;
    private final AccessPolicy access;

    public UnitRenameService(UnitCatalogPort units, TransactionPort tx, AccessPolicy access) {
        this.units = units;
        this.tx = tx;
        this.access = access;
    }

    @Override
    public void rename(RenameUnitCommand c) {
        access.requireCatalogueWrite();
        tx.run(() -> {
            AdministrativeUnit unit = units.find(c.unit()).orElseThrow(() -> new NotFoundException("đơn vị", "unit", c.unit()));
            if (unit.version() != c.version()) {
                throw new StaleDataException(unit.displayName()); // someone changed it since the editor read it
            }
            unit.rename(c.name());
            units.save(unit);
        });
    }
}
