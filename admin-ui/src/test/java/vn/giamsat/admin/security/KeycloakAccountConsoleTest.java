package vn.giamsat.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.giamsat.admin.testing.HttpBrowser;
import vn.giamsat.admin.testing.RealKeycloak;

/**
 * The realm's account console (Keycloak's own, for every user) changes nothing authorization reads: a user who
 * sends the console's own update with another name and a jurisdiction keeps hers (decision 018). Against the real
 * Keycloak with the project's realm; no admin UI needed.
 */
class KeycloakAccountConsoleTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_user_cannot_change_her_own_name_or_jurisdiction_through_the_account_consoles_rest_api() throws Exception {
        RealKeycloak keycloak = RealKeycloak.get();
        String token = keycloak.accountConsoleToken(RealKeycloak.RENAMING_USER);
        HttpResponse<String> before = account(keycloak, HttpRequest.newBuilder().GET(), token);
        assertThat(before.statusCode()).as("the console reads the profile: " + before.body()).isEqualTo(200);
        ObjectNode me = (ObjectNode) JSON.readTree(before.body());
        assertThat(me.get("firstName").asString()).isEqualTo("Đổi");

        // What the console's "Personal info" page sends, with the name of the seed round's head; then, apart (one
        // read-only field refuses the whole request), a jurisdiction.
        me.put("firstName", "Phan Thanh").put("lastName", "Thám");
        HttpResponse<String> update = account(keycloak, HttpRequest.newBuilder()
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(me))), token);
        ObjectNode unit = (ObjectNode) JSON.readTree(before.body());
        unit.putObject("attributes").putArray("jurisdiction").add("518");
        HttpResponse<String> jurisdiction = account(keycloak, HttpRequest.newBuilder()
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(unit))), token);
        assertThat(jurisdiction.statusCode()).as(jurisdiction.body()).isGreaterThanOrEqualTo(400);

        JsonNode after = JSON.readTree(account(keycloak, HttpRequest.newBuilder().GET(), token).body());
        assertThat(after.get("firstName").asString() + " " + after.get("lastName").asString())
                .as("the name after the update answered " + update.statusCode() + " " + update.body())
                .isEqualTo("Đổi Tên");
        JsonNode fresh = RealKeycloak.claims(keycloak.adminUiToken(RealKeycloak.RENAMING_USER));
        assertThat(fresh.get("name").asString()).as("the name the admin UI is told").isEqualTo("Đổi Tên");
        assertThat(fresh.path("jurisdiction").toString()).doesNotContain("518");
    }

    private static HttpResponse<String> account(RealKeycloak keycloak, HttpRequest.Builder request, String token)
            throws Exception {
        return new HttpBrowser().send(request.uri(URI.create(keycloak.realmUrl() + "/account/"))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token));
    }
}
