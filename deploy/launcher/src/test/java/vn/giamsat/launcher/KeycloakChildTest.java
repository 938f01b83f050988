package vn.giamsat.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The realm the local Keycloak imports follows the admin UI's port (GIAMSAT_ADMIN_PORT). */
class KeycloakChildTest {
    private static final Path REALM = Path.of("../keycloak/" + KeycloakChild.REALM_FILE);

    @Test
    void on_another_admin_port_the_admin_uis_sign_in_and_sign_out_addresses_name_that_port() throws Exception {
        String realm = KeycloakChild.realmFor(Files.readString(REALM), 18081);

        assertThat(realm).contains("\"http://127.0.0.1:18081/login/oauth2/code/keycloak\"",
                        "\"http://localhost:18081/login/oauth2/code/keycloak\"", "http://127.0.0.1:18081/admin/*")
                .doesNotContain(":8081/");
    }

    @Test
    void on_the_default_port_the_realm_is_imported_as_written() throws Exception {
        String written = Files.readString(REALM);

        assertThat(KeycloakChild.realmFor(written, LauncherSettings.DEFAULT_ADMIN_PORT)).isEqualTo(written);
    }
}
