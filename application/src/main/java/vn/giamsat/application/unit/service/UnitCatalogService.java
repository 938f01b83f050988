package vn.giamsat.application.unit.service;

import vn.giamsat.domain.unit.UnitReasons;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.unit.port.in.RegisterUnitUseCase;
import vn.giamsat.application.unit.port.in.RenameUnitUseCase;
import vn.giamsat.application.common.StaleDataException;
import vn.giamsat.application.unit.port.in.ReorganiseUnitsUseCase;
import vn.giamsat.application.unit.port.in.UnitCommands.DissolveUnitCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.MergeIntoNewUnitCommand;
import vn.giamsat.application.unit.port.in.UnitCommands.MergeUnitsCommand;
import java.util.List;
import vn.giamsat.application.unit.port.in.UnitCommands.RegisterUnitCommand;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitId;

/**
 * The one write path of the administrative unit catalogue (danh mục đơn vị hành chính): registration, renaming and
 * reorganisation (mergers, dissolutions).
 */
public final class UnitCatalogService implements RegisterUnitUseCase, ReorganiseUnitsUseCase, RenameUnitUseCase {
    private final UnitCatalogPort units;
    private final TransactionPort tx;

    private final AccessPolicy access;

    public UnitCatalogService(UnitCatalogPort units, TransactionPort tx, AccessPolicy access) {
        this.access = access;
        this.units = units;
        this.tx = tx;
    }

    @Override
    public UnitId register(RegisterUnitCommand c) {
        access.requireCatalogueWrite();
        return tx.inTransaction("UnitCatalogService.register", () -> {
            AdministrativeUnit unit = newUnit(c, List.of());
            units.save(unit);
            return unit.id();
        });
    }

    @Override
    public UnitId mergeIntoNew(MergeIntoNewUnitCommand c) {
        access.requireCatalogueWrite();
        return tx.inTransaction("UnitCatalogService.mergeIntoNew", () -> {
            AdministrativeUnit successor = newUnit(c.successor(), c.predecessors());
            // Predecessors are ended first so that the new unit may take over one of their codes.
            for (UnitId id : c.predecessors()) {
                AdministrativeUnit predecessor = unit(id);
                predecessor.mergeInto(successor.validity().validFrom(), List.of(successor.id()));
                units.save(predecessor);
            }
            units.save(successor);
            return successor.id();
        });
    }

    /** A new unit whose code no other unit holds on its first day, the units about to end excepted. */
    private AdministrativeUnit newUnit(RegisterUnitCommand c, List<UnitId> ending) {
        if (c.parent() != null) {
            unit(c.parent());
        }
        units.findByCodeOn(c.code(), c.validity().validFrom())
                .filter(existing -> !ending.contains(existing.id()))
                .ifPresent(existing -> {
                    throw new DomainRuleViolation(Reason.of(UnitReasons.CODE_TAKEN,
                            "Mã " + c.code() + " đang là của " + existing.displayName() + " vào ngày " + c.validity().validFrom() + ".",
                            "Code " + c.code() + " belongs to " + existing.name() + " on " + c.validity().validFrom() + "."));
                });
        return AdministrativeUnit.register(c.code(), c.name(), c.kind(), c.parent(), c.validity());
    }

    @Override
    public void merge(MergeUnitsCommand c) {
        access.requireCatalogueWrite();
        tx.run("UnitCatalogService.merge", () -> {
            AdministrativeUnit successor = unit(c.successor());
            // A merger into a unit that does not exist on that day would leave the history pointing at nothing.
            if (!successor.isCurrentOn(c.effectiveOn())) {
                throw new DomainRuleViolation(Reason.of(UnitReasons.SUCCESSOR_NOT_CURRENT,
                        successor.displayName() + " không còn (hoặc chưa có) hiệu lực vào ngày " + c.effectiveOn() + ".",
                        successor.name() + " does not exist on " + c.effectiveOn() + "."));
            }
            for (UnitId id : c.predecessors()) {
                AdministrativeUnit predecessor = unit(id);
                predecessor.mergeInto(c.effectiveOn(), List.of(successor.id()));
                units.save(predecessor);
            }
        });
    }

    @Override
    public void dissolve(DissolveUnitCommand c) {
        access.requireCatalogueWrite();
        tx.run("UnitCatalogService.dissolve", () -> {
            AdministrativeUnit unit = unit(c.unit());
            unit.dissolve(c.effectiveOn());
            units.save(unit);
        });
    }

    @Override
    public void rename(RenameUnitUseCase.RenameUnitCommand c) {
        access.requireCatalogueWrite();
        tx.run("UnitCatalogService.rename", () -> {
            AdministrativeUnit unit = unit(c.unit());
            if (unit.version() != c.version()) {
                throw new StaleDataException(unit.displayName()); // someone changed it since the editor read it
            }
            unit.rename(c.name());
            units.save(unit);
        });
    }

    private AdministrativeUnit unit(UnitId id) {
        return units.find(id).orElseThrow(() -> new NotFoundException("đơn vị", "unit", id));
    }
}
