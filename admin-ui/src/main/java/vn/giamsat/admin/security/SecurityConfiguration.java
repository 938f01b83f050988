package vn.giamsat.admin.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.giamsat.application.audit.port.in.RecordLoginFailureUseCase;
import vn.giamsat.application.security.CurrentActorPort;

/**
 * Two filter chains. {@code /api/**}: bearer tokens only (JWT of this realm, issued for this client, not
 * expired), stateless, answers 401/403 and never redirects. Everything else: Vaadin with OIDC login
 * (authorization code + PKCE) at Keycloak, logout that ends the Keycloak session too (RP-initiated logout), and
 * a public health endpoint for the launcher and load balancers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcSettings.class)
public class SecurityConfiguration {
    static final String REGISTRATION = "keycloak";

    @Bean
    CurrentActorPort currentActor() {
        return new SpringSecurityActors();
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(OidcSettings oidc) {
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(oidc.endpoint("auth"))
                .tokenUri(oidc.endpoint("token"))
                .jwkSetUri(oidc.endpoint("certs"))
                .userInfoUri(oidc.endpoint("userinfo"))
                .userNameAttributeName("preferred_username")
                .issuerUri(oidc.baseUrl())
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc.endpoint("logout")))
                .clientName("Keycloak")
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, OidcSettings oidc) throws Exception {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> Set.copyOf(TokenRoles.authorities(jwt.getClaims())));
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.decoder(jwtDecoder(oidc))
                        .jwtAuthenticationConverter(converter)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens are not sent by browsers on their own: no CSRF risk without cookies.
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .headers(h -> SecurityHeaders.apply(h, oidc));
        return http.build();
    }

    /**
     * Failed sign-ins reach the audit log through this throttle: at most 5 rows per address and 50 in all per
     * minute, then one summary row (issue 14.14).
     */
    @Bean(destroyMethod = "close")
    LoginFailureThrottle loginFailureThrottle(RecordLoginFailureUseCase loginFailures) {
        return new LoginFailureThrottle(loginFailures, java.time.Clock.systemUTC(), 5, 50);
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinChain(HttpSecurity http, OidcSettings oidc, ClientRegistrationRepository registrations,
                                    LoginFailureThrottle loginFailures) throws Exception {
        // The app's own stylesheet is public: the login redirect must not turn it into an error body.
        // Prometheus scrapes without a login: MetricsEndpointGuard keeps it to private networks (decision 014).
        http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**",
                "/actuator/prometheus", "/error", "/styles/**").permitAll());
        http.oauth2Login(login -> login
                .authorizationEndpoint(ae -> ae.authorizationRequestResolver(pkce(registrations)))
                .userInfoEndpoint(ui -> ui.userAuthoritiesMapper(roleMapper()))
                // Failed logins go to the audit log; the answer stays the default one (back to the login page).
                .failureHandler(new LoginFailureAuditor(loginFailures::record, "/oauth2/authorization/" + REGISTRATION + "?error")));
        http.headers(h -> SecurityHeaders.apply(h, oidc));
        http.with(vaadin(), vaadin -> vaadin.oauth2LoginPage(
                "/oauth2/authorization/" + REGISTRATION, "{baseUrl}/admin/"));
        return http.build();
    }

    /** PKCE (S256) also for this confidential client: a stolen authorization code is useless alone. */
    private static OAuth2AuthorizationRequestResolver pkce(ClientRegistrationRepository registrations) {
        DefaultOAuth2AuthorizationRequestResolver resolver =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /** Roles from the ID token's {@code roles} claim, as ROLE_... authorities (Vaadin's @RolesAllowed reads them). */
    private static GrantedAuthoritiesMapper roleMapper() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority a : authorities) {
                if (a instanceof OidcUserAuthority oidc) {
                    mapped.addAll(TokenRoles.authorities(oidc.getIdToken().getClaims()));
                }
            }
            return mapped;
        };
    }

    /**
     * Refuses tokens from another realm (issuer), expired ones (60 s skew unless {@code giamsat.oidc.clock-skew} says otherwise) and those not
     * issued for this app: the audience must name the admin UI's client.
     */
    static JwtDecoder jwtDecoder(OidcSettings oidc) {
        // The key set is fetched at the first token, not at start: Keycloak may still be booting.
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(oidc.endpoint("certs")).build();
        OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null
                && jwt.getAudience().contains(oidc.clientId())
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "token not issued for " + oidc.clientId(), null));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(oidc.clockSkew()), new JwtIssuerValidator(oidc.baseUrl()), audience));
        return decoder;
    }

    static ReferrerPolicyHeaderWriter.ReferrerPolicy referrerPolicy() {
        return ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;
    }
}
