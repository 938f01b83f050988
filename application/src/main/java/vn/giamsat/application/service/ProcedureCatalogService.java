package vn.giamsat.application.service;

import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.port.in.NotFoundException;
import vn.giamsat.application.port.in.ProcedureCatalogUseCase;
import vn.giamsat.application.port.out.ProcedureCatalogPort;
import vn.giamsat.application.port.out.TransactionPort;
import vn.giamsat.application.port.out.UnitCatalogPort;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;

public final class ProcedureCatalogService implements ProcedureCatalogUseCase {
    private final ProcedureCatalogPort procedures;
    private final UnitCatalogPort units;
    private final TransactionPort tx;

    private final AccessPolicy access;

    public ProcedureCatalogService(ProcedureCatalogPort procedures, UnitCatalogPort units, TransactionPort tx,
                                   AccessPolicy access) {
        this.access = access;
        this.procedures = procedures;
        this.units = units;
        this.tx = tx;
    }

    @Override
    public void register(Procedure procedure) {
        access.requireCatalogueWrite();
        tx.run(() -> procedures.save(procedure));
    }

    @Override
    public void publishList(PublishProcedureListCommand c) {
        access.requireCatalogueWrite();
        tx.run(() -> {
            units.find(c.unit()).orElseThrow(() -> new NotFoundException("đơn vị", "unit", c.unit()));
            for (ProcedureCode code : c.procedures()) {
                procedures.find(code).orElseThrow(() -> new NotFoundException("thủ tục", "procedure", code));
            }
            procedures.publishList(c.unit(), c.procedures());
        });
    }
}
