package vn.giamsat.domain.deadline;

import java.time.LocalDateTime;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/**
 * Time the dossier waited for the applicant (chờ bổ sung, hoàn thiện hồ sơ): from the request for supplements to
 * their receipt. Its working time is not counted in the time limit, so the due moment moves by it.
 */
public record Pause(LocalDateTime from, LocalDateTime to) {
    public Pause {
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainRuleViolation(Reason.of(DeadlineReasons.PAUSE_REVERSED,
                    "Thời gian chờ bổ sung hồ sơ không hợp lệ: " + from + " – " + to + ".",
                    "Invalid time waiting for supplements: " + from + " – " + to + "."));
        }
    }
}
