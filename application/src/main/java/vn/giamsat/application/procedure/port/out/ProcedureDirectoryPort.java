package vn.giamsat.application.procedure.port.out;

import java.util.List;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.application.procedure.model.ProcedureFilter;
import vn.giamsat.application.procedure.model.ProcedureSort;

/** Procedures filtered, sorted and paged where they are stored. */
public interface ProcedureDirectoryPort {
    long count(ProcedureFilter filter);

    List<Procedure> find(ProcedureFilter filter, PageRequest<ProcedureSort> page);

    List<String> fields();
}
