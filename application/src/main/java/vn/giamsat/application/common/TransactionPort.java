package vn.giamsat.application.common;

import java.util.function.Supplier;

/**
 * Runs a use case's work in one transaction: all of it is stored, or none.
 *
 * <p>Every call names its use case, e.g. {@code "RoundSetupService.includeUnit"}: the audit log records that name
 * with each row the transaction writes (decision 008). The name is the in-port method the user called, given by the
 * service itself, so it does not depend on the path that led there; a call nested in an open transaction joins it,
 * and the entries keep the name of the use case that opened it.
 */
public interface TransactionPort {
    /** The longest name the audit log keeps. */
    int MAX_USE_CASE_LENGTH = 200;

    <T> T inTransaction(String useCase, Supplier<T> work);

    default void run(String useCase, Runnable work) {
        inTransaction(useCase, () -> {
            work.run();
            return null;
        });
    }

    /** The name as given, refused when missing, blank or too long for the audit log. */
    static String checkedUseCase(String useCase) {
        if (useCase == null || useCase.isBlank() || useCase.length() > MAX_USE_CASE_LENGTH) {
            throw new IllegalArgumentException("A transaction names its use case (1 to " + MAX_USE_CASE_LENGTH
                    + " characters), got: " + useCase);
        }
        return useCase;
    }
}
