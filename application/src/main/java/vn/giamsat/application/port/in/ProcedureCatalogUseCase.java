package vn.giamsat.application.port.in;

import java.util.List;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.unit.UnitId;

/** Maintains procedures and the list of procedures each unit publishes for citizens. */
public interface ProcedureCatalogUseCase {
    void register(Procedure procedure);

    void publishList(PublishProcedureListCommand command);

    record PublishProcedureListCommand(UnitId unit, List<ProcedureCode> procedures) {
        public PublishProcedureListCommand {
            Require.present(unit, "đơn vị", "unit");
            procedures = List.copyOf(Require.present(procedures, "danh sách thủ tục", "procedure list"));
        }
    }
}
