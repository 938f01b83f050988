package vn.giamsat.application.audit.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giamsat.application.audit.model.AuditDetail;
import vn.giamsat.application.audit.model.AuditEntry;
import vn.giamsat.application.audit.model.AuditFilter;
import vn.giamsat.application.audit.model.AuditOperation;
import vn.giamsat.application.audit.model.AuditPage;
import vn.giamsat.application.audit.model.AuditSort;
import vn.giamsat.application.audit.model.LoginFailure;
import vn.giamsat.application.audit.port.out.AuditLogPort;
import vn.giamsat.application.audit.port.in.AuditLogQueries;
import vn.giamsat.application.audit.port.in.RecordLoginFailureUseCase;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;

/**
 * The audit log's use cases. Reading it is the administrator's (domain.md: "ADMIN ... audit log"); the log is
 * the installation's, not a unit's, so it is not cut by jurisdiction. Recording a failed sign-in needs no actor:
 * nobody is signed in then.
 */
public final class AuditLogService implements AuditLogQueries, RecordLoginFailureUseCase {
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

    @Override
    public void record(LoginFailure failure) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("error", failure.errorCode());
        if (failure.description() != null) {
            details.put("description", failure.description());
        }
        if (failure.remoteAddress() != null) {
            details.put("remoteAddress", failure.remoteAddress());
        }
        log.appendSecurityEvent(AuditOperation.LOGIN_FAILURE.name(), failure.username(), details);
    }

    private Actor requireReader() {
        return access.requireAnyRole("xem nhật ký hệ thống", "read the audit log", Role.ADMIN);
    }
}
