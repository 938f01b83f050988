package vn.giamsat.application.audit.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giamsat.application.audit.model.AuditDetail;
import vn.giamsat.application.audit.model.AuditEntry;
import vn.giamsat.application.audit.model.AuditFilter;
import vn.giamsat.application.audit.model.AuditPage;
import vn.giamsat.application.audit.model.AuditSort;

/**
 * The stored audit log. Entries for writes are made by the store itself (every write is recorded there);
 * the application adds only security events.
 */
public interface AuditLogPort {
    List<AuditEntry> search(AuditFilter filter, AuditSort sort, AuditPage page);

    long count(AuditFilter filter);

    Optional<AuditDetail> detail(long id);

    List<String> tables();

    /** Appends a security event (e.g. LOGIN_FAILURE) with its details; nothing else may be appended. */
    void appendSecurityEvent(String event, String username, Map<String, String> details);

    /**
     * Appends what an administrator did to a user account at the identity provider (created, disabled, enabled, a
     * password reset sent): the provider is not this database, so no trigger sees it.
     *
     * @param event one of {@code USER_CREATED}, {@code USER_DISABLED}, {@code USER_ENABLED}, {@code PASSWORD_RESET}
     * @param actor the administrator's username
     * @param user  the account's username (the entry's object)
     */
    void appendUserEvent(String event, String actor, String user, Map<String, String> details);
}
