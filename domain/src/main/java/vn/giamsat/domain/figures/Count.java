package vn.giamsat.domain.figures;

import java.util.function.LongBinaryOperator;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/**
 * A dossier count as a report gave it: a number, or "not reported" (chưa báo cáo). Not reported is not zero:
 * any sum with a missing part is itself not reported.
 */
public sealed interface Count permits Count.Reported, Count.NotReported {

    record Reported(long value) implements Count {
        public Reported {
            if (value < 0) {
                throw new DomainRuleViolation(Reason.of("count.negative",
                        "Số hồ sơ không được âm (" + value + ").", "A dossier count cannot be negative (" + value + ")."));
            }
        }

        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    record NotReported() implements Count {
        @Override
        public String toString() {
            return "–";
        }
    }

    NotReported NOT_REPORTED = new NotReported();

    static Count of(long value) {
        return new Reported(value);
    }

    static Count notReported() {
        return NOT_REPORTED;
    }

    /** From storage, where {@code null} means not reported. */
    static Count ofNullable(Long value) {
        return value == null ? NOT_REPORTED : new Reported(value);
    }

    default boolean isReported() {
        return this instanceof Reported;
    }

    /** The number, or {@code null} when not reported: for storage and serialisation only. */
    default Long orNull() {
        return this instanceof Reported(long v) ? v : null;
    }

    default Count plus(Count other) {
        return combine(other, Math::addExact);
    }

    private Count combine(Count other, LongBinaryOperator op) {
        if (this instanceof Reported(long a) && other instanceof Reported(long b)) {
            return new Reported(op.applyAsLong(a, b));
        }
        return NOT_REPORTED;
    }

    /** The first reported of the two, else not reported. */
    default Count or(Count fallback) {
        return isReported() ? this : fallback;
    }
}
