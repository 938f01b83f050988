package vn.giamsat.admin.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import vn.giamsat.application.audit.model.LoginFailure;
import vn.giamsat.application.audit.port.in.RecordLoginFailureUseCase;

/**
 * Writes every failed OIDC login of the admin UI to the audit log (a state that does not match, an error sent
 * back by Keycloak, a token exchange or ID token refused), then answers as Spring Security would without it: a
 * redirect to the failure URL. Kept: the OAuth2 error code and description, the client's address. Never kept:
 * the authorization code, the state, tokens (none of the request's parameters is read). A name is rarely known
 * here: wrong passwords are Keycloak's to count (its own events), this is what reaches the app. The app's
 * wiring hands it a {@link LoginFailureThrottle}, so a flood of forged callbacks writes a few rows and a count.
 */
public final class LoginFailureAuditor implements AuthenticationFailureHandler {
    private static final Logger log = LoggerFactory.getLogger(LoginFailureAuditor.class);

    private final RecordLoginFailureUseCase failures;
    private final AuthenticationFailureHandler then;

    public LoginFailureAuditor(RecordLoginFailureUseCase failures, String failureUrl) {
        this.failures = failures;
        this.then = new SimpleUrlAuthenticationFailureHandler(failureUrl);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        try {
            failures.record(describe(request, exception));
        } catch (RuntimeException e) {
            // The visitor still gets the normal answer; the operator sees that the audit could not be written.
            log.error("A failed login could not be written to the audit log", e);
        }
        then.onAuthenticationFailure(request, response, exception);
    }

    static LoginFailure describe(HttpServletRequest request, AuthenticationException exception) {
        String code = exception.getClass().getSimpleName();
        String description = null;
        if (exception instanceof OAuth2AuthenticationException oauth) {
            OAuth2Error error = oauth.getError();
            code = error.getErrorCode();
            description = error.getDescription();
        }
        return new LoginFailure(null, code, description, request.getRemoteAddr());
    }
}
