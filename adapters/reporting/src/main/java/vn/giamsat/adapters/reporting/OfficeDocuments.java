package vn.giamsat.adapters.reporting;

import vn.giamsat.application.round.model.ReportFormat;
import vn.giamsat.application.round.port.out.ReportRendererPort;
import vn.giamsat.application.round.model.RoundReport;

/** The reporting adapter: renders the delegation's report as DOCX or PDF. Plain Java, no framework. */
public final class OfficeDocuments implements ReportRendererPort {
    private final DocxReportRenderer docx = new DocxReportRenderer();
    private final PdfReportRenderer pdf = new PdfReportRenderer();

    @Override
    public byte[] render(RoundReport report, ReportFormat format) {
        return switch (format) {
            case DOCX -> docx.render(report);
            case PDF -> pdf.render(report);
        };
    }
}
