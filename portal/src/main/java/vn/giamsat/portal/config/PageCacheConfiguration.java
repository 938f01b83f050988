package vn.giamsat.portal.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link PublishedPageCache} right after the security headers and before everything else (ETag filter,
 * dispatcher): a kept page costs Tomcat, two small filters and a byte copy.
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
}
