package vn.giamsat.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import vn.giamsat.adapters.persistence.imports.PgDossierImport;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.security.Actor;

/**
 * Tells the database who writes in the current transaction, for the audit triggers (changelog 500): the actor's
 * username and name and the use case, as transaction-local settings that end with the transaction, so a pooled
 * connection never carries them into the next one. A transaction without them is recorded as 'system'.
 */
public final class AuditTags {
    static final String SET = "SELECT set_config('giamsat.actor', ?, true), set_config('giamsat.actor_name', ?, true),"
            + " set_config('giamsat.action', ?, true)";
    private static final String APPLICATION = "vn.giamsat.application.";
    private static final StackWalker WALKER = StackWalker.getInstance();

    private AuditTags() {}

    /** Tags the transaction open on this connection; {@code actor} null or the system is recorded as 'system'. */
    public static void apply(Connection connection, Actor actor, String action) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SET)) {
            ps.setString(1, actor == null || actor.system() ? "system" : actor.username());
            ps.setString(2, actor == null ? null : actor.displayName());
            ps.setString(3, action);
            ps.execute();
        }
    }

    /**
     * The use case opening this transaction: the outermost caller in the application layer, i.e. the in-port
     * method the UI called (e.g. {@code RoundSetupService.includeUnit}, not the helper it opens the transaction
     * through), found on the stack so that no use case has to name itself and none can forget to. Outside a use
     * case (a test, a tool), the nearest caller outside the transaction machinery.
     */
    public static String callingUseCase() {
        return WALKER.walk(frames -> {
            List<StackWalker.StackFrame> callers = frames.filter(f -> !machinery(f.getClassName())).toList();
            return callers.stream().filter(f -> f.getClassName().startsWith(APPLICATION)).reduce((near, far) -> far)
                    .or(() -> callers.stream().findFirst())
                    .map(AuditTags::name).orElse(null);
        });
    }

    /** The frames between a use case and its transaction: never the caller to name. */
    private static boolean machinery(String cls) {
        return cls.equals(AuditTags.class.getName()) || cls.startsWith(SpringTransactions.class.getName())
                || cls.startsWith(PgDossierImport.class.getName()) || cls.equals(TransactionPort.class.getName())
                || cls.startsWith("org.springframework.") || cls.startsWith("java.") || cls.startsWith("jdk.");
    }

    private static String name(StackWalker.StackFrame frame) {
        String cls = frame.getClassName();
        String simple = cls.substring(cls.lastIndexOf('.') + 1);
        // Lambdas and inner classes: name the enclosing class (RoundSetupService$1 -> RoundSetupService).
        int inner = simple.indexOf('$');
        String method = frame.getMethodName();
        if (method.startsWith("lambda$")) { // lambda$recordFindings$2 -> recordFindings
            String rest = method.substring("lambda$".length());
            method = rest.contains("$") ? rest.substring(0, rest.indexOf('$')) : rest;
        }
        return (inner > 0 ? simple.substring(0, inner) : simple) + "." + method;
    }
}
