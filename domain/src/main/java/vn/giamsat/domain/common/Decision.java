package vn.giamsat.domain.common;

/** The answer of a policy: allowed, or refused with a reason. Expected refusals are values, not exceptions. */
public sealed interface Decision {

    record Allowed() implements Decision {}

    record Refused(Reason reason) implements Decision {}

    Allowed ALLOWED = new Allowed();

    static Decision allowed() {
        return ALLOWED;
    }

    static Decision refused(Reason reason) {
        return new Refused(reason);
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** Throws {@link DomainRuleViolation} when refused: for commands, after the UI had its chance to ask. */
    default void orThrow() {
        if (this instanceof Refused(Reason reason)) {
            throw new DomainRuleViolation(reason);
        }
    }

    /** The first refusal among several checks, or allowed when all allow. */
    static Decision firstRefusal(Decision... decisions) {
        for (Decision d : decisions) {
            if (d instanceof Refused) {
                return d;
            }
        }
        return ALLOWED;
    }
}
