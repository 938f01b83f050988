package vn.giamsat.application.round.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.giamsat.application.round.model.ProgressEntry;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.RoundId;

/**
 * A unit reports progress on a recommendation addressed to it; the council office accepts the report, which then
 * becomes the recommendation's status and is shown to citizens, without republishing the round.
 */
public interface FollowUpProgressUseCase {
    record ReportProgressCommand(RoundId round, UUID recommendation, FollowUpStatus status, String text,
                                 Optional<UUID> evidence) {
        public ReportProgressCommand {
            Objects.requireNonNull(round, "round");
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(status, "status");
            evidence = evidence == null ? Optional.empty() : evidence;
        }
    }

    record AcceptProgressCommand(RoundId round, UUID report) {
        public AcceptProgressCommand {
            Objects.requireNonNull(round, "round");
            Objects.requireNonNull(report, "report");
        }
    }

    ProgressEntry report(ReportProgressCommand command);

    ProgressEntry accept(AcceptProgressCommand command);

    /** The recommendation's record, oldest first, for whoever may read that part of the round. */
    List<ProgressEntry> entries(RoundId round, UUID recommendation);
}
