package vn.giamsat.admin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Adapters meet only in the application's ports: {@code vn.giamsat.adapters.X} never uses
 * {@code vn.giamsat.adapters.Y}, and no adapter knows an app. Checked here because the admin UI is the one module
 * with every adapter on its class path; the pattern covers an adapter added later without editing this file.
 */
@AnalyzeClasses(packages = "vn.giamsat.adapters",
        importOptions = {ImportOption.DoNotIncludeTests.class, AdapterBoundariesTest.NoTestJars.class})
class AdapterBoundariesTest {

    /**
     * The admin UI's tests also see the persistence adapter's test jar (its test database), whose helpers wire
     * adapters together as an app's config does; only main code is held to the rule.
     */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = slices().matching("vn.giamsat.adapters.(*)..")
            .namingSlices("adapter $1")
            .should().notDependOnEachOther()
            .because("two adapters talk through a port of the application, or the app's config wires them");

    @ArchTest
    static final ArchRule adapters_know_no_app = noClasses().that().resideInAPackage("vn.giamsat.adapters..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.giamsat.admin..", "vn.giamsat.portal..",
                    "vn.giamsat.launcher..")
            .because("an adapter is used by the apps, never the other way round");
}
