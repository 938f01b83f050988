package vn.giamsat.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is plain Java: it depends on the JDK and on itself, nothing else. */
@AnalyzeClasses(packages = "vn.giamsat.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdk = classes().that().resideInAPackage("vn.giamsat.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("vn.giamsat.domain..", "java..")
            .because("the domain core must not know Spring, Jakarta, JDBC, Vaadin, Keycloak or Liquibase");
}
