package vn.giamsat.application.common;

import java.util.function.Supplier;

/** Runs a use case's work in one transaction: all of it is stored, or none. */
public interface TransactionPort {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
