package vn.giamsat.adapters.persistence;

import java.nio.file.Path;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The PostgreSQL adapter for an app to {@code @Import}. Which database it uses:
 * <ul>
 *   <li>{@code spring.datasource.url} set: that database, through Boot's DataSource; Boot's Liquibase migrates it.</li>
 *   <li>no URL: an embedded PostgreSQL 17 ({@code giamsat.embedded-db.dir}, {@code giamsat.embedded-db.port}),
 *       stopped with the context, migrated by Boot's Liquibase as its superuser.</li>
 * </ul>
 * With {@code giamsat.database.read-only=true} (the portal) the app connects as a member of
 * {@code giamsat_reader}: the given credentials for an external database, which is then not migrated; the
 * embedded database is migrated as superuser first, then the app connects as {@code giamsat_portal}.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = PersistenceConfiguration.class)
public class PersistenceConfiguration {
    public static final String READ_ONLY = "giamsat.database.read-only";
    static final String DEFAULT_CHANGELOG = "classpath:db/changelog/db.changelog-master.yaml";

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoDataSourceUrl.class)
    static class Embedded {
        @Bean(destroyMethod = "close")
        EmbeddedDatabase embeddedDatabase(Environment env) {
            String dir = env.getProperty("giamsat.embedded-db.dir");
            int port = env.getProperty("giamsat.embedded-db.port", Integer.class, 0);
            return EmbeddedDatabase.start(StringUtils.hasText(dir) ? Path.of(dir) : null, port);
        }

        @Bean
        @ConditionalOnBooleanProperty(name = READ_ONLY, havingValue = false, matchIfMissing = true)
        DataSource dataSource(EmbeddedDatabase db) {
            return db.superuserDataSource();
        }

        @Bean
        @ConditionalOnBooleanProperty(name = READ_ONLY)
        DataSource readerDataSource(EmbeddedDatabase db) {
            return db.readerDataSource();
        }

        /** Read-only: the app's own DataSource cannot migrate, so the superuser does it first. */
        @Bean
        @ConditionalOnBooleanProperty(name = READ_ONLY)
        SpringLiquibase liquibase(EmbeddedDatabase db, Environment env) {
            SpringLiquibase liquibase = new SpringLiquibase();
            liquibase.setDataSource(db.superuserDataSource());
            liquibase.setChangeLog(env.getProperty("spring.liquibase.change-log", DEFAULT_CHANGELOG));
            return liquibase;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(DataSourceUrlGiven.class)
    @ConditionalOnBooleanProperty(name = READ_ONLY)
    static class ExternalReadOnly {
        /** Takes the place of Boot's Liquibase, which would try to migrate with the reader's credentials. */
        @Bean
        SpringLiquibase liquibase(DataSource dataSource) {
            SpringLiquibase liquibase = new SpringLiquibase();
            liquibase.setDataSource(dataSource);
            liquibase.setShouldRun(false);
            return liquibase;
        }
    }

    static final class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }

    static final class DataSourceUrlGiven implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
