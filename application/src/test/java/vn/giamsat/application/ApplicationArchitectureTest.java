package vn.giamsat.application;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "vn.giamsat.application", importOptions = ImportOption.DoNotIncludeTests.class)
class ApplicationArchitectureTest {

    @ArchTest
    static final ArchRule applicationDependsOnlyOnTheDomain = classes().that().resideInAPackage("vn.giamsat.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("vn.giamsat.application..", "vn.giamsat.domain..", "java..")
            .because("use cases know no framework, database or UI");

    @ArchTest
    static final ArchRule inboundPortsDoNotLeakOutboundOnes = noClasses().that().resideInAPackage("..port.in..")
            .should().dependOnClassesThat().resideInAPackage("..port.out..");

    @ArchTest
    static final ArchRule noIdentityProductInTheCore = noClasses()
            .that().resideInAnyPackage("vn.giamsat.application..", "vn.giamsat.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.keycloak..", "jakarta.ws.rs..")
            .because("users, roles and jurisdictions are the application's words; Keycloak is one adapter's");
}
