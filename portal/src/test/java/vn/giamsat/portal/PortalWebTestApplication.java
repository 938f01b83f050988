package vn.giamsat.portal;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import vn.giamsat.portal.web.SeedPublishedResults;

/**
 * The portal's web layer with the seed's published figures behind the in-port, and no database: what the web
 * tests check is what a reader sees for given published figures. It sits in the root package, which
 * {@link PortalApplication} does not scan, so a full-stack test of the real application never picks it up.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration"})
@ComponentScan("vn.giamsat.portal.web")
public class PortalWebTestApplication {

    @Bean
    SeedPublishedResults seedPublishedResults() {
        return new SeedPublishedResults();
    }
}
