package vn.giamsat.portal.config;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Rendered published pages and data files, kept for a few seconds: every reader of one address gets the same
 * bytes, so rendering them once per interval is enough. Only successful GETs are kept (never an error page),
 * with the headers that make them cacheable downstream (Cache-Control, ETag, Last-Modified); a conditional
 * request that matches the ETag gets its 304 straight from here.
 */
final class PublishedPageCache extends OncePerRequestFilter {
    private static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CACHE_CONTROL, HttpHeaders.ETAG,
            HttpHeaders.LAST_MODIFIED, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CONTENT_LANGUAGE);

    private record Page(String contentType, Map<String, String> headers, byte[] body) {}

    private final Cache<String, Page> pages;

    PublishedPageCache(Duration keep) {
        this.pages = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(5_000).build();
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
        String key = request.getQueryString() == null ? request.getRequestURI()
                : request.getRequestURI() + '?' + request.getQueryString();
        Page page = pages.getIfPresent(key);
        if (page != null) {
            send(page, request, response);
            return;
        }
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorder);
        if (recorder.getStatus() == HttpServletResponse.SC_OK && recorder.getContentType() != null
                && recorder.getContentSize() <= MAX_BODY_BYTES) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : KEPT_HEADERS) {
                String value = recorder.getHeader(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            if (headers.containsKey(HttpHeaders.CACHE_CONTROL) && !headers.get(HttpHeaders.CACHE_CONTROL).contains("no-store")) {
                pages.put(key, new Page(recorder.getContentType(), headers, recorder.getContentAsByteArray()));
            }
        }
        recorder.copyBodyToResponse();
    }

    private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.headers().forEach(response::setHeader);
        String etag = page.headers().get(HttpHeaders.ETAG);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (etag != null && ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.contains(etag.replace("W/", "")))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
