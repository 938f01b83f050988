package vn.giamsat.admin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keycloak's admin client is the identity adapter's business alone: the domain, the use cases and the admin
 * UI's views speak of users, roles and jurisdictions (the identity port), never of Keycloak's types.
 */
@AnalyzeClasses(packages = "vn.giamsat", importOptions = ImportOption.DoNotIncludeTests.class)
class KeycloakBoundaryTest {

    @ArchTest
    static final ArchRule only_the_identity_adapter_uses_the_keycloak_admin_client = noClasses()
            .that().resideOutsideOfPackage("vn.giamsat.adapters.identity..")
            .should().dependOnClassesThat().resideInAnyPackage("org.keycloak..", "org.jboss.resteasy..",
                    "jakarta.ws.rs..");

    @ArchTest
    static final ArchRule views_reach_user_administration_through_its_use_case_only = noClasses()
            .that().resideInAPackage("vn.giamsat.admin.users..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.giamsat.application..port.out..", "vn.giamsat.application..service..",
                    "vn.giamsat.adapters..");
}
