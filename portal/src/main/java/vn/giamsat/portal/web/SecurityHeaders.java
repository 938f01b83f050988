package vn.giamsat.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every answer, cached or not (registered first, in {@link WebConfiguration}). The portal
 * serves no script and no inline style, so its policy can be strict; HSTS only when the request came over
 * HTTPS (behind a proxy: with forwarded headers trusted), so that a plain-HTTP local run is not pinned.
 */
public final class SecurityHeaders extends OncePerRequestFilter {
    static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * The headers of every answer, in the order they are sent. Public so that the kept-page valve, which answers a
     * kept page before the filters run, sends exactly these (decision 055).
     */
    public static final List<Map.Entry<String, String>> ALWAYS = List.of(
            Map.entry("Content-Security-Policy", POLICY),
            Map.entry("X-Content-Type-Options", "nosniff"),
            Map.entry("X-Frame-Options", "DENY"),
            Map.entry("Referrer-Policy", "strict-origin-when-cross-origin"),
            Map.entry("Permissions-Policy", "camera=(), microphone=(), geolocation=()"));

    /** Only on an answer to a request that came over HTTPS. */
    public static final Map.Entry<String, String> ON_HTTPS =
            Map.entry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String> header : ALWAYS) {
            response.setHeader(header.getKey(), header.getValue());
        }
        if (request.isSecure()) {
            response.setHeader(ON_HTTPS.getKey(), ON_HTTPS.getValue());
        }
        chain.doFilter(request, response);
    }
}
