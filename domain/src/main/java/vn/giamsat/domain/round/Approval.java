package vn.giamsat.domain.round;

import java.time.Instant;
import vn.giamsat.domain.common.Require;

/** The head's approval of the delegation's report (phê duyệt báo cáo), required before publication. */
public record Approval(String approvedBy, Instant approvedAt) {
    public Approval {
        approvedBy = Require.text(approvedBy, 120, "người phê duyệt", "approver");
        Require.present(approvedAt, "thời điểm phê duyệt", "approval time");
    }
}
