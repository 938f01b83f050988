package vn.giamsat.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import vn.giamsat.application.security.Actor;

/**
 * Tells the database who writes in the current transaction, for the audit triggers (changelog 500): the actor's
 * username and name and the use case, as transaction-local settings that end with the transaction, so a pooled
 * connection never carries them into the next one. A transaction without them is recorded as 'system'.
 */
public final class AuditTags {
    static final String SET = "SELECT set_config('giamsat.actor', ?, true), set_config('giamsat.actor_name', ?, true),"
            + " set_config('giamsat.action', ?, true)";

    private AuditTags() {}

    /**
     * Tags the transaction open on this connection; {@code actor} null or the system is recorded as 'system'.
     *
     * @param action the use case, as its service names it (e.g. {@code RoundSetupService.includeUnit}): see
     *               {@link vn.giamsat.application.common.TransactionPort}
     */
    public static void apply(Connection connection, Actor actor, String action) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SET)) {
            ps.setString(1, actor == null || actor.system() ? "system" : actor.username());
            ps.setString(2, actor == null ? null : actor.displayName());
            ps.setString(3, action);
            ps.execute();
        }
    }
}
