package vn.giamsat.domain.figures;

import java.util.List;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;

/** Figures that break one or more invariants; every broken one is listed, each naming its figures. */
public final class FiguresInconsistent extends DomainRuleViolation {
    private final List<Reason> violations;

    public FiguresInconsistent(List<Reason> violations) {
        super(violations.getFirst());
        this.violations = List.copyOf(violations);
    }

    public List<Reason> violations() {
        return violations;
    }
}
