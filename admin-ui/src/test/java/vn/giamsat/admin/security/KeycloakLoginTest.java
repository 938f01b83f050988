package vn.giamsat.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.rounds.NewRoundView;
import vn.giamsat.admin.rounds.RoundsView;
import vn.giamsat.admin.testing.HttpBrowser;
import vn.giamsat.admin.testing.RealKeycloak;
import vn.giamsat.admin.users.UsersView;
import vn.giamsat.application.round.port.in.EstablishRoundUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundQueries;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.unit.UnitCode;

/**
 * Signing in through Keycloak's real login form: who lands where, what each demo role then sees and is refused,
 * and that logging out ends the Keycloak session too.
 */
class KeycloakLoginTest extends RealKeycloakTest {
    @Autowired RoundQueries rounds;
    @Autowired EstablishRoundUseCase establishRound;

    @Test
    void anonymous_admin_lands_on_keycloaks_own_login_form_asked_for_with_pkce() throws Exception {
        HttpResponse<String> page = new HttpBrowser().open(app("/admin/"));

        assertThat(HttpBrowser.isLoginForm(page)).isTrue();
        assertThat(page.uri().toString()).startsWith(keycloak().endpoint("auth"))
                .contains("client_id=" + RealKeycloak.ADMIN_UI_CLIENT).contains("code_challenge_method=S256");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "quantri;ADMIN;48 49",
            "vanphong;COUNCIL_STAFF;518",
            "truongdoan;DELEGATION_HEAD DELEGATION_MEMBER;518",
            "thanhvien;DELEGATION_MEMBER;518",
            "canbo.phuthinh;UNIT_OFFICER;20364",
            "canbo.tamdan;UNIT_OFFICER;20374",
            "tinh;PROVINCIAL_OFFICIAL;48 49"})
    void each_demo_user_signs_in_at_the_form_and_acts_with_the_realms_roles_and_jurisdiction(
            String username, String roles, String units) throws Exception {
        actAs(username); // the real login form, then this session's authentication on the test thread

        Actor actor = new SpringSecurityActors().current();
        assertThat(actor.username()).isEqualTo(username);
        assertThat(actor.roles()).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(roles.split(" ")).map(Role::valueOf).toList());
        assertThat(actor.jurisdictions()).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(units.split(" ")).map(UnitCode::of).toList());
    }

    @Test
    void a_wrong_password_stays_on_the_form_with_a_message_that_does_not_say_whether_the_user_exists()
            throws Exception {
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> wrongPassword = browser.submitLogin(browser.open(app("/admin/")), "thanhvien",
                "Sai-mat-khau-2025");
        HttpResponse<String> noSuchUser = browser.submitLogin(wrongPassword, "khongco.nguoinay", "Sai-mat-khau-2025");

        assertThat(HttpBrowser.isLoginForm(wrongPassword)).isTrue();
        assertThat(errorOf(wrongPassword)).as(wrongPassword.body()).isNotBlank().isEqualTo(errorOf(noSuchUser));
    }

    @Test
    void council_staff_see_the_district_round_and_open_the_new_round_form() throws Exception {
        actAs("vanphong");
        navigate(RoundsView.class);
        @SuppressWarnings("unchecked")
        Grid<RoundSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat($(Button.class).id("new-round").isVisible()).isTrue();

        assertThat(navigate(NewRoundView.class)).isInstanceOf(NewRoundView.class);
    }

    @Test
    void the_provincial_official_reads_the_round_but_may_not_open_the_new_round_form_nor_establish_one()
            throws Exception {
        actAs("tinh");
        navigate(RoundsView.class);
        @SuppressWarnings("unchecked")
        Grid<RoundSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().filter("new-round"::equals).isPresent());

        assertRefused(NewRoundView.class);
        var council = rounds.listRounds().getFirst();
        assertThatThrownBy(() -> establishRound.establish(new EstablishRoundCommand(
                unitOf518(), new Resolution(ResolutionNumber.of("99/NQ-HĐND"), LocalDate.of(2024, 1, 2),
                        "Hội đồng nhân dân huyện Phú Ninh"), "Thử ghi của cán bộ tỉnh",
                Period.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rounds.listRounds()).hasSize(1).first().isEqualTo(council);
    }

    @Test
    void only_the_administrator_opens_the_users_page() throws Exception {
        actAs("canbo.tamdan");
        assertRefused(UsersView.class);
        assertRefused(NewRoundView.class);

        actAs("quantri");
        assertThat(navigate(UsersView.class)).isInstanceOf(UsersView.class);
    }

    @Test
    void logout_ends_the_keycloak_session_so_the_next_visit_asks_for_the_password_again() throws Exception {
        HttpBrowser browser = signedIn("vanphong");
        // While the Keycloak session lives, a new app session signs in without the form (single sign-on)...
        browser.forget("JSESSIONID");
        HttpResponse<String> again = browser.open(app("/admin/"));
        assertThat(HttpBrowser.isLoginForm(again)).isFalse();
        assertThat(again.uri().toString()).startsWith(app("/admin/"));

        // ...so the form after logout shows that Keycloak's session ended, not only the app's.
        HttpResponse<String> page = browser.open(app("/admin/"));
        String csrf = page.body().replaceAll("(?s).*<meta name=\"_csrf\" content=\"([^\"]+)\".*", "$1");
        HttpResponse<String> loggedOut = browser.postForm(app("/logout"), Map.of("_csrf", csrf));
        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(loggedOut.headers().firstValue("Location").orElseThrow())
                .startsWith(keycloak().endpoint("logout")).contains("id_token_hint=");
        HttpResponse<String> after = browser.follow(loggedOut);

        assertThat(HttpBrowser.isLoginForm(after)).as(after.uri() + "\n" + after.body()).isTrue();
        assertThat(HttpBrowser.isLoginForm(browser.open(app("/admin/")))).isTrue();
    }

    /** The view is not shown, and something else is (the access-denied page), not a blank UI. */
    private void assertRefused(Class<? extends com.vaadin.flow.component.Component> view) {
        try {
            navigate(view);
        } catch (IllegalArgumentException | IllegalStateException navigatorSaysAnotherViewWasShown) {
            // checked below
        }
        var shown = com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertThat(shown).as(view.getSimpleName() + " must not open").isNotEmpty().noneMatch(view::isInstance);
    }

    private vn.giamsat.domain.unit.UnitId unitOf518() {
        return rounds.listRounds().isEmpty() ? null : rounds.round(rounds.listRounds().getFirst().id()).council();
    }

    private static String errorOf(HttpResponse<String> loginPage) {
        return vn.giamsat.admin.testing.HttpBrowser.loginError(loginPage);
    }
}
