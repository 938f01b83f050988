package vn.giamsat.application.round.port.in;

import vn.giamsat.application.round.model.ReportFormat;
import vn.giamsat.application.round.model.RoundReport;

import vn.giamsat.domain.round.RoundId;

/** The delegation's report on a round, as a document to preview or download. */
public interface RoundReportUseCase {

    /** The report's content, as the document will say it (for a preview on screen). */
    RoundReport report(RoundId round);

    RenderedReport render(RoundId round, ReportFormat format);

    record RenderedReport(String fileName, String mediaType, byte[] content) {}
}
