package vn.giamsat.portal.config;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.FastHttpDateFormat;
import org.apache.tomcat.util.http.MimeHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import vn.giamsat.adapters.observability.RequestIdFilter;
import vn.giamsat.portal.web.SecurityHeaders;

/**
 * Answers a page {@link PublishedPageCache} keeps before the request reaches the servlet filters, with headers
 * that were turned into bytes once when the page was kept (decision 055).
 *
 * <p>Why: a kept page costs no template and no database, so what is left is Tomcat and the filters. Profiling the
 * portal under load with the whole system up showed about half of what it allocated per request was Tomcat encoding
 * each header {@code String} with a new {@code CharsetEncoder} (13 headers, name and value each), and a tenth of
 * its request threads' time in the filter chain's own bookkeeping. Here the headers go into Tomcat's header list as
 * bytes, which it copies as they are.
 *
 * <p>What the answer carries is what the filters would have given it: the security headers of
 * {@link SecurityHeaders} (HSTS when the request came over HTTPS; this valve runs after Tomcat's
 * {@code RemoteIpValve}, so a proxy's {@code X-Forwarded-Proto} counts as the filters see it), the request id of
 * {@link RequestIdFilter} (the caller's if well formed, else a fresh one), then the kept headers and body,
 * gzipped if the client accepts it, or a 304. Everything else goes on to the filters as before:
 * <ul>
 *   <li>a request that is not a GET, or whose path is not plain (an escape, a {@code ;}), or under
 *       {@code /actuator}, {@code /css/}, {@code /error}: the metrics guard and the error pages judge those;</li>
 *   <li>while the request log ({@value RequestIdFilter#REQUEST_LOG}) is on, so that every request keeps its log
 *       line;</li>
 *   <li>a page not kept, or whose headers are not plain Latin-1 text.</li>
 * </ul>
 * A filter added later that must act on every answer (not only on rendered pages) must act here too.
 */
final class KeptPageValve extends ValveBase {
    private static final Logger REQUEST_LOG = LoggerFactory.getLogger(RequestIdFilter.REQUEST_LOG);
    private static final byte[][] SECURITY = encode(SecurityHeaders.ALWAYS);
    private static final byte[][] HSTS = encode(List.of(SecurityHeaders.ON_HTTPS));
    private static final byte[] REQUEST_ID = bytes(RequestIdFilter.HEADER);
    private static final byte[] ETAG = bytes(HttpHeaders.ETAG);
    private static final byte[] CONTENT_TYPE = bytes(HttpHeaders.CONTENT_TYPE);
    private static final byte[] CONTENT_ENCODING = bytes(HttpHeaders.CONTENT_ENCODING);
    private static final byte[] GZIP = bytes("gzip");
    private static final byte[] DATE = bytes(HttpHeaders.DATE);

    /** Tomcat's Date value of the current second, and its bytes. */
    private record Today(String text, byte[] bytes) {}

    private final PublishedPageCache cache;
    private final LongAdder answered = new LongAdder();
    private volatile Today date = new Today("", new byte[0]);

    KeptPageValve(PublishedPageCache cache) {
        super(true);
        this.cache = cache;
    }

    /** Pages answered here, for {@code giamsat_portal_pages_answered_early_total}. */
    long answered() {
        return answered.sum();
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String path = request.getRequestURI();
        if (!"GET".equals(request.getMethod()) || !plain(path) || REQUEST_LOG.isInfoEnabled()) {
            getNext().invoke(request, response);
            return;
        }
        PublishedPageCache.Page page = cache.kept(path, request.getQueryString());
        if (page == null || page.raw() == null) {
            // Counted as a hit or a miss already: the filter takes what was found and does not look again.
            request.setAttribute(PublishedPageCache.LOOKED_UP, page == null ? PublishedPageCache.NOT_KEPT : page);
            getNext().invoke(request, response);
            return;
        }
        answer(page, request, response);
        answered.increment();
    }

    private void answer(PublishedPageCache.Page page, Request request, Response response) throws IOException {
        PublishedPageCache.RawHeaders raw = page.raw();
        MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
        add(headers, SECURITY);
        if (request.isSecure()) {
            add(headers, HSTS);
        }
        add(headers, REQUEST_ID, bytes(RequestIdFilter.idFor(request.getHeader(RequestIdFilter.HEADER))));
        add(headers, raw.common());
        boolean gzip = page.gzipped() != null
                && PublishedPageCache.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        byte[] etag = gzip ? raw.gzipEtag() : raw.etag();
        if (etag != null) {
            add(headers, ETAG, etag);
        }
        add(headers, DATE, today());
        if (PublishedPageCache.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH), page)) {
            response.setStatus(Response.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? page.gzipped() : page.body();
        response.setStatus(Response.SC_OK);
        add(headers, CONTENT_TYPE, raw.contentType());
        if (gzip) {
            add(headers, CONTENT_ENCODING, GZIP);
        }
        response.setContentLength(body.length);
        if (body.length > response.getBufferSize()) {
            response.setBufferSize(body.length); // one copy and one flush with the headers, not two
        }
        response.getOutputStream().write(body);
    }

    /** Tomcat's own Date text (it changes once a second), as bytes encoded once per second. */
    private byte[] today() {
        String now = FastHttpDateFormat.getCurrentDate();
        Today known = date;
        if (!known.text().equals(now)) {
            known = new Today(now, bytes(now));
            date = known;
        }
        return known.bytes();
    }

    /**
     * Absolute, no escape, no {@code ;parameter}, no doubled slash or dot segment, and none of the paths the page
     * cache leaves alone: such a path maps to itself, so a page kept for it passed exactly the filters this request
     * would pass.
     */
    static boolean plain(String path) {
        return path.startsWith("/") && path.indexOf('%') < 0 && path.indexOf(';') < 0 && !path.contains("//")
                && !path.contains("/.") && !path.regionMatches(true, 0, "/actuator", 0, 9)
                && !path.startsWith("/css/") && !path.startsWith("/error");
    }

    private static void add(MimeHeaders headers, byte[][] pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            add(headers, pairs[i], pairs[i + 1]);
        }
    }

    private static void add(MimeHeaders headers, byte[] name, byte[] value) {
        headers.addValue(name, 0, name.length).setBytes(value, 0, value.length);
    }

    private static byte[][] encode(List<Map.Entry<String, String>> headers) {
        byte[][] pairs = new byte[headers.size() * 2][];
        for (int i = 0; i < headers.size(); i++) {
            pairs[2 * i] = bytes(headers.get(i).getKey());
            pairs[2 * i + 1] = bytes(headers.get(i).getValue());
        }
        return pairs;
    }

    /** Request ids and our own header names and values are ASCII. */
    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.ISO_8859_1);
    }
}
