package vn.giamsat.adapters.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@value #HEADER} when it is well formed (so the reverse proxy's
 * access log and ours name the same request), a fresh one otherwise. The id is in the MDC while the request
 * runs, so every log line written for it carries {@value #MDC_KEY}, and it is echoed in the response header,
 * so a citizen or an operator can quote it.
 *
 * <p>The request line logged at the end holds what an operator needs and nothing about the person: method,
 * path (never the query string: it carries search words), status and duration. No address, no user name, no
 * header (docs/decisions/014).
 */
public final class RequestIdFilter extends OncePerRequestFilter {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** The logger of the request lines: its level switches them on or off without touching other logs. */
    public static final String REQUEST_LOG = "giamsat.requests";

    /** Letters, digits and {@code . _ -}, 8 to 64 long: a UUID, nginx's $request_id, a trace id. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final Logger LOG = LoggerFactory.getLogger(REQUEST_LOG);

    /**
     * The caller's id if it is safe to log and to echo, else a new one. Public for the portal's kept-page valve,
     * which answers kept pages before the filters run and must give them the same id (decision 055).
     */
    public static String idFor(String offered) {
        return offered != null && WELL_FORMED.matcher(offered).matches() ? offered : newId();
    }

    /**
     * A random (version 4) UUID drawn from {@link ThreadLocalRandom}. A request id must be unique, not unguessable:
     * any caller may choose its own by sending the header. {@link UUID#randomUUID()} draws from SecureRandom, which
     * on Linux takes one lock for all threads and a SHA-1 per id: measured on the portal, the largest single cost of
     * answering a kept page after Tomcat's own (docs/performance.md, issue 20).
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // IETF variant
        return new UUID(high, low).toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = idFor(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (LOG.isInfoEnabled()) {
                LOG.info("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            MDC.remove(MDC_KEY);
        }
    }
}
