package vn.giamsat.adapters.persistence.startup;

import java.util.Arrays;
import java.util.function.Function;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The admin UI image run as a migration job ({@code GIAMSAT_MIGRATE_ONLY=true}: the Kubernetes Job and the compose
 * service {@code migrate}): applies the Liquibase changelog to {@code GIAMSAT_DB_URL} as {@code GIAMSAT_DB_USER}, the
 * migration login ({@code giamsat_migrator}, whose sessions act as the schema's owner; decision 021), and exits. The
 * roles and the apps' logins are made beforehand by an administrator ({@code db/giamsat-roles.sql}).
 * No web server, no Vaadin, no demo data: a small Spring context with the app's own settings, so the production
 * checks of {@link ProductionGuard} apply here too. The serving replicas then run with
 * {@code GIAMSAT_MIGRATE_ON_START=false}, so that several of them never race to migrate.
 */
public final class MigrateOnly {
    public static final String ENVIRONMENT = "GIAMSAT_MIGRATE_ONLY";
    public static final String ARGUMENT = "--giamsat.migrate-only=true";
    static final String READER_GROUP = "giamsat_reader";
    private static final Logger log = LoggerFactory.getLogger(MigrateOnly.class);

    private MigrateOnly() {}

    public static boolean requested(String[] args, Function<String, String> environment) {
        return Arrays.asList(args).contains(ARGUMENT) || "true".equalsIgnoreCase(environment.apply(ENVIRONMENT));
    }

    /** Migrates and returns: the caller exits with 0. A failure is thrown (and the JVM exits non-zero). */
    public static void run(String... args) {
        SpringApplication app = new SpringApplication(Context.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        try (ConfigurableApplicationContext context = app.run(args)) {
            log.info("Di chuyển CSDL xong / migration done: {}", context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }

    /** Not a @Configuration, so that the persistence adapter's component scan never picks it up in the apps. */
    static class Context {
        @Bean
        DataSource migrationDataSource(Environment env) {
            String url = env.getProperty("spring.datasource.url");
            if (!StringUtils.hasText(url)) {
                throw new IllegalStateException("GIAMSAT_MIGRATE_ONLY needs the database: set GIAMSAT_DB_URL,"
                        + " GIAMSAT_DB_USER and GIAMSAT_DB_PASSWORD (the migration login, giamsat_migrator).");
            }
            return DataSourceBuilder.create().url(url).username(env.getProperty("spring.datasource.username"))
                    .password(env.getProperty("spring.datasource.password")).build();
        }

        @Bean
        SpringLiquibase liquibase(DataSource migrationDataSource, Environment env) {
            SpringLiquibase liquibase = new SpringLiquibase();
            liquibase.setDataSource(migrationDataSource);
            liquibase.setChangeLog(env.getProperty("spring.liquibase.change-log",
                    "classpath:db/changelog/db.changelog-master.yaml"));
            return liquibase;
        }
    }
}
