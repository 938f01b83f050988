package vn.giamsat.application;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The application's shape, by package pattern so that a moved or new capability is checked without editing this
 * file. Every capability ({@code round}, {@code unit}, ...) has the same four packages: {@code model} (values both
 * sides of a use case share), {@code port.in} (what the screens call), {@code port.out} (what the adapters
 * implement) and {@code service} (the use cases). {@code security}, {@code demo} and {@code common} are
 * cross-cutting. {@link ArchitectureRulesCatchViolationsTest} plants a breach of each rule and sees it fail.
 */
@AnalyzeClasses(packages = "vn.giamsat.application", importOptions = ImportOption.DoNotIncludeTests.class)
class ApplicationArchitectureTest {

    @ArchTest
    static final ArchRule applicationDependsOnlyOnTheDomain = classes().that().resideInAPackage("vn.giamsat.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("vn.giamsat.application..", "vn.giamsat.domain..", "java..")
            .because("use cases know no framework, database or UI");

    @ArchTest
    static final ArchRule outPortsKnowNeitherInPortsNorServices = noClasses().that().resideInAPackage("..port.out..")
            .should().dependOnClassesThat().resideInAnyPackage("..port.in..", "..service..")
            .because("an adapter implementing an out-port must not need the screens' side; shared values live in model");

    @ArchTest
    static final ArchRule inPortsKnowNeitherOutPortsNorServices = noClasses().that().resideInAPackage("..port.in..")
            .should().dependOnClassesThat().resideInAnyPackage("..port.out..", "..service..")
            .because("a screen calling an in-port must not see how the use case is stored or built");

    @ArchTest
    static final ArchRule modelsKnowNoPortNorService = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("..port..", "..service..")
            .because("model holds the values both kinds of port share, so it sits below both");

    @ArchTest
    static final ArchRule everyCapabilityHasTheSameFourPackages = classes()
            .that().resideInAPackage("vn.giamsat.application.*..")
            .and().resideOutsideOfPackages("vn.giamsat.application.security", "vn.giamsat.application.demo",
                    "vn.giamsat.application.common")
            .should().resideInAnyPackage("vn.giamsat.application.*.model", "vn.giamsat.application.*.port.in",
                    "vn.giamsat.application.*.port.out", "vn.giamsat.application.*.service")
            .because("a newcomer finds a use case, its ports and its values in the same places in every capability");

    @ArchTest
    static final ArchRule noIdentityProductInTheCore = noClasses()
            .that().resideInAnyPackage("vn.giamsat.application..", "vn.giamsat.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.keycloak..", "jakarta.ws.rs..")
            .because("users, roles and jurisdictions are the application's words; Keycloak is one adapter's");
}
