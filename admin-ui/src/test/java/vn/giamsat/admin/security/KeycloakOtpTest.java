package vn.giamsat.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.giamsat.admin.testing.HttpBrowser;
import vn.giamsat.admin.testing.RealKeycloak;

/**
 * Issue 14.15, at the real Keycloak: in the production realm (the file compose imports) ADMIN and COUNCIL_STAFF
 * need a one-time password (TOTP); one who has none is made to set it up right after the password, before any
 * code reaches the app. A commune officer signs in with the password alone; so does everyone in the local demo
 * realm, where OTP stays optional.
 */
class KeycloakOtpTest {
    private final RealKeycloak kc = RealKeycloak.get();

    /** Signs in at the production realm's form with the password; the answer, redirects followed within Keycloak. */
    private HttpResponse<String> afterPassword(String username) throws Exception {
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> form = browser.open(kc.productionLoginFormUrl());
        assertThat(HttpBrowser.isLoginForm(form)).as("the production realm's login form").isTrue();
        HttpResponse<String> answer = browser.submitLogin(form, username, kc.demoPassword());
        // Follow Keycloak's own redirects, not the one to the app (nothing listens there).
        while (answer.statusCode() == 302 && !location(answer).startsWith(RealKeycloak.PRODUCTION_ADMIN_HOST)) {
            answer = browser.get(answer.uri().resolve(location(answer)).toString());
        }
        return answer;
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    private static void assertAskedToSetUpOtp(HttpResponse<String> page, String who) {
        assertThat(page.statusCode()).as(who).isEqualTo(200);
        assertThat(location(page)).as(who + " gets no code for the app yet").doesNotContain("code=");
        assertThat(page.body()).as(who + " sees Keycloak's OTP setup (required action Configure OTP)")
                .contains("data-page-id=\"login-login-config-totp\"").contains("name=\"totp\"")
                .contains("name=\"totpSecret\"").contains("login-actions/required-action?")
                .contains("execution=CONFIGURE_TOTP");
    }

    @Test
    void an_administrator_with_the_right_password_is_asked_to_set_up_a_one_time_password_first() throws Exception {
        assertAskedToSetUpOtp(afterPassword(RealKeycloak.PRODUCTION_ADMIN), "ADMIN");
    }

    @Test
    void council_staff_are_asked_too() throws Exception {
        assertAskedToSetUpOtp(afterPassword(RealKeycloak.PRODUCTION_COUNCIL_STAFF), "COUNCIL_STAFF");
    }

    @Test
    void a_commune_officer_signs_in_with_the_password_alone() throws Exception {
        HttpResponse<String> answer = afterPassword(RealKeycloak.PRODUCTION_UNIT_OFFICER);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(location(answer)).startsWith(RealKeycloak.PRODUCTION_ADMIN_HOST + "/login/oauth2/code/keycloak?")
                .contains("code=");
    }

    @Test
    void in_the_local_demo_realm_the_administrator_still_signs_in_with_the_password_alone() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> answer = browser.submitLogin(browser.open(kc.loginFormUrl()), "quantri", kc.demoPassword());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(location(answer)).startsWith("http://127.0.0.1:1/callback?").contains("code=");
    }
}
