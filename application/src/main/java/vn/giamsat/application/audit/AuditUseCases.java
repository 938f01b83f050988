package vn.giamsat.application.audit;

import vn.giamsat.application.audit.port.out.AuditLogPort;
import vn.giamsat.application.audit.port.in.AuditLogQueries;
import vn.giamsat.application.audit.port.in.RecordLoginFailureUseCase;
import vn.giamsat.application.audit.service.AuditLogService;
import vn.giamsat.application.audit.service.LoginFailureService;
import vn.giamsat.application.security.AccessPolicy;

/** Builds the audit log's use cases from its port. */
public final class AuditUseCases {
    private final AuditLogService queries;
    private final LoginFailureService loginFailures;

    public AuditUseCases(AuditLogPort log, AccessPolicy access) {
        this.queries = new AuditLogService(log, access);
        this.loginFailures = new LoginFailureService(log);
    }

    public AuditLogQueries queries() { return queries; }
    public RecordLoginFailureUseCase loginFailures() { return loginFailures; }
}
