package vn.giamsat.portal.web;

import java.net.URI;

/**
 * The portal's public address (địa chỉ công khai của cổng), e.g. {@code https://giamsat.example.vn}: the only
 * source of absolute links (the Atom feed, the API description's server). Never taken from a request's
 * {@code Host} or {@code X-Forwarded-Host}, which a client chooses: a forged one would otherwise end up in a
 * feed that the page cache, a CDN or a feed reader keeps and hands to everyone else.
 * Set by {@code GIAMSAT_PUBLIC_BASE_URL}; production refuses anything but https (ProductionSettings).
 *
 * @param value absolute http(s) URL without query or fragment; no trailing slash
 */
public record PublicBaseUrl(String value) {
    public PublicBaseUrl {
        URI uri;
        try {
            uri = URI.create(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("giamsat.portal.public-base-url is not a URL: '" + value + "'", e);
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "giamsat.portal.public-base-url must be an absolute http(s) address without query: '" + value + "'");
        }
        value = uri.toString().replaceAll("/+$", "");
    }

    /** The absolute address of a path of the portal ({@code /du-lieu-mo/cong-khai.atom}). */
    public String of(String path) {
        return value + (path.startsWith("/") ? path : "/" + path);
    }
}
