package vn.giamsat.application.procedure.service;

import vn.giamsat.domain.procedure.ProcedureReasons;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogUseCase;
import vn.giamsat.application.procedure.port.out.ProcedureCatalogPort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;

/** Adds and changes procedures and the units' published lists (administrators). */
public final class ProcedureCatalogService implements ProcedureCatalogUseCase {
    private final ProcedureCatalogPort procedures;
    private final UnitCatalogPort units;
    private final TransactionPort tx;
    private final AccessPolicy access;

    public ProcedureCatalogService(ProcedureCatalogPort procedures, UnitCatalogPort units, TransactionPort tx,
                                   AccessPolicy access) {
        this.procedures = procedures;
        this.units = units;
        this.tx = tx;
        this.access = access;
    }

    @Override
    public void create(Procedure procedure) {
        access.requireCatalogueWrite();
        tx.run("ProcedureCatalogService.create", () -> {
            procedures.find(procedure.code()).ifPresent(existing -> {
                throw new DomainRuleViolation(Reason.of(ProcedureReasons.CODE_TAKEN,
                        "Mã thủ tục " + procedure.code() + " đã có trong danh mục: " + existing.name() + ".",
                        "Procedure code " + procedure.code() + " is already in the catalogue: " + existing.name() + "."));
            });
            procedures.save(procedure);
        });
    }

    @Override
    public void change(Procedure procedure) {
        access.requireCatalogueWrite();
        tx.run("ProcedureCatalogService.change", () -> {
            procedures.find(procedure.code())
                    .orElseThrow(() -> new NotFoundException("thủ tục", "procedure", procedure.code()));
            procedures.save(procedure);
        });
    }

    @Override
    public void publishList(PublishProcedureListCommand c) {
        access.requireCatalogueWrite();
        tx.run("ProcedureCatalogService.publishList", () -> {
            units.find(c.unit()).orElseThrow(() -> new NotFoundException("đơn vị", "unit", c.unit()));
            for (ProcedureCode code : c.procedures()) {
                procedures.find(code).orElseThrow(() -> new NotFoundException("thủ tục", "procedure", code));
            }
            procedures.publishList(c.unit(), c.procedures());
        });
    }
}
