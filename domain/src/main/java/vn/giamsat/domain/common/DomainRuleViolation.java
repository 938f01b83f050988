package vn.giamsat.domain.common;

/**
 * Thrown when a command would put the model into a state its rules forbid. It carries a {@link Reason}
 * a user can read; callers that want to ask first use the matching {@code check...} method, which answers
 * with a {@link Decision} instead of throwing.
 */
public class DomainRuleViolation extends RuntimeException {
    private final Reason reason;

    public DomainRuleViolation(Reason reason) {
        super(reason.toString());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
