package vn.giamsat.application.audit.service;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.giamsat.application.audit.model.AuditOperation;
import vn.giamsat.application.audit.model.LoginFailure;
import vn.giamsat.application.audit.port.in.RecordLoginFailureUseCase;
import vn.giamsat.application.audit.port.out.AuditLogPort;

/** Writes a failed sign-in to the audit log. No actor check: nobody is signed in when a login fails. */
public final class LoginFailureService implements RecordLoginFailureUseCase {
    private final AuditLogPort log;

    public LoginFailureService(AuditLogPort log) {
        this.log = log;
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
}
