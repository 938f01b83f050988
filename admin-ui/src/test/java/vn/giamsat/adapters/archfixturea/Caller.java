package vn.giamsat.adapters.archfixturea;

import vn.giamsat.adapters.archfixtureb.Callee;

/** A planted adapter that calls another adapter, for {@code AdminRulesCatchViolationsTest}. */
public class Caller {
    public Caller(Callee other) {
        other.toString();
    }
}
