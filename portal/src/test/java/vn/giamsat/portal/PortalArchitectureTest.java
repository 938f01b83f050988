package vn.giamsat.portal;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Pages and controllers reach the application by its front door only: a capability's {@code port.in} and
 * {@code model}, and the values of {@code security} and {@code common} (never a {@code *Port} or {@code *Policy}
 * kept there). Wiring to services and adapters stays in {@code config}. The same list as the admin UI's rule;
 * {@link PortalRuleCatchesViolationsTest} plants a breach and sees it fail.
 */
@AnalyzeClasses(packages = "vn.giamsat.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class PortalArchitectureTest {

    static final DescribedPredicate<JavaClass> BEHIND_THE_FRONT_DOOR = resideInAPackage("vn.giamsat.application..")
            .and(not(resideInAnyPackage("vn.giamsat.application.*.port.in..", "vn.giamsat.application.*.model..",
                    "vn.giamsat.application.security..", "vn.giamsat.application.common..")
                    .and(not(simpleNameEndingWith("Port")))
                    .and(not(simpleNameEndingWith("Policy")))))
            .as("application classes other than in-ports, models and the values of security and common");

    @ArchTest
    static final ArchRule web_sees_inbound_ports_only = noClasses()
            .that().resideInAPackage("vn.giamsat.portal..")
            .and().resideOutsideOfPackage("vn.giamsat.portal.config..")
            .should().dependOnClassesThat(BEHIND_THE_FRONT_DOOR)
            .orShould().dependOnClassesThat().resideInAPackage("vn.giamsat.adapters..")
            .because("the portal's pages must reach data only through use cases (application port.in)");
}
