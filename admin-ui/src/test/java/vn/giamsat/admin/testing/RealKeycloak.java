package vn.giamsat.admin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real Keycloak 26.7.3 that {@code deploy/keycloak} built, started once per test JVM (the first test class
 * that asks starts it; a shutdown hook stops it) on a free loopback port, with the project's realm export.
 *
 * <p>The build's Keycloak home is not written to: Keycloak runs from a throw-away home under {@code target/}
 * whose {@code bin/kc.sh} is a copy (kc.sh takes its home from its own location) and whose {@code lib},
 * {@code conf}, {@code providers} and {@code themes} link to the built home; its {@code data} (H2 database,
 * realm to import) is its own. The launcher starts it the same way ({@code KeycloakChild}); this is a reading
 * copy, since the launcher module is built after the admin UI.
 *
 * <p>The realm imported is {@code deploy/keycloak/giamsat-realm.json} with test-only additions, each said below:
 * nothing here widens the export that ships. Beside it, the production realm compose imports
 * ({@code deploy/compose/keycloak/giamsat-realm.json}) as realm {@value #PRODUCTION_REALM}, with three test users,
 * for the tests of its sign-in flow (one-time passwords for ADMIN and COUNCIL_STAFF).
 */
public final class RealKeycloak {
    public static final String REALM = "giamsat";
    public static final String ADMIN_UI_CLIENT = "giamsat-admin-ui";
    public static final String IDENTITY_CLIENT = "giamsat-identity";
    /** Test-only public client with password grant whose access tokens live 1 s (for the expired-token test). */
    public static final String SHORT_LIVED_CLIENT = "giamsat-test-short-lived";
    /** Test-only user whom the brute-force test locks out, so no other test loses its login. */
    public static final String LOCKOUT_USER = "canbo.khoathu";
    /** Test-only user whose roles and jurisdiction the identity tests change. */
    public static final String CHANGED_USER = "thu.nghiem";
    /** The production realm (compose's file), imported under this name; its test users, one per kind of role. */
    public static final String PRODUCTION_REALM = "giamsat-production";
    public static final String PRODUCTION_ADMIN = "quantri.otp";
    public static final String PRODUCTION_COUNCIL_STAFF = "vanphong.otp";
    public static final String PRODUCTION_UNIT_OFFICER = "canbo.otp";
    /** The production realm's admin UI address (its redirect URIs), here a loopback port nothing listens on. */
    public static final String PRODUCTION_ADMIN_HOST = "http://127.0.0.1:1";
    /**
     * Test-only delegation head of no round whose name is that of the seed round's head, "Phan Thanh Thám" (as if an
     * administrator had typed it, or she had renamed herself before the realm forbade it): decision 018.
     */
    public static final String NAMESAKE_USER = "ten.trung";
    /** Test-only provincial official whose jurisdiction is Đà Nẵng (48) alone, not Quảng Nam (49). */
    public static final String CITY_OFFICIAL = "thanhpho";
    /** Test-only administrator of commune Phú Thịnh (20364) alone: a council's administrator (issue 17 item 5). */
    public static final String COMMUNE_ADMIN = "quantri.xa";
    /**
     * Test-only member who tries to rename herself through the account console's REST API; she has the realm's
     * default roles, as a user an administrator creates.
     */
    public static final String RENAMING_USER = "doi.ten";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(360);
    private static RealKeycloak instance;

    private final int port;
    private final String adminUiSecret;
    private final String identitySecret;
    private final String demoPassword;

    private RealKeycloak(int port, String adminUiSecret, String identitySecret, String demoPassword) {
        this.port = port;
        this.adminUiSecret = adminUiSecret;
        this.identitySecret = identitySecret;
        this.demoPassword = demoPassword;
    }

    /** The shared Keycloak, started at the first call (10–100 s, depending on the machine's load). */
    public static synchronized RealKeycloak get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public int port() { return port; }
    public String url() { return "http://127.0.0.1:" + port; }
    /** The realm's URL, which is also the issuer of its tokens. */
    public String realmUrl() { return url() + "/realms/" + REALM; }
    public String endpoint(String path) { return realmUrl() + "/protocol/openid-connect/" + path; }
    public String adminUiSecret() { return adminUiSecret; }
    public String identitySecret() { return identitySecret; }
    /** The demo users' password (the launcher sets GiamSat-Demo-2025; tests use a random one). */
    public String demoPassword() { return demoPassword; }

    /** Properties that point the admin UI at this Keycloak, for {@code @DynamicPropertySource}. */
    public Map<String, String> adminUiProperties() {
        return Map.of("giamsat.oidc.base-url", realmUrl(),
                "giamsat.oidc.client-secret", adminUiSecret,
                "giamsat.identity.client-secret", identitySecret);
    }

    /** Keycloak's login form for the admin UI's client, asked for as the app does (code flow, PKCE S256). */
    public String loginFormUrl() {
        return endpoint("auth") + "?response_type=code&client_id=" + ADMIN_UI_CLIENT
                + "&scope=openid&redirect_uri=" + enc("http://127.0.0.1:1/callback")
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
    }

    /** An access token of the admin UI's client for a demo user: code flow with PKCE through the login form. */
    public String adminUiToken(String username) throws IOException, InterruptedException {
        // never opened: the code is read from the redirect
        return codeFlowToken(username, ADMIN_UI_CLIENT, "http://127.0.0.1:1/callback", adminUiSecret);
    }

    private String codeFlowToken(String username, String clientId, String redirect, String clientSecret)
            throws IOException, InterruptedException {
        byte[] verifierBytes = new byte[32];
        new SecureRandom().nextBytes(verifierBytes);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(verifierBytes);
        String challenge;
        try {
            challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(java.security.MessageDigest
                    .getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> form = browser.open(endpoint("auth") + "?response_type=code&client_id=" + clientId
                + "&scope=openid&redirect_uri=" + enc(redirect) + "&code_challenge=" + challenge
                + "&code_challenge_method=S256&state=s1&nonce=n1");
        HttpResponse<String> back = browser.submitLogin(form, username, demoPassword);
        String location = back.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError(username + " did not get past the login form: " + back.body()));
        String code = java.util.Arrays.stream(URI.create(location).getRawQuery().split("&"))
                .filter(p -> p.startsWith("code=")).findFirst().orElseThrow().substring(5);
        Map<String, String> request = new java.util.HashMap<>(Map.of("grant_type", "authorization_code",
                "code", java.net.URLDecoder.decode(code, StandardCharsets.UTF_8), "redirect_uri", redirect,
                "code_verifier", verifier, "client_id", clientId));
        if (clientSecret != null) {
            request.put("client_secret", clientSecret);
        }
        return accessToken(request);
    }

    /**
     * An access token of Keycloak's own account console (public client {@code account-console}, code flow with
     * PKCE through the login form), as the console in a user's browser holds it to call the account REST API.
     */
    public String accountConsoleToken(String username) throws IOException, InterruptedException {
        return codeFlowToken(username, "account-console", realmUrl() + "/account/", null);
    }

    /** A token of the test-only client whose tokens live 1 s (password grant). */
    public String shortLivedToken(String username) throws IOException, InterruptedException {
        return accessToken(Map.of("grant_type", "password", "client_id", SHORT_LIVED_CLIENT, "username", username,
                "password", demoPassword, "scope", "openid"));
    }

    /** A token of another client of the same realm: the identity service account's. */
    public String serviceAccountToken() throws IOException, InterruptedException {
        return accessToken(Map.of("grant_type", "client_credentials", "client_id", IDENTITY_CLIENT,
                "client_secret", identitySecret));
    }

    private String accessToken(Map<String, String> form) throws IOException, InterruptedException {
        HttpResponse<String> r = new HttpBrowser().postForm(endpoint("token"), form);
        if (r.statusCode() != 200) {
            throw new AssertionError("token endpoint answered " + r.statusCode() + ": " + r.body());
        }
        return JsonMapper.builder().build().readTree(r.body()).get("access_token").asString();
    }

    /** The claims of a JWT (not verified: for looking at what Keycloak put in). */
    public static JsonNode claims(String jwt) {
        return JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static RealKeycloak start() throws IOException, InterruptedException {
        Path moduleDir = Path.of(System.getProperty("user.dir"));
        Path repo = moduleDir.getParent();
        Path home = repo.resolve("deploy/keycloak/target/keycloak-26.7.3");
        if (!Files.exists(home.resolve(".giamsat-built"))) {
            throw new IllegalStateException("No built Keycloak at " + home
                    + ": build the deploy/keycloak module first (./mvnw -pl admin-ui -am verify does it).");
        }
        Path run = Files.createTempDirectory(Files.createDirectories(moduleDir.resolve("target")), "keycloak-");
        Files.createDirectories(run.resolve("bin"));
        Files.copy(home.resolve("bin/kc.sh"), run.resolve("bin/kc.sh"));
        run.resolve("bin/kc.sh").toFile().setExecutable(true);
        for (String shared : List.of("lib", "conf", "providers", "themes", "version.txt")) {
            Files.createSymbolicLink(run.resolve(shared), home.resolve(shared).toAbsolutePath());
        }
        Path importDir = Files.createDirectories(run.resolve("data/import"));
        Files.writeString(importDir.resolve("giamsat-realm.json"),
                testRealm(Files.readString(repo.resolve("deploy/keycloak/giamsat-realm.json"))));
        Files.writeString(importDir.resolve("giamsat-production-realm.json"),
                productionTestRealm(Files.readString(repo.resolve("deploy/compose/keycloak/giamsat-realm.json"))));

        int port = freePort();
        RealKeycloak kc = new RealKeycloak(port, randomSecret(), randomSecret(), "Demo-" + randomSecret());
        ProcessBuilder pb = new ProcessBuilder(run.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                "--hostname=" + kc.url(), "--import-realm",
                // A runtime option: without it Keycloak also opens JGroups cluster ports on every interface.
                "--cache=local")
                .redirectErrorStream(true)
                .redirectOutput(run.resolve("keycloak.log").toFile());
        pb.environment().putAll(Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                // C1 only: a test run is short, full JIT compilation would cost more than it saves.
                "JAVA_OPTS_APPEND", "-Dliquibase.analytics.enabled=false -XX:TieredStopAtLevel=1",
                "GIAMSAT_OIDC_CLIENT_SECRET", kc.adminUiSecret,
                "GIAMSAT_IDENTITY_CLIENT_SECRET", kc.identitySecret,
                "GIAMSAT_DEMO_PASSWORD", kc.demoPassword));
        Instant started = Instant.now();
        Process process = pb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, run), "stop-keycloak"));
        awaitReady(kc, process, run.resolve("keycloak.log"));
        System.out.printf("Keycloak ready on %s after %d s%n", kc.url(),
                Duration.between(started, Instant.now()).toSeconds());
        return kc;
    }

    /** The export plus what only tests need. */
    static String testRealm(String export) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode realm = (ObjectNode) json.readTree(export);
        ArrayNode clients = (ArrayNode) realm.get("clients");
        ObjectNode adminUi = null;
        for (JsonNode c : clients) {
            if (ADMIN_UI_CLIENT.equals(c.get("clientId").asString())) {
                adminUi = (ObjectNode) c;
            }
        }
        if (adminUi == null) {
            throw new IllegalStateException("realm export has no " + ADMIN_UI_CLIENT);
        }
        // The admin UI under test listens on a random port: any loopback port may be the redirect target.
        ((ArrayNode) adminUi.get("redirectUris")).add("http://127.0.0.1:*");
        ObjectNode attributes = (ObjectNode) adminUi.get("attributes");
        attributes.put("post.logout.redirect.uris",
                attributes.get("post.logout.redirect.uris").asString() + "##http://127.0.0.1:*");

        // A client whose access tokens expire after 1 s but otherwise look like the admin UI's (audience, roles).
        ObjectNode shortLived = clients.addObject();
        shortLived.put("clientId", SHORT_LIVED_CLIENT).put("enabled", true).put("publicClient", true)
                .put("protocol", "openid-connect").put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", true);
        shortLived.putObject("attributes").put("access.token.lifespan", "1");
        shortLived.putArray("defaultClientScopes").add("profile").add("basic");
        shortLived.set("protocolMappers", adminUi.get("protocolMappers").deepCopy());

        ArrayNode users = (ArrayNode) realm.get("users");
        addUser(users, LOCKOUT_USER, "Đỗ Văn", "Khoa", "20374", "UNIT_OFFICER");
        addUser(users, CHANGED_USER, "Thử", "Nghiệm", "20364", "UNIT_OFFICER");
        addUser(users, NAMESAKE_USER, "Phan Thanh", "Thám", null, "DELEGATION_HEAD", "DELEGATION_MEMBER");
        addUser(users, CITY_OFFICIAL, "Cán bộ", "Thành phố", "48", "PROVINCIAL_OFFICIAL");
        addUser(users, COMMUNE_ADMIN, "Quản trị", "Xã", "20364", "ADMIN");
        // Created as an administrator creates a user (the admin console gives the realm's default roles, among them
        // the account console's manage-account); users imported from the realm file get only the roles listed.
        addUser(users, RENAMING_USER, "Đổi", "Tên", null, "DELEGATION_MEMBER", "default-roles-giamsat");
        // Tests only: a cheap password hash, so the import and the many test logins do not wait on argon2 on a
        // busy machine. The export keeps Keycloak's default hashing; the rest of the policy is unchanged.
        realm.put("passwordPolicy", realm.get("passwordPolicy").asString()
                + " and hashAlgorithm(pbkdf2-sha256) and hashIterations(1000)");
        return json.writeValueAsString(realm);
    }

    /** Compose's production realm under another name, on a loopback admin address, with three test users. */
    static String productionTestRealm(String export) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode realm = (ObjectNode) json.readTree(export.replace("https://${GIAMSAT_ADMIN_HOST}",
                PRODUCTION_ADMIN_HOST));
        realm.put("realm", PRODUCTION_REALM);
        ArrayNode users = (ArrayNode) realm.get("users");
        addUser(users, PRODUCTION_ADMIN, "Quản", "Trị", "48", "ADMIN");
        addUser(users, PRODUCTION_COUNCIL_STAFF, "Văn", "Phòng", "518", "COUNCIL_STAFF");
        addUser(users, PRODUCTION_UNIT_OFFICER, "Cán", "Bộ", "20364", "UNIT_OFFICER");
        realm.put("passwordPolicy", realm.get("passwordPolicy").asString()
                + " and hashAlgorithm(pbkdf2-sha256) and hashIterations(1000)");
        return json.writeValueAsString(realm);
    }

    /** Keycloak's login form of the production realm for the admin UI's client (code flow, PKCE S256). */
    public String productionLoginFormUrl() {
        return url() + "/realms/" + PRODUCTION_REALM + "/protocol/openid-connect/auth?response_type=code&client_id="
                + ADMIN_UI_CLIENT + "&scope=openid&redirect_uri=" + enc(PRODUCTION_ADMIN_HOST + "/login/oauth2/code/keycloak")
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&state=s1";
    }

    private static void addUser(ArrayNode users, String username, String first, String last, String unit,
                                String... roles) {
        ObjectNode user = users.addObject();
        user.put("username", username).put("enabled", true).put("email", username + "@giamsat.local")
                .put("emailVerified", true).put("firstName", first).put("lastName", last);
        if (unit != null) {
            user.putObject("attributes").putArray("jurisdiction").add(unit);
        }
        user.putArray("credentials").addObject().put("type", "password")
                .put("value", "${GIAMSAT_DEMO_PASSWORD}").put("temporary", false);
        ArrayNode realmRoles = user.putArray("realmRoles");
        for (String role : roles) {
            realmRoles.add(role);
        }
    }

    private static void awaitReady(RealKeycloak kc, Process process, Path log) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(kc.realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak not ready after " + START_TIMEOUT + ":\n" + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void stop(Process process, Path run) {
        // kc.sh ends in `exec java`: the process is Keycloak itself; its children (if any) go with it.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(run)) {
            // Links are deleted, not followed: the built home stays.
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // target/ is cleaned by the next `clean` anyway
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
