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
     * compressed files); then no Vary is needed either.
     */
    private record Page(String contentType, List<Map.Entry<String, String>> headers, String etag, byte[] body,
                        byte[] gzipped, String gzipEtag) {
        long weight() {
            return 256L + body.length + (gzipped == null ? 0 : gzipped.length);
        }
    }

    private record Key(String address, long dataVersion) {}

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
        String query = request.getQueryString();
        // Read before rendering: a page rendered while the data change is kept under the older version.
        Key key = new Key(query == null ? request.getRequestURI() : request.getRequestURI() + '?' + query,
                dataVersion.current());
        Page page = pages.getIfPresent(key);
        if (page != null) {
            send(page, request, response);
            return;
        }
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorder);
        page = keepable(recorder);
        if (page == null) {
            recorder.copyBodyToResponse();
            return;
        }
        pages.put(key, page);
        recorder.resetBuffer(); // the first reader gets exactly what every later one will
        send(page, request, response);
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
        return new Page(recorder.getContentType(), List.copyOf(headers), etag, body, gzipped, gzipEtag);
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
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && (matches(ifNoneMatch, page.etag()) || matches(ifNoneMatch, page.gzipEtag()))) {
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

    /** Weak comparison, as If-None-Match asks: W/"x" matches "x"; "*" matches any. */
    private static boolean matches(String ifNoneMatch, String etag) {
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
