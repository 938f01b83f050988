package vn.giamsat.adapters.reporting;

import vn.giamsat.application.round.model.ReportFormat;
import vn.giamsat.application.round.port.out.ReportRendererPort;
import vn.giamsat.application.round.model.RoundReport;

/** The reporting adapter: renders the delegation's report as DOCX or PDF. Plain Java, no framework. */
public final class OfficeDocuments implements ReportRendererPort {
    private final DocxReportRenderer docx;
    private final PdfReportRenderer pdf;

    /** The layout of Decree 30/2020/NĐ-CP as read for decision 025. */
    public OfficeDocuments() {
        this(ReportLayout.DECREE_30);
    }

    public OfficeDocuments(ReportLayout layout) {
        docx = new DocxReportRenderer(layout);
        pdf = new PdfReportRenderer(layout);
    }

    @Override
    public byte[] render(RoundReport report, ReportFormat format) {
        return switch (format) {
            case DOCX -> docx.render(report);
            case PDF -> pdf.render(report);
        };
    }
}
