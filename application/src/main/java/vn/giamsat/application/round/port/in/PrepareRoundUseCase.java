package vn.giamsat.application.round.port.in;

import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;

/** Scope, delegation and schedule of a round (kế hoạch giám sát). */
public interface PrepareRoundUseCase {
    void includeUnit(IncludeUnitCommand command);

    void appoint(AppointMemberCommand command);

    void scheduleVisit(ScheduleVisitCommand command);

    /** The law printed under "Căn cứ"; by default the one in force on the resolution's date. */
    void reviseLegalBasis(RoundCommands.ReviseLegalBasisCommand command);
}
