package vn.giamsat.domain.deadline;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.giamsat.domain.calendar.WorkingTime;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;

/**
 * One dossier's deadline: the legal due moment (after pauses) and at most one apology slip with its new date. The
 * slip does not make a late dossier on time: it is late either way, "with an apology slip" or "without".
 *
 * @param apology {@code null} while no slip was issued
 */
public record DossierDeadline(LocalDateTime dueAt, ApologySlip apology) {
    public enum Lateness { ON_TIME, LATE_WITH_APOLOGY, LATE_WITHOUT_APOLOGY }

    public DossierDeadline {
        Require.present(dueAt, "hạn giải quyết", "due moment");
    }

    public static DossierDeadline of(DeadlineRule rule, LocalDateTime receivedAt, List<Pause> pauses,
                                     WorkingTime time) {
        return new DossierDeadline(rule.dueAt(receivedAt, pauses, time), null);
    }

    /** The slip's new date replaces the promise once; a second slip is refused, and so is a date not later. */
    public DossierDeadline reappointed(ApologySlip slip) {
        Require.present(slip, "phiếu xin lỗi", "apology slip");
        if (apology != null) {
            throw new DomainRuleViolation(Reason.of(DeadlineReasons.APOLOGY_TWICE,
                    "Hồ sơ đã có phiếu xin lỗi và hẹn lại ngày trả kết quả (hẹn " + apology.newDueAt()
                            + "): chỉ được hẹn lại một lần.",
                    "The dossier already has an apology slip with a new date (" + apology.newDueAt()
                            + "): a new date may be set once only."));
        }
        if (!slip.newDueAt().isAfter(dueAt)) {
            throw new DomainRuleViolation(Reason.of(DeadlineReasons.APOLOGY_NOT_LATER,
                    "Ngày hẹn lại " + slip.newDueAt() + " phải sau hạn giải quyết " + dueAt + ".",
                    "The new date " + slip.newDueAt() + " must be after the due moment " + dueAt + "."));
        }
        return new DossierDeadline(dueAt, slip);
    }

    public Optional<ApologySlip> apologySlip() {
        return Optional.ofNullable(apology);
    }

    /** The moment the applicant was last promised: the slip's new date, or the legal due moment. */
    public LocalDateTime promisedAt() {
        return apology == null ? dueAt : apology.newDueAt();
    }

    /** Late against the legal due moment, with or without a slip. */
    public Lateness judge(LocalDateTime resolvedAt) {
        if (!resolvedAt.isAfter(dueAt)) {
            return Lateness.ON_TIME;
        }
        return apology == null ? Lateness.LATE_WITHOUT_APOLOGY : Lateness.LATE_WITH_APOLOGY;
    }
}
