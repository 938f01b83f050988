package vn.giamsat.application.publication.port.in;

import java.time.Instant;
import java.util.Optional;
import vn.giamsat.application.round.model.ReportFormat;

/**
 * The delegation's report of one published version, as citizens download it: built from that version's
 * snapshot, never from the live round, so what is downloaded is exactly what was approved and published, and
 * an earlier version's report stays what it was after a correction.
 */
public interface PublishedReportQueries {

    /** Empty when the round was never published, or has no such version. */
    Optional<PublishedReport> render(String roundId, int version, ReportFormat format);

    /**
     * @param fileName      what the file is called, in Vietnamese, e.g. "Báo cáo giám sát 35-NQ-HĐND, phiên bản 2.docx"
     * @param asciiFileName the same without marks, for clients that cannot read a UTF-8 file name
     * @param publishedAt   when this version was published: the report never changes after that
     */
    record PublishedReport(String roundId, int version, Instant publishedAt, String fileName, String asciiFileName,
                           ReportFormat format, byte[] content) {
        public PublishedReport {
            if (content == null || content.length == 0) {
                throw new IllegalArgumentException("a rendered report has content");
            }
        }

        public String mediaType() {
            return format.mediaType();
        }
    }
}
