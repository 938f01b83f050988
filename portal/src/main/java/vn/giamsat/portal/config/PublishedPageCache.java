package vn.giamsat.portal.config;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Rendered published pages and data files, kept as the bytes that go out: every reader of one address (the
 * language is part of it: {@code ?lang=en}) gets the same bytes while the published data stay the same, so a
 * page is rendered once per {@link PublishedDataVersion}, not once per request. A kept page is answered with
 * no template, no controller and no database: its stored headers (Cache-Control, ETag, Last-Modified, ...),
 * its body, already gzipped for clients that accept it, and a 304 when the ETag matches.
 *
 * <p>Only successful GETs that may be cached downstream are kept (never an error page, nothing marked
 * {@code no-store}). The security headers are not kept here: {@code SecurityHeaders} runs before this filter
 * and sets them on every answer. Memory is bounded by bytes, so many distinct searches cannot exhaust it.
 */
final class PublishedPageCache extends OncePerRequestFilter {
    private static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    private static final int MIN_GZIP_BYTES = 1024;
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CACHE_CONTROL, HttpHeaders.ETAG,
            HttpHeaders.LAST_MODIFIED, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CONTENT_LANGUAGE,
            HttpHeaders.LINK, "X-Total-Count"); // the open data API's paging headers

    /**
     * One address's answer. {@code gzipped} is null when compressing gains nothing (small or already
     * compressed files); then no Vary is needed either. {@code raw} is the same answer's headers as bytes for
     * {@link KeptPageValve}, or null when a header cannot be sent as Latin-1 bytes unchanged (then the filter
     * answers it, through Tomcat's own encoding).
     */
    record Page(String contentType, List<Map.Entry<String, String>> headers, String etag, byte[] body,
                byte[] gzipped, String gzipEtag, RawHeaders raw) {
        long weight() {
            return 256L + body.length + (gzipped == null ? 0 : gzipped.length);
        }
    }

    /**
     * A kept page's headers encoded once, as Tomcat would encode them on every answer: {@code common} (name, value,
     * name, value, ...) go on both representations; then the ETag and Content-Type of the plain body, or of the
     * gzipped one with its Content-Encoding.
     */
    record RawHeaders(byte[][] common, byte[] etag, byte[] gzipEtag, byte[] contentType) {}

    /** The address a page is kept under: path and query as the client sent them (the language is in the query). */
    private record Key(String path, String query, long dataVersion) {}

    /**
     * Set by {@link KeptPageValve} on a request it looked up but did not answer: the page it found, or
     * {@link #NOT_KEPT}. The filter then does not look again, so each request counts once as a hit or a miss.
     */
    static final String LOOKED_UP = PublishedPageCache.class.getName() + ".lookedUp";
    static final Object NOT_KEPT = new Object();

    private final Cache<Key, Page> pages;
    private final PublishedDataVersion dataVersion;

    PublishedPageCache(Duration keepUnused, long maxBytes, PublishedDataVersion dataVersion) {
        this.dataVersion = dataVersion;
        this.pages = Caffeine.newBuilder().expireAfterAccess(keepUnused).maximumWeight(maxBytes).recordStats()
                .<Key, Page>weigher((k, page) -> (int) Math.min(Integer.MAX_VALUE, page.weight())).build();
    }

    /** Hits and misses of the page cache as {@code cache_gets_total{cache="portal.pages"}}. */
    void measureInto(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, pages, "portal.pages");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"GET".equals(request.getMethod()) || path.startsWith("/actuator") || path.startsWith("/css/")
                || path.startsWith("/error");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Read before rendering: a page rendered while the data change is kept under the older version.
        Key key = new Key(request.getRequestURI(), request.getQueryString(), dataVersion.current());
        Object lookedUp = request.getAttribute(LOOKED_UP);
        Page kept = lookedUp == null ? pages.getIfPresent(key) : lookedUp instanceof Page p ? p : null;
        if (kept != null) {
            send(kept, request, response);
            return;
        }
        Recorder recorder = new Recorder(response);
        chain.doFilter(request, recorder);
        Page page = keepable(recorder);
        if (page == null) {
            recorder.copyBodyToResponse();
            return;
        }
        pages.put(key, page);
        recorder.resetBuffer(); // the first reader gets exactly what every later one will
        send(page, request, response);
    }

    /** The page kept for this path and query under the data as they are now, or null; counted as a hit or a miss. */
    Page kept(String path, String query) {
        return pages.getIfPresent(new Key(path, query, dataVersion.current()));
    }

    /**
     * Records the answer, and the language it was given with {@code setLocale}: Tomcat sends that as Content-Language
     * without it ever being a header the response can be asked for, so a kept page would otherwise lose it.
     */
    private static final class Recorder extends ContentCachingResponseWrapper {
        private String contentLanguage;

        Recorder(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setLocale(Locale locale) {
            super.setLocale(locale);
            if (!isCommitted()) {
                contentLanguage = locale.toLanguageTag();
            }
        }

        @Override
        public String getHeader(String name) {
            String value = super.getHeader(name);
            return value == null && HttpHeaders.CONTENT_LANGUAGE.equalsIgnoreCase(name) ? contentLanguage : value;
        }
    }

    private static Page keepable(ContentCachingResponseWrapper recorder) {
        String cacheControl = recorder.getHeader(HttpHeaders.CACHE_CONTROL);
        if (recorder.getStatus() != HttpServletResponse.SC_OK || recorder.getContentType() == null
                || recorder.getContentSize() > MAX_BODY_BYTES || cacheControl == null || cacheControl.contains("no-store")
                || cacheControl.contains("private")) {
            return null;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : KEPT_HEADERS) {
            String value = recorder.getHeader(name);
            if (value != null) {
                headers.add(Map.entry(name, value));
            }
        }
        byte[] body = recorder.getContentAsByteArray();
        String etag = recorder.getHeader(HttpHeaders.ETAG);
        byte[] gzipped = compressible(recorder.getContentType()) && body.length >= MIN_GZIP_BYTES ? gzip(body) : null;
        // A compressed body is another representation: it needs its own strong validator.
        String gzipEtag = gzipped == null || etag == null ? null
                : etag.endsWith("\"") ? etag.substring(0, etag.length() - 1) + "-gzip\"" : etag + "-gzip";
        return new Page(recorder.getContentType(), List.copyOf(headers), etag, body, gzipped, gzipEtag,
                raw(headers, gzipped != null, etag, gzipEtag, recorder.getContentType()));
    }

    /** The headers as bytes, or null if one of them is not plain Latin-1 text (Tomcat would change or refuse it). */
    private static RawHeaders raw(List<Map.Entry<String, String>> headers, boolean gzipped, String etag,
                                  String gzipEtag, String contentType) {
        List<byte[]> common = new ArrayList<>();
        for (Map.Entry<String, String> header : headers) {
            if (!header.getKey().equals(HttpHeaders.ETAG)) {
                common.add(latin1(header.getKey()));
                common.add(latin1(header.getValue()));
            }
        }
        if (gzipped) {
            common.add(latin1(HttpHeaders.VARY));
            common.add(latin1(HttpHeaders.ACCEPT_ENCODING));
        }
        byte[] type = latin1(contentType);
        if (common.contains(null) || type == null || (etag != null && latin1(etag) == null)
                || (gzipEtag != null && latin1(gzipEtag) == null)) {
            return null;
        }
        return new RawHeaders(common.toArray(byte[][]::new), etag == null ? null : latin1(etag),
                gzipEtag == null ? null : latin1(gzipEtag), type);
    }

    /** Visible Latin-1 text and tabs only, as bytes; null for anything else (a control character, a wide char). */
    static byte[] latin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f || c > 0xff) {
                return null;
            }
        }
        return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static boolean compressible(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (Map.Entry<String, String> header : page.headers()) {
            response.setHeader(header.getKey(), header.getValue());
        }
        boolean gzip = page.gzipped() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        if (page.gzipped() != null) {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        String etag = gzip ? page.gzipEtag() : page.etag();
        if (etag != null) {
            response.setHeader(HttpHeaders.ETAG, etag);
        }
        if (notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH), page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? page.gzipped() : page.body();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (body.length > response.getBufferSize()) {
            response.setBufferSize(body.length); // one copy and one flush with the headers, not two
        }
        response.getOutputStream().write(body);
    }

    /** The client holds this page already (either representation): it gets a 304. */
    static boolean notModified(String ifNoneMatch, Page page) {
        return ifNoneMatch != null && (matches(ifNoneMatch, page.etag()) || matches(ifNoneMatch, page.gzipEtag()));
    }

    /** Weak comparison, as If-None-Match asks: W/"x" matches "x"; "*" matches any. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (etag == null) {
            return false;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** "gzip" listed without q=0 (also "gzip;q=0.5"); "*" counts too. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.strip().split(";");
            String name = coding[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
                for (int i = 1; i < coding.length; i++) {
                    String parameter = coding[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
                    if (parameter.matches("q=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
