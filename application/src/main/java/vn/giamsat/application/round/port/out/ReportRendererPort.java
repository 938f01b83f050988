package vn.giamsat.application.round.port.out;

import vn.giamsat.application.round.model.ReportFormat;
import vn.giamsat.application.round.model.RoundReport;

/** Lays a report out as a document file. */
public interface ReportRendererPort {
    byte[] render(RoundReport report, ReportFormat format);
}
