package vn.giamsat.portal.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * The portal's web layer with the seed's published figures behind the in-port, and no database: what these
 * tests check is what a reader sees for given published figures. A test configuration, so that the
 * component scan of the real application (in the full-stack test) does not pick it up.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration"})
@ComponentScan(basePackageClasses = PortalWebTestApplication.class)
class PortalWebTestApplication {

    @Bean
    SeedPublishedResults seedPublishedResults() {
        return new SeedPublishedResults();
    }
}
