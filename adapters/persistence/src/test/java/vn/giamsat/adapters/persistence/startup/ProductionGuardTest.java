package vn.giamsat.adapters.persistence.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The guard is on in every Spring Boot app on this module's classpath (spring.factories), before any bean. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionGuardTest {

    /** Stands for an app: the guard must act before the app's own beans (here a bean that must never be made). */
    static class AnyApp {
        @org.springframework.context.annotation.Bean
        String databaseConnection() {
            throw new AssertionError("the app's beans must not be created when the settings are refused");
        }
    }

    static class EmptyApp {}

    private static SpringApplication app(Class<?> source) {
        SpringApplication app = new SpringApplication(source);
        app.setWebApplicationType(WebApplicationType.NONE);
        return app;
    }

    @Test
    void productionWithDemoDataStopsBeforeAnyBeanWithOneLogLine(CapturedOutput output) {
        assertThatThrownBy(() -> app(AnyApp.class).run("--giamsat.profile=production", "--giamsat.demo-data=true",
                "--spring.datasource.url=jdbc:postgresql://db:5432/giamsat", "--spring.datasource.username=owner",
                "--spring.datasource.password=GiamSat-Demo-2025"))
                .isInstanceOf(ProductionGuard.SettingsRefused.class);
        String line = output.getOut().lines().filter(l -> l.contains("refusing to start in production mode"))
                .findFirst().orElseThrow();
        assertThat(line).contains("ERROR").contains("GIAMSAT_DEMO_DATA=true").contains("GIAMSAT_DB_PASSWORD");
    }

    @Test
    void aGoodProductionConfigurationStarts() {
        try (ConfigurableApplicationContext context = app(EmptyApp.class).run("--giamsat.profile=production",
                "--spring.datasource.url=jdbc:postgresql://db:5432/giamsat", "--spring.datasource.username=owner",
                "--spring.datasource.password=a-long-random-one-7Kq")) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void theLocalModeIsUntouched() {
        try (ConfigurableApplicationContext context = app(EmptyApp.class).run("--giamsat.demo-data=true")) {
            assertThat(context.isActive()).isTrue();
        }
    }
}
