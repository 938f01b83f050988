package vn.giamsat.admin.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.security.RealKeycloakTest;
import vn.giamsat.admin.testing.HeadlessChromium;
import vn.giamsat.admin.testing.HttpBrowser;
import vn.giamsat.admin.testing.RealKeycloak;
import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.UserSearch;
import vn.giamsat.application.identity.port.out.IdentityDirectoryPort;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.unit.UnitCode;

/** The users page as the demo administrator, on the real Keycloak: list, filter, sort, change, failures. */
class UsersViewTest extends RealKeycloakTest {
    @Autowired IdentityDirectoryPort directory;
    String changed;

    @BeforeEach
    void signInAsTheAdministrator() throws Exception {
        changed = directory.users(new UserSearch(RealKeycloak.CHANGED_USER, false, 0, 1)).users().getFirst().id();
        actAs("quantri");
    }

    @AfterEach
    void restoreTheTestUser() {
        directory.setRoles(changed, Set.of(Role.UNIT_OFFICER));
        directory.setJurisdictions(changed, Set.of(UnitCode.of("20364")));
    }

    private java.util.List<String> usernames(UsersView view) {
        var rows = test(view.grid);
        return IntStream.range(0, rows.size()).mapToObj(i -> rows.getCellText(i, 0)).toList();
    }

    @Test
    void the_administrator_sees_every_user_with_roles_and_jurisdiction_and_narrows_and_reverses_the_list() {
        UsersView view = navigate(UsersView.class);

        var names = usernames(view);
        assertThat(names).contains("canbo.tamdan", "quantri", "tinh").isSorted();
        int tinh = names.indexOf("tinh");
        assertThat(test(view.grid).getCellText(tinh, 2)).isEqualTo("Cán bộ cấp tỉnh");
        assertThat(test(view.grid).getCellText(tinh, 3)).contains("Quảng Nam (49)").contains("(48)");

        test(view.grid).sortByColumn(0, com.vaadin.flow.data.provider.SortDirection.DESCENDING);
        assertThat(usernames(view)).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        test($(TextField.class).id("users-filter")).setValue("tamdan");
        assertThat(usernames(view)).containsExactly("canbo.tamdan");
    }

    @Test
    void removing_a_role_asks_first_and_cancel_changes_nothing_confirm_saves_it_in_keycloak() {
        UsersView view = navigate(UsersView.class);
        test($(TextField.class).id("users-filter")).setValue(RealKeycloak.CHANGED_USER);
        test(view.grid).select(0);

        test(view.roleChoice).selectItem("Thành viên đoàn giám sát");
        test(view.roleChoice).deselectItem("Cán bộ đơn vị");
        test(view.save).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        test(confirm).cancel();
        assertThat(directory.user(changed).orElseThrow().roles()).containsExactly(Role.UNIT_OFFICER);

        test(view.save).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(directory.user(changed).orElseThrow().roles()).containsExactly(Role.DELEGATION_MEMBER);
    }

    @Test
    void a_jurisdiction_is_picked_from_the_unit_catalogue_and_saved_without_asking_when_no_role_is_removed() {
        UsersView view = navigate(UsersView.class);
        test($(TextField.class).id("users-filter")).setValue(RealKeycloak.CHANGED_USER);
        test(view.grid).select(0);

        assertThat(test(view.unitChoice).getSelected()).extracting(u -> u.code()).containsExactly("20364");
        // Keeps the commune it had (the code now held by Chiên Đàn) and adds former Tam Đàn.
        test(view.unitChoice).selectItem("Xã Chiên Đàn (20364)", "Xã Tam Đàn (20374) – đã giải thể/sáp nhập");
        test(view.save).click();

        assertThat($(ConfirmDialog.class).all()).isEmpty();
        DirectoryUser saved = directory.user(changed).orElseThrow();
        assertThat(saved.jurisdictions()).containsExactlyInAnyOrder(UnitCode.of("20364"), UnitCode.of("20374"));
        assertThat(saved.roles()).containsExactly(Role.UNIT_OFFICER);
    }

    @Test
    void failed_sign_ins_are_listed_with_time_username_ip_and_reason() throws Exception {
        HttpBrowser guesser = new HttpBrowser();
        guesser.submitLogin(guesser.open(app("/admin/")), "khongco.ai", "Mat-khau-doan-2025");

        UsersView view = navigate(UsersView.class);
        var rows = test(view.failures);
        int row = IntStream.range(0, rows.size()).filter(i -> rows.getCellText(i, 1).equals("khongco.ai"))
                .findFirst().orElseThrow();
        assertThat(rows.getCellText(row, 0)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
        assertThat(rows.getCellText(row, 2)).isEqualTo("127.0.0.1");
        assertThat(rows.getCellText(row, 3)).isEqualTo("Không có tài khoản này");
    }

    /**
     * In a real headless Chromium, signed in at Keycloak's own form: the filter shows its whole hint and no column
     * header is cut, at 1366×768 and at a tablet's 800 px. Screenshots for the user guide.
     */
    @Test
    void in_a_real_browser_the_filter_shows_its_whole_hint_at_desktop_and_tablet_width(@TempDir Path profile) {
        try (HeadlessChromium chromium = HeadlessChromium.start(profile, port, Duration.ofSeconds(60))) {
            WebDriver browser = chromium.driver();
            browser.get(app("/admin/nguoi-dung"));
            chromium.waiter().until(d -> !d.findElements(By.name("username")).isEmpty());
            browser.findElement(By.name("username")).sendKeys("quantri");
            browser.findElement(By.name("password")).sendKeys(keycloak().demoPassword(), Keys.ENTER);
            chromium.waiter().until(d -> !d.findElements(By.id("users-filter")).isEmpty());
            chromium.waiter().until(d -> d.findElement(By.tagName("vaadin-grid")).getText().contains("quantri"));

            for (var size : List.of(HeadlessChromium.DESKTOP, HeadlessChromium.TABLET)) {
                chromium.resize(size);
                chromium.settle();
                @SuppressWarnings("unchecked")
                List<Number> widths = (List<Number>) ((JavascriptExecutor) browser).executeScript("""
                        const input = document.querySelector('#users-filter input');
                        const ctx = document.createElement('canvas').getContext('2d');
                        ctx.font = getComputedStyle(input).font;
                        return [ctx.measureText(input.placeholder).width, input.clientWidth];
                        """);
                assertThat(widths.get(0).doubleValue()).as("the filter's hint fits its field at %s", size)
                        .isLessThanOrEqualTo(widths.get(1).doubleValue());
                assertThat(chromium.cutHeaders()).as("headers cut at %s", size).isEmpty();
                chromium.screenshot(size.equals(HeadlessChromium.DESKTOP) ? "28-nguoi-dung" : "29-nguoi-dung-may-tinh-bang");
            }
        }
    }
}
