package vn.giamsat.adapters.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps {@code /actuator/prometheus} off the internet when it shares the app's port: it answers only a scraper
 * that reaches the app directly from a private network (loopback, 10/8, 172.16/12, 192.168/16, link-local,
 * IPv6 unique-local) and not through the reverse proxy, which always adds a forwarding header. Everything
 * else gets a 404, as if there were no such page. The first line of defence is the proxy (or Ingress), which
 * must not route {@code /actuator/} at all except health; a separate management port
 * ({@code MANAGEMENT_SERVER_PORT}) takes the endpoint off the public port altogether (docs/decisions/014).
 */
public final class MetricsEndpointGuard extends OncePerRequestFilter {
    public static final String PATH = "/actuator/prometheus";
    private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Real-IP",
            "X-Forwarded-Host");
    private static final Pattern PARAMETERS = Pattern.compile(";[^/]*");
    private static final Pattern DOUBLED_SLASHES = Pattern.compile("/{2,}");

    /**
     * Judged on the path the servlet container maps (servlet path + path info): decoded, without {@code ;params},
     * with {@code .}, {@code ..} and doubled slashes resolved, so the path that selects the endpoint. The raw
     * request URI is not: {@code /actuator;a/prometheus} or {@code /actuator/%70rometheus} reach the endpoint but
     * do not start with its path (issue 14.12).
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Both readings, so that a container which maps paths differently cannot open a gap either.
        return !isMetricsPath(mappedPath(request)) && !isMetricsPath(normalized(request.getRequestURI()));
    }

    /** The raw URI as a container would map it: {@code ;params} dropped, %-escapes decoded, dots resolved. */
    static String normalized(String requestUri) {
        if (requestUri == null) {
            return "";
        }
        if (plain(requestUri)) {
            return requestUri;
        }
        String path = PARAMETERS.matcher(requestUri).replaceAll("");
        try {
            path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a broken escape: the container refuses such a request anyway; judge it undecoded
        }
        path = DOUBLED_SLASHES.matcher(path).replaceAll("/");
        try {
            return new java.net.URI(null, null, path, null).normalize().getPath();
        } catch (java.net.URISyntaxException e) {
            return path;
        }
    }

    /**
     * A path that normalizing leaves as it is: absolute, no {@code ;params}, no %-escape, no doubled slash, no dot
     * segment. Almost every request is one; it is judged without the regexes, decoding and URI parsing that cost a
     * public page more CPU than the rest of the filter chain together (docs/performance.md, issue 20).
     */
    static boolean plain(String uri) {
        return uri.startsWith("/") && uri.indexOf(';') < 0 && uri.indexOf('%') < 0 && !uri.contains("//")
                && !uri.contains("/.");
    }

    static String mappedPath(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = pathInfo.isEmpty() ? servletPath : servletPath + pathInfo;
        return path.contains("//") ? DOUBLED_SLASHES.matcher(path).replaceAll("/") : path;
    }

    /** The endpoint's path in any letter case, alone or followed by {@code /} or {@code .}; compared in place. */
    static boolean isMetricsPath(String path) {
        if (!path.regionMatches(true, 0, PATH, 0, PATH.length())) {
            return false;
        }
        return path.length() == PATH.length() || path.charAt(PATH.length()) == '/' || path.charAt(PATH.length()) == '.';
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (allowed(request)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    static boolean allowed(HttpServletRequest request) {
        for (String header : FORWARDING_HEADERS) {
            if (request.getHeader(header) != null) {
                return false;
            }
        }
        return isPrivate(request.getRemoteAddr());
    }

    static boolean isPrivate(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            // A literal address from the socket: no name lookup happens here.
            InetAddress a = InetAddress.ofLiteral(address);
            byte[] b = a.getAddress();
            boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
            return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || uniqueLocalV6;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
