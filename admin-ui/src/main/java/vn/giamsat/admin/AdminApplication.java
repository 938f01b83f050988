package vn.giamsat.admin;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.giamsat.admin.config.MigrationJob;

/**
 * The admin UI for council staff, served at /admin. It sits in the root package so that Vaadin finds the
 * views below it; wiring to use cases and persistence lives in {@code config}.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/admin.css")
public class AdminApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // The same image is the migration job (GIAMSAT_MIGRATE_ONLY=true): migrate, then exit without serving.
        if (MigrationJob.ranInsteadOfTheApp(args)) {
            return;
        }
        SpringApplication.run(AdminApplication.class, args);
    }
}
