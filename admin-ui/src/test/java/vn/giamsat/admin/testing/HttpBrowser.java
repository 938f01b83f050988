package vn.giamsat.admin.testing;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen: follows redirects itself (so tests can see each hop), keeps cookies, and fills in
 * Keycloak's real login form. Keycloak marks its cookies {@code Secure} even on plain http; a real browser keeps
 * them for 127.0.0.1 anyway, Java's cookie manager would not, so the jar drops the flag.
 */
public final class HttpBrowser {
    private static final Pattern LOGIN_FORM = Pattern.compile(
            "<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);

    private final LoopbackCookies cookies = new LoopbackCookies();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /** The value of a cookie the browser holds for the host, if any. */
    public java.util.Optional<String> cookie(String name) {
        return cookies.jar.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst();
    }

    /** Drops a cookie, as a new browser window without it would be. */
    public void forget(String name) {
        var store = cookies.jar.getCookieStore();
        store.getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> store.getURIs().forEach(u -> store.remove(u, c)));
        store.getCookies().stream().filter(c -> c.getName().equals(name)).toList().forEach(c -> store.remove(null, c));
    }

    /** One request, no redirect followed. */
    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** GET, then every redirect up to the first page that is not one. */
    public HttpResponse<String> open(String url) throws IOException, InterruptedException {
        return follow(get(url));
    }

    public HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        for (int hops = 0; hops < 20 && isRedirect(response); hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = get(next.toString());
        }
        return response;
    }

    public HttpResponse<String> postForm(String url, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Fills in and sends Keycloak's login form shown in {@code loginPage}; the answer is not followed. */
    public HttpResponse<String> submitLogin(HttpResponse<String> loginPage, String username, String password)
            throws IOException, InterruptedException {
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            throw new AssertionError("not Keycloak's login form: " + loginPage.uri() + "\n" + loginPage.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", password);
        fields.put("credentialId", "");
        return postForm(loginPage.uri().resolve(unescape(form.group(1))).toString(), fields);
    }

    /** Opens {@code startUrl}, signs in at Keycloak's form and follows back to the app. */
    public HttpResponse<String> signIn(String startUrl, String username, String password)
            throws IOException, InterruptedException {
        return follow(submitLogin(open(startUrl), username, password));
    }

    /** The error Keycloak's login page shows (under the field or in the alert above the form), or "". */
    public static String loginError(HttpResponse<String> loginPage) {
        // The text after the element's opening tag and any nested opening tags.
        for (String p : List.of("id=\"input-error[^\"]*\"[^>]*>(?:\\s*<[^/>][^>]*>)*\\s*([^<\\s][^<]*?)\\s*<",
                "class=\"[^\"]*kc-feedback-text[^\"]*\"[^>]*>(?:\\s*<[^/>][^>]*>)*\\s*([^<\\s][^<]*?)\\s*<")) {
            Matcher m = Pattern.compile(p).matcher(loginPage.body());
            if (m.find()) {
                return unescape(m.group(1));
            }
        }
        return "";
    }

    public static boolean isLoginForm(HttpResponse<String> page) {
        return page.statusCode() == 200 && LOGIN_FORM.matcher(page.body()).find();
    }

    /** The action of the first form on the page (e.g. Keycloak's logout confirmation). */
    public static String formAction(HttpResponse<String> page) {
        Matcher m = FORM_ACTION.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no form on " + page.uri());
        }
        return page.uri().resolve(unescape(m.group(1))).toString();
    }

    /** The value of a hidden input, e.g. a CSRF token. */
    public static String hiddenInput(HttpResponse<String> page, String name) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no input " + name + " on " + page.uri());
        }
        return unescape(m.group(1));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static boolean isRedirect(HttpResponse<?> r) {
        return r.statusCode() / 100 == 3 && r.headers().firstValue("Location").isPresent();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#x3D;", "=").replace("&#61;", "=").replace("&quot;", "\"");
    }

    /** A cookie jar as a browser on loopback: keeps Keycloak's {@code Secure} cookies on http. */
    private static final class LoopbackCookies extends CookieHandler {
        private final CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return jar.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> stripped = new HashMap<>();
            headers.forEach((name, values) -> stripped.put(name,
                    name != null && name.toLowerCase(java.util.Locale.ROOT).startsWith("set-cookie")
                            ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList()
                            : values));
            jar.put(uri, stripped);
        }
    }
}
