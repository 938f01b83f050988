package vn.giamsat.application.procedure.service;

import java.util.List;
import java.util.Optional;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogQueries;
import vn.giamsat.application.procedure.port.out.ProcedureDirectoryPort;
import vn.giamsat.application.procedure.port.out.ProcedureCatalogPort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.application.procedure.model.ProcedureFilter;
import vn.giamsat.application.procedure.model.ProcedureSort;

/**
 * The procedure catalogue for its keepers. Procedures are public (the portal lists them), but this screen is the
 * administrators' workbench, so reading it asks for a signed-in role like every other admin screen.
 */
public final class ProcedureCatalogQueryService implements ProcedureCatalogQueries {
    private final ProcedureDirectoryPort directory;
    private final ProcedureCatalogPort procedures;
    private final AccessPolicy access;

    public ProcedureCatalogQueryService(ProcedureDirectoryPort directory, ProcedureCatalogPort procedures,
                                     AccessPolicy access) {
        this.directory = directory;
        this.procedures = procedures;
        this.access = access;
    }

    private void requireReader() {
        access.requireAnyRole("xem danh mục thủ tục", "read the procedure catalogue", Role.values());
    }

    @Override
    public long count(ProcedureFilter filter) {
        requireReader();
        return directory.count(filter);
    }

    @Override
    public List<Procedure> find(ProcedureFilter filter, PageRequest<ProcedureSort> page) {
        requireReader();
        return directory.find(filter, page);
    }

    @Override
    public Optional<Procedure> procedure(ProcedureCode code) {
        requireReader();
        return procedures.find(code);
    }

    @Override
    public List<String> fields() {
        requireReader();
        return directory.fields();
    }

    @Override
    public List<Procedure> listOf(vn.giamsat.domain.unit.UnitId unit) {
        requireReader();
        return procedures.listOf(unit);
    }
}
