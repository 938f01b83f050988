package vn.giamsat.adapters.observability;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What an app {@code @Import}s to get request ids in its logs and a metrics endpoint that only private
 * networks reach. Both filters run before everything else (page cache, security), so a page answered from a
 * cache still gets its id and the guard cannot be bypassed by a cached answer.
 */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<MetricsEndpointGuard> metricsEndpointGuard() {
        FilterRegistrationBean<MetricsEndpointGuard> registration = new FilterRegistrationBean<>(new MetricsEndpointGuard());
        // Every path: the guard itself decides on the mapped path, so no spelling of it slips past a URL pattern.
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
