package vn.giamsat.application.lists.port.out;

import java.util.List;
import vn.giamsat.application.lists.port.in.PageRequest;
import vn.giamsat.application.lists.port.in.ProcedureCatalogueQueries.ProcedureFilter;
import vn.giamsat.application.lists.port.in.ProcedureCatalogueQueries.ProcedureSort;
import vn.giamsat.domain.procedure.Procedure;

/** Procedures filtered, sorted and paged where they are stored. */
public interface ProcedureDirectoryPort {
    long count(ProcedureFilter filter);

    List<Procedure> find(ProcedureFilter filter, PageRequest<ProcedureSort> page);

    List<String> fields();
}
