package vn.giamsat.portal.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link PublishedPageCache} in front of everything else, ETag filter included. */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    @Bean
    FilterRegistrationBean<PublishedPageCache> publishedPageCache(
            @Value("${giamsat.portal.page-cache:PT10S}") Duration keep, ObjectProvider<MeterRegistry> meters) {
        PublishedPageCache cache = new PublishedPageCache(keep);
        meters.ifAvailable(cache::measureInto);
        FilterRegistrationBean<PublishedPageCache> registration = new FilterRegistrationBean<>(cache);
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        registration.setEnabled(!keep.isZero());
        return registration;
    }
}
