package vn.giamsat.admin.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;

/**
 * Response headers of the admin UI. Vaadin's client needs inline styles and its own inline bootstrap script,
 * hence 'unsafe-inline' for those two; nothing is loaded from elsewhere. HSTS is sent on HTTPS requests only
 * (behind a TLS proxy, with forwarded headers trusted), so a local http run is not pinned to https.
 */
final class SecurityHeaders {
    private SecurityHeaders() {}

    static String contentSecurityPolicy(OidcSettings oidc) {
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + oidc.origin();
    }

    static void apply(HeadersConfigurer<HttpSecurity> headers, OidcSettings oidc) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(oidc)))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(SecurityConfiguration.referrerPolicy()))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .contentTypeOptions(Customizer.withDefaults());
    }
}
