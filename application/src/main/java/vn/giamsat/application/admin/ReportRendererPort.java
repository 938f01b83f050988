package vn.giamsat.application.admin;

/** Lays a report out as a document file. */
public interface ReportRendererPort {
    byte[] render(RoundReport report, ReportFormat format);
}
