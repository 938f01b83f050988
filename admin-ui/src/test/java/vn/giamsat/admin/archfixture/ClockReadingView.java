package vn.giamsat.admin.archfixture;

import vn.giamsat.application.common.ClockPort;

/** Reads an out-port that lives in {@code common}. */
public class ClockReadingView {
    public ClockReadingView(ClockPort clock) {
        clock.today();
    }
}
