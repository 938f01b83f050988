package vn.giamsat.application.audit.service;

import java.util.List;
import java.util.Optional;
import vn.giamsat.application.audit.model.AuditDetail;
import vn.giamsat.application.audit.model.AuditEntry;
import vn.giamsat.application.audit.model.AuditFilter;
import vn.giamsat.application.audit.model.AuditPage;
import vn.giamsat.application.audit.model.AuditSort;
import vn.giamsat.application.audit.port.out.AuditLogPort;
import vn.giamsat.application.audit.port.in.AuditLogQueries;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;

/**
 * Reading the audit log: the administrator's (domain.md: "ADMIN ... audit log"). The log is the installation's,
 * not a unit's, so it is not cut by jurisdiction.
 */
public final class AuditLogService implements AuditLogQueries {
    private final AuditLogPort log;
    private final AccessPolicy access;

    public AuditLogService(AuditLogPort log, AccessPolicy access) {
        this.log = log;
        this.access = access;
    }

    @Override
    public List<AuditEntry> search(AuditFilter filter, AuditSort sort, AuditPage page) {
        requireReader();
        return log.search(filter, sort, page);
    }

    @Override
    public long count(AuditFilter filter) {
        requireReader();
        return log.count(filter);
    }

    @Override
    public Optional<AuditDetail> detail(long id) {
        requireReader();
        return log.detail(id);
    }

    @Override
    public List<String> tables() {
        requireReader();
        return log.tables();
    }

    private Actor requireReader() {
        return access.requireAnyRole("xem nhật ký hệ thống", "read the audit log", Role.ADMIN);
    }
}
