package vn.giamsat.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Pages call use cases through inbound ports only; wiring to adapters and services stays in config. */
@AnalyzeClasses(packages = "vn.giamsat.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class PortalArchitectureTest {

    @ArchTest
    static final ArchRule web_sees_inbound_ports_only = noClasses()
            .that().resideInAPackage("vn.giamsat.portal..")
            .and().resideOutsideOfPackage("vn.giamsat.portal.config..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.giamsat.application..port.out..",
                    "vn.giamsat.application..service..",
                    "vn.giamsat.adapters..")
            .because("the portal's pages must reach data only through use cases (application.port.in)");
}
