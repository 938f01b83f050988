package vn.giamsat.application.audit.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit log, without its before/after values (those come with {@link AuditDetail}).
 *
 * @param txId      the writing transaction: entries of one use case share it
 * @param actorId   the username, 'system' for writes without a signed-in user
 * @param action    the use case that wrote (e.g. {@code RoundFindingsService.recordFindings}), if known
 * @param table     the table written, or {@code security} for security events
 * @param rowKey    the row's key values joined with '/', or null (a TRUNCATE, a login failure without a name)
 */
public record AuditEntry(long id, Instant at, long txId, String actorId, String actorName, String action,
                         String table, String rowKey, AuditOperation operation) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(operation, "operation");
    }
}
