package vn.giamsat.adapters.archfixtureb;

import vn.giamsat.admin.ui.Labels;

/** A planted adapter that knows the admin app, for {@code AdminRulesCatchViolationsTest}. */
public class Callee {
    @Override
    public String toString() {
        return Labels.class.getSimpleName();
    }
}
