package vn.giamsat.application.procedure.port.in;

import vn.giamsat.application.common.PageRequest;

import java.util.List;
import java.util.Optional;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.application.procedure.model.ProcedureFilter;
import vn.giamsat.application.procedure.model.ProcedureSort;

/**
 * The catalogue of procedures as administrators maintain it, a page at a time. The same table feeds the portal's
 * procedure pages: what is saved here is what citizens read.
 */
public interface ProcedureCatalogQueries {
    long count(ProcedureFilter filter);

    List<Procedure> find(ProcedureFilter filter, PageRequest<ProcedureSort> page);

    Optional<Procedure> procedure(ProcedureCode code);

    /** The fields (lĩnh vực) in use, for the filter and the form. */
    List<String> fields();

    /** The procedures a unit handles (its published list), in its order. */
    List<Procedure> listOf(vn.giamsat.domain.unit.UnitId unit);
}
