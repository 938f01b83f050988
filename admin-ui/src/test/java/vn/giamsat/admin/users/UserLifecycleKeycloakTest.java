package vn.giamsat.admin.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.security.RealKeycloakTest;
import vn.giamsat.admin.testing.HttpBrowser;
import vn.giamsat.admin.testing.RealKeycloak;
import vn.giamsat.application.audit.model.AuditEntry;
import vn.giamsat.application.audit.model.AuditFilter;
import vn.giamsat.application.audit.model.AuditOperation;
import vn.giamsat.application.audit.model.AuditPage;
import vn.giamsat.application.audit.model.AuditSort;
import vn.giamsat.application.audit.port.in.AuditLogQueries;
import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.RequiredAction;
import vn.giamsat.application.identity.port.out.IdentityDirectoryPort;
import vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption;
import vn.giamsat.application.security.Role;

/**
 * Issue 17 item 5 on the real Keycloak: an account created in the users page signs in; disabled, it cannot; its
 * sign-ins are listed; each act is in the audit log; and over HTTP with real tokens, only an administrator creates
 * accounts, and a commune's administrator only in its commune.
 */
class UserLifecycleKeycloakTest extends RealKeycloakTest {
    static final String FIRST_PASSWORD = "Tam-thoi-2025-mot";
    static final String OWN_PASSWORD = "Cua-toi-2025-rieng";

    @Autowired IdentityDirectoryPort directory;
    @Autowired AuditLogQueries audit;

    /** A username no earlier run of this Keycloak has used (its data may outlive one test run). */
    static String fresh(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    @Test
    void a_user_created_in_the_users_page_signs_in_through_keycloak_and_disabled_cannot_and_the_log_says_who()
            throws Exception {
        String username = fresh("canbo.moi.");
        actAs("quantri");
        UsersView view = navigate(UsersView.class);
        test(view.newUser).click();
        roundTrip(); // the dialog attaches itself before the response
        CreateUserDialog d = view.createDialog;
        d.username.setValue(username);
        d.lastName.setValue("Trần Thị");
        d.firstName.setValue("Mới");
        d.email.setValue(username + "@giamsat.local");
        d.roles.setValue(Set.of(Role.UNIT_OFFICER));
        UnitOption phuThinh = d.units.getListDataView().getItems().filter(u -> u.code().equals("20364"))
                .findFirst().orElseThrow();
        d.units.setValue(Set.of(phuThinh));
        d.actions.setValue(Set.of(RequiredAction.SET_PASSWORD));
        d.password.setValue(FIRST_PASSWORD);
        test(d.create).click();

        DirectoryUser created = directory.byUsername(username).orElseThrow();
        assertThat(created.roles()).containsExactly(Role.UNIT_OFFICER);
        assertThat(created.jurisdictions()).extracting(c -> c.value()).containsExactly("20364");

        // The first sign-in: the temporary password, then Keycloak asks for a new one, then the admin UI.
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> asked = browser.follow(browser.submitLogin(browser.open(app("/admin/")), username,
                FIRST_PASSWORD));
        assertThat(asked.body()).as("Keycloak's update-password form").contains("password-new");
        HttpResponse<String> landed = browser.follow(browser.postForm(HttpBrowser.formAction(asked),
                Map.of("password-new", OWN_PASSWORD, "password-confirm", OWN_PASSWORD)));
        assertThat(landed.uri().toString()).startsWith(app("/admin/"));
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(HttpBrowser.isLoginForm(landed)).isFalse();

        // Disabled in the users page, the account is refused at Keycloak's form.
        actAs("quantri");
        view = navigate(UsersView.class);
        view.grid.select(directory.byUsername(username).orElseThrow());
        test(view.toggleEnabled).click(); // disabling asks first
        roundTrip();
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();
        assertThat(directory.byUsername(username).orElseThrow().enabled()).isFalse();
        HttpBrowser again = new HttpBrowser();
        HttpResponse<String> refused = again.submitLogin(again.open(app("/admin/")), username, OWN_PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(HttpBrowser.isLoginForm(refused)).as("back at the form, not in the app").isTrue();

        // The sign-ins page lists the successful sign-in and the refused one, newest first.
        UserSignInsView signIns = navigate("nguoi-dung/dang-nhap/" + username, UserSignInsView.class);
        var rows = test(signIns.signIns);
        assertThat(rows.size()).isGreaterThanOrEqualTo(2);
        assertThat(rows.getCellText(0, 1)).isEqualTo("Bị từ chối");
        assertThat(rows.getCellText(rows.size() - 1, 1)).isEqualTo("Thành công");

        // Who did what, in the audit log: created, then disabled, by quantri.
        var entries = audit.search(new AuditFilter(null, null, "quantri", "security", username, null, null),
                AuditSort.NEWEST_FIRST, new AuditPage(0, 10));
        assertThat(entries).extracting(AuditEntry::operation)
                .containsExactly(AuditOperation.USER_DISABLED, AuditOperation.USER_CREATED);
    }

    @Test
    void only_an_administrator_creates_accounts_over_http_and_a_communes_administrator_only_in_its_commune()
            throws Exception {
        String staffTry = fresh("vp.thu.");
        HttpResponse<String> staff = post("/api/users", keycloak().adminUiToken("vanphong"), body(staffTry, "518"));
        assertThat(staff.statusCode()).isEqualTo(403);

        String outside = fresh("xa.ngoai.");
        String communeAdmin = keycloak().adminUiToken(RealKeycloak.COMMUNE_ADMIN);
        HttpResponse<String> elsewhere = post("/api/users", communeAdmin, body(outside, "20374"));
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.body()).contains("ngoài địa bàn");

        String inside = fresh("xa.trong.");
        HttpResponse<String> own = post("/api/users", communeAdmin, body(inside, "20364"));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);

        assertThat(directory.byUsername(staffTry)).isEmpty();
        assertThat(directory.byUsername(outside)).isEmpty();
        assertThat(directory.byUsername(inside)).isPresent();
    }

    @Test
    void a_password_reset_without_a_mail_server_is_refused_saying_nothing_was_sent() throws Exception {
        String id = directory.byUsername(RealKeycloak.CHANGED_USER).orElseThrow().id();
        HttpResponse<String> reset = post("/api/users/" + id + "/password-reset", keycloak().adminUiToken("quantri"),
                "");
        assertThat(reset.statusCode()).isEqualTo(422);
        assertThat(reset.body()).contains("identity.mail-not-sent").contains("SMTP");
    }

    static String body(String username, String unit) {
        return """
                {"username":"%s","firstName":"Thử","lastName":"Nghiệm","email":"%s@giamsat.local",
                 "roles":["UNIT_OFFICER"],"jurisdiction":["%s"],"requiredActions":["SET_PASSWORD"]}
                """.formatted(username, username, unit);
    }

    HttpResponse<String> post(String path, String token, String json) throws Exception {
        return new HttpBrowser().send(HttpRequest.newBuilder(URI.create(app(path)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
