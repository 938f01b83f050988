package vn.giamsat.admin.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.JdbcUnitReports;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.figures.port.out.FiguresPort;
import vn.giamsat.application.round.model.SupervisionRules;
import vn.giamsat.application.round.port.in.UnitReportsUseCase;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.round.service.UnitReportsService;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.CurrentActorPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;

/**
 * Units hand in their report (decision 048), on the store of change set 810. The default due date takes the same
 * lead-time settings as the documents tab and the reminders (decision 039: settings until the law's text is read).
 */
@Configuration(proxyBeanMethods = false)
public class UnitReportWiring {

    @Bean
    JdbcUnitReports unitReportStore(JdbcClient jdbc) {
        return new JdbcUnitReports(jdbc);
    }

    @Bean
    UnitReportsUseCase unitReports(LoadRoundPort load, FiguresPort figures, JdbcUnitReports store, ClockPort clock,
                                   TransactionPort tx, CurrentActorPort actors, UnitCatalogPort units,
                                   @Value("${giamsat.supervision.law-87-2015.notice-days:7}") int notice87,
                                   @Value("${giamsat.supervision.law-87-2015.report-days:3}") int report87,
                                   @Value("${giamsat.supervision.law-121-2025.notice-days:7}") int notice121,
                                   @Value("${giamsat.supervision.law-121-2025.report-days:3}") int report121) {
        return new UnitReportsService(load, figures, store, clock, tx, new AccessPolicy(actors, units),
                SupervisionRules.of(notice87, report87, notice121, report121));
    }
}
