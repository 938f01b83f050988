package vn.giamsat.application.round.port.in;

import vn.giamsat.domain.round.RoundReasons;
import vn.giamsat.domain.unit.UnitReasons;
import java.time.LocalDate;
import java.util.UUID;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.FollowUp;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.LegalBasis;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.UnitId;

/** Commands on supervision rounds; each validates itself, so an invalid command cannot exist. */
public final class RoundCommands {
    private RoundCommands() {}

    /** @param sampleData true only for demo content (dữ liệu mẫu), which its report and pages mark as such */
    public record EstablishRoundCommand(UnitId council, Resolution resolution, String subject, Period period,
                                        boolean sampleData) {
        public EstablishRoundCommand {
            Require.present(council, "Hội đồng nhân dân giám sát", "supervising council");
            Require.present(resolution, "nghị quyết thành lập đoàn", "resolution");
            subject = Require.text(subject, 1000, "nội dung giám sát", "subject");
            Require.present(period, "thời kỳ giám sát", "period covered");
        }

        /** A real round (not sample data). */
        public EstablishRoundCommand(UnitId council, Resolution resolution, String subject, Period period) {
            this(council, resolution, subject, period, false);
        }
    }

    /** Council staff reword the round's legal basis (căn cứ pháp lý) before the head approves the report. */
    public record ReviseLegalBasisCommand(RoundId round, LegalBasis legalBasis) {
        public ReviseLegalBasisCommand {
            Require.present(round, "cuộc giám sát", "round");
            Require.present(legalBasis, "căn cứ pháp lý", "legal basis");
        }
    }

    public record IncludeUnitCommand(RoundId round, UnitId unit) {
        public IncludeUnitCommand {
            Require.present(round, "cuộc giám sát", "round");
            Require.present(unit, UnitReasons.UNIT);
        }
    }

    public record AppointMemberCommand(RoundId round, DelegationMember member) {
        public AppointMemberCommand {
            Require.present(round, "cuộc giám sát", "round");
            Require.present(member, "thành viên", "member");
        }
    }

    public record ScheduleVisitCommand(RoundId round, Visit visit) {
        public ScheduleVisitCommand {
            Require.present(round, "cuộc giám sát", "round");
            Require.present(visit, "lịch làm việc", "visit");
        }
    }

    /** @param unit {@code null} for an overall finding about all units */
    public record RecordFindingCommand(RoundId round, UnitId unit, FindingKind kind, String text) {
        public RecordFindingCommand {
            Require.present(round, "cuộc giám sát", "round");
            Require.present(kind, RoundReasons.FINDING_KIND);
            text = Require.text(text, 4000, "nội dung nhận xét", "finding text");
        }
    }

    public record RecommendCommand(RoundId round, UnitId unit, String addressee, String text, LocalDate dueDate) {
        public RecommendCommand {
            Require.present(round, "cuộc giám sát", "round");
            addressee = Require.text(addressee, 300, RoundReasons.ADDRESSEE);
            text = Require.text(text, 4000, "nội dung kiến nghị", "recommendation text");
        }
    }

    public record RecordFollowUpCommand(RoundId round, UUID recommendation, FollowUp step) {
        public RecordFollowUpCommand {
            Require.present(round, "cuộc giám sát", "round");
            Require.present(recommendation, "kiến nghị", "recommendation");
            Require.present(step, RoundReasons.FOLLOW_UP);
        }
    }

    public record ChangeRoundStatusCommand(RoundId round, RoundStatus to) {
        public ChangeRoundStatusCommand {
            Require.present(round, "cuộc giám sát", "round");
            Require.present(to, "trạng thái mới", "new status");
        }
    }

    /** Who approves is the signed-in user (the delegation's head or the council office), never a field (issue 14.4). */
    public record ApproveReportCommand(RoundId round) {
        public ApproveReportCommand {
            Require.present(round, "cuộc giám sát", "round");
        }
    }

    /**
     * Who publishes is the signed-in user, never a field (issue 14.4).
     *
     * @param correctionReason required for every publication after the first
     */
    public record PublishRoundCommand(RoundId round, String correctionReason) {
        public PublishRoundCommand {
            Require.present(round, "cuộc giám sát", "round");
            correctionReason = correctionReason == null || correctionReason.isBlank() ? null : correctionReason.strip();
        }
    }
}
