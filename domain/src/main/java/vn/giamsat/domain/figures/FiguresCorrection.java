package vn.giamsat.domain.figures;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.round.RoundId;

/**
 * A correction (đính chính) of figures that a round's report has frozen: the figures as they stand ({@code before}),
 * as they should be ({@code after}), why, and who proposed and who reviewed it. Once reviewed it never changes; an
 * approved one changes the figures and is listed in the next published version of the round.
 *
 * <p>Four eyes: whoever proposed a correction cannot approve it (they may reject, i.e. withdraw, it).
 *
 * @param reviewedBy {@code null} while pending
 */
public record FiguresCorrection(UUID id, RoundId round, HandlingFigures before, HandlingFigures after, String reason,
                                Person proposedBy, Instant proposedAt, CorrectionStatus status, Person reviewedBy,
                                Instant reviewedAt) {

    /** Who acted, as signed in: the username is what identifies them, the name is for display. */
    public record Person(String username, String name) {
        public Person {
            username = Require.text(username, 200, "tên đăng nhập", "username");
            name = name == null || name.isBlank() ? username : name.strip();
        }
    }

    public FiguresCorrection {
        Require.present(id, "mã đính chính", "correction id");
        Require.present(round, "cuộc giám sát", "round");
        Require.present(before, "số liệu hiện có", "current figures");
        Require.present(after, "số liệu đính chính", "corrected figures");
        reason = Require.text(reason, 2000, "lý do đính chính", "reason for the correction");
        Require.present(proposedBy, "người đề nghị", "proposer");
        Require.present(proposedAt, "thời điểm đề nghị", "time of the proposal");
        Require.present(status, "trạng thái", "status");
        if (!sameFigures(before, after)) {
            throw new DomainRuleViolation(Reason.of("correction.other-figures",
                    "Đính chính không được đổi đơn vị, kỳ, thủ tục, kênh hoặc nguồn của số liệu.",
                    "A correction cannot change the unit, period, procedure, channel or source of the figures."));
        }
        if (FiguresField.changes(before, after).isEmpty()) {
            throw new DomainRuleViolation(Reason.of("correction.unchanged",
                    "Số liệu đính chính giống hệt số liệu hiện có.", "The corrected figures are the same as the current ones."));
        }
        if ((status == CorrectionStatus.PENDING) != (reviewedBy == null) || (reviewedBy == null) != (reviewedAt == null)) {
            throw new IllegalArgumentException("a correction has a reviewer exactly when it has been reviewed");
        }
        if (status == CorrectionStatus.APPROVED && reviewedBy.username().equals(proposedBy.username())) {
            throw ownProposal();
        }
    }

    /** A new pending correction of {@code before} to {@code after}. */
    public static FiguresCorrection propose(RoundId round, HandlingFigures before, HandlingFigures after, String reason,
                                            Person by, Instant at) {
        return new FiguresCorrection(UUID.randomUUID(), round, before, after, reason, by, at, CorrectionStatus.PENDING,
                null, null);
    }

    /** Approved by someone other than the proposer; the caller then stores {@link #after()} as the figures. */
    public FiguresCorrection approve(Person reviewer, Instant at) {
        requirePending();
        if (Objects.requireNonNull(reviewer, "reviewer").username().equals(proposedBy.username())) {
            throw ownProposal();
        }
        return new FiguresCorrection(id, round, before, after, reason, proposedBy, proposedAt,
                CorrectionStatus.APPROVED, reviewer, Require.present(at, "thời điểm duyệt", "review time"));
    }

    /** Rejected (or withdrawn by its proposer): the figures stay as they are. */
    public FiguresCorrection reject(Person reviewer, Instant at) {
        requirePending();
        return new FiguresCorrection(id, round, before, after, reason, proposedBy, proposedAt,
                CorrectionStatus.REJECTED, Objects.requireNonNull(reviewer, "reviewer"),
                Require.present(at, "thời điểm duyệt", "review time"));
    }

    public List<FiguresField.Change> changes() {
        return FiguresField.changes(before, after);
    }

    /** Whether this correction is about the same figures (unit, period, procedure, channel, source) as {@code f}. */
    public boolean concerns(HandlingFigures f) {
        return sameFigures(before, f);
    }

    private void requirePending() {
        if (status != CorrectionStatus.PENDING) {
            throw new DomainRuleViolation(Reason.of("correction.reviewed",
                    "Đề nghị đính chính này đã được xem xét (" + status.vietnamese() + ").",
                    "This correction has already been reviewed (" + status.english() + ")."));
        }
    }

    private static DomainRuleViolation ownProposal() {
        return new DomainRuleViolation(Reason.of("correction.own-proposal",
                "Người đề nghị đính chính không tự duyệt được: cần Trưởng đoàn hoặc một cán bộ Văn phòng HĐND khác.",
                "Whoever proposed a correction cannot approve it: the head of the delegation or other council staff must."));
    }

    /** Same unit, period, procedure, channel and source: the key the figures are stored under. */
    public static boolean sameFigures(HandlingFigures a, HandlingFigures b) {
        return a.unit().equals(b.unit()) && a.period().equals(b.period()) && Objects.equals(a.procedure(), b.procedure())
                && a.channel() == b.channel() && a.source() == b.source();
    }
}
