package vn.giamsat.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import vn.giamsat.application.round.model.ReportFormat;
import vn.giamsat.application.publication.port.in.PublishedReportQueries;
import vn.giamsat.application.publication.port.in.PublishedReportQueries.PublishedReport;

/**
 * "/giam-sat/{id}/phien-ban/{n}/bao-cao.docx" and ".pdf": the delegation's report of one published version,
 * as it was approved and published. A version never changes, so its report may be cached for a year.
 */
@Controller
class ReportDownloadController {
    /** A published version is immutable: its report at this address never changes. */
    static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final PublishedReportQueries reports;

    ReportDownloadController(PublishedReportQueries reports) {
        this.reports = reports;
    }

    static String path(String roundId, int version, ReportFormat format) {
        return "/giam-sat/" + roundId + "/phien-ban/" + version + "/bao-cao." + format.extension();
    }

    @GetMapping("/giam-sat/{roundId}/phien-ban/{version}/bao-cao.{extension}")
    ResponseEntity<byte[]> report(@PathVariable String roundId, @PathVariable int version,
                                  @PathVariable String extension, WebRequest request, HttpServletResponse response) {
        ReportFormat format = switch (extension) {
            case "docx" -> ReportFormat.DOCX;
            case "pdf" -> ReportFormat.PDF;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        PublishedReport report = reports.render(roundId, version, format)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // Replaces the one-minute policy that the interceptor gives every other published page.
        response.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE.getHeaderValue());
        String etag = etag(report.content());
        if (request.checkNotModified(etag, report.publishedAt().toEpochMilli())) {
            return null; // 304, headers set by checkNotModified
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(report.mediaType()))
                .eTag(etag)
                .lastModified(report.publishedAt())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(report.fileName(), report.asciiFileName()))
                .header(HttpHeaders.CONTENT_LANGUAGE, "vi")
                .body(report.content());
    }

    /** Strong: the bytes themselves, so a client's copy is valid exactly as long as it is the same file. */
    static String etag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * {@code attachment; filename="bao-cao….docx"; filename*=UTF-8''B%C3%A1o…}: RFC 6266 with the UTF-8 name
     * encoded as RFC 5987 says, and a plain ASCII name for the clients that read only {@code filename}.
     */
    static String contentDisposition(String fileName, String asciiFileName) {
        return "attachment; filename=\"" + asciiFileName.replaceAll("[\"\\\\\\p{Cntrl}]", "_") + "\"; filename*=UTF-8''"
                + rfc5987(fileName);
    }

    private static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            // attr-char of RFC 5987: ALPHA / DIGIT / "!#$&+-.^_`|~"
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
