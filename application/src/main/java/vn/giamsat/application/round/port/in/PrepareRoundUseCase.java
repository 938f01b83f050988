package vn.giamsat.application.round.port.in;

import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;

/** Scope, delegation and schedule of a round (kế hoạch giám sát). */
public interface PrepareRoundUseCase {
    void includeUnit(IncludeUnitCommand command);

    void appoint(AppointMemberCommand command);

    void scheduleVisit(ScheduleVisitCommand command);

    /**
     * The user accounts a member of this round's delegation can be linked to (those with a delegation role),
     * matching {@code search} by username, name or e-mail; for whoever may change the round's delegation.
     */
    java.util.List<vn.giamsat.application.round.model.MemberAccount> memberAccounts(
            vn.giamsat.domain.round.RoundId round, String search);

    /** The law printed under "Căn cứ"; by default the one in force on the resolution's date. */
    void reviseLegalBasis(RoundCommands.ReviseLegalBasisCommand command);
}
