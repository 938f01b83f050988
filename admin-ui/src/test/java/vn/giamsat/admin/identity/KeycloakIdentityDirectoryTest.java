package vn.giamsat.admin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamsat.adapters.identity.KeycloakIdentityDirectory;
import vn.giamsat.admin.testing.RealKeycloak;
import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.UserPage;
import vn.giamsat.application.identity.model.UserSearch;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.unit.UnitCode;

/**
 * The identity adapter against the real Keycloak and the realm export, through the giamsat-identity service
 * account and nothing else. Lives in the admin UI's tests so Keycloak starts once per build.
 */
class KeycloakIdentityDirectoryTest {
    static KeycloakIdentityDirectory directory;
    static RealKeycloak kc;

    @BeforeAll
    static void connect() {
        kc = RealKeycloak.get();
        directory = KeycloakIdentityDirectory.connect(kc.url(), RealKeycloak.REALM, RealKeycloak.IDENTITY_CLIENT,
                kc.identitySecret());
    }

    @AfterAll
    static void close() {
        directory.close();
    }

    @Test
    void lists_the_realms_people_in_username_order_with_their_roles_and_jurisdiction() {
        UserPage all = directory.users(new UserSearch("", false, 0, 100));

        List<String> names = all.users().stream().map(DirectoryUser::username).toList();
        assertThat(names).contains("quantri", "vanphong", "truongdoan", "thanhvien", "canbo.phuthinh",
                "canbo.tamdan", "tinh").isSorted().noneMatch(n -> n.startsWith("service-account"));
        assertThat(all.total()).isEqualTo(names.size());
        DirectoryUser tinh = all.users().stream().filter(u -> u.username().equals("tinh")).findFirst().orElseThrow();
        assertThat(tinh.roles()).containsExactly(Role.PROVINCIAL_OFFICIAL);
        assertThat(tinh.jurisdictions()).containsExactlyInAnyOrder(UnitCode.of("48"), UnitCode.of("49"));
        assertThat(tinh.fullName()).isEqualTo("Hoàng Minh");
        DirectoryUser head = all.users().stream().filter(u -> u.username().equals("truongdoan")).findFirst()
                .orElseThrow();
        assertThat(head.roles()).containsExactlyInAnyOrder(Role.DELEGATION_HEAD, Role.DELEGATION_MEMBER);
    }

    @Test
    void pages_and_the_descending_order_are_the_same_users_read_from_the_other_end() {
        List<String> ascending = directory.users(new UserSearch("", false, 0, 100)).users().stream()
                .map(DirectoryUser::username).toList();
        UserPage firstTwo = directory.users(new UserSearch("", false, 0, 2));
        UserPage lastTwoDescending = directory.users(new UserSearch("", true, 0, 2));
        UserPage secondPageDescending = directory.users(new UserSearch("", true, 2, 2));

        assertThat(firstTwo.users()).extracting(DirectoryUser::username).containsExactlyElementsOf(ascending.subList(0, 2));
        assertThat(lastTwoDescending.users()).extracting(DirectoryUser::username)
                .containsExactly(ascending.getLast(), ascending.get(ascending.size() - 2));
        assertThat(secondPageDescending.users()).extracting(DirectoryUser::username)
                .containsExactly(ascending.get(ascending.size() - 3), ascending.get(ascending.size() - 4));
        assertThat(lastTwoDescending.total()).isEqualTo(ascending.size());
    }

    @Test
    void the_filter_finds_part_of_a_username_or_a_name() {
        assertThat(directory.users(new UserSearch("tamdan", false, 0, 10)).users())
                .extracting(DirectoryUser::username).containsExactly("canbo.tamdan");
        UserPage byName = directory.users(new UserSearch("Thám", false, 0, 10));
        // the demo head and the test realm's namesake of her (decision 018), found by the name alone
        assertThat(byName.users()).extracting(DirectoryUser::username)
                .containsExactlyInAnyOrder("truongdoan", RealKeycloak.NAMESAKE_USER);
        assertThat(byName.total()).isEqualTo(2);
    }

    @Test
    void roles_and_jurisdiction_set_here_are_in_the_users_next_token() throws Exception {
        DirectoryUser user = directory.users(new UserSearch(RealKeycloak.CHANGED_USER, false, 0, 1)).users()
                .getFirst();

        directory.setRoles(user.id(), Set.of(Role.DELEGATION_MEMBER, Role.COUNCIL_STAFF));
        directory.setJurisdictions(user.id(), Set.of(UnitCode.of("518"), UnitCode.of("20392")));

        DirectoryUser changed = directory.user(user.id()).orElseThrow();
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.DELEGATION_MEMBER, Role.COUNCIL_STAFF);
        assertThat(changed.jurisdictions()).containsExactlyInAnyOrder(UnitCode.of("518"), UnitCode.of("20392"));
        assertThat(changed.fullName()).as("the update keeps the rest of the profile").isEqualTo("Thử Nghiệm");
        var claims = RealKeycloak.claims(kc.shortLivedToken(RealKeycloak.CHANGED_USER));
        assertThat(claims.get("roles").toString()).contains("DELEGATION_MEMBER", "COUNCIL_STAFF")
                .doesNotContain("UNIT_OFFICER");
        assertThat(claims.get("jurisdiction").toString()).contains("518", "20392").doesNotContain("20364");

        directory.setRoles(user.id(), Set.of(Role.UNIT_OFFICER));
        directory.setJurisdictions(user.id(), Set.of(UnitCode.of("20364")));
        assertThat(directory.user(user.id()).orElseThrow().roles()).containsExactly(Role.UNIT_OFFICER);
    }

    @Test
    void an_unknown_id_is_no_user_and_a_wrong_secret_is_refused_not_an_empty_list() {
        assertThat(directory.user("00000000-0000-0000-0000-000000000000")).isEmpty();

        try (KeycloakIdentityDirectory wrong = KeycloakIdentityDirectory.connect(kc.url(), RealKeycloak.REALM,
                RealKeycloak.IDENTITY_CLIENT, "not-the-secret")) {
            assertThatThrownBy(() -> wrong.users(new UserSearch("", false, 0, 10)))
                    .isInstanceOf(RuntimeException.class);
        }
    }
}
