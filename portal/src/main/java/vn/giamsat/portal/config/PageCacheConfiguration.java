package vn.giamsat.portal.config;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link PublishedPageCache} right after the security headers and before everything else (ETag filter,
 * dispatcher): a kept page costs Tomcat, two small filters and a byte copy. {@link KeptPageValve} answers kept
 * pages earlier still, inside Tomcat (decision 055); {@code giamsat.portal.page-cache-valve=false} leaves them to
 * the filter, e.g. to compare the two.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    @Bean
    FilterRegistrationBean<PublishedPageCache> publishedPageCache(
            @Value("${giamsat.portal.page-cache:PT10M}") Duration keepUnused,
            @Value("${giamsat.portal.page-cache-bytes:67108864}") long maxBytes,
            PublishedDataVersion dataVersion, ObjectProvider<MeterRegistry> meters) {
        PublishedPageCache cache = new PublishedPageCache(keepUnused, maxBytes, dataVersion);
        meters.ifAvailable(cache::measureInto);
        FilterRegistrationBean<PublishedPageCache> registration = new FilterRegistrationBean<>(cache);
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setEnabled(!keepUnused.isZero());
        return registration;
    }

    /**
     * The valve joins Tomcat's engine after the {@code RemoteIpValve} that {@code server.forward-headers-strategy=native}
     * adds (this customizer runs after Spring Boot's, which has order 0), so a proxy's HTTPS counts for HSTS.
     */
    @Bean
    KeptPageValveInstaller keptPageValve(FilterRegistrationBean<PublishedPageCache> cache,
                                         @Value("${giamsat.portal.page-cache-valve:true}") boolean enabled,
                                         ObjectProvider<MeterRegistry> meters) {
        KeptPageValve valve = new KeptPageValve(cache.getFilter());
        meters.ifAvailable(registry -> FunctionCounter.builder("giamsat.portal.pages.answered.early", valve,
                        KeptPageValve::answered)
                .description("Kept pages answered inside Tomcat, before the servlet filters (decision 055)")
                .register(registry));
        return new KeptPageValveInstaller(enabled && cache.isEnabled() ? valve : null);
    }

    record KeptPageValveInstaller(KeptPageValve valve)
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {
        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            if (valve != null) {
                factory.addEngineValves(valve);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
