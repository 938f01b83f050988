package vn.giamsat.application.procedure.port.out;

import java.util.List;
import java.util.Optional;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.unit.UnitId;

/** Procedures and the lists units publish. */
public interface ProcedureCatalogPort {
    Optional<Procedure> find(ProcedureCode code);

    /** Inserts, or replaces the procedure with the same code. */
    void save(Procedure procedure);

    /** Replaces the unit's published list of procedures. */
    void publishList(UnitId unit, List<ProcedureCode> procedures);

    List<Procedure> listOf(UnitId unit);
}
