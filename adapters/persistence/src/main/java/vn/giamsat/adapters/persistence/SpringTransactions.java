package vn.giamsat.adapters.persistence;

import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.ResourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamsat.application.security.CurrentActorPort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.security.Actor;

/**
 * One database transaction per use case: the adapters' JDBC calls join it, and any exception rolls all of
 * it back. Nested calls join the outer transaction.
 *
 * <p>Each new transaction first tells the database who acts and in which use case ({@link AuditTags}), for the
 * audit log's triggers: the use case as its service named it; a nested call joins the open transaction and its
 * rows keep the name of the use case that opened it. Without a {@link CurrentActorPort} (tools, tests) the writes are recorded as 'system'.
 */
@Component
public class SpringTransactions implements TransactionPort {
    private final TransactionTemplate tx;
    private final DataSource dataSource;
    private final Supplier<Actor> actors;

    public SpringTransactions(PlatformTransactionManager transactions) {
        this(transactions, (Supplier<Actor>) () -> null);
    }

    public SpringTransactions(PlatformTransactionManager transactions, CurrentActorPort actors) {
        this(transactions, (Supplier<Actor>) actors::current);
    }

    @Autowired
    public SpringTransactions(PlatformTransactionManager transactions, ObjectProvider<CurrentActorPort> actors) {
        this(transactions, (Supplier<Actor>) () -> {
            CurrentActorPort port = actors.getIfAvailable();
            return port == null ? null : port.current();
        });
    }

    private SpringTransactions(PlatformTransactionManager transactions, Supplier<Actor> actors) {
        this.tx = new TransactionTemplate(transactions);
        this.dataSource = transactions instanceof ResourceTransactionManager r
                && r.getResourceFactory() instanceof DataSource ds ? ds : null;
        this.actors = actors;
    }

    @Override
    public <T> T inTransaction(String useCase, Supplier<T> work) {
        String named = TransactionPort.checkedUseCase(useCase);
        return tx.execute(status -> {
            if (status.isNewTransaction() && dataSource != null) {
                tag(named);
            }
            return work.get();
        });
    }

    private void tag(String useCase) {
        try {
            // The connection bound to this transaction; released with it, not here.
            AuditTags.apply(DataSourceUtils.getConnection(dataSource), actors.get(), useCase);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tag the transaction for the audit log", e);
        }
    }
}
