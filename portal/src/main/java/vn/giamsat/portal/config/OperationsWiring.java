package vn.giamsat.portal.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.giamsat.adapters.observability.ObservabilityConfiguration;

/** Request ids in the logs and the metrics endpoint kept to private networks (docs/decisions/014). */
@Configuration(proxyBeanMethods = false)
@Import(ObservabilityConfiguration.class)
public class OperationsWiring {
}
