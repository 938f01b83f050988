package vn.giamsat.admin.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giamsat.application.port.in.RecommendationEvidenceUseCase;
import vn.giamsat.application.port.out.ClockPort;
import vn.giamsat.application.port.out.CurrentActorPort;
import vn.giamsat.application.port.out.LoadRoundPort;
import vn.giamsat.application.port.out.RecommendationEvidencePort;
import vn.giamsat.application.port.out.TransactionPort;
import vn.giamsat.application.port.out.UnitCatalogPort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.service.RecommendationEvidenceService;

/** Evidence files and comments on recommendations (decision 010), over the persistence adapter's store. */
@Configuration(proxyBeanMethods = false)
public class EvidenceWiring {

    @Bean
    RecommendationEvidenceUseCase recommendationEvidence(LoadRoundPort rounds, RecommendationEvidencePort store,
                                                         ClockPort clock, TransactionPort transactions,
                                                         CurrentActorPort actors, UnitCatalogPort units) {
        return new RecommendationEvidenceService(rounds, store, clock, transactions, new AccessPolicy(actors, units));
    }
}
