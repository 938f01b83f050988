package vn.giamsat.application.lists.service;

import vn.giamsat.application.lists.port.in.MaintainProceduresUseCase;
import vn.giamsat.application.port.in.NotFoundException;
import vn.giamsat.application.port.out.ProcedureCatalogPort;
import vn.giamsat.application.port.out.TransactionPort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.procedure.Procedure;

/** Adds and changes procedures (administrators). The portal reads the same table, so a change shows there too. */
public final class ProcedureMaintenanceService implements MaintainProceduresUseCase {
    private final ProcedureCatalogPort procedures;
    private final TransactionPort tx;
    private final AccessPolicy access;

    public ProcedureMaintenanceService(ProcedureCatalogPort procedures, TransactionPort tx, AccessPolicy access) {
        this.procedures = procedures;
        this.tx = tx;
        this.access = access;
    }

    @Override
    public void create(Procedure procedure) {
        access.requireCatalogueWrite();
        tx.run(() -> {
            procedures.find(procedure.code()).ifPresent(existing -> {
                throw new DomainRuleViolation(Reason.of("procedure.code-taken",
                        "Mã thủ tục " + procedure.code() + " đã có trong danh mục: " + existing.name() + ".",
                        "Procedure code " + procedure.code() + " is already in the catalogue: " + existing.name() + "."));
            });
            procedures.save(procedure);
        });
    }

    @Override
    public void change(Procedure procedure) {
        access.requireCatalogueWrite();
        tx.run(() -> {
            procedures.find(procedure.code())
                    .orElseThrow(() -> new NotFoundException("thủ tục", "procedure", procedure.code()));
            procedures.save(procedure);
        });
    }
}
