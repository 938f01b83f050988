package vn.giamsat.admin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Views call in-ports only; only {@code config} wires out-ports and persistence. */
@AnalyzeClasses(packages = "vn.giamsat.admin", importOptions = ImportOption.DoNotIncludeTests.class)
class AdminArchitectureTest {

    @ArchTest
    static final ArchRule ui_reaches_the_application_only_through_in_ports = noClasses()
            .that().resideInAPackage("vn.giamsat.admin..")
            .and().resideOutsideOfPackages("vn.giamsat.admin.config..",
                    // the security package is the adapter of CurrentActorPort (who is signed in)
                    "vn.giamsat.admin.security..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.giamsat.application..port.out..", "vn.giamsat.application..service..", "vn.giamsat.adapters..");
}
