package vn.giamsat.portal.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.giamsat.application.port.in.PublishedResultsQueries;
import vn.giamsat.application.port.out.PublishedResultsPort;
import vn.giamsat.application.service.PublishedResultsService;

/** The use cases the portal calls, built from the outbound ports the persistence adapter provides. */
@Configuration(proxyBeanMethods = false)
public class PortalUseCases {

    @Bean
    PublishedResultsQueries publishedResultsQueries(PublishedResultsPort publishedResults) {
        return new PublishedResultsService(publishedResults);
    }
}
