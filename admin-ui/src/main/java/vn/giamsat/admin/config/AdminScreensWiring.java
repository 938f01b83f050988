package vn.giamsat.admin.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giamsat.adapters.reporting.FiguresSheets;
import vn.giamsat.adapters.reporting.OfficeDocuments;
import vn.giamsat.application.admin.AdminQueries;
import vn.giamsat.application.admin.AdminUseCases;
import vn.giamsat.application.admin.FiguresImportUseCase;
import vn.giamsat.application.admin.RoundReportUseCase;
import vn.giamsat.application.port.out.ClockPort;
import vn.giamsat.application.port.out.FiguresPort;
import vn.giamsat.application.port.out.LoadRoundPort;
import vn.giamsat.application.port.out.PublicationPort;
import vn.giamsat.application.port.out.CurrentActorPort;
import vn.giamsat.application.port.out.TransactionPort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.port.out.UnitCatalogPort;

/** The admin screens' own use cases (queries, report, figures import) and the reporting adapter behind them. */
@Configuration(proxyBeanMethods = false)
public class AdminScreensWiring {

    @Bean
    AdminUseCases adminUseCases(UnitCatalogPort units, FiguresPort figures, LoadRoundPort rounds,
                                PublicationPort publications, ClockPort clock, TransactionPort transactions,
                                CurrentActorPort actors) {
        return new AdminUseCases(units, figures, rounds, publications, clock, transactions, new OfficeDocuments(),
                new FiguresSheets(), new AccessPolicy(actors, units));
    }

    @Bean AdminQueries adminQueries(AdminUseCases u) { return u.queries(); }
    @Bean RoundReportUseCase roundReports(AdminUseCases u) { return u.reports(); }
    @Bean FiguresImportUseCase figuresImport(AdminUseCases u) { return u.figuresImport(); }
}
