package vn.giamsat.adapters.persistence;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamsat.application.port.out.TransactionPort;

/**
 * One database transaction per use case: the adapters' JDBC calls join it, and any exception rolls all of
 * it back. Nested calls join the outer transaction.
 */
@Component
public class SpringTransactions implements TransactionPort {
    private final TransactionTemplate tx;

    public SpringTransactions(PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }
}
