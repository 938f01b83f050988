package vn.giamsat.portal.web;

import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/** Languages, messages and HTTP caching of the portal's pages. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** Published data changes only when a round is (re)published: a minute of caching costs nobody anything. */
    static final Duration PUBLISHED_PAGE_MAX_AGE = Duration.ofSeconds(60);

    /** Absolute links come from here only (issue 14.11). */
    @Bean
    PublicBaseUrl publicBaseUrl(@org.springframework.beans.factory.annotation.Value(
            "${giamsat.portal.public-base-url}") String value) {
        return new PublicBaseUrl(value);
    }

    @Bean
    LocaleResolver localeResolver() {
        return new QueryParameterLocaleResolver();
    }

    /** Own bean: Boot's would only appear with a messages.properties, and we want no third, default language. */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(PortalLocales.VIETNAMESE);
        return messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        WebContentInterceptor caching = new WebContentInterceptor();
        caching.addCacheMapping(CacheControl.maxAge(PUBLISHED_PAGE_MAX_AGE).cachePublic(), "/", "/don-vi", "/don-vi/*", "/don-vi/*/chi-so", "/chi-so-766", "/tinh/*",
                "/so-sanh", "/thu-tuc", "/thu-tuc/*", "/giam-sat", "/giam-sat/**", "/du-lieu-mo", "/du-lieu-mo/*",
                "/api/v1/*");
        // Error pages must never be cached, even when the failed request had been given a public max-age.
        caching.addCacheMapping(CacheControl.noStore(), "/error");
        registry.addInterceptor(caching);
    }

    /** An ETag lets a browser or proxy revalidate a page for the price of a 304. */
    /** First of all filters, so that pages served from the page cache carry the headers too. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/*");
        return registration;
    }
}
