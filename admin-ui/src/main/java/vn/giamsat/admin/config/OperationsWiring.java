package vn.giamsat.admin.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.giamsat.adapters.observability.ObservabilityConfiguration;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;

/**
 * Request ids in the logs, the metrics endpoint kept to private networks (docs/decisions/014), and the
 * dossier import measured wherever it is wired: whichever view gets the {@link ImportDossiersUseCase} bean gets
 * the measured one.
 */
@Configuration(proxyBeanMethods = false)
@Import(ObservabilityConfiguration.class)
public class OperationsWiring {

    @Bean
    static BeanPostProcessor meteredDossierImport(ObjectProvider<MeterRegistry> meters) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ImportDossiersUseCase imports && !(bean instanceof MeteredDossierImport)) {
                    MeterRegistry registry = meters.getIfAvailable();
                    return registry == null ? bean : new MeteredDossierImport(imports, registry);
                }
                return bean;
            }
        };
    }
}
