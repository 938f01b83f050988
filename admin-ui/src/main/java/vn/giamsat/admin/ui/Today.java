package vn.giamsat.admin.ui;

import java.time.LocalDate;

/**
 * Today in Vietnam, by the app's clock port: views may not reach out-ports themselves (AdminArchitectureTest), so
 * the configuration hands them this one question about the clock.
 */
@FunctionalInterface
public interface Today {
    LocalDate date();
}
