package vn.giamsat.application.procedure.port.in;

import vn.giamsat.domain.unit.UnitReasons;
import java.util.List;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.unit.UnitId;

/**
 * The one write path of the procedure catalogue (danh mục thủ tục hành chính): adds and changes procedures and sets
 * the list each unit publishes for citizens. Administrators only; the portal reads the same tables.
 */
public interface ProcedureCatalogUseCase {
    /** Refused when a procedure with this code exists: a new entry never overwrites another silently. */
    void create(Procedure procedure);

    /** Refused when no procedure has this code. */
    void change(Procedure procedure);

    void publishList(PublishProcedureListCommand command);

    record PublishProcedureListCommand(UnitId unit, List<ProcedureCode> procedures) {
        public PublishProcedureListCommand {
            Require.present(unit, UnitReasons.UNIT);
            procedures = List.copyOf(Require.present(procedures, "danh sách thủ tục", "procedure list"));
        }
    }
}
