package vn.giamsat.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.EventRepresentation;
import vn.giamsat.admin.testing.HttpBrowser;
import vn.giamsat.admin.testing.RealKeycloak;

/**
 * Password guessing at Keycloak's login form: the realm's brute-force detection locks the account for a while
 * after 5 failures, without telling the guesser; each failure is a login event an administrator can read, and
 * no event holds the password that was typed.
 */
class KeycloakBruteForceTest {
    private static final String WRONG = "Doan-Mo-Mat-Khau-2025";

    @Test
    void five_wrong_passwords_lock_the_account_and_the_right_one_then_gets_the_same_answer() throws Exception {
        RealKeycloak kc = RealKeycloak.get();
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> page = browser.open(kc.loginFormUrl());
        assertThat(HttpBrowser.isLoginForm(page)).isTrue();
        try (Keycloak admin = serviceAccount(kc)) {
            var realm = admin.realm(RealKeycloak.REALM);
            String id = realm.users().searchByUsername(RealKeycloak.LOCKOUT_USER, true).getFirst().getId();
            String firstError = null;
            for (int attempt = 1; attempt <= 5; attempt++) {
                // More than the realm's quick-login interval (1 s) apart: this is the 5-failures rule at work.
                Thread.sleep(1300);
                page = browser.submitLogin(page, RealKeycloak.LOCKOUT_USER, WRONG);
                assertThat(HttpBrowser.isLoginForm(page)).as("attempt " + attempt).isTrue();
                firstError = firstError == null ? errorOf(page) : firstError;
                assertThat(errorOf(page)).isNotBlank().isEqualTo(firstError);
                assertThat(realm.attackDetection().bruteForceUserStatus(id).get("disabled"))
                        .as("locked after attempt " + attempt).isEqualTo(attempt == 5);
            }

            HttpResponse<String> right = browser.submitLogin(page, RealKeycloak.LOCKOUT_USER, kc.demoPassword());

            assertThat(HttpBrowser.isLoginForm(right)).as("the right password no longer signs in").isTrue();
            assertThat(errorOf(right)).as("the guesser is not told the account is locked").isEqualTo(firstError);
            Map<String, Object> status = realm.attackDetection().bruteForceUserStatus(id);
            assertThat(status).containsEntry("disabled", true);
            assertThat(((Number) status.get("numFailures")).intValue()).isEqualTo(5);

            List<EventRepresentation> failures = realm.getEvents(List.of("LOGIN_ERROR"), null, id, null, null,
                    null, 0, 50);
            assertThat(failures).hasSizeGreaterThanOrEqualTo(5);
            assertThat(failures).allSatisfy(e -> {
                assertThat(e.getIpAddress()).isEqualTo("127.0.0.1");
                assertThat(e.getError()).isNotBlank();
                assertThat(e.getDetails()).doesNotContainValue(WRONG).doesNotContainValue(kc.demoPassword());
                assertThat(String.valueOf(e.getDetails())).doesNotContain(WRONG);
            });
            assertThat(failures).extracting(EventRepresentation::getError).contains("invalid_user_credentials");
        }
    }

    static Keycloak serviceAccount(RealKeycloak kc) {
        return KeycloakBuilder.builder().serverUrl(kc.url()).realm(RealKeycloak.REALM)
                .grantType("client_credentials").clientId(RealKeycloak.IDENTITY_CLIENT)
                .clientSecret(kc.identitySecret()).build();
    }

    static String errorOf(HttpResponse<String> loginPage) {
        return vn.giamsat.admin.testing.HttpBrowser.loginError(loginPage);
    }
}
