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
 * becomes the recommendation's status and is shown to citizens, without republishing the round, or returns it with
 * a reason (the unit reports again).
 */
public interface FollowUpProgressUseCase {
    /** Codes of the refusals a form shows beside its field. */
    String EVIDENCE_LINK = "progress.evidence-link";
    String RETURN_REASON = "progress.return-reason";
    String TEXT_TOO_LONG = "progress.text-too-long";
    /** @param evidenceLink an http(s) address where the evidence can be read; blank for none */
    record ReportProgressCommand(RoundId round, UUID recommendation, FollowUpStatus status, String text,
                                 Optional<UUID> evidence, String evidenceLink) {
        public ReportProgressCommand {
            Objects.requireNonNull(round, "round");
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(status, "status");
            evidence = evidence == null ? Optional.empty() : evidence;
        }

        public ReportProgressCommand(RoundId round, UUID recommendation, FollowUpStatus status, String text,
                                     Optional<UUID> evidence) {
            this(round, recommendation, status, text, evidence, null);
        }
    }

    /** @param reason why the report is returned, shown to the unit */
    record ReturnProgressCommand(RoundId round, UUID report, String reason) {
        public ReturnProgressCommand {
            Objects.requireNonNull(round, "round");
            Objects.requireNonNull(report, "report");
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

    /** Sends a report back to the unit with a reason; nothing changes on the round or on the portal. */
    ProgressEntry returnReport(ReturnProgressCommand command);

    /** The recommendation's record, oldest first, for whoever may read that part of the round. */
    List<ProgressEntry> entries(RoundId round, UUID recommendation);
}
