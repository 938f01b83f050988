package vn.giamsat.admin.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.JdbcProgressRecord;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.round.port.in.FollowUpProgressUseCase;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.round.port.out.SaveRoundPort;
import vn.giamsat.application.round.service.FollowUpProgressService;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.CurrentActorPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;

/** Follow-up as it happens (decision 042): units report progress, staff accept, on the append-only record. */
@Configuration(proxyBeanMethods = false)
public class FollowUpWiring {

    @Bean
    JdbcProgressRecord progressRecord(JdbcClient jdbc) {
        return new JdbcProgressRecord(jdbc);
    }

    @Bean
    FollowUpProgressUseCase followUpProgress(LoadRoundPort load, SaveRoundPort save, JdbcProgressRecord record,
                                             ClockPort clock, TransactionPort tx, CurrentActorPort actors,
                                             UnitCatalogPort units) {
        return new FollowUpProgressService(load, save, record, clock, tx, new AccessPolicy(actors, units));
    }
}
