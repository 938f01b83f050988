package vn.giamsat.application.audit.port.in;

import vn.giamsat.application.audit.model.LoginFailure;

/** Writes a failed sign-in to the audit log. Called by the app's security layer, for a visitor not signed in. */
public interface RecordLoginFailureUseCase {
    void record(LoginFailure failure);
}
