package vn.giamsat.application.admin;

import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.port.out.ClockPort;
import vn.giamsat.application.port.out.FiguresPort;
import vn.giamsat.application.port.out.LoadRoundPort;
import vn.giamsat.application.port.out.PublicationPort;
import vn.giamsat.application.port.out.TransactionPort;
import vn.giamsat.application.port.out.UnitCatalogPort;

/** Builds the admin screens' own use cases (queries, report, figures import) from the outbound ports. */
public final class AdminUseCases {
    private final AdminQueryService queries;
    private final RoundReportService reports;
    private final FiguresImportService figuresImport;

    public AdminUseCases(UnitCatalogPort units, FiguresPort figures, LoadRoundPort rounds, PublicationPort publications,
                         ClockPort clock, TransactionPort tx, ReportRendererPort renderer, FiguresSheetPort sheets,
                         AccessPolicy access) {
        queries = new AdminQueryService(units, figures, publications, rounds, access);
        reports = new RoundReportService(rounds, units, figures, clock, renderer, access);
        figuresImport = new FiguresImportService(rounds, units, figures, sheets, tx, access);
    }

    public AdminQueries queries() { return queries; }
    public RoundReportUseCase reports() { return reports; }
    public FiguresImportUseCase figuresImport() { return figuresImport; }
}
