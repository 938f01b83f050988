package vn.giamsat.application.audit;

import vn.giamsat.application.audit.port.out.AuditLogPort;
import vn.giamsat.application.audit.port.in.AuditLogQueries;
import vn.giamsat.application.audit.port.in.RecordLoginFailureUseCase;
import vn.giamsat.application.audit.service.AuditLogService;
import vn.giamsat.application.security.AccessPolicy;

/** Builds the audit log's use cases from its port. */
public final class AuditUseCases {
    private final AuditLogService service;

    public AuditUseCases(AuditLogPort log, AccessPolicy access) {
        this.service = new AuditLogService(log, access);
    }

    public AuditLogQueries queries() { return service; }
    public RecordLoginFailureUseCase loginFailures() { return service; }
}
