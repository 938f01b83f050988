package vn.giamsat.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Paging of the JSON API (issue 18 item 4). The answer stays a plain array of rows, as before: without
 * {@code page} and {@code size} it holds every row; with them one page, and the headers say the rest:
 * {@code X-Total-Count} (rows that match the filters) and {@code Link} (RFC 8288: first, prev, next, last).
 *
 * @param page the page asked for, from 1; null with size null = every row
 * @param size rows per page, 1 to {@value #MAX_SIZE}
 */
record OpenDataPaging(Integer page, Integer size) {
    static final int MAX_SIZE = 1000;
    static final int DEFAULT_SIZE = 100;
    static final String TOTAL_COUNT = "X-Total-Count";
    static final String PAGE = "Page number, from 1 (with size; without both: every row). Headers: X-Total-Count, Link (first, prev, next, last)";
    static final String SIZE = "Rows per page, 1 to 1000 (default 100 when page is given)";

    OpenDataPaging {
        if ((page != null && page < 1) || (size != null && (size < 1 || size > MAX_SIZE))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page from 1, size from 1 to " + MAX_SIZE);
        }
    }

    static OpenDataPaging of(Integer page, Integer size) {
        return new OpenDataPaging(page, size);
    }

    <T> ResponseEntity<List<T>> answer(List<T> rows, HttpServletRequest request) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header(TOTAL_COUNT, Integer.toString(rows.size()));
        if (page == null && size == null) {
            return ok.body(rows);
        }
        int perPage = size == null ? DEFAULT_SIZE : size;
        int number = page == null ? 1 : page;
        int last = Math.max(1, (rows.size() + perPage - 1) / perPage);
        int from = (int) Math.min(rows.size(), (long) (number - 1) * perPage);
        List<String> links = new ArrayList<>();
        links.add(link(request, 1, perPage, "first"));
        if (number > 1) {
            links.add(link(request, Math.min(number - 1, last), perPage, "prev"));
        }
        if (number < last) {
            links.add(link(request, number + 1, perPage, "next"));
        }
        links.add(link(request, last, perPage, "last"));
        return ok.header(HttpHeaders.LINK, String.join(", ", links))
                .body(rows.subList(from, Math.min(rows.size(), from + perPage)));
    }

    /** A relative reference (the request's path and filters): never the request's Host, which a client chooses. */
    private static String link(HttpServletRequest request, int page, int size, String rel) {
        String target = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("page", page).replaceQueryParam("size", size).build().toUriString();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
