package vn.giamsat.application.common;

import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/** Someone else changed the record since it was read: the write is refused, not lost (optimistic locking). */
public final class StaleDataException extends DomainRuleViolation {
    public static final String CODE = "stale-data";

    public StaleDataException(String what) {
        super(Reason.of(CODE,
                "Dữ liệu " + what + " vừa được người khác thay đổi. Hãy tải lại rồi thực hiện lại thao tác.",
                "The " + what + " was changed by someone else meanwhile. Reload it and try again."));
    }
}
