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
 *   <li>{@code spring.datasource.url} set: that database, through Boot's DataSource. The writing app migrates it
 *       (when {@code spring.liquibase.enabled}) as the migration login {@code giamsat.migration.user} /
 *       {@code giamsat.migration.password} ({@code GIAMSAT_MIGRATION_DB_USER}/{@code _PASSWORD}), never as its
 *       own role, which has rights on rows only (decision 021).</li>
 *   <li>no URL: an embedded PostgreSQL 17 ({@code giamsat.embedded-db.dir}, {@code giamsat.embedded-db.port}),
 *       stopped with the context, migrated as {@code giamsat_migrator}; the app connects as {@code giamsat_app}.</li>
 * </ul>
 * With {@code giamsat.database.read-only=true} (the portal) the app connects as a member of
 * {@code giamsat_reader}: the given credentials for an external database, which is then not migrated; the
 * embedded database is migrated first, then the app connects as {@code giamsat_portal}. No app connects as a
 * superuser or as the schema's owner.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = PersistenceConfiguration.class)
public class PersistenceConfiguration {
    public static final String READ_ONLY = "giamsat.database.read-only";
    public static final String MIGRATION_USER = "giamsat.migration.user";
    public static final String MIGRATION_PASSWORD = "giamsat.migration.password";
    static final String DEFAULT_CHANGELOG = "classpath:db/changelog/db.changelog-master.yaml";

    /**
     * Once every bean exists (migrations included): the app's own role must not be a superuser or the owner of
     * tables (decision 021). Refused in production, a warning elsewhere.
     */
    @Bean
    static org.springframework.beans.factory.SmartInitializingSingleton connectionRoleCheck(
            org.springframework.beans.factory.ObjectProvider<DataSource> dataSource, Environment env) {
        return () -> dataSource.ifAvailable(ds -> vn.giamsat.adapters.persistence.startup.ConnectionRoleCheck.check(ds,
                vn.giamsat.adapters.persistence.startup.ProductionSettings.PRODUCTION.equals(
                        env.getProperty("giamsat.profile"))));
    }

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
            return db.appDataSource();
        }

        @Bean
        @ConditionalOnBooleanProperty(name = READ_ONLY)
        DataSource readerDataSource(EmbeddedDatabase db) {
            return db.readerDataSource();
        }

        /** The app's own DataSource cannot migrate: the migration login does it first. */
        @Bean
        SpringLiquibase liquibase(EmbeddedDatabase db, Environment env) {
            SpringLiquibase liquibase = new SpringLiquibase();
            liquibase.setDataSource(db.migrationDataSource());
            liquibase.setChangeLog(env.getProperty("spring.liquibase.change-log", DEFAULT_CHANGELOG));
            return liquibase;
        }
    }

    /**
     * The writing app on a given database: Liquibase (when {@code spring.liquibase.enabled}, the default locally)
     * connects as the migration login, never with the app's DataSource. Without a migration login it does not
     * run, and says so: the app's role could not change the schema anyway.
     */
    @Configuration(proxyBeanMethods = false)
    @Conditional(DataSourceUrlGiven.class)
    @ConditionalOnBooleanProperty(name = READ_ONLY, havingValue = false, matchIfMissing = true)
    static class ExternalWriter {
        private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ExternalWriter.class);

        @Bean
        SpringLiquibase liquibase(Environment env) {
            SpringLiquibase liquibase = new SpringLiquibase();
            liquibase.setChangeLog(env.getProperty("spring.liquibase.change-log", DEFAULT_CHANGELOG));
            boolean enabled = env.getProperty("spring.liquibase.enabled", Boolean.class, true);
            String user = env.getProperty(MIGRATION_USER);
            String url = env.getProperty("spring.datasource.url");
            if (enabled && !StringUtils.hasText(user)) {
                log.warn("Không di chuyển CSDL: thiếu GIAMSAT_MIGRATION_DB_USER / no migration: GIAMSAT_MIGRATE_ON_START"
                        + " is on but GIAMSAT_MIGRATION_DB_USER is empty; the app's own role may not change the schema.");
                enabled = false;
            }
            liquibase.setShouldRun(enabled);
            liquibase.setDataSource(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                    url, StringUtils.hasText(user) ? user : "", env.getProperty(MIGRATION_PASSWORD, "")));
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
