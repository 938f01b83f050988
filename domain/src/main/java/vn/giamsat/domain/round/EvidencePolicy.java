package vn.giamsat.domain.round;

import vn.giamsat.domain.common.Decision;
import vn.giamsat.domain.common.Reason;

/**
 * When evidence and comments may be added or taken back: at any stage of the round until it is closed (the commune
 * may answer a recommendation while the delegation still works, and long after publication), never afterwards.
 */
public final class EvidencePolicy {
    private EvidencePolicy() {}

    public static Decision checkOpen(RoundStatus status) {
        if (status == RoundStatus.CLOSED) {
            return Decision.refused(Reason.of("evidence.round-closed",
                    "Cuộc giám sát đã kết thúc: không thể thêm hay xóa minh chứng, ý kiến.",
                    "The round is closed: evidence and comments can no longer be added or deleted."));
        }
        return Decision.allowed();
    }
}
